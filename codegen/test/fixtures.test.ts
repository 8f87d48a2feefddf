/**
 * Generator fixtures: each folder under fixtures/ holds one small schema (schema.json) and the files the
 * schema emitters write for it (expected/); fixtures/tables/ is a whole small schemas/ folder (one message
 * type, one strict rule, minimal status tables) read by the real loader, with what the table emitters
 * write for it. Regenerate the expected files with
 *   UPDATE_FIXTURES=1 npx vitest run codegen/test/fixtures.test.ts
 * and review the diff: it is what the change does to generated code.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { formatFiles } from "../src/format.js";
import { generate } from "../src/generate.js";
import { loadSources } from "../src/sources/index.js";
import { deepFreeze } from "../src/sources/read.js";
import { namedSchemas } from "../src/sources/schemas.js";
import type { SchemaFile, Sources } from "../src/sources/model.js";

const here = resolve(import.meta.dirname, "fixtures");
const update = process.env.UPDATE_FIXTURES === "1";
const BASE = "https://innbyggerpost.dev/schemas/";
/** The emitters that turn schemas into code (the others need a catalogue, rules or status tables). */
const SCHEMA_EMITTERS = ["types", "validators", "typebox", "guards"];

/** A model of one schema file and nothing else (no message types, rules or status tables). */
function fixtureSources(dir: string): Sources {
  const schema = deepFreeze(JSON.parse(readFileSync(join(dir, "schema.json"), "utf8")) as SchemaFile["schema"]);
  const file = `fixture/${basename(dir)}.schema.json`;
  const schemas: SchemaFile[] = [{ file, id: BASE + file, schema }];
  const catalogue = {
    baseId: BASE,
    standardPrefix: "",
    typeVersion: "1.0",
    headerVersion: "1.0",
    processes: {},
    messages: [],
  };
  return {
    root: dir,
    catalogue,
    schemas,
    named: namedSchemas(schemas),
    rules: [],
    status: null as never,
    api: null,
    examples: {},
    inputs: new Map(),
  };
}

/** Compares `files` with dir/expected (or writes them there with UPDATE_FIXTURES=1). */
function expectFiles(dir: string, files: readonly { path: string; content: string }[]): void {
  const out = join(dir, "expected");
  if (update) mkdirSync(out, { recursive: true });
  for (const f of files) {
    const path = join(out, basename(f.path));
    if (update) writeFileSync(path, f.content);
    else
      expect(f.content, `${basename(dir)}/expected/${basename(f.path)} (UPDATE_FIXTURES=1 regenerates it)`).toBe(
        readFileSync(path, "utf8"),
      );
  }
  expect(readdirSync(out).sort()).toEqual(files.map((f) => basename(f.path)).sort());
}

const cases = readdirSync(here)
  .filter((n) => existsSync(join(here, n, "schema.json")))
  .sort();

describe("generator fixtures", () => {
  it("has the fixture cases", () => {
    expect(cases).toEqual(["enum", "format", "one-of", "pattern", "ref-chain"]);
  });

  for (const name of cases) {
    it(`${name}: the emitters write the expected files`, async () => {
      const dir = join(here, name);
      expectFiles(dir, formatFiles(await generate(fixtureSources(dir), SCHEMA_EMITTERS)));
    });
  }

  it("tables: a strict rule and status tables through the loader and the table emitters", async () => {
    const dir = join(here, "tables");
    const sources = loadSources(join(dir, "schemas"));
    expectFiles(dir, formatFiles(await generate(sources, ["catalogue", "strict-rules", "status", "status-docs"])));
  });

  it("the expected TypeScript type-checks", () => {
    const roots = cases.flatMap((n) => ["types.ts", "typebox.ts"].map((f) => join(here, n, "expected", f)));
    const program = ts.createProgram(roots, {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      exactOptionalPropertyTypes: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
