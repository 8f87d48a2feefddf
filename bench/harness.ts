import { do_not_optimize, measure } from "mitata";

/** How hard to measure: `smoke` runs each function once (CI checks that the bench works, not its numbers). */
export interface BenchMode {
  smoke: boolean;
}

/** Median nanoseconds per call of `fn`, warmed up; in smoke mode one call and NaN. */
export async function nsPerOp(fn: () => unknown, mode: BenchMode): Promise<number> {
  if (mode.smoke) {
    do_not_optimize(fn());
    return Number.NaN;
  }
  const stats = await measure(() => do_not_optimize(fn()), { min_cpu_time: 400e6, warmup_samples: 64 });
  return stats.p50;
}

/** One line of the table. `value` is what the target is judged on. */
export interface Row {
  section: string;
  name: string;
  /** Human-readable measurement (ops/s, ms, KB ...). */
  measured: string;
  /** The baseline it is compared with, and its measurement. */
  baseline: string;
  /** The figure the target is about (usually a ratio); NaN when not measured (smoke). */
  value: number;
  /** e.g. "≥ 1.0×", "≤ 0.35×", "≤ 15 ms". */
  target: string;
  met: (v: number) => boolean;
}

export const opsPerSec = (ns: number) => (Number.isNaN(ns) ? "-" : `${Math.round(1e9 / ns).toLocaleString("en-US")} ops/s`);
export const times = (v: number) => (Number.isNaN(v) ? "-" : `${v.toFixed(2)}×`);

/** Prints rows as one table; returns how many targets were missed. */
export function printTable(title: string, rows: Row[]): number {
  const cells = rows.map((r) => [r.section, r.name, r.measured, r.baseline, Number.isNaN(r.value) ? "-" : r.value.toFixed(2), r.target, Number.isNaN(r.value) ? "n/a" : r.met(r.value) ? "yes" : "NO"]);
  const head = ["section", "row", "ours", "baseline", "figure", "target", "met"];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(w[i]!)).join("  ").trimEnd();
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(w.map((n) => "-".repeat(n)).join("  "));
  for (const c of cells) console.log(line(c));
  return rows.filter((r) => !Number.isNaN(r.value) && !r.met(r.value)).length;
}
