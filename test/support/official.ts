import { readdirSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { digdirDir, readJson } from "./shared.js";

/** The official Digdir schemas, by payload key, compiled with ajv + ajv-formats as the spec digest did (§5). */
export function officialValidators(): Map<string, (data: unknown) => boolean> {
  // ajv is CommonJS with `exports.default`; under NodeNext the default import is the module object.
  const ajv = new AjvModule.default({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  const byKey = new Map<string, (data: unknown) => boolean>();
  const ids: string[] = [];
  for (const sub of ["common", "dpi"]) {
    for (const f of readdirSync(join(digdirDir, "schemas", sub))) {
      const schema = readJson(join(digdirDir, "schemas", sub, f)) as { $id: string };
      ajv.addSchema(schema);
      const m = /^innbyggerpost_dpi_(\w+)_1_0\.schema\.json$/.exec(f);
      if (m) ids.push(`${m[1]}|${schema.$id}`);
    }
  }
  for (const entry of ids) {
    const [key, id] = entry.split("|") as [string, string];
    byKey.set(key, ajv.getSchema(id)!);
  }
  return byKey;
}

/**
 * The official verdict: the schema named by the payload key beside the header; with no known key,
 * valid only if some official schema accepts it (none does).
 */
export function officialVerdict(validators: Map<string, (data: unknown) => boolean>, message: unknown): boolean {
  const sbd = (message as { standardBusinessDocument?: unknown })?.standardBusinessDocument;
  const keys = sbd && typeof sbd === "object" && !Array.isArray(sbd) ? Object.keys(sbd) : [];
  const key = keys.find((k) => validators.has(k));
  if (key) return validators.get(key)!(message);
  return [...validators.values()].some((v) => v(message));
}
