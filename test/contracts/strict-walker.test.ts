/**
 * The shipped strict walkers (quick answers, wire-implied tests, ajv only on a no) report exactly the checks
 * and nodes that ajv's rule functions alone refuse: on wire-valid messages of every type, generated for
 * both profiles, their near misses and one-character-longer or shorter strings that stay wire-valid, and
 * the official examples.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, dpiTypes, type DpiType } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "../../packages/contracts/src/arbitraries.js";
import * as first from "../../packages/contracts/src/generated/validators-first-error.js";
import { strictRuleChecks, strictRuleWalkers } from "../../packages/contracts/src/generated/strict-rules.js";
import { allNearMisses } from "../support/near-miss.js";
import { digdirDir, hasDigdir, readJson, repoRoot } from "../support/shared.js";

const SEED = 20261202;

/** Every node at `segs` (with * for every array item) in `v`, with its pointer. */
function nodes(v: unknown, segs: readonly string[], pointer = ""): [unknown, string][] {
  if (segs.length === 0) return [[v, pointer]];
  if (typeof v !== "object" || v === null) return [];
  const [seg, ...rest] = segs as [string, ...string[]];
  const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
  if (seg === "*") return Array.isArray(v) ? v.flatMap((x, i) => nodes(x, rest, `${pointer}/${i}`)) : [];
  if (Array.isArray(v)) return [];
  const x = (v as Record<string, unknown>)[seg];
  return x === undefined ? [] : nodes(x, rest, `${pointer}/${esc(seg)}`);
}

/** `m` with one string leaf lengthened (its last character again) or shortened, for each leaf and way. */
function stretched(m: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (v: unknown, set: (x: unknown) => unknown) => {
    if (typeof v === "string") for (const s of [v + v.slice(-1), v.slice(1), v.slice(0, -1)]) out.push(set(s));
    else if (typeof v === "object" && v !== null)
      for (const [k, x] of Object.entries(v))
        visit(x, (y) => set(Array.isArray(v) ? v.map((e, i) => (String(i) === k ? y : e)) : { ...v, [k]: y }));
  };
  visit(m, (x) => x);
  return out;
}

/** What ajv's rule functions alone refuse, as `index pointer`, sorted. */
function byAjv(type: DpiType, m: unknown): string[] {
  return strictRuleChecks[type]
    .flatMap((c, i) =>
      c.at.flatMap((segs) => nodes(m, segs).flatMap(([node, p]) => (c.validate(node) ? [] : [`${i} ${p}`]))),
    )
    .sort();
}

/** What the shipped walker reports, as `index pointer`, sorted. */
function byWalker(type: DpiType, m: unknown): string[] {
  const out: string[] = [];
  strictRuleWalkers[type](m, (i, p) => out.push(`${i} ${p}`));
  return out.sort();
}

describe("strict walkers report what ajv's rule functions refuse", () => {
  for (const type of dpiTypes) {
    const wire = (first as Record<string, (m: unknown) => boolean>)[`${catalogue[type].typeName}Message`]!;
    it(`${type}: wire-valid generated messages and near misses (seed ${SEED})`, () => {
      let compared = 0;
      let refused = 0;
      for (const profile of ["wire", "strict"] as const) {
        for (const [j, m] of fc.sample(arbitraryMessage(type, { profile }), { seed: SEED, numRuns: 40 }).entries()) {
          const misses = allNearMisses(m, type, profile).map((n) => n.instance);
          for (const x of [m, ...misses, ...(j < 8 ? stretched(m) : [])]) {
            if (!wire(x)) continue;
            const expected = byAjv(type, x);
            expect(byWalker(type, x), `${type} (seed ${SEED}): ${JSON.stringify(x)}`).toEqual(expected);
            compared++;
            if (expected.length) refused++;
          }
        }
      }
      expect(compared).toBeGreaterThan(100);
      expect(refused).toBeGreaterThan(10);
    });
  }

  it("the official examples and ours, and each with a string one character longer or shorter", () => {
    const dirs = [join(repoRoot, "schemas/examples")];
    if (hasDigdir) dirs.push(join(digdirDir, "examples"), join(digdirDir, "examples/komplette"));
    let compared = 0;
    for (const d of dirs.filter((x) => existsSync(x)))
      for (const f of readdirSync(d).filter((x) => x.endsWith(".json"))) {
        const m = readJson(join(d, f));
        for (const type of dpiTypes) {
          const wire = (first as Record<string, (m: unknown) => boolean>)[`${catalogue[type].typeName}Message`]!;
          if (!wire(m)) continue;
          for (const x of [m, ...stretched(m)]) {
            if (!wire(x)) continue;
            expect(byWalker(type, x), `${f} as ${type}: ${JSON.stringify(x)}`).toEqual(byAjv(type, x));
            compared++;
          }
        }
      }
    expect(compared).toBeGreaterThan(0);
  });
});
