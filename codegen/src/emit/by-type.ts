import { banner } from "../banner.js";
import type { GeneratedFile, Sources } from "../model.js";
import { OUT } from "./validators.js";

/** validateDigital(), validateUtskrift(), ...: one typed entry point per catalogue row. */
export function emitByType(sources: Sources): GeneratedFile[] {
  const fns = sources.catalogue.messages.map(
    (m) =>
      `/** Validates a ${m.type} message (${m.description}). Never throws; see {@link validate}. */\n` +
      `export function validate${m.typeName}(input: unknown, options?: ValidateOptions): ValidationResult<"${m.type}"> {\n` +
      `  return validateAs("${m.type}", input, options);\n}\n`,
  );
  const content =
    banner(["schemas/catalogue.json"]) +
    `import { validateAs, type ValidateOptions, type ValidationResult } from "../validate.js";\n` +
    `import type { validate } from "../validate.js";\n\n` +
    fns.join("\n");
  return [{ path: `${OUT}/validate-by-type.ts`, content, symbols: fns.length }];
}
