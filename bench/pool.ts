/**
 * The pools of distinct messages every row draws from, built once per run and handed to each worker as
 * a JSON file (so each worker parses its own fresh objects, as a gateway would).
 *
 * valid: our generated arbitraries (strict profile) plus real-shaped variations of the official examples
 * (bench/variations.ts), kept only if every competitor accepts them, wire and strict alike.
 * invalid: one near-miss mutation of a valid message each (test/support/near-miss.ts), kept only if every
 * competitor refuses it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { detectType, dpiTypes, validate, type DpiType } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "@innbyggerpost/contracts/arbitraries";
import { allNearMisses } from "../test/support/near-miss.js";
import { digdirDir, hasDigdir, repoRoot } from "../test/support/shared.js";
import { peers, type Check } from "./competitors.js";
import type { BenchMode, Pools } from "./harness.js";
import { prng, variations } from "./variations.js";

const SEED = 20261123;
const SIZES: Record<BenchMode, { generated: number; official: number; invalid: number }> = {
  smoke: { generated: 5, official: 5, invalid: 5 },
  quick: { generated: 400, official: 100, invalid: 100 },
  full: { generated: 2000, official: 500, invalid: 300 },
};

/** The official examples by type (only those valid under the official schemas are useful here). */
function officialExamples(): Map<DpiType, unknown[]> {
  const out = new Map<DpiType, unknown[]>();
  const dir = join(digdirDir, "examples");
  for (const f of [
    ...readdirSync(dir).map((f) => f),
    ...readdirSync(join(dir, "komplette")).map((f) => `komplette/${f}`),
  ]) {
    if (!f.endsWith(".json")) continue;
    const m = JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown;
    const d = detectType(m);
    if ("type" in d) out.set(d.type, [...(out.get(d.type) ?? []), m]);
  }
  return out;
}

export function buildPools(mode: BenchMode): Pools {
  const size = SIZES[mode];
  const notes: string[] = [];
  const checks = peers();
  notes.push(`competitors: ${checks.map((p) => p.label).join("; ")}`);
  const acceptedByAll = (type: DpiType, m: unknown) =>
    validate(m, { profile: "strict" }).ok &&
    validate(m, { profile: "wire" }).ok &&
    checks.every((p) => p.valid[type](m));
  const refusedByAll = (type: DpiType, m: unknown) =>
    !validate(m, { profile: "wire" }).ok && checks.every((p) => !p.valid[type](m) && !p.first[type](m));
  const examples = hasDigdir ? officialExamples() : new Map<DpiType, unknown[]>();
  if (!hasDigdir) notes.push(`no official examples: ${digdirDir} is absent, so the pools are generated messages only`);
  const rnd = prng(SEED);
  const valid = {} as Record<DpiType, unknown[]>;
  const invalid = {} as Record<DpiType, unknown[]>;
  const counts: string[] = [];
  for (const type of dpiTypes) {
    // A type few of whose generated messages every competitor accepts (flyttet: TypeBox's date-time) draws
    // more, up to four times as many, so that its pool is as large as the others' and its ratio repeats.
    let generated: unknown[] = [];
    let keptGenerated: unknown[] = [];
    for (let draw = size.generated; draw <= 4 * size.generated; draw *= 2) {
      generated = fc.sample(arbitraryMessage(type, { profile: "strict" }), { seed: SEED, numRuns: draw });
      keptGenerated = generated.filter((m) => acceptedByAll(type, m));
      if (keptGenerated.length >= size.generated / 5) break;
    }
    const bases = examples.get(type) ?? [];
    // A leaf whose variations draw strict warnings the example does not have is kept too (real values pass).
    const warnings = (m: unknown) => validate(m).warnings.length;
    const varied = bases.flatMap((b) => {
      const own = warnings(b);
      return variations(
        b,
        Math.ceil(size.official / bases.length),
        (m) => acceptedByAll(type, m) && warnings(m) <= own,
        rnd,
      );
    });
    const keptVaried = varied.filter((m) => acceptedByAll(type, m));
    // Interleave, so every burst sees both kinds.
    const pool = shuffle([...keptGenerated, ...keptVaried], rnd);
    if (pool.length === 0) throw new Error(`no ${type} message is accepted by every competitor`);
    valid[type] = pool;
    const warned = pool.filter((m) => validate(m).warnings.length > 0).length;

    const bad: unknown[] = [];
    for (let i = 0; bad.length < size.invalid && i < size.invalid * 3; i++) {
      const misses = allNearMisses(pool[i % pool.length], type, "wire").filter((n) => n.profile === "wire");
      const pick = misses[Math.floor(rnd() * misses.length)];
      if (pick && refusedByAll(type, pick.instance)) bad.push(pick.instance);
    }
    if (bad.length === 0) throw new Error(`no ${type} near-miss is refused by every competitor`);
    invalid[type] = bad;
    const officialPart = bases.length
      ? `${keptVaried.length}/${varied.length} variations of ${bases.length} official example(s)`
      : "no official example";
    counts.push(
      `${type} ${pool.length} (${keptGenerated.length}/${generated.length} generated, ${officialPart}; ` +
        `${warned} with strict warnings), ${bad.length} invalid`,
    );
  }
  notes.push(`pools (valid kept/drawn; every competitor agrees on each message): ${counts.join("; ")}`);
  return { valid, invalid, notes };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export type { Check };

/** Every file a pool depends on: the generated code, the schemas, the pool's own code, the official examples. */
function inputs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? inputs(p) : [p];
  });
}

/**
 * The pools, from node_modules/.cache when nothing they depend on has changed (building them takes a while:
 * every message passes every competitor), else built and cached.
 */
export function cachedPools(mode: BenchMode): Pools {
  if (mode === "smoke") return buildPools(mode); // the smoke run proves the pools can be built
  const files = [
    ...["packages/contracts/dist/generated", "schemas", "bench"].flatMap((d) => inputs(join(repoRoot, d))),
    join(repoRoot, "test/support/near-miss.ts"),
    ...(hasDigdir ? inputs(join(digdirDir, "examples")) : []),
  ]
    .filter((f) => !f.includes("/bench/rows/"))
    .sort();
  const hash = createHash("sha256").update(mode);
  for (const f of files) hash.update(f).update(readFileSync(f));
  const dir = join(repoRoot, "node_modules/.cache/innbyggerpost-bench");
  const file = join(dir, `pools-${mode}-${hash.digest("hex").slice(0, 16)}.json`);
  if (existsSync(file)) {
    const pools = JSON.parse(readFileSync(file, "utf8")) as Pools;
    return {
      ...pools,
      notes: [...pools.notes, `pools read from ${file.slice(repoRoot.length + 1)} (same inputs as when built)`],
    };
  }
  const pools = buildPools(mode);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(pools));
  return pools;
}
