/**
 * The arbitraries emitter, tested by what its output generates: every value a generated arbitrary
 * produces is accepted by the generated validators (wire, and strict for the strict ones), the
 * generated values reach the corners of the schemas, and the emitter refuses what it cannot satisfy.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as contracts from "@innbyggerpost/contracts";
import { catalogue, dpiTypes, validate } from "@innbyggerpost/contracts";
import { emitArbitraries } from "../src/emit/arbitraries.js";
import { loadSources } from "../src/load.js";
import type { Sources } from "../src/model.js";
import { namedSchemas } from "../src/sources/schemas.js";
import {
  arbitraryAnyMessage,
  arbitraryMessage,
  strictArbitraries,
  wireArbitraries,
} from "../../packages/contracts/src/arbitraries.js";
import { params, runs, timeout } from "../../test/support/budget.js";
import { repoRoot } from "../../test/support/shared.js";
import { join } from "node:path";

const guards = contracts as unknown as Record<string, (v: unknown) => boolean>;
const sample = <T>(a: fc.Arbitrary<T>, n: number) => fc.sample(a, { numRuns: n, seed: 7 });
const codePoints = (s: string) => [...s].length;

describe("generated arbitraries", () => {
  it("every wire arbitrary generates values its wire guard accepts", () => {
    for (const [name, arb] of Object.entries(wireArbitraries)) {
      const guard = guards[`is${name}`]!;
      expect(guard, name).toBeTypeOf("function");
      for (const v of sample(arb as fc.Arbitrary<unknown>, 100))
        expect(guard(v), `${name}: ${JSON.stringify(v)}`).toBe(true);
    }
  });

  it("every strict definition arbitrary is at least wire-valid", () => {
    expect(Object.keys(strictArbitraries).length).toBeGreaterThan(40);
    for (const [name, arb] of Object.entries(strictArbitraries)) {
      for (const v of sample(arb as fc.Arbitrary<unknown>, 50)) expect(guards[`is${name}`]!(v), name).toBe(true);
    }
  });

  for (const profile of ["wire", "strict"] as const) {
    it(
      `arbitraryMessage(type, { profile: "${profile}" }) is valid under ${profile} and of that type, for all nine types`,
      () => {
        for (const type of dpiTypes) {
          fc.assert(
            fc.property(arbitraryMessage(type, { profile }), (m) => {
              const r = validate(m, { profile });
              expect(r.ok ? r.type : r.errors).toBe(type);
            }),
            params(runs(150, 2000)),
          );
        }
      },
      timeout,
    );
  }

  it("wire messages reach what only wire allows; strict messages never carry it", () => {
    const wire = sample(arbitraryAnyMessage({ profile: "wire" }), 2000);
    const strict = sample(arbitraryAnyMessage({ profile: "strict" }), 1000);
    const text = (ms: unknown[]) => ms.map((m) => JSON.stringify(m)).join("\n");
    expect(wire.filter((m) => !validate(m, { profile: "strict" }).ok).length).toBeGreaterThan(1000);
    expect(text(wire)).toMatch(/urn:uuid:/i);
    expect(text(strict)).not.toMatch(/"urn:uuid:/i);
    const varsler = wire
      .map(
        (m) =>
          (m as { standardBusinessDocument: { digital?: { varsler?: unknown } } }).standardBusinessDocument.digital
            ?.varsler,
      )
      .filter((v) => v !== undefined);
    expect(varsler.some((v) => typeof v !== "object" || v === null || Array.isArray(v))).toBe(true);
    expect(strict.every((m) => validate(m, { profile: "strict" }).ok)).toBe(true);
  });

  it("covers every print-address oneOf branch (Norwegian, land, landkode)", () => {
    const addresses = sample(arbitraryMessage("utskrift", { profile: "strict" }), 300).flatMap((m) => [
      m.standardBusinessDocument.utskrift.mottaker,
      m.standardBusinessDocument.utskrift.retur.mottaker,
    ]);
    const branch = (a: Record<string, unknown>) =>
      "postnummer" in a && "poststed" in a ? "norwegian" : "land" in a ? "land" : "landkode";
    expect(new Set(addresses.map((a) => branch(a as Record<string, unknown>)))).toEqual(
      new Set(["norwegian", "land", "landkode"]),
    );
  });

  it("hits length boundaries in code points, with astral characters longer in UTF-16", () => {
    const titles = sample(wireArbitraries.Ikkesensitivtittel, 3000);
    expect(titles.some((t) => codePoints(t) === 255)).toBe(true);
    expect(titles.some((t) => codePoints(t) === 1)).toBe(true);
    expect(titles.some((t) => t.length > 255 && codePoints(t) <= 255)).toBe(true);
  });

  it("generates every format, including ajv-formats' date-time variants", () => {
    const times = sample(wireArbitraries.Tidspunkt, 3000).join("\n");
    for (const re of [/t\d/, / \d\d:/, /[+-]\d\d\n|[+-]\d\d$/m, /[+-]\d{4}(\n|$)/m, /z$/m, /23:59:60/])
      expect(times).toMatch(re);
    expect(sample(wireArbitraries.Virkningsdato, 3000)).toContain("2024-02-29");
  });

  it("refuses an unknown DPI type or profile", () => {
    expect(() => arbitraryMessage("digitalpost" as never)).toThrow(/unknown DPI type/);
    expect(() => arbitraryMessage("toString" as never)).toThrow(/unknown DPI type/);
    expect(() => arbitraryMessage("digital", { profile: "lax" as never })).toThrow(/profile/);
  });
});

describe("the arbitraries emitter", () => {
  const sources = loadSources(join(repoRoot, "schemas"));
  const withSchema = (file: string, edit: (s: Record<string, unknown>) => void): Sources => {
    const copy = structuredClone({
      ...sources,
      schemas: sources.schemas.map((s) => ({ ...s, schema: structuredClone(s.schema) })),
    }) as Sources;
    edit(copy.schemas.find((s) => s.file === file)!.schema as Record<string, unknown>);
    return { ...copy, named: namedSchemas(copy.schemas) };
  };

  it("is deterministic and names every type in arbitraryMessage", () => {
    const a = emitArbitraries(sources)[0]!.content;
    expect(emitArbitraries(sources)[0]!.content).toBe(a);
    for (const t of dpiTypes)
      expect(a).toContain(
        `  ${t}: { wire: wire${catalogue[t].typeName}Message, strict: strict${catalogue[t].typeName}Message },`,
      );
  });

  it("fails on a keyword it cannot satisfy instead of ignoring it", () => {
    const s = withSchema("dpi/commons.schema.json", (c) => {
      (
        (c.definitions as Record<string, Record<string, unknown>>).repetisjoner!.items as Record<string, unknown>
      ).multipleOf = 7;
    });
    expect(() => emitArbitraries(s)).toThrow(/multipleOf.*not supported/);
  });

  it("fails on strict rules that exclude every value", () => {
    const rules = [
      ...sources.rules,
      {
        ...sources.rules.find((r) => r.code === "header-version")!,
        code: "header-version-2",
        schema: { const: "2.0" },
      },
    ];
    expect(() => emitArbitraries({ ...sources, rules })).toThrow(/exclude every value/);
  });
});

describe("packaging boundary", () => {
  it("the main entry never reaches fast-check (only ./arbitraries does)", async () => {
    const { readFileSync, existsSync } = await import("node:fs");
    const { dirname, resolve } = await import("node:path");
    const seen = new Set<string>();
    const imports = (file: string): string[] =>
      [...readFileSync(file, "utf8").matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"/g)].map((m) => m[1]!);
    const visit = (file: string): string[] => {
      if (seen.has(file)) return [];
      seen.add(file);
      return imports(file).flatMap((spec) => {
        if (!spec.startsWith(".")) return [spec];
        const base = resolve(dirname(file), spec);
        const ts = [base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".d.ts")].find(existsSync);
        return ts ? visit(ts) : [];
      });
    };
    const src = join(repoRoot, "packages/contracts/src");
    expect(visit(join(src, "index.ts"))).not.toContain("fast-check");
    seen.clear();
    expect(visit(join(src, "arbitraries.ts"))).toContain("fast-check");
  });
});
