import type { JsonSchema, SchemaFile } from "./model.js";

/**
 * Rewrites the schema set for compilation: every definition becomes a schema of its own with an absolute
 * `$id`, and every `$ref` points at one of those whole schemas. ajv compiles a whole registered schema once
 * and shares it, whereas a `$ref` into another file's `#/definitions/...` is compiled again for each root.
 * Validation keywords are untouched, so the verdict on every input stays the same; annotations that only
 * bloat the emitted code (title, description, $comment, examples) are dropped.
 */
const ANNOTATIONS = new Set(["title", "description", "$comment", "examples", "default", "$schema"]);

/** The id a flattened definition is registered under. */
export function definitionId(fileId: string, name: string): string {
  return `${fileId}/definitions/${name}`;
}

/** Resolves a `$ref` in `fileId` to the flattened schema id it names. */
export function flatRef(fileId: string, ref: string): string {
  const [base, fragment = ""] = ref.split("#");
  const target = base ? new URL(base, fileId).href : fileId;
  if (fragment === "") return target;
  const m = /^\/definitions\/([^/]+)$/.exec(fragment);
  if (!m) throw new Error(`${fileId}: unsupported $ref ${ref} (only whole files and #/definitions/<name>)`);
  return definitionId(target, decodeURIComponent(m[1]!));
}

/**
 * `oneOf: [A, B]` as `if: A, then: { not: B }, else: B`: true exactly when one of A and B holds, the same
 * verdict; but ajv compiles `if` and `not` without building error objects, where every failing `oneOf`
 * branch allocates one even when the value is valid (the print address's Norwegian/foreign variants).
 * Used for the first-error validators only; the all-errors ones keep `oneOf` and its clearer reports.
 */
function twoWayOneOf(node: Record<string, unknown>): Record<string, unknown> {
  const { oneOf, ...rest } = node;
  const [a, b] = oneOf as [unknown, unknown];
  if (rest.if !== undefined || rest.then !== undefined || rest.else !== undefined) return node;
  return { ...rest, if: a, then: { not: b }, else: b };
}

function rewrite(node: unknown, fileId: string, stripAnnotations: boolean, fastOneOf = false): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, fileId, stripAnnotations, fastOneOf));
  if (!node || typeof node !== "object") return node;
  if (
    fastOneOf &&
    Array.isArray((node as Record<string, unknown>).oneOf) &&
    ((node as Record<string, unknown>).oneOf as unknown[]).length === 2
  ) {
    node = twoWayOneOf(node as Record<string, unknown>);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === "definitions" || k === "$id") continue;
    if (stripAnnotations && ANNOTATIONS.has(k)) continue;
    if (k === "$ref" && typeof v === "string") out[k] = flatRef(fileId, v);
    else if (k === "properties" && v && typeof v === "object") {
      // Property names are data, not keywords: never strip a property called "title" or "description".
      out[k] = Object.fromEntries(
        Object.entries(v).map(([p, s]) => [p, rewrite(s, fileId, stripAnnotations, fastOneOf)]),
      );
    } else out[k] = rewrite(v, fileId, stripAnnotations, fastOneOf);
  }
  return out;
}

export interface FlatSchema {
  id: string;
  schema: Record<string, unknown>;
}

/**
 * Flattens all schema files; roots keep their own `$id`. `fastOneOf` rewrites two-way `oneOf`s for the
 * first-error validators (see twoWayOneOf).
 */
export function flatten(files: SchemaFile[], stripAnnotations = true, fastOneOf = false): FlatSchema[] {
  const out: FlatSchema[] = [];
  for (const f of files) {
    const defs = (f.schema.definitions ?? {}) as Record<string, JsonSchema>;
    for (const [name, def] of Object.entries(defs)) {
      const id = definitionId(f.id, name);
      out.push({ id, schema: { $id: id, ...(rewrite(def, f.id, stripAnnotations, fastOneOf) as object) } });
    }
    const root = rewrite(f.schema, f.id, stripAnnotations, fastOneOf) as Record<string, unknown>;
    if (Object.keys(root).length > 0) out.push({ id: f.id, schema: { $id: f.id, ...root } });
  }
  return out;
}
