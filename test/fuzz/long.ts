#!/usr/bin/env tsx
/**
 * npm run fuzz:long — the long fuzzing mode (not run in CI): the same properties as CI with FUZZ_LONG=1
 * run counts (over 1 000 000 entry-point calls in all), then one table over every file: cases per entry
 * point, throws, mutations, pollutions, disagreements and the slowest case. Exits non-zero when vitest
 * fails or any failure column is not zero.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatTable, seed, type Row } from "../support/budget.js";

const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-fuzz-stats-"));
const started = Date.now();
const run = spawnSync(
  "npx",
  ["vitest", "run", "test/fuzz", "test/conformance", "codegen/test", "--typecheck.enabled=false"],
  {
    stdio: "inherit",
    env: { ...process.env, FUZZ_LONG: "1", FUZZ_STATS_DIR: dir, FC_SEED: String(seed) },
  },
);
const rows = new Map<string, Row>();
for (const f of readdirSync(dir).sort()) {
  for (const [k, r] of JSON.parse(readFileSync(join(dir, f), "utf8")) as [string, Row][]) {
    const acc = rows.get(k);
    if (!acc) rows.set(k, r);
    else {
      for (const c of ["cases", "throws", "mutations", "pollutions", "disagreements"] as const) acc[c] += r[c];
      if (r.slowestMs > acc.slowestMs) Object.assign(acc, { slowestMs: r.slowestMs, slowestCase: r.slowestCase });
    }
  }
}
rmSync(dir, { recursive: true, force: true });
const failures = [...rows.values()].reduce((n, r) => n + r.throws + r.mutations + r.pollutions + r.disagreements, 0);
console.log(`\nfuzz:long  FC_SEED=${seed}  ${Math.round((Date.now() - started) / 1000)} s\n${formatTable(rows)}`);
process.exit(run.status !== 0 ? (run.status ?? 1) : failures ? 1 : 0);
