import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { validator as schemasafe } from "@exodus/schemasafe";
import * as TypeBoxSchema from "typebox/schema";
import { catalogue, dpiTypes, type DpiType } from "@innbyggerpost/contracts";
import { digdirDir, hasDigdir, repoRoot } from "../test/support/shared.js";

/** A competitor's compiled check: true when it accepts. */
export type Check = (data: unknown) => boolean;

function readDir(dir: string): { $id: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}

/** Our own schema files (the single source), as other validators would load them. */
export function ourSchemas(): { $id: string }[] {
  return [...readDir(join(repoRoot, "schemas/common")), ...readDir(join(repoRoot, "schemas/dpi"))];
}

/**
 * What a team would write without us: ajv + ajv-formats compiling the official Digdir schemas at start-up
 * (our own schemas when ../shared is absent). Returns one validator per type.
 */
export function ajvAtRuntime(allErrors: boolean): { label: string; byType: Record<DpiType, Check> } {
  const ajv = new AjvModule.default({ allErrors, strict: false });
  addFormatsModule.default(ajv);
  const official = hasDigdir;
  const files = official
    ? [...readDir(join(digdirDir, "schemas/common")), ...readDir(join(digdirDir, "schemas/dpi"))]
    : ourSchemas();
  for (const s of files) ajv.addSchema(s);
  const byType = {} as Record<DpiType, Check>;
  for (const t of dpiTypes) {
    const id = official ? `https://docs.digdir.no/schemas/dpi/${t}.schema.json` : catalogue[t].schemaId;
    byType[t] = ajv.getSchema(id)! as Check;
  }
  return {
    label: official
      ? `ajv${allErrors ? " allErrors" : ""} (official schemas, compiled at start)`
      : `ajv${allErrors ? " allErrors" : ""} (our schemas, compiled at start; ../shared absent)`,
    byType,
  };
}

/** @exodus/schemasafe over our schemas. */
export function schemasafeValidators(allErrors = false): Record<DpiType, Check> {
  const all = ourSchemas();
  const byType = {} as Record<DpiType, Check>;
  for (const t of dpiTypes) {
    const root = all.find((s) => s.$id === catalogue[t].schemaId)!;
    byType[t] = schemasafe(root as never, {
      schemas: all as never,
      mode: "default",
      includeErrors: false,
      allErrors,
      isJSON: true,
      formatAssertion: true,
    }) as Check;
  }
  return byType;
}

/** TypeBox's JSON Schema compiler over our schemas. */
export function typeboxValidators(): Record<DpiType, Check> {
  const all = ourSchemas();
  const context = Object.fromEntries(all.map((s) => [s.$id, s]));
  const byType = {} as Record<DpiType, Check>;
  for (const t of dpiTypes) {
    const v = TypeBoxSchema.Compile(context as never, context[catalogue[t].schemaId] as never);
    byType[t] = (d: unknown) => v.Check(d);
  }
  return byType;
}

/** A peer: its valid-path check and its first-error check (the same function where it has only one). */
export interface Peer {
  readonly key: string;
  readonly label: string;
  readonly valid: Record<DpiType, Check>;
  readonly first: Record<DpiType, Check>;
}

/** The three peers every validator row is measured against. */
export function peers(): Peer[] {
  const ajv = ajvAtRuntime(false);
  const schemasafeFirst = schemasafeValidators(false);
  const typebox = typeboxValidators();
  return [
    { key: "ajv", label: ajv.label, valid: ajv.byType, first: ajv.byType },
    { key: "schemasafe", label: "@exodus/schemasafe (our schemas)", valid: schemasafeFirst, first: schemasafeFirst },
    { key: "typebox", label: "TypeBox compiler (our schemas)", valid: typebox, first: typebox },
  ];
}
