import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { loadSources } from "../src/load.js";
import { runCodegen } from "../src/run.js";

const root = resolve(import.meta.dirname, "../..");
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** A temporary tree with the schemas and the currently generated output, to run the generator against. */
function copyTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-codegen-"));
  scratch.push(dir);
  cpSync(join(root, "schemas"), join(dir, "schemas"), { recursive: true });
  return dir;
}

describe("generator", () => {
  it("is deterministic: two runs produce byte-identical files", async () => {
    const a = await generate(loadSources(join(root, "schemas")));
    const b = await generate(loadSources(join(root, "schemas")));
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    for (let i = 0; i < a.length; i++) expect(b[i]!.content, a[i]!.path).toBe(a[i]!.content);
  });

  it("does not mutate the schema objects it reads (they are deep-frozen and compared after a run)", async () => {
    const sources = loadSources(join(root, "schemas"));
    const before = JSON.stringify(sources);
    expect(Object.isFrozen(sources.schemas[0]!.schema)).toBe(true);
    await generate(sources);
    expect(JSON.stringify(sources)).toBe(before);
  });

  it("starts every generated file with the banner naming its source and the generator", async () => {
    for (const f of await generate(loadSources(join(root, "schemas")))) {
      const head = f.content.split("\n").slice(0, 10).join("\n");
      expect(head, f.path).toMatch(/generated — do not edit/);
      expect(head, f.path).toMatch(/Source: .*schemas\//);
      expect(head, f.path).toMatch(/Generator: codegen\//);
    }
  });

  it("--check passes on the repository as checked out (the committed output, not a fresh regeneration)", async () => {
    expect((await runCodegen(root, true)).stale).toEqual([]);
  });

  it("--check names a hand-edited generated file, and the stale file after a schema edit", async () => {
    // A copy of the schemas and of every generated file as it is in the repository, nothing regenerated.
    const dir = copyTree();
    for (const f of await generate(loadSources(join(root, "schemas"))))
      cpSync(join(root, f.path), join(dir, f.path), { recursive: true });
    expect((await runCodegen(dir, true)).stale).toEqual([]);

    const edited = join(dir, "packages/contracts/src/generated/validators.js");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}// hand edit\n`);
    expect((await runCodegen(dir, true)).stale).toEqual(["packages/contracts/src/generated/validators.js (stale)"]);

    const file = join(dir, "schemas/dpi/commons.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8"));
    schema.definitions.spraak.maxLength = 3;
    writeFileSync(file, JSON.stringify(schema, null, 2));
    const result = await runCodegen(dir, true);
    expect(result.stale).toContain("packages/contracts/src/generated/validators.js (stale)");
    expect(result.stale).toContain("docs/messages/digital.md (stale)");
    // --check writes nothing.
    expect((await runCodegen(dir, true)).stale.length).toBe(result.stale.length);
  });

  it("serves an unchanged input from the output cache and misses it after any input edit", async () => {
    const dir = copyTree();
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    const first = await runCodegen(dir, false, { cache: true });
    const second = await runCodegen(dir, true, { cache: true });
    expect(second.cached).toBe(true);
    expect(second.stale).toEqual([]);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    const file = join(dir, "schemas/status/flyttet.json");
    // A text no earlier run had (the cache lives in the shared node_modules and outlives the run).
    writeFileSync(file, readFileSync(file, "utf8").replace('"rule": "the later of', `"rule": "(${dir}) the later of`));
    const third = await runCodegen(dir, true, { cache: true });
    expect(third.cached).toBe(false);
    expect(third.stale).toContain("packages/contracts/src/generated/status.ts (stale)");
  });

  it("--check reports a file in the generated folder that no emitter produces", async () => {
    const dir = copyTree();
    await runCodegen(dir, false);
    writeFileSync(join(dir, "packages/contracts/src/generated/leftover.ts"), "export {};\n");
    expect((await runCodegen(dir, true)).stale).toContain(
      "packages/contracts/src/generated/leftover.ts (not produced by any emitter)",
    );
  });

  it("exits non-zero from the command line when output is stale (npm run codegen, and main.ts by tsx)", () => {
    const dir = copyTree();
    // The CLI works on the repository it lives in; point it at a copy by running a copy of the generator.
    cpSync(join(root, "codegen/src"), join(dir, "codegen/src"), { recursive: true });
    cpSync(join(root, "codegen/bin.mjs"), join(dir, "codegen/bin.mjs"));
    // The generator imports the hand-written shapes it checks the tables against.
    cpSync(join(root, "packages/contracts/src"), join(dir, "packages/contracts/src"), {
      recursive: true,
      filter: (p) => !p.includes("generated"),
    });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    // bin.mjs bundles the copy's sources into the shared node_modules, in a folder named by the copy's path.
    const bundles = `cli-${createHash("sha256").update(dir).digest("hex").slice(0, 12)}`;
    scratch.push(join(root, "node_modules/.cache/innbyggerpost-codegen", bundles));
    const commands = [
      [join(dir, "codegen/bin.mjs"), "--check"],
      [join(root, "node_modules/tsx/dist/cli.mjs"), join(dir, "codegen/src/main.ts"), "--check"],
    ];
    for (const args of commands) {
      let status = 0;
      try {
        execFileSync(process.execPath, args, { cwd: root, stdio: "pipe" });
      } catch (e) {
        status = (e as { status: number }).status;
        expect(String((e as { stderr: Buffer }).stderr)).toMatch(/types\.ts \(missing\)/);
      }
      expect(status, args[0]).toBe(1);
    }
    expect(existsSync(join(dir, "node_modules/.cache/innbyggerpost-codegen", bundles, "manifest.json"))).toBe(true);

    // An edit to the sources is bundled again, never served from the old bundle.
    const usage = (): string => {
      try {
        execFileSync(process.execPath, [join(dir, "codegen/bin.mjs"), "--bogus"], { cwd: root, stdio: "pipe" });
      } catch (e) {
        return String((e as { stderr: Buffer }).stderr);
      }
      return "";
    };
    expect(usage()).toMatch(/^codegen: unknown argument --bogus\nusage: npm run codegen/);
    const cli = join(dir, "codegen/src/cli.ts");
    writeFileSync(cli, readFileSync(cli, "utf8").replace("\\nusage: npm", "\\nusage (edited): npm"));
    expect(usage()).toMatch(/usage \(edited\): npm run codegen/);
  });

  it("rejects a schema whose $id does not match its file", () => {
    const dir = copyTree();
    const file = join(dir, "schemas/dpi/feil.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8"));
    schema.$id = "https://example.com/feil.json";
    writeFileSync(file, JSON.stringify(schema));
    expect(() => loadSources(join(dir, "schemas"))).toThrow(/feil\.schema\.json: \$id must be/);
  });
});
