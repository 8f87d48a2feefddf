import { banner } from "./helpers.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { namedSchemas } from "../names.js";
import { OUT } from "./paths.js";

/** A type guard per titled schema, backed by the full first-error wire validator (not a discriminator peek). */
export function emitGuards(sources: Sources): GeneratedFile[] {
  const named = namedSchemas(sources);
  const lines = named.map(
    (n) =>
      `/** True when \`value\` is a valid ${n.name} under the wire schema (${n.source}). */\n` +
      // A guard answers false, never throws: a throwing getter or a revoked proxy is not a valid message.
      `export function is${n.name}(value: unknown): value is types.${n.name} {\n  try {\n    return ` +
      `v.${n.name}(value);\n  } catch {\n    return false;\n  }\n}\n`,
  );
  const content =
    banner(named.map((n) => `schemas/${n.source.split("#")[0]}`).filter((f, i, a) => a.indexOf(f) === i)) +
    `import type * as types from "./types.js";\n` +
    `import * as v from "./validators-first-error.js";\n\n` +
    lines.join("\n");
  return [{ path: `${OUT}/guards.ts`, content, symbols: named.length }];
}
