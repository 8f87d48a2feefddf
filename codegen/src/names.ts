import type { NamedSchema, Sources } from "./sources/model.js";

export type { NamedSchema } from "./sources/model.js";

/** Every titled definition and every root schema, as loaded (see sources/schemas.ts). */
export function namedSchemas(sources: Sources): NamedSchema[] {
  return sources.named;
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
