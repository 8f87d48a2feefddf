import type { GeneratedFile, Sources } from "./sources/model.js";
import { DOCS, MESSAGES_DOCS, MODELS_OUT, OUT, API_OUT, SCHEMAS_OUT, STATUS_DOCS } from "./emit/paths.js";

/** One generator step: the model in, files out. Steps never read or write files; run.ts writes. */
export type Emitter = (sources: Sources) => GeneratedFile[] | Promise<GeneratedFile[]>;

/**
 * Every emitter, in the order their files are listed: its name and how to load it. Emitters are imported
 * only when the output cache misses, so that a cached run never loads ajv, quicktype or the TypeScript
 * generators. Add an emitter: one file in emit/, one line here.
 */
export const emitters: readonly { readonly name: string; readonly load: () => Promise<Emitter> }[] = [
  { name: "catalogue", load: async () => (await import("./emit/catalogue.js")).emitCatalogue },
  { name: "types", load: async () => (await import("./emit/types.js")).emitTypes },
  { name: "validators", load: async () => (await import("./emit/validators.js")).emitValidators },
  { name: "strict-rules", load: async () => (await import("./emit/strict-rules.js")).emitStrictRules },
  { name: "guards", load: async () => (await import("./emit/guards.js")).emitGuards },
  { name: "by-type", load: async () => (await import("./emit/by-type.js")).emitByType },
  { name: "arbitraries", load: async () => (await import("./emit/arbitraries.js")).emitArbitraries },
  { name: "schemas", load: async () => (await import("./emit/schemas.js")).emitSchemas },
  { name: "typebox", load: async () => (await import("./emit/typebox.js")).emitTypeBox },
  { name: "status", load: async () => (await import("./emit/status.js")).emitStatus },
  { name: "status-docs", load: async () => (await import("./emit/status-docs.js")).emitStatusDocs },
  { name: "docs", load: async () => (await import("./emit/docs.js")).emitDocs },
  { name: "models", load: async () => (await import("./emit/models.js")).emitModels },
  { name: "api", load: async () => (await import("./emit/api.js")).emitApi },
];

/** Folders the generator owns entirely: a file in them that no emitter produced is stale. */
export const ownedDirs = [OUT, API_OUT, SCHEMAS_OUT, STATUS_DOCS, MESSAGES_DOCS, MODELS_OUT];

/** Generated files outside the owned folders (listed so that tools can tell them from hand-written ones). */
export const ownedFiles = [`${DOCS}/catalogue.md`, `${DOCS}/strict-rules.md`];

/** Runs every emitter (or the ones named in `only`) on the model; throws if two write the same path. */
export async function generate(sources: Sources, only?: readonly string[]): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const e of emitters) {
    if (only && !only.includes(e.name)) continue;
    files.push(...(await (await e.load())(sources)));
  }
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.has(f.path)) throw new Error(`two emitters write ${f.path}`);
    paths.add(f.path);
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
