import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Catalogue, SchemaFile, Sources, StrictRule } from "./model.js";

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** Freezes a JSON value so that any accidental mutation by a generator step throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function listSchemaFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listSchemaFiles(p));
    else if (name.endsWith(".schema.json")) out.push(p);
  }
  return out;
}

/** Reads everything under `schemasDir` and checks that the catalogue and the schema files agree. */
export function loadSources(schemasDir: string): Sources {
  const catalogue = deepFreeze(readJson(join(schemasDir, "catalogue.json")) as Catalogue);
  const rules = deepFreeze((readJson(join(schemasDir, "strict-rules.json")) as { rules: StrictRule[] }).rules);
  const schemas: SchemaFile[] = listSchemaFiles(schemasDir).map((path) => {
    const file = relative(schemasDir, path).split("\\").join("/");
    const schema = deepFreeze(readJson(path) as SchemaFile["schema"]);
    const id = schema.$id;
    if (id !== catalogue.baseId + file) {
      throw new Error(`${file}: $id must be ${catalogue.baseId + file} (got ${String(id)})`);
    }
    return { file, id, schema };
  });
  for (const m of catalogue.messages) {
    const s = schemas.find((f) => f.file === m.schema);
    if (!s) throw new Error(`catalogue.json: ${m.type}: no schema file ${m.schema}`);
    const doc = (s.schema.definitions as Record<string, { properties?: Record<string, unknown> }>)?.standardBusinessDocument;
    if (!doc?.properties?.[m.payloadKey]) {
      throw new Error(`${m.schema}: definitions/standardBusinessDocument has no payload key "${m.payloadKey}"`);
    }
    if (m.process !== null && !catalogue.processes[m.process]) throw new Error(`catalogue.json: ${m.type}: unknown process ${m.process}`);
    for (const p of m.processes) if (!catalogue.processes[p]) throw new Error(`catalogue.json: ${m.type}: unknown process ${p}`);
  }
  const codes = new Set<string>();
  for (const r of rules) {
    if (codes.has(r.code)) throw new Error(`strict-rules.json: duplicate code ${r.code}`);
    codes.add(r.code);
  }
  return { root: schemasDir, catalogue, schemas, rules };
}
