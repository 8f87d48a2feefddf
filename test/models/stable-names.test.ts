/**
 * Adding one optional field to one schema changes the models of that one type only: no other class is
 * renamed, added or changed, and no positional parameter moves (the Python dataclasses are keyword-only).
 * The generator runs on a scratch copy of schemas/ with `testfelt` added to digital.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitModels } from "../../codegen/src/emit/models.js";
import { loadSources } from "../../codegen/src/load.js";
import { repoRoot } from "../support/shared.js";

type Files = Map<string, string>;
const scratch = mkdtempSync(join(tmpdir(), "innbyggerpost-testfelt-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let before: Files;
let after: Files;
beforeAll(async () => {
  cpSync(join(repoRoot, "schemas"), join(scratch, "schemas"), { recursive: true });
  const file = join(scratch, "schemas/dpi/digital.schema.json");
  const schema = JSON.parse(readFileSync(file, "utf8"));
  schema.definitions.digital.properties.testfelt = { type: "string", maxLength: 10, description: "A test field." };
  writeFileSync(file, JSON.stringify(schema, null, 2));
  const asMap = (files: { path: string; content: string }[]) => new Map(files.map((f) => [f.path, f.content]));
  before = asMap(await emitModels(loadSources(join(repoRoot, "schemas"))));
  after = asMap(await emitModels(loadSources(join(scratch, "schemas"))));
}, 180_000);

/** Top-level declarations by name: `class X` / `type X` / `func (x *X) ...` blocks, in order. */
function blocks(text: string, start: RegExp, nameOf: (head: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(start);
  for (const p of parts.slice(1)) {
    const name = nameOf(p);
    out.set(name, (out.get(name) ?? "") + p);
  }
  return out;
}
const pyBlocks = (t: string) =>
  blocks(
    t,
    /^(?=@dataclass|(?<!^@dataclass\S*\n)class |def )/m,
    (p) => /^(?:@dataclass\S*\n)?(?:class|def) (\w+)/.exec(p)![1]!,
  );
const goBlocks = (t: string) =>
  blocks(
    t,
    /^(?=type |func )/m,
    (p) => /^(?:type (\w+)|func \(\w+ \*?(\w+)\)|func (\w+))/.exec(p)!.slice(1).find(Boolean)!,
  );

/** Python dataclass → its positional parameters (none when keyword-only). */
function positional(block: string): string[] {
  if (!block.startsWith("@dataclass\n")) return [];
  return [...block.matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]!);
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();

describe("models after adding the optional field testfelt to digital", () => {
  it("Java: the same files, and only Digital.java changed", () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const java = (m: Files) => new Map([...m].filter(([p]) => p.endsWith(".java")));
    expect(changed(java(before), java(after)).map((p) => p.split("/").pop())).toEqual(["Digital.java"]);
  });

  it("Python: only class Digital changed, and no dataclass has a positional parameter that could move", () => {
    const path = "packages/models/python/innbyggerpost_models.py";
    const [a, b] = [pyBlocks(before.get(path)!), pyBlocks(after.get(path)!)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(changed(a, b)).toEqual(["Digital"]);
    for (const [name, block] of b) expect(positional(block), name).toEqual(positional(a.get(name)!));
    expect(b.get("Digital")).toContain("testfelt: Optional[str] = None");
  });

  it("Go: only the Digital struct changed, with testfelt omitted when absent", () => {
    const path = "packages/models/go/models.go";
    const [a, b] = [goBlocks(before.get(path)!), goBlocks(after.get(path)!)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(changed(a, b)).toEqual(["Digital"]);
    expect(b.get("Digital")).toMatch(/Testfelt +\*string +`json:"testfelt,omitempty"`/);
  });
});
