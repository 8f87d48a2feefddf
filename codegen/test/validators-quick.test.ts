/**
 * The quick checks in front of the first-error validators (codegen/src/emit/validators-quick.ts): every
 * exported first-error validator must give the verdict of the all-errors module and exactly the errors of
 * ajv's first-error validator run from the root (compiled here from the same schemas, without quick
 * checks), on valid messages, each of their near misses, messages damaged in up to three places at
 * once (so that which error comes first matters), and arbitrary JSON.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, dpiTypes } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "@innbyggerpost/contracts/arbitraries";
import * as all from "../../packages/contracts/src/generated/validators.js";
import * as first from "../../packages/contracts/src/generated/validators-first-error.js";
import { allNearMisses, sources } from "../../test/support/near-miss.js";
import { flatten } from "../src/flatten.js";
import { namedSchemas } from "../src/names.js";
import { createAjv } from "../src/standalone.js";

const SEED = 20261202;
type Check = ((data: unknown) => boolean) & { errors?: readonly Record<string, unknown>[] | null };

/** ajv's own first-error validators, by export name: what the quick checks must reproduce. */
const reference = (() => {
  const ajv = createAjv(false);
  for (const s of flatten(sources.schemas, true, true)) ajv.addSchema(structuredClone(s.schema));
  return new Map(namedSchemas(sources).map((n) => [n.name, ajv.getSchema(n.id) as unknown as Check]));
})();

/** The errors as the shipped module carries them (it drops schemaPath, and ajv writes no message). */
const shipped = (errors: Check["errors"]) =>
  errors?.map(({ schemaPath: _, ...rest }) => rest as Record<string, unknown>) ?? null;

/** The verdict and errors of both, compared; returns whether the input was refused. */
function same(name: string, input: unknown, what: string): boolean {
  const quick = (first as Record<string, Check>)[name]!;
  const ajv = reference.get(name)!;
  const verdict = ajv(input);
  expect(quick(input), `${name}: ${what} (seed ${SEED})`).toBe(verdict);
  expect((all as Record<string, Check>)[name]!(input), `${name}: ${what}, all-errors module`).toBe(verdict);
  expect(quick.errors ?? null, `${name}: ${what} (seed ${SEED})`).toEqual(shipped(ajv.errors));
  return !verdict;
}

/** Every path (keys from the root) of a JSON value, parents before children. */
function paths(v: unknown, at: readonly string[] = []): string[][] {
  if (typeof v !== "object" || v === null) return [[...at]];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  return [[...at], ...keys.flatMap((k) => paths((v as Record<string, unknown>)[k], [...at, k]))];
}

/** `root` with the value at `path` replaced (or removed when `value` is undefined), copied. */
function damage(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  let node = copy as Record<string, unknown>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

const REPLACEMENTS = ["", "x", 0, -1, 1.5, 4, null, true, [], {}, "2026-13-01", "0192:1", [{}], { x: 1 }, undefined];

describe("quick checks agree with ajv", () => {
  it("the first-error module still exports every validator of the all-errors module", () => {
    expect(Object.keys(first).sort()).toEqual(Object.keys(all).sort());
  });

  for (const type of dpiTypes) {
    const name = `${catalogue[type].typeName}Message`;
    it(`${type}: same verdict and errors on valid messages and every near miss (seed ${SEED})`, () => {
      let refused = 0;
      for (const profile of ["wire", "strict"] as const) {
        const messages = fc.sample(arbitraryMessage(type, { profile }), { seed: SEED, numRuns: 25 });
        for (const m of messages) {
          expect(same(name, m, `valid ${profile}`)).toBe(false);
          for (const miss of allNearMisses(m, type, profile)) if (same(name, miss.instance, miss.kind)) refused++;
        }
      }
      expect(refused).toBeGreaterThan(0);
    });

    it(`${type}: same first error when up to three places are damaged at once (seed ${SEED})`, () => {
      const damaged = fc
        .tuple(
          arbitraryMessage(type, { profile: "wire" }),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...REPLACEMENTS)), { minLength: 1, maxLength: 3 }),
        )
        .map(([m, edits]) => {
          let out: unknown = m;
          const where: string[] = [];
          for (const [n, value] of edits) {
            const all = paths(out).filter((p) => p.length > 0);
            if (all.length === 0) break;
            const p = all[n % all.length]!;
            where.push(`${JSON.stringify(p)}=${JSON.stringify(value)}`);
            out = damage(out, p, value);
          }
          return { out, where: where.join(" ") };
        });
      let refused = 0;
      for (const { out, where } of fc.sample(damaged, { seed: SEED, numRuns: 300 }))
        if (same(name, out, where)) refused++;
      expect(refused).toBeGreaterThan(100);
    });
  }

  it("the uuid format spelled without the i flag accepts exactly what ajv's uuid accepts", () => {
    const ajvUuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
    const source = readFileSync(
      resolve(import.meta.dirname, "../../packages/contracts/src/generated/validators-first-error.js"),
      "utf8",
    );
    const spelled = /const (qc\d+) = (\/\^\(\?:\[Uu\].*\/);/.exec(source);
    expect(spelled, "the quick checks use the spelled-out uuid").not.toBeNull();
    const literal = spelled![2]!;
    const quick = new RegExp(literal.slice(1, literal.lastIndexOf("/")), literal.slice(literal.lastIndexOf("/") + 1));
    // Every character that folds near the ASCII letters: ı (U+0131), ſ (U+017F), K (U+212A), and friends.
    const chars = "0123456789abcdefABCDEFuUrRnNiIdDgG-:xz\u0131\u017f\u212a\u0130é ";
    const hexish = fc.stringMatching(/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    const noisy = fc.string({ unit: fc.constantFrom(...chars), maxLength: 50 });
    const mutated = fc
      .tuple(hexish, fc.nat(45), fc.constantFrom(...chars))
      .map(([u, i, c]) => u.slice(0, i) + c + u.slice(i + 1));
    const caseFlipped = hexish.map((u) => u.toUpperCase());
    fc.assert(
      fc.property(fc.oneof(hexish, noisy, mutated, caseFlipped), (s) => {
        expect(quick.test(s), JSON.stringify(s)).toBe(ajvUuid.test(s));
      }),
      { seed: SEED, numRuns: 5000 },
    );
    expect(quick.test("URN:UUID:FF88849C-E281-4809-8555-7CD54952B916")).toBe(true);
  });

  it("same verdict and errors on arbitrary JSON for every exported validator", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        for (const name of Object.keys(all)) same(name, v, JSON.stringify(v));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
