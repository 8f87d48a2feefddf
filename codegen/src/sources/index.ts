import { basename, join, relative } from "node:path";
import { loadApiDocument } from "./api.js";
import { namedSchemas } from "./schemas.js";
import type { Catalogue, SchemaFile, Sources, StrictRule } from "./model.js";
import { InputReader } from "./read.js";
import { loadStatusSources } from "./status.js";

export { deepFreeze } from "./read.js";

function checkCatalogue(catalogue: Catalogue, schemas: SchemaFile[]): void {
  for (const m of catalogue.messages) {
    const s = schemas.find((f) => f.file === m.schema);
    if (!s) throw new Error(`catalogue.json: ${m.type}: no schema file ${m.schema}`);
    const doc = (s.schema.definitions as Record<string, { properties?: Record<string, unknown> }>)
      ?.standardBusinessDocument;
    if (!doc?.properties?.[m.payloadKey]) {
      throw new Error(`${m.schema}: definitions/standardBusinessDocument has no payload key "${m.payloadKey}"`);
    }
    if (m.process !== null && !catalogue.processes[m.process])
      throw new Error(`catalogue.json: ${m.type}: unknown process ${m.process}`);
    for (const p of m.processes)
      if (!catalogue.processes[p]) throw new Error(`catalogue.json: ${m.type}: unknown process ${p}`);
  }
}

function checkRules(rules: readonly StrictRule[]): void {
  const codes = new Set<string>();
  for (const r of rules) {
    if (codes.has(r.code)) throw new Error(`strict-rules.json: duplicate code ${r.code}`);
    codes.add(r.code);
  }
}

/** One example per catalogue type, and no example of a type the catalogue does not have. */
function loadExamples(read: InputReader, dir: string, types: readonly string[]): Record<string, unknown> {
  const files = read.list(dir, ".json");
  const extra = files.map((f) => basename(f, ".json")).filter((t) => !types.includes(t));
  if (extra.length) throw new Error(`schemas/examples: ${extra.join(", ")} is not a catalogue type`);
  const out: Record<string, unknown> = {};
  for (const t of types) {
    const path = join(dir, `${t}.json`);
    if (!files.includes(path)) throw new Error(`schemas/examples: no example ${t}.json (every catalogue type has one)`);
    out[t] = read.json(path);
  }
  return out;
}

/**
 * Reads everything under `schemasDir` once (schemas, catalogue, strict rules, status tables, examples)
 * and checks that they agree; throws naming the file and row of the first inconsistency.
 */
export function loadSources(schemasDir: string): Sources {
  const read = new InputReader();
  const catalogue = read.json<Catalogue>(join(schemasDir, "catalogue.json"));
  const rules = read.json<{ rules: StrictRule[] }>(join(schemasDir, "strict-rules.json")).rules;
  const schemas: SchemaFile[] = read.list(schemasDir, ".schema.json").map((path) => {
    const file = relative(schemasDir, path).split("\\").join("/");
    const schema = read.json<SchemaFile["schema"]>(path);
    const id = schema.$id;
    if (id !== catalogue.baseId + file) {
      throw new Error(`${file}: $id must be ${catalogue.baseId + file} (got ${String(id)})`);
    }
    return { file, id, schema };
  });
  checkCatalogue(catalogue, schemas);
  checkRules(rules);
  const types = catalogue.messages.map((m) => m.type);
  const status = loadStatusSources(read, schemasDir, types);
  const examples = loadExamples(read, join(schemasDir, "examples"), types);
  const named = namedSchemas(schemas);
  const api = loadApiDocument(read, schemasDir);
  return { root: schemasDir, catalogue, schemas, named, rules, status, examples, api, inputs: read.inputs() };
}
