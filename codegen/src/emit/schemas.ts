import { banner } from "./helpers.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { OUT, SCHEMAS_OUT } from "./paths.js";

export { SCHEMAS_OUT };

/**
 * The schema as shipped: the source with a `$comment` banner first. JSON has no comments, and `$comment`
 * is the JSON Schema keyword validators ignore, so the shipped file still says it is generated without
 * changing a single verdict.
 */
export function shippedSchema(file: string, schema: { readonly [key: string]: unknown }): Record<string, unknown> {
  return {
    $comment:
      `generated — do not edit. Source: schemas/${file}. Generator: codegen/ (npm run ` +
      `codegen). Change the schema or the generator, then regenerate.`,
    ...schema,
  };
}

/**
 * Ships the JSON Schemas inside @innbyggerpost/contracts: a copy of each file under `schemas/`, and a module
 * with the fixed `$id` → file map and the same schemas embedded, so that nothing is fetched at run time.
 */
export function emitSchemas(sources: Sources): GeneratedFile[] {
  const copies = sources.schemas.map((s) => ({
    path: `${SCHEMAS_OUT}/${s.file}`,
    content: `${JSON.stringify(shippedSchema(s.file, s.schema), null, 2)}\n`,
    symbols: 0,
  }));
  const ids = sources.schemas.map((s) => s.id);
  const fileMap = Object.fromEntries(sources.schemas.map((s) => [s.id, `schemas/${s.file}`]));
  const byType = Object.fromEntries(
    sources.catalogue.messages.map((m) => [m.type, sources.catalogue.baseId + m.schema]),
  );
  const embedded = sources.schemas
    .map((s) => `  ${JSON.stringify(s.id)}: ${JSON.stringify(shippedSchema(s.file, s.schema))},`)
    .join("\n");
  const header = banner([...sources.schemas.map((s) => `schemas/${s.file}`), "schemas/catalogue.json"]);
  const content =
    header +
    `import type { DpiType } from "./catalogue.js";\n\n` +
    `/** The \`$id\` of every schema shipped in this package. */\n` +
    `export type SchemaId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join("\n")};\n\n` +
    `/** A JSON Schema document (draft-07) as shipped: plain JSON with an absolute \`$id\`. */\n` +
    `export interface SchemaDocument {\n  readonly $id: SchemaId;\n  readonly [keyword: string]: unknown;\n}\n\n` +
    `/**\n * The fixed \`$id\` → file map: each schema's file, relative to the package root\n` +
    ` * (\`@innbyggerpost/contracts/schemas/...\`). The ids are names, never fetched.\n */\n` +
    `export const schemaFiles: { readonly [Id in SchemaId]: string } = ${JSON.stringify(fileMap, null, 2)};\n\n` +
    `/** The \`$id\` of each message type's root schema. */\n` +
    `export const messageSchemaIds: { readonly [T in DpiType]: SchemaId } = ${JSON.stringify(byType, null, 2)};\n\n` +
    `/**\n * Every schema, embedded: the same JSON as the shipped files. Register them all with a validator\n` +
    ` * (e.g. \`ajv.addSchema(Object.values(schemas))\`) and its \`$ref\`s resolve offline.\n */\n` +
    `export const schemas: { readonly [Id in SchemaId]: SchemaDocument } = {\n${embedded}\n};\n`;
  return [...copies, { path: `${OUT}/schemas.ts`, content, symbols: 4 }];
}
