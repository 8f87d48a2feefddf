import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogue, dpiTypes, processes, strictRules, validate } from "@innbyggerpost/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { readJson, repoRoot } from "../support/shared.js";
import { run } from "../packaging/support.js";

const page = (type: string) => readFileSync(join(repoRoot, "docs/messages", `${type}.md`), "utf8");

/** Dotted wire paths of every value in `v` (array items as `[]`), as the field tables name them. */
function paths(v: unknown, at = ""): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => paths(x, `${at}[]`));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => [at ? `${at}.${k}` : k, ...paths(x, at ? `${at}.${k}` : k)]);
  return [];
}

describe("generated reference docs", () => {
  it.each([...dpiTypes])("docs/messages/%s.md has a strict-valid example, the schema example itself", (type) => {
    const json = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(page(type))?.[1];
    expect(json).toBeDefined();
    const example = JSON.parse(json!);
    expect(example).toEqual(readJson(join(repoRoot, "schemas/examples", `${type}.json`)));
    const r = validate(example);
    expect(r.ok ? r.type : r.errors).toBe(type);
    expect(r.warnings).toEqual([]);
  });

  it.each([...dpiTypes])("docs/messages/%s.md has a table row for every field its example uses", (type) => {
    const text = page(type);
    const sbd = (readJson(join(repoRoot, "schemas/examples", `${type}.json`)) as { standardBusinessDocument: Record<string, unknown> }).standardBusinessDocument;
    for (const p of paths(sbd[catalogue[type].payloadKey])) expect(text, p).toContain(`| \`${p}\` |`);
    for (const p of paths(sbd.standardBusinessDocumentHeader)) expect(text, p).toContain(`| \`${p}\` |`);
    expect(text).toContain(catalogue[type].standard);
  });

  it("docs/catalogue.md names every type, standard URN and process URN", () => {
    const text = readFileSync(join(repoRoot, "docs/catalogue.md"), "utf8");
    for (const t of dpiTypes) {
      expect(text).toContain(`[\`${t}\`](messages/${t}.md)`);
      expect(text).toContain(catalogue[t].standard);
    }
    for (const p of Object.values(processes)) expect(text).toContain(p);
  });

  it("docs/strict-rules.md lists every rule with its code, severity, doc and why", () => {
    const text = readFileSync(join(repoRoot, "docs/strict-rules.md"), "utf8");
    for (const r of strictRules) {
      const row = text.split("\n").find((l) => l.startsWith(`| \`${r.code}\` |`));
      expect(row, r.code).toBeDefined();
      expect(row).toContain(`| ${r.severity} |`);
      expect(row).toContain(r.doc.replace(/\|/g, "\\|"));
      expect(row).toContain(r.why.replace(/\|/g, "\\|"));
    }
  });
});

describe("API reference (typedoc)", () => {
  const out = mkdtempSync(join(tmpdir(), "innbyggerpost-typedoc-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds with --treatWarningsAsErrors (a broken {@link} or an unexported referenced type fails)", () => {
    run(join(repoRoot, "node_modules/.bin/typedoc"), ["--treatWarningsAsErrors", "--out", out, "--logLevel", "Warn"], repoRoot);
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const m of ["contracts/src/validators", "contracts/src/typebox", "contracts/src/schemas"]) expect(index).toContain(m);
  }, 120_000);
});
