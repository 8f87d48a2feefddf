import { banner } from "../banner.js";
import { flatten } from "../flatten.js";
import type { GeneratedFile, Sources } from "../model.js";
import { namedSchemas } from "../names.js";
import { compileModule } from "../standalone.js";

export const OUT = "packages/contracts/src/generated";

/**
 * Wire validators for every message root and every titled definition, twice: collecting all errors
 * (what people want to read) and stopping at the first (what a gateway's hot path wants).
 * Shared definitions are compiled once per module and called from every root that uses them.
 */
export function emitValidators(sources: Sources): GeneratedFile[] {
  const flat = flatten(sources.schemas);
  const named = namedSchemas(sources);
  const exports = Object.fromEntries(named.map((n) => [n.name, n.id]));
  const files = sources.schemas.map((s) => `schemas/${s.file}`);
  return [
    { file: "validators.ts", allErrors: true, what: "all errors" },
    { file: "validators-first-error.ts", allErrors: false, what: "first error only" },
  ].map(({ file, allErrors, what }) => {
    const body = compileModule(flat, exports, allErrors, "CompiledValidator");
    const content =
      banner(files) +
      `// Precompiled ajv standalone validators (${what}). No schema compilation at run time.\n` +
      "// @ts-nocheck -- ajv's emitted code is checked by ajv, not by tsc; the exports below are typed.\n" +
      `import type { CompiledValidator } from "../support/compiled-validator.js";\n` +
      body;
    return { path: `${OUT}/${file}`, content, symbols: named.length };
  });
}
