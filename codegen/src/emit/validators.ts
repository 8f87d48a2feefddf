import { banner } from "./helpers.js";
import { flatten } from "../flatten.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { namedSchemas } from "../names.js";
import { compileModule } from "../standalone.js";
import { firstErrorModule } from "./validators-first-error.js";

import { OUT } from "./paths.js";

export { OUT };

/**
 * Wire validators for every message root and every titled definition, twice: collecting all errors
 * (what people want to read) and stopping at the first (what a gateway's hot path wants).
 * Shared definitions are compiled once per module and called from every root that uses them.
 */
export function emitValidators(sources: Sources): GeneratedFile[] {
  const flat = flatten(sources.schemas);
  const flatFast = flatten(sources.schemas, true, true);
  const named = namedSchemas(sources);
  const exports = Object.fromEntries(named.map((n) => [n.name, n.id]));
  const files = sources.schemas.map((s) => `schemas/${s.file}`);
  return [
    { file: "validators", allErrors: true, what: "all errors" },
    { file: "validators-first-error", allErrors: false, what: "first error only" },
  ].flatMap(({ file, allErrors, what }) => {
    // The first-error module is what every call runs first: quick checks that decide valid input and
    // build ajv's first error themselves (emit/validators-quick.ts).
    const mod = allErrors ? compileModule(flat, exports, true) : firstErrorModule(flatFast, exports);
    const note =
      `// Precompiled ajv standalone validators (${what}), one per titled schema. No ` +
      `schema compilation at run time.\n`;
    return [
      { path: `${OUT}/${file}.js`, content: banner(files) + note + mod.js, symbols: mod.exports.length },
      {
        path: `${OUT}/${file}.d.ts`,
        content:
          banner(files) +
          note +
          `import type { CompiledValidator } from "../support/compiled-validator.js";\n\n` +
          mod.dts,
        symbols: mod.exports.length,
      },
    ];
  });
}
