/**
 * @innbyggerpost/contracts/typebox: TypeBox schemas for every message and part, generated from the same
 * JSON Schemas. Each name is both a schema and its static type. Needs `typebox` (an optional peer dependency).
 *
 * ```ts
 * import { Compile } from "typebox/compile";
 * import { DigitalMessage, useWireFormats } from "@innbyggerpost/contracts/typebox";
 * useWireFormats(); // optional: check formats exactly as our validators do
 * const check = Compile(DigitalMessage);
 * if (check.Check(body)) body.standardBusinessDocument.digital.spraak; // typed
 * ```
 * @packageDocumentation
 */
import { Format } from "typebox/format";
import { formatsUsed, wireFormatPatterns } from "./generated/typebox.js";
import { fullFormats } from "./support/formats.js";

export * from "./generated/typebox.js";

function wireCheck(name: string): ((s: string) => boolean) | undefined {
  const fn = (fullFormats as Record<string, { validate: (s: string) => boolean } | undefined>)[name];
  if (fn) return fn.validate;
  const re = wireFormatPatterns[name];
  return re ? (s) => re.test(s) : undefined;
}

/**
 * Registers, in TypeBox's global format registry, the format checks our validators use (ajv-formats, full
 * mode: the same functions and regular expressions) for the formats these schemas use (`formatsUsed`). Without it
 * TypeBox applies its own, stricter RFC 3339 checks, which refuse date-times the official schemas accept (a space for
 * `T`, `+0100` without the colon). A global change, so it is a call you make, not something importing this module does.
 */
export function useWireFormats(): void {
  for (const name of formatsUsed) {
    const check = wireCheck(name);
    if (check === undefined) throw new Error(`no wire check for format ${name}`);
    Format.Set(name, check);
  }
}
