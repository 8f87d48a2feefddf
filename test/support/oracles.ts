/**
 * Independent verdicts for the differential conformance test:
 * - `official`: ajv (default options, `strict: false`) with ajv-formats over the official Digdir schemas in
 *   ../shared, every file under schemas/common and schemas/dpi registered by its `$id`;
 * - `schemasafe`: @exodus/schemasafe over our own schemas/ (a different validator implementation over a
 *   different copy of the schemas).
 * Both pick the schema the way validate() does: by the payload key beside the header, else by
 * documentIdentification.type.
 */
import { validator } from "@exodus/schemasafe";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sources } from "./near-miss.js";
import { digdirDir, hasDigdir, repoRoot } from "./shared.js";

type Verdict = (input: unknown) => boolean;

const messages = sources.catalogue.messages;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The DPI type validate() would check `input` as, or undefined when it cannot tell. */
export function chooseType(input: unknown): string | undefined {
  if (!isObject(input) || !isObject(input.standardBusinessDocument)) return undefined;
  const sbd = input.standardBusinessDocument;
  for (const k of Object.keys(sbd)) {
    const m = messages.find((x) => x.payloadKey === k);
    if (m) return m.type;
  }
  const header = sbd.standardBusinessDocumentHeader;
  const declared =
    isObject(header) && isObject(header.documentIdentification) ? header.documentIdentification.type : undefined;
  if (typeof declared !== "string") return undefined;
  return messages.find((x) => x.type === declared.toLowerCase())?.type;
}

function byType(verdicts: Record<string, Verdict>): Verdict {
  return (input) => {
    const t = chooseType(input);
    // No type: valid only if some schema accepts it (none can: each requires its payload key).
    return t ? verdicts[t]!(input) : Object.values(verdicts).some((v) => v(input));
  };
}

function readSchemas(dir: string): Record<string, unknown>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>);
}

/** ajv over the official Digdir schemas; undefined where ../shared is absent. */
export const official: Verdict | undefined = (() => {
  if (!hasDigdir) return undefined;
  // ajv is CommonJS with `exports.default`; under NodeNext the default import is the module object.
  const ajv = new AjvModule.default({ strict: false });
  addFormatsModule.default(ajv);
  for (const sub of ["common", "dpi"]) for (const s of readSchemas(join(digdirDir, "schemas", sub))) ajv.addSchema(s);
  const verdicts: Record<string, Verdict> = {};
  for (const m of messages) {
    const v = ajv.getSchema(`https://docs.digdir.no/schemas/dpi/${m.payloadKey}.schema.json`);
    if (!v) throw new Error(`official schema for ${m.type} not found`);
    verdicts[m.type] = (x) => v(x) as boolean;
  }
  return byType(verdicts);
})();

/**
 * schemasafe over our schemas. Its structural checks (refs, oneOf, additionalProperties, code-point
 * lengths, patterns, enums, types) are its own; the four formats are ajv-formats' definitions, because
 * `wire` is defined as what the official schemas accept *with ajv-formats*, and schemasafe's own formats
 * are a different dialect: its uuid refuses the urn:uuid: prefix, its date-time caps the length at 38
 * characters (fractions of at most 12 digits), and its email caps the local part at 64 characters,
 * all of which ajv-formats (and so the official verdict) lets through.
 */
export const schemasafe: Verdict = (() => {
  const all = [join(repoRoot, "schemas/common"), join(repoRoot, "schemas/dpi")].flatMap(readSchemas);
  const schemas = new Map(all.map((s) => [s.$id as string, s]));
  const formats: Record<string, (s: string) => boolean> = {};
  for (const f of ["date", "date-time", "uuid", "email"] as const) {
    const def = fullFormats[f] as RegExp | { validate: RegExp | ((s: string) => boolean) };
    const v = def instanceof RegExp ? def : def.validate;
    formats[f] = typeof v === "function" ? v : (s: string) => v.test(s);
  }
  const verdicts: Record<string, Verdict> = {};
  for (const m of messages) {
    const root = schemas.get(sources.catalogue.baseId + m.schema)!;
    const v = validator(root as never, { schemas, formats, mode: "default", includeErrors: false });
    verdicts[m.type] = (x) => v(x as never);
  }
  return byType(verdicts);
})();
