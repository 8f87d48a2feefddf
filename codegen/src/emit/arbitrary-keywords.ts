import type { NamedSchema } from "../names.js";
import { isNode, lit } from "./helpers.js";

/** The schema keywords the arbitrary generator understands, and the overlay and presence helpers it builds on. */

export type Schema = { readonly [key: string]: unknown };
/** A strict-rule fragment to be merged into the schema at the same place. */
export type Overlay = Schema;

/** Keywords the generator knows; annotations are ignored. */
export const KNOWN = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "enum",
  "const",
  "minimum",
  "maximum",
  "oneOf",
  "anyOf",
  "allOf",
  "contains",
  "if",
  "then",
  "$ref",
  "title",
  "description",
  "default",
  "$comment",
  "examples",
  "$id",
  "$schema",
  "definitions",
]);

/** A keyword or combination the generator cannot satisfy: codegen fails rather than miss a constraint. */
export class Unsupported extends Error {}

export interface Named {
  named: NamedSchema;
  fileId: string;
  /** The identifier of the emitted wire arbitrary. */
  ident: string;
}

export function checkKeywords(s: Schema, where: string): void {
  for (const k of Object.keys(s))
    if (!KNOWN.has(k)) throw new Unsupported(`${where}: keyword "${k}" is not supported by the arbitraries generator`);
}

/** Splits `allOf` and drops `true`, so that every overlay is one flat fragment. */
export function flatOverlays(overlays: readonly unknown[]): Overlay[] {
  const out: Overlay[] = [];
  for (const o of overlays) {
    if (o === true || o === undefined) continue;
    if (!isNode(o)) throw new Unsupported(`overlay ${lit(o)} is not an object schema`);
    const { allOf, ...rest } = o as { allOf?: unknown[] };
    if (Object.keys(rest).length) out.push(rest);
    if (allOf) out.push(...flatOverlays(allOf));
  }
  return out;
}

/** The one value a schema pins a member to (const or a one-value enum), if any. */
export function pinned(s: Schema | undefined): { value: unknown } | undefined {
  if (!s) return undefined;
  if ("const" in s) return { value: s.const };
  if (Array.isArray(s.enum) && s.enum.length === 1) return { value: s.enum[0] };
  return undefined;
}

/**
 * Evaluates a presence-only combinator (oneOf/anyOf of `required` lists, nested) against the set of
 * present keys.
 */
export function presenceHolds(s: Schema, present: Set<string>): boolean {
  for (const k of Object.keys(s))
    if (!["required", "oneOf", "anyOf"].includes(k)) throw new Unsupported(`presence combinator with "${k}"`);
  if (Array.isArray(s.required) && !s.required.every((k: string) => present.has(k))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((b) => presenceHolds(b as Schema, present)).length !== 1) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((b) => presenceHolds(b as Schema, present))) return false;
  return true;
}

export function presenceKeys(s: Schema, out = new Set<string>()): Set<string> {
  if (Array.isArray(s.required)) for (const k of s.required as string[]) out.add(k);
  for (const b of [...((s.oneOf as Schema[]) ?? []), ...((s.anyOf as Schema[]) ?? [])]) presenceKeys(b, out);
  return out;
}
