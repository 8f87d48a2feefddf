import { escapePointer, isRecord, type Failure, type Issue, type Problem } from "@innbyggerpost/contracts";
import { jsonSize } from "./json-graph.js";

// The one result shape, defined in contracts (which runtime builds on) and named here for runtime's users.
export type { Failure, Problem };

/** @internal */
export function problem<C extends string>(pointer: string, code: C, message: string): Problem<C> {
  return { pointer, code, message };
}

/** @internal */
export function fail<C extends string>(pointer: string, code: C, message: string): Failure<C> {
  return { ok: false, errors: [problem(pointer, code, message)] };
}

/** @internal Joins reference tokens onto a pointer. */
export function at(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${escapePointer(String(t))}`).join("");
}

/**
 * @internal Turns validation issues into problems with `code` (the schema keyword moves to `rule`),
 * re-rooting each pointer under `prefix`.
 */
export function fromIssues<C extends string>(issues: readonly Issue[], code: C, prefix = ""): Problem<C>[] {
  return issues.map((i) => ({ pointer: prefix + i.pointer, code, message: i.message, rule: i.code }));
}

/** @internal A short description of a value's kind for error messages. */
export function kindOf(value: unknown): string {
  try {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    if (value instanceof Uint8Array) return "bytes";
    if (typeof value === "function") return "a function";
    return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(String(value)).slice(0, 40)}`;
  } catch {
    // A revoked proxy: even asking whether it is an array throws.
    return "an unreadable value";
  }
}

/** At most this many values are shown in an error message. */
const SHOWN_VALUES = 1000;

/**
 * @internal A value as JSON for an error message, or its kind when JSON cannot show it (a bigint, a throwing
 * toJSON).
 */
export function shown(value: unknown): string {
  try {
    // JSON of a huge sparse array is billions of nulls.
    if (Array.isArray(value) && value.length > 64) return `an array of ${value.length} items`;
    // JSON of a value sharing its parts can be exponentially long: only a small value is shown.
    if (typeof value === "object" && value !== null && jsonSize(value, SHOWN_VALUES) > SHOWN_VALUES)
      return kindOf(value);
    const text = JSON.stringify(value);
    return text === undefined ? kindOf(value) : text;
  } catch {
    return kindOf(value);
  }
}

/** @internal What a caught exception says, without trusting it (a thrown proxy or getter can throw again). */
export function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return "an unreadable value was thrown";
  }
}

/**
 * @internal The failure every public function returns when reading its input threw (a throwing getter, a
 * revoked or throwing proxy): the input could not be read, so nothing was done with it.
 */
export function unreadable<C extends string>(code: C, e: unknown, pointer = ""): Failure<C> {
  return fail(pointer, code, `could not read the input: ${reasonOf(e)}`);
}

/**
 * @internal Copies an option that must be a list into a fresh array, reading its length and each item once.
 * A list longer than `max` (a huge sparse array, say) or with holes is refused as `bad-option` at `pointer`.
 */
export function readList(
  value: unknown,
  pointer: string,
  max: number,
): { ok: true; items: unknown[] } | Failure<"bad-option"> {
  if (!Array.isArray(value))
    return fail(pointer, "bad-option", `${pointer.slice(1)} must be an array, not ${kindOf(value)}`);
  const n = value.length;
  if (n > max) return fail(pointer, "bad-option", `${pointer.slice(1)} has ${n} items; at most ${max} are accepted`);
  const items: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (!(i in value)) return fail(`${pointer}/${i}`, "bad-option", "a list must not have holes");
    items.push(value[i]);
  }
  return { ok: true, items };
}

/** @internal */
export { isRecord };
