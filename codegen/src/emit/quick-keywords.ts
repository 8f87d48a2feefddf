/**
 * What the quick checks (emit/validators-quick.ts) know about ajv: the order it evaluates keywords in, the
 * keywords they cover, how a type is tested, and the regular expressions of its formats. Taken from the ajv
 * instance the validators are compiled with, so that a quick check decides as ajv does.
 */
import { createAjv } from "../standalone.js";

// The regular expressions ajv inlines for the formats not in FORMAT_FUNCTIONS (uuid, email), from the
// same ajv setup the validators are compiled with: the same verdicts.
const ajv = createAjv(false);
export const ajvFormats = ajv.formats as Record<string, unknown>;
/** ajv's keyword order: the untyped group first, then number, string, array, object (`Ajv.RULES`). */
// A format on a number is skipped by ajv when the format is a string format, as all of ours are.
export const GROUPS = ajv.RULES.rules.map((g) => ({
  type: g.type,
  keywords: g.rules.map((r) => r.keyword).filter((k) => !(g.type === "number" && k === "format")),
}));
/** Types that have a keyword group; a single such type is checked where its group runs (ajv's rule). */
export const GROUP_TYPES = new Set<string>(GROUPS.flatMap((g) => (g.type ? [g.type] : [])));
/**
 * Case-insensitive regular expressions spelled out without the i flag, which V8 matches several times
 * faster. Without the u flag, /i folds only ASCII letters onto ASCII letters (a character of 128 or more
 * never folds onto one below 128), so each is the same language; the key is ajv's own spelling, and a
 * different spelling (another ajv-formats version) is used as ajv writes it.
 */
export const CASE_SPELLED: Record<string, string> = {
  "/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i":
    "/^(?:[Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:)?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/",
};
/** Keywords that carry no assertion, and those the quick checks implement. */
export const IGNORED = new Set(["$id", "title", "description", "$comment", "examples", "default", "$schema"]);
export const SUPPORTED = new Set([
  ...["required", "properties", "additionalProperties", "maxLength", "minLength", "pattern", "format"],
  ...["items", "minItems", "maxItems", "minimum", "maximum", "type", "enum", "const", "$ref", "if", "then"],
  ...["else", "not", "contains", "uniqueItems"],
]);
/** The test of each JSON Schema type on the value `v` (an expression), as ajv decides it. */
export const TYPE_CHECK: Record<string, (v: string) => string> = {
  object: (v) => `typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} === "string"`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  // ajv's integer and number under strictNumbers: finite, and for integer without a fractional part.
  integer: (v) => `typeof ${v} === "number" && ${v} % 1 === 0 && isFinite(${v})`,
  number: (v) => `typeof ${v} === "number" && isFinite(${v})`,
};

/** A JSON Schema: an object or a boolean. */
export type Schema = Record<string, unknown> | boolean;

/** Thrown inside the emitter when a schema uses something the quick checks do not cover. */
export class Unsupported extends Error {}
