import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Issue } from "../issues.js";

/** The vendor name our validators report in `~standard.vendor`. */
export const standardVendor = "innbyggerpost";

/** What a validator returns, as far as the Standard Schema bridge needs it. */
type Checked<Output> =
  | { readonly ok: true; readonly message: Output }
  | { readonly ok: false; readonly errors: readonly Issue[] };

/** Our options, as a Standard Schema caller passes them in `libraryOptions`. */
type Options = { readonly profile?: "wire" | "strict"; readonly allErrors?: boolean };

/**
 * Splits a JSON pointer into Standard Schema path segments. Tokens made of digits become numbers
 * (array indexes: no DPI object has a numeric property name), so form libraries map them to fields.
 */
export function pointerToPath(pointer: string): PropertyKey[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => (/^(0|[1-9][0-9]*)$/.test(t) ? Number(t) : t.replace(/~1/g, "/").replace(/~0/g, "~")));
}

/** Our issues as Standard Schema issues: the message, and the pointer as a path. */
export function toStandardIssues(errors: readonly Issue[]): StandardSchemaV1.Issue[] {
  return errors.map((e) => ({ message: e.message, path: pointerToPath(e.pointer) }));
}

/**
 * The `~standard` properties for a validator. `libraryOptions` may carry our validate options
 * (`{ libraryOptions: { profile: "wire" } }`); without them the default, strict profile applies.
 * Warnings are not issues: a message with only warnings is valid, as with `validate()`.
 */
export function standardProps<Output>(
  check: (input: unknown, options?: Options) => Checked<Output>,
): StandardSchemaV1.Props<Output, Output> {
  return {
    version: 1,
    vendor: standardVendor,
    validate(value, options) {
      try {
        const lib = options?.libraryOptions as Options | undefined;
        const r = check(value, lib);
        return r.ok ? { value: r.message } : { issues: toStandardIssues(r.errors) };
      } catch {
        // Hostile options (a throwing getter): the check never ran, so nothing is valid.
        return { issues: [{ message: "the options could not be read" }] };
      }
    },
  };
}
