import { definitionId } from "../flatten.js";
import type { NamedSchema, Node, SchemaFile } from "./model.js";

/** Every titled definition and every root schema, in a stable order; titles must be unique PascalCase. */
export function namedSchemas(files: readonly SchemaFile[]): NamedSchema[] {
  const out: NamedSchema[] = [];
  for (const f of files) {
    const defs = (f.schema.definitions ?? {}) as Record<string, Node>;
    for (const [key, def] of Object.entries(defs)) {
      if (typeof def.title !== "string")
        throw new Error(`${f.file}#/definitions/${key}: a title is required (it names the type)`);
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
