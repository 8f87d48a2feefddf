/**
 * Row discovery: every module in bench/rows/ that exports `rows` (a {@link BenchRows}) is part of the
 * bench; a new module there is picked up with no other change.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRows } from "./harness.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "rows");

/** The row modules, in file-name order, each with its file name. */
export async function rowModules(): Promise<{ file: string; rows: BenchRows }[]> {
  // `npm run bench -- --rows a,b` (bench/run.ts) runs only those modules.
  const only = process.env.INNBYGGERPOST_BENCH_ROWS?.split(",").map((r) => `${r.trim()}.ts`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && (!only || only.includes(f)))
    .sort();
  const out: { file: string; rows: BenchRows }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { rows?: BenchRows };
    if (!mod.rows || (typeof mod.rows.duels !== "function" && typeof mod.rows.measure !== "function")) {
      throw new Error(`bench/rows/${file} exports no \`rows\` with duels() or measure()`);
    }
    out.push({ file, rows: mod.rows });
  }
  return out;
}
