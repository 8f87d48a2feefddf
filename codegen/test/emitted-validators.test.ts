import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const generated = resolve(root, "packages/contracts/src/generated");
const dist = resolve(root, "packages/contracts/dist");

describe("emitted validators", () => {
  for (const file of ["validators.js", "validators-first-error.js", "strict-rules.js"]) {
    it(`${file} has no require(), no new Function and no schema compilation`, () => {
      const code = readFileSync(resolve(generated, file), "utf8");
      expect(code).not.toMatch(/\brequire\(/);
      expect(code).not.toMatch(/new Function|\beval\(/);
      expect(code).not.toMatch(/from "ajv"/);
    });
  }

  it("emits each shared definition once per module, not once per message type", () => {
    const code = readFileSync(resolve(generated, "validators.js"), "utf8");
    // The header validator is one function that every message root calls.
    const exportsOfHeader = code.match(/export const StandardBusinessDocumentHeader = (\w+);/);
    expect(exportsOfHeader).not.toBeNull();
    const fn = exportsOfHeader![1]!;
    expect(code.match(new RegExp(`function ${fn}\\(`, "g"))!.length).toBe(1);
    expect(code.match(new RegExp(`\\b${fn}\\(data`, "g"))!.length).toBeGreaterThanOrEqual(9);
  });

  it("ships the generated JavaScript with only its whitespace removed (not re-printed by tsc), banner kept", () => {
    for (const file of ["validators.js", "validators-first-error.js", "strict-rules.js"]) {
      const source = readFileSync(resolve(generated, file), "utf8");
      const shipped = readFileSync(resolve(dist, "generated", file), "utf8");
      expect(shipped.startsWith("// generated — do not edit.\n"), file).toBe(true);
      const code = shipped
        .split("\n")
        .filter((l) => !l.startsWith("//"))
        .join("\n");
      expect(code, file).toBe(
        transformSync(source, { minifyWhitespace: true, format: "esm", legalComments: "none", target: "es2022" }).code,
      );
      expect(shipped.length, file).toBeLessThan(source.length);
    }
  });

  it("loads in a fresh plain-ESM Node process and validates", () => {
    const script = `
      import * as v from ${JSON.stringify(resolve(dist, "generated/validators.js"))};
      import * as f from ${JSON.stringify(resolve(dist, "generated/validators-first-error.js"))};
      const ok = v.Avsender({ virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } });
      const bad = f.Avsender({ virksomhetsidentifikator: { authority: "x", value: "0192:991825827" } });
      console.log(JSON.stringify({ ok, bad, err: f.Avsender.errors[0].keyword }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ ok: true, bad: false, err: "enum" });
  });
});
