import type { CompiledError } from "./support/compiled-validator.js";

/** One problem found in a message. */
export interface Issue {
  /** JSON pointer (RFC 6901) into the input, naming the field; "" is the whole input. */
  readonly pointer: string;
  /** The JSON Schema keyword that failed (required, enum, pattern, ...), a strict rule code, or one of ours (unknown-type, not-an-object). */
  readonly code: string;
  /** A sentence for people. */
  readonly message: string;
}

/** Escapes one JSON pointer reference token. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function describe(e: CompiledError): string {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return `required property '${String(p.missingProperty)}' is missing`;
    case "additionalProperties":
      return `property '${String(p.additionalProperty)}' is not allowed here`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

/** Turns ajv errors into issues whose pointer names the offending field itself. */
export function issuesFromErrors(errors: readonly CompiledError[] | null | undefined, code?: string, prefix?: string): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  const list = errors ?? [];
  // "must match then schema" only repeats what the then-branch already said.
  const meaningful = list.filter((e) => e.keyword !== "if" || list.length === 1);
  for (const e of meaningful) {
    let pointer = e.instancePath;
    if (e.keyword === "required") pointer += `/${escapePointer(String(e.params.missingProperty))}`;
    else if (e.keyword === "additionalProperties") pointer += `/${escapePointer(String(e.params.additionalProperty))}`;
    const text = describe(e);
    const issue: Issue = { pointer, code: code ?? e.keyword, message: prefix ? `${prefix} (${pointer || "/"}: ${text})` : text };
    const key = `${issue.pointer}\u0000${issue.code}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
