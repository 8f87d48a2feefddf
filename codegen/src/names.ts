import { definitionId } from "./flatten.js";
import type { Sources } from "./model.js";

/** A named schema the generator emits a type, validator and guard for. */
export interface NamedSchema {
  /** The TypeScript name, from the schema's `title`. */
  name: string;
  /** The flattened schema id (see flatten.ts). */
  id: string;
  /** Where it is written: file and JSON pointer, for banners and docs. */
  source: string;
  schema: { readonly [key: string]: unknown };
}

/** Every titled definition and every root schema, in a stable order; titles must be unique. */
export function namedSchemas(sources: Sources): NamedSchema[] {
  const out: NamedSchema[] = [];
  for (const f of sources.schemas) {
    const defs = (f.schema.definitions ?? {}) as Record<string, { readonly [key: string]: unknown }>;
    for (const [key, def] of Object.entries(defs)) {
      if (typeof def.title !== "string") throw new Error(`${f.file}#/definitions/${key}: a title is required (it names the type)`);
      out.push({ name: def.title, id: definitionId(f.id, key), source: `${f.file}#/definitions/${key}`, schema: def });
    }
    if (f.schema.type !== undefined) {
      if (typeof f.schema.title !== "string") throw new Error(`${f.file}: a title is required`);
      out.push({ name: f.schema.title, id: f.id, source: f.file, schema: f.schema });
    }
  }
  const seen = new Map<string, string>();
  for (const n of out) {
    const prev = seen.get(n.name);
    if (prev) throw new Error(`title ${n.name} is used by both ${prev} and ${n.source}`);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(n.name)) throw new Error(`${n.source}: title ${n.name} is not a PascalCase name`);
    seen.set(n.name, n.source);
  }
  return out;
}

/** The named schema of a message type's root (the whole SBD). */
export function messageRoot(sources: Sources, type: string): NamedSchema {
  const m = sources.catalogue.messages.find((x) => x.type === type)!;
  const id = sources.catalogue.baseId + m.schema;
  return namedSchemas(sources).find((n) => n.id === id)!;
}

/**
 * The `required` lists of a oneOf whose branches only name required properties (nested oneOfs flattened),
 * or null: how the print address expresses its Norwegian and foreign variants, which the type emitters
 * turn into a union of complete object types.
 */
export function requiredOnlyBranches(oneOf: unknown): string[][] | null {
  if (!Array.isArray(oneOf)) return null;
  const out: string[][] = [];
  for (const b of oneOf as Record<string, unknown>[]) {
    const keys = Object.keys(b);
    if (keys.length === 1 && Array.isArray(b.required)) out.push(b.required as string[]);
    else if (keys.length === 1 && b.oneOf) {
      const inner = requiredOnlyBranches(b.oneOf);
      if (!inner) return null;
      out.push(...inner);
    } else return null;
  }
  return out;
}
