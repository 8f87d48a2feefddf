import { banner } from "./helpers.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { OUT } from "./paths.js";

/**
 * validateDigital, validateUtskrift, ...: one typed validator per catalogue row. Each is a function and a
 * Standard Schema v1 (`~standard`), so it plugs into tRPC, Hono or TanStack Form as it is. The calls are
 * marked pure and name their own compiled functions, so that a bundler drops the types an application does
 * not import.
 */
export function emitByType(sources: Sources): GeneratedFile[] {
  const fns = sources.catalogue.messages.map(
    (m) =>
      `/**\n * Validates a ${m.type} message (${m.description}). Never throws; see {@link validate}.\n` +
      ` * Also a Standard Schema v1: \`validate${m.typeName}["~standard"].validate(input)\`.\n */\n` +
      `export const validate${m.typeName}: DpiValidator<"${m.type}"> = /* @__PURE__ */ validatorWith("${m.type}", {\n` +
      `  fast: fast.${m.typeName}Message,\n  full: full.${m.typeName}Message,\n` +
      `  strictChecks: strict.checks_${m.type},\n  strictWalker: strict.walk_${m.type},\n});\n`,
  );
  // Each validator names its own compiled functions (no table of all types), so that a bundler keeps only
  // the types an application imports.
  const content =
    banner(["schemas/catalogue.json"]) +
    `import { validatorWith, type DpiValidator } from "../validate.js";\n` +
    `import type { validate } from "../validate.js";\n` +
    `import * as fast from "./validators-first-error.js";\n` +
    `import * as full from "./validators.js";\n` +
    `import * as strict from "./strict-rules.js";\n\n` +
    fns.join("\n");
  return [{ path: `${OUT}/validate-by-type.ts`, content, symbols: fns.length }];
}
