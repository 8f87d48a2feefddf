/**
 * One fresh measuring process: reads the pools, runs every row module's duels, prints one result line.
 * Started by bench/run.ts, several times per run: `tsx bench/worker.ts <pools.json> <mode>`.
 */
import { readFileSync } from "node:fs";
import { RESULT_PREFIX, runDuel, type BenchMode, type Pools, type RatioResult } from "./harness.js";
import { rowModules } from "./rows.js";

const [poolFile, mode] = process.argv.slice(2) as [string, BenchMode];
const pools = JSON.parse(readFileSync(poolFile, "utf8")) as Pools;
const results: RatioResult[] = [];
for (const { rows } of await rowModules()) {
  if (!rows.duels) continue;
  for (const duel of await rows.duels({ mode, pools })) results.push(...(await runDuel(duel, mode)));
}
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(results)}\n`);
