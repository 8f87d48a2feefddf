import { emitApi } from "./emit/api.js";
import { emitArbitraries } from "./emit/arbitraries.js";
import { emitByType } from "./emit/by-type.js";
import { emitCatalogue } from "./emit/catalogue.js";
import { emitDocs, MESSAGES_DOCS } from "./emit/docs.js";
import { emitGuards } from "./emit/guards.js";
import { emitModels, MODELS_OUT } from "./emit/models.js";
import { emitSchemas, SCHEMAS_OUT } from "./emit/schemas.js";
import { emitStatus, STATUS_DOCS } from "./emit/status.js";
import { emitStrictRules } from "./emit/strict-rules.js";
import { emitTypeBox } from "./emit/typebox.js";
import { emitTypes } from "./emit/types.js";
import { emitValidators } from "./emit/validators.js";
import type { GeneratedFile, Sources } from "./model.js";

/** One generator step: sources in, files out. Steps never write; main.ts does. */
export type Emitter = (sources: Sources) => GeneratedFile[] | Promise<GeneratedFile[]>;

/** Every emitter, in the order their files are listed. Add a step here. */
export const emitters: Emitter[] = [emitCatalogue, emitTypes, emitValidators, emitStrictRules, emitGuards, emitByType, emitArbitraries, emitSchemas, emitTypeBox, emitStatus, emitDocs, emitModels, emitApi];

/** Folders the generator owns entirely: a file in them that no emitter produced is stale. */
export const ownedDirs = ["packages/contracts/src/generated", SCHEMAS_OUT, STATUS_DOCS, MESSAGES_DOCS, MODELS_OUT];

export async function generate(sources: Sources): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const emit of emitters) files.push(...(await emit(sources)));
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.has(f.path)) throw new Error(`two emitters write ${f.path}`);
    paths.add(f.path);
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
