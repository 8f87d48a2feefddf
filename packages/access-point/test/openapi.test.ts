import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { digdirDir } from "../../../test/support/shared.js";

type Node = Record<string, any>;
const repo = join(import.meta.dirname, "../../..");
const ours: Node = parse(readFileSync(join(repo, "schemas/api/c2.openapi.yaml"), "utf8"));
const officialPath = join(digdirDir, "api/openapi_spec.yaml");
let official: Node | null = null;
try {
  official = parse(readFileSync(officialPath, "utf8"));
} catch {
  console.log(`skipped: ${officialPath} not found (the official C2 API document is read from ../shared, never copied)`);
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const resolve = (doc: Node, v: any): any => {
  for (let i = 0; i < 10 && v && typeof v.$ref === "string"; i++)
    v = v.$ref
      .slice(2)
      .split("/")
      .reduce((n: any, k: string) => n?.[k], doc);
  return v;
};

/**
 * Differences between an official schema and ours, as pointer-tagged strings. Ours may be wider only
 * where it says so with x-innbyggerpost-wire; it may add `required`, `pattern` and descriptions.
 */
function schemaDiff(o: any, u: any, at: string): string[] {
  o = resolve(official!, o);
  u = resolve(ours, u);
  if (!o || !u) return o === u ? [] : [`${at}: schema missing`];
  const wide = typeof u["x-innbyggerpost-wire"] === "string";
  const out: string[] = [];
  if (u.oneOf && wide) {
    if (!u.oneOf.some((b: any) => schemaDiff(o, b, at).length === 0))
      out.push(`${at}: no oneOf branch matches the official schema`);
    return out;
  }
  if (o.type !== u.type) out.push(`${at}: type ${o.type} ≠ ${u.type}`);
  if ((o.format ?? null) !== (u.format ?? null) && !wide) out.push(`${at}: format ${o.format} ≠ ${u.format}`);
  if (JSON.stringify(o.enum ?? null) !== JSON.stringify(u.enum ?? null)) out.push(`${at}: enum differs`);
  for (const k of ["minimum", "maximum", "exclusiveMaximum", "uniqueItems", "default"]) {
    if (JSON.stringify(o[k] ?? null) !== JSON.stringify(u[k] ?? null)) out.push(`${at}: ${k} differs`);
  }
  const op = Object.keys(o.properties ?? {}).sort();
  const up = Object.keys(u.properties ?? {}).sort();
  if (JSON.stringify(op) !== JSON.stringify(up)) out.push(`${at}: properties ${op} ≠ ${up}`);
  for (const p of op) out.push(...schemaDiff(o.properties[p], u.properties?.[p], `${at}/properties/${p}`));
  if (o.items || u.items) out.push(...schemaDiff(o.items, u.items, `${at}/items`));
  return out;
}

function contentDiff(o: any, u: any, at: string, mayAdd: boolean): string[] {
  const out: string[] = [];
  const om = Object.keys(o ?? {});
  const um = Object.keys(u ?? {});
  for (const m of om) if (!um.includes(m)) out.push(`${at}: media type ${m} missing`);
  if (!mayAdd) for (const m of um) if (!om.includes(m)) out.push(`${at}: extra media type ${m}`);
  for (const m of om) if (u?.[m]) out.push(...schemaDiff(o[m].schema, u[m].schema, `${at}/${m}`));
  return out;
}

describe.skipIf(official === null)("our C2 OpenAPI document against Digdir's", () => {
  it("has the same paths and methods, no more", () => {
    const list = (d: Node) =>
      Object.entries(d.paths)
        .flatMap(([p, item]: [string, any]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`))
        .sort();
    expect(list(ours)).toEqual(list(official!));
  });

  it("has the same parameters (in, name, required, type, format) on every operation", () => {
    const diffs: string[] = [];
    for (const [path, item] of Object.entries<any>(official!.paths)) {
      for (const m of METHODS.filter((x) => item[x])) {
        const key = (p: any) => `${p.in}:${p.name}`;
        const op = (item[m].parameters ?? []).map((p: any) => resolve(official!, p));
        const up = (ours.paths[path][m].parameters ?? []).map((p: any) => resolve(ours, p));
        expect(up.map(key).sort(), `${m} ${path}`).toEqual(op.map(key).sort());
        for (const p of op) {
          const u = up.find((x: any) => key(x) === key(p));
          if (Boolean(p.required) !== Boolean(u.required)) diffs.push(`${m} ${path} ${key(p)}: required`);
          diffs.push(...schemaDiff(p.schema, u.schema, `${m} ${path} ${key(p)}`));
        }
      }
    }
    expect(diffs).toEqual([]);
  });

  it("has the same request bodies and, for every official status code, the same media types and schemas", () => {
    const diffs: string[] = [];
    for (const [path, item] of Object.entries<any>(official!.paths)) {
      for (const m of METHODS.filter((x) => item[x])) {
        const o = item[m];
        const u = ours.paths[path][m];
        diffs.push(
          ...contentDiff(o.requestBody?.content, resolve(ours, u.requestBody)?.content, `${m} ${path} body`, false),
        );
        const oc = Object.keys(o.responses).sort();
        const uc = Object.keys(u.responses)
          .filter((c) => c !== "default")
          .sort();
        if (JSON.stringify(oc) !== JSON.stringify(uc)) diffs.push(`${m} ${path}: codes ${oc} ≠ ${uc}`);
        for (const c of oc) {
          const ur = resolve(ours, u.responses[c]);
          diffs.push(
            ...contentDiff(
              resolve(official!, o.responses[c])?.content,
              ur?.content,
              `${m} ${path} ${c}`,
              typeof ur?.["x-innbyggerpost-wire"] === "string",
            ),
          );
        }
      }
    }
    expect(diffs).toEqual([]);
  });

  it("has the same security (Maskinporten bearer, scope digitalpostinnbygger:send)", () => {
    expect(ours.security).toEqual(official!.security);
    const pick = (s: any) => ({ type: s.type, scheme: s.scheme, bearerFormat: s.bearerFormat });
    expect(pick(ours.components.securitySchemes.Maskinporten)).toEqual(
      pick(official!.components.securitySchemes.Maskinporten),
    );
  });

  it("marks every widening it makes (the list the docs page shows)", () => {
    const text = readFileSync(join(repo, "docs/access-point-api.md"), "utf8");
    for (const where of [
      "/components/schemas/problem/properties/status",
      "/components/schemas/status/properties/timestamp",
      "/paths/~1messages~1out/post/responses/400",
    ]) {
      expect(text).toContain(`| \`${where}\` |`);
    }
  });
});
