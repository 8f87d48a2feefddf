import { banner } from "./helpers.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { OUT } from "./paths.js";

/**
 * validateDigital, validateUtskrift, ...: one typed validator per catalogue row. Each is a function and a
 * Standard Schema v1 (`~standard`), so it plugs into tRPC, Hono or TanStack Form as it is. The calls are
 * marked pure so that a bundler drops the validators an application does not import.
 */
export function emitByType(sources: Sources): GeneratedFile[] {
  const fns = sources.catalogue.messages.map(
    (m) =>
      `/**\n * Validates a ${m.type} message (${m.description}). Never throws; see {@link validate}.\n` +
      ` * Also a Standard Schema v1: \`validate${m.typeName}["~standard"].validate(input)\`.\n */\n` +
      `export const validate${m.typeName}: DpiValidator<"${m.type}"> = /* @__PURE__ */ validatorFor("${m.type}");\n`,
  );
  const content =
    banner(["schemas/catalogue.json"]) +
    `import { validatorFor, type DpiValidator } from "../validate.js";\n` +
    `import type { validate } from "../validate.js";\n\n` +
    fns.join("\n");
  return [{ path: `${OUT}/validate-by-type.ts`, content, symbols: fns.length }];
}
