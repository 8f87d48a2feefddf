/**
 * @innbyggerpost/contracts/schemas: the JSON Schemas this package is generated from, shipped with it, with a
 * fixed `$id` → file map. The `$id`s are names: nothing is fetched at run time.
 *
 * ```ts
 * import Ajv from "ajv";
 * import { schemas, messageSchemaIds } from "@innbyggerpost/contracts/schemas";
 * const ajv = new Ajv({ schemas: Object.values(schemas) });
 * const check = ajv.getSchema(messageSchemaIds.digital);
 * ```
 * The files themselves are at `@innbyggerpost/contracts/schemas/<path>` (see {@link schemaFiles}).
 * @packageDocumentation
 */
import { schemaFiles, type SchemaId } from "./generated/schemas.js";

export { schemaFiles, schemas, messageSchemaIds, type SchemaId, type SchemaDocument } from "./generated/schemas.js";

/**
 * The `file:` URL of a shipped schema file, for tools that want a path (Node only: it resolves against
 * this module's own location inside the installed package).
 */
export function schemaFileUrl(id: SchemaId): URL {
  const file = schemaFiles[id];
  if (file === undefined) throw new Error(`no shipped schema has $id ${String(id)}`);
  return new URL(`../${file}`, import.meta.url);
}
