import type { Problem } from "./problem.js";
import type { CompiledError } from "./support/compiled-validator.js";

/**
 * One problem found in a message: a {@link Problem} whose code is the JSON Schema keyword that failed
 * (required, enum, pattern, ...), a strict rule code, or one of ours (unknown-type, not-an-object).
 */
export type Issue = Problem;

/** Escapes one JSON pointer reference token. */
export function escapePointer(token: string): string {
  // Never throws: a number is written as a number; anything else that is not a string has no token.
  const text = typeof token === "string" ? token : typeof token === "number" ? String(token) : "";
  // Most tokens (property names, indices) hold neither character: no regular expression to run on a refusal.
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The sentence for one error, from its keyword and params (the validators carry no message text). */
function describe(e: CompiledError): string {
  const p = e.params;
  const list = (v: unknown) => (v as unknown[]).map((x) => JSON.stringify(x)).join(", ");
  switch (e.keyword) {
    case "required":
      return `required property '${String(p.missingProperty)}' is missing`;
    case "additionalProperties":
      return `property '${String(p.additionalProperty)}' is not allowed here`;
    case "type":
      return `must be ${String(p.type).replace(",", " or ")}`;
    case "enum":
      return `must be one of ${list(p.allowedValues)}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "pattern":
      return `must match the pattern ${String(p.pattern)}`;
    case "format":
      return `must be a valid ${String(p.format)}`;
    case "minLength":
      return `must be at least ${String(p.limit)} character${p.limit === 1 ? "" : "s"} long`;
    case "maxLength":
      return `must be at most ${String(p.limit)} characters long`;
    case "minItems":
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `must have at most ${String(p.limit)} items`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case "uniqueItems":
      return `must not repeat items (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case "oneOf":
      return p.passingSchemas ? "matches more than one of the allowed shapes" : "matches none of the allowed shapes";
    case "anyOf":
      return "matches none of the allowed shapes";
    case "not":
      return "must not match the forbidden shape";
    case "contains":
      return "must contain a matching item";
    case "false schema":
      return "is not allowed";
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

function toIssue(e: CompiledError, code: string | undefined, prefix: string | undefined, base: string): Issue {
  let pointer = base + e.instancePath;
  if (e.keyword === "required") pointer += `/${escapePointer(String(e.params.missingProperty))}`;
  else if (e.keyword === "additionalProperties") pointer += `/${escapePointer(String(e.params.additionalProperty))}`;
  const text = describe(e);
  return { pointer, code: code ?? e.keyword, message: prefix ? `${prefix} (${pointer || "/"}: ${text})` : text };
}

/**
 * Turns ajv errors into issues whose pointer names the offending field itself. `code` and `prefix` replace
 * the keyword and lead the message (for strict rules); `base` is the pointer of the node that was checked.
 */
export function issuesFromErrors(
  errors: readonly CompiledError[] | null | undefined,
  code?: string,
  prefix?: string,
  base = "",
): Issue[] {
  if (!errors || errors.length === 0) return [];
  // The common case on a hot path: one error, nothing to filter or deduplicate.
  if (errors.length === 1) return [toIssue(errors[0]!, code, prefix, base)];
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // "must match then schema" only repeats what the then-branch already said.
    if (e.keyword === "if") continue;
    const issue = toIssue(e, code, prefix, base);
    const key = `${issue.pointer}\u0000${issue.code}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
