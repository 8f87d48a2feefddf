import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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
  if (v && typeof v === "object")
    return Object.entries(v).flatMap(([k, x]) => [at ? `${at}.${k}` : k, ...paths(x, at ? `${at}.${k}` : k)]);
  return [];
}

type Schema = { [k: string]: unknown };
/** Every schema of ours by `$id`, to follow `$ref`s independently of the generator. */
const byId = new Map<string, Schema>();
(function load(dir: string) {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) load(p);
    else if (n.endsWith(".schema.json")) byId.set((readJson(p) as Schema).$id as string, readJson(p) as Schema);
  }
})(join(repoRoot, "schemas"));

/** A schema node with the file it sits in, `$ref`s followed. */
function deref(node: Schema, base: string): { node: Schema; base: string } {
  if (typeof node.$ref !== "string") return { node, base };
  const url = new URL(node.$ref, base);
  const file = url.href.split("#")[0]!;
  let at: unknown = byId.get(file);
  for (const seg of (url.hash.slice(1) || "").split("/").filter(Boolean)) at = (at as Schema)[decodeURIComponent(seg)];
  return deref(at as Schema, file);
}

/** The property `name` of an object node (also inside allOf/anyOf/oneOf branches) and whether it is required. */
function property(
  r: { node: Schema; base: string },
  name: string,
): { node: Schema; base: string; required: boolean } | undefined {
  const props = r.node.properties as Record<string, Schema> | undefined;
  if (props?.[name])
    return { ...deref(props[name]!, r.base), required: ((r.node.required as string[]) ?? []).includes(name) };
  for (const k of ["allOf", "anyOf", "oneOf"]) {
    for (const b of (r.node[k] as Schema[] | undefined) ?? []) {
      const found = property(deref(b, r.base), name);
      if (found) return found;
    }
  }
  return undefined;
}

/** The node a dotted table path (`sender[].identifier`) names, from the node `start`. */
function nodeAt(start: { node: Schema; base: string }, path: string) {
  let r: { node: Schema; base: string; required: boolean } = { ...start, required: true };
  for (const seg of path.split(".")) {
    const name = seg.replace(/(\[\])+$/, "");
    const found = property(r, name);
    if (!found) return undefined;
    r = found;
    for (let i = 0; i < (seg.length - name.length) / 2; i++)
      r = { ...deref(r.node.items as Schema, r.base), required: r.required };
  }
  return r;
}

/** The constraints a table row must show for `node`, as the docs spell them. */
function expectedConstraints(node: Schema): string[] {
  const out: string[] = [];
  const esc = (x: string) => x.replace(/\|/g, "\\|");
  if (typeof node.pattern === "string") out.push(`pattern \`${esc(node.pattern)}\``);
  for (const k of ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"])
    if (typeof node[k] === "number") out.push(`${k} ${node[k]}`);
  if (typeof node.format === "string") out.push(`format \`${node.format}\``);
  if ("default" in node) out.push(`default \`${esc(JSON.stringify(node.default))}\``);
  return out;
}

/** The cells of the field-table row for `path`. */
function row(text: string, path: string): string[] | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`| \`${path}\` |`));
  return line
    ?.split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
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
    const sbd = (
      readJson(join(repoRoot, "schemas/examples", `${type}.json`)) as {
        standardBusinessDocument: Record<string, unknown>;
      }
    ).standardBusinessDocument;
    for (const p of paths(sbd[catalogue[type].payloadKey])) expect(text, p).toContain(`| \`${p}\` |`);
    for (const p of paths(sbd.standardBusinessDocumentHeader)) expect(text, p).toContain(`| \`${p}\` |`);
    expect(text).toContain(catalogue[type].standard);
  });

  it.each([...dpiTypes])(
    "docs/messages/%s.md: each field's type, required and constraint columns say what the schema says",
    (type) => {
      const text = page(type);
      const id = catalogue[type].schemaId;
      const sbdNode = deref((byId.get(id)!.definitions as Record<string, Schema>).standardBusinessDocument!, id);
      const sbd = (
        readJson(join(repoRoot, "schemas/examples", `${type}.json`)) as {
          standardBusinessDocument: Record<string, unknown>;
        }
      ).standardBusinessDocument;
      let checked = 0;
      for (const [key, value] of [
        [catalogue[type].payloadKey, sbd[catalogue[type].payloadKey]],
        ["standardBusinessDocumentHeader", sbd.standardBusinessDocumentHeader],
      ] as const) {
        const start = property(sbdNode, key)!;
        for (const p of paths(value)) {
          const at = nodeAt(start, p);
          expect(at, `${p} is in the schema`).toBeDefined();
          const cells = row(text, p);
          expect(cells, `${p} has a row`).toBeDefined();
          const [, typeCell, requiredCell, constraintCell] = cells!;
          expect(requiredCell, `${p}: required`).toBe(at!.required ? "yes" : "no");
          const n = at!.node;
          if (Array.isArray(n.enum))
            for (const v of n.enum) expect(typeCell, `${p}: type`).toContain(`\`${JSON.stringify(v)}\``);
          else if (n.type === "array")
            expect(typeCell, `${p}: type`).toMatch(
              new RegExp(`^array of ${(deref(n.items as Schema, at!.base).node.type as string) ?? ""}`),
            );
          else if (typeof n.type === "string") expect(typeCell, `${p}: type`).toMatch(new RegExp(`^${n.type}\\b`));
          const want = expectedConstraints(n);
          const shown =
            constraintCell === "—" ? [] : constraintCell!.split("; ").filter((c) => !c.startsWith("items: "));
          expect(shown, `${p}: constraints`).toEqual(expect.arrayContaining(want));
          expect(want, `${p}: constraints`).toEqual(
            expect.arrayContaining(
              shown.filter((c) =>
                /^(pattern|minLength|maxLength|minimum|maximum|minItems|maxItems|format|default) /.test(c),
              ),
            ),
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    },
  );

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
    run(
      join(repoRoot, "node_modules/.bin/typedoc"),
      ["--treatWarningsAsErrors", "--out", out, "--logLevel", "Warn"],
      repoRoot,
    );
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const m of ["contracts/src/validators", "contracts/src/typebox", "contracts/src/schemas"])
      expect(index).toContain(m);
  }, 120_000);
});
