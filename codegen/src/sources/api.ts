import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Node } from "./model.js";
import { deepFreeze, type InputReader } from "./read.js";

/** The access-point (C2) OpenAPI document, relative to schemas/. */
export const API_SOURCE = "api/c2.openapi.yaml";

/**
 * Reads and parses the OpenAPI document (deep-frozen, like every other source); null when the schemas
 * folder has none (the generator's small fixture folders). A parse error names the file.
 */
export function loadApiDocument(read: InputReader, schemasDir: string): Node | null {
  const path = join(schemasDir, API_SOURCE);
  if (!existsSync(path)) return null;
  const text = read.text(path);
  try {
    return deepFreeze(parse(text) as Node);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}
