/**
 * npm run bench                  the whole bench (~10 min on 2 cores): pools, 7 fresh measuring processes,
 *                                outside timings
 * npm run bench -- --quick       a short run (~4 min): smaller pools, 3 processes, shorter bursts
 * npm run bench -- --smoke       one call of everything, no figures (the test suite runs this)
 * npm run bench -- --processes N
 * npm run bench -- --json FILE   also write the rows as JSON (compare two runs: npx tsx bench/compare.ts a b)
 * Prints the table once, then the summary: each target, met or not.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../test/support/shared.js";
import { RESULT_PREFIX, type BenchMode, type RatioResult, type Row } from "./harness.js";
import { cachedPools } from "./pool.js";
import { printSummary, printTable, rowsFromWorkers } from "./report.js";
import { rowModules } from "./rows.js";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean" },
    quick: { type: "boolean" },
    processes: { type: "string" },
    // Only these row modules (file names without .ts, comma-separated); the workers inherit it.
    rows: { type: "string" },
    json: { type: "string" },
  },
});
if (values.rows) process.env.INNBYGGERPOST_BENCH_ROWS = values.rows;
const mode: BenchMode = values.smoke ? "smoke" : values.quick ? "quick" : "full";
const processes = mode === "smoke" ? 1 : Number(values.processes ?? (mode === "quick" ? 3 : 7));
const started = performance.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`innbyggerpost bench (${mode}), node ${process.version}, load average at start ${load()}`);

const pools = cachedPools(mode);
for (const n of pools.notes) console.log(`note: ${n}`);
const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-bench-"));
const poolFile = join(dir, "pools.json");
writeFileSync(poolFile, JSON.stringify(pools));

const perProcess: RatioResult[][] = [];
try {
  for (let i = 0; i < processes; i++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "bench/worker.ts"), poolFile, mode], {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const line = r.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
    if (r.status !== 0 || !line) {
      process.stderr.write(r.stderr);
      throw new Error(`measuring process ${i + 1} failed (exit ${r.status})`);
    }
    perProcess.push(JSON.parse(line.slice(RESULT_PREFIX.length)) as RatioResult[]);
    console.log(`measuring process ${i + 1} of ${processes} done (load ${load()})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows: Row[] = rowsFromWorkers(perProcess);
let failed = 0;
for (const { file, rows: m } of await rowModules()) {
  if (!m.measure) continue;
  try {
    rows.push(...(await m.measure({ mode })));
  } catch (e) {
    // One failing outside measurement must not cost the table of everything measured before it.
    failed++;
    const message = (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 3).join(" ");
    rows.push({
      section: file.replace(/\.ts$/, ""),
      name: "FAILED",
      detail: message,
      value: Number.NaN,
      spread: Number.NaN,
      target: {},
    });
  }
}

printTable(rows, mode);
if (values.json) {
  // NaN is not JSON: a figure that was not made is written as null.
  const out = rows.map((r) => ({ ...r, value: Number.isNaN(r.value) ? null : r.value }));
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.json);
  writeFileSync(file, `${JSON.stringify({ mode, processes, load: load(), rows: out }, null, 2)}\n`);
  console.log(`rows written to ${file}`);
}
const missed = printSummary(rows, mode);
console.log(`\nload average at end ${load()}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failed) {
  console.log(`${failed} row module(s) failed`);
  process.exitCode = 1;
} else
  console.log(
    mode === "smoke"
      ? "bench smoke run: every row ran"
      : missed === 0
        ? "every target met"
        : `${missed} row(s) missed a target`,
  );
