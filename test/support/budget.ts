/**
 * Case budgets and counters shared by the property tests. CI runs a fixed seed (FC_SEED, default
 * 20261123) with the `ci` run counts; `npm run fuzz:long` sets FUZZ_LONG=1 for the `long` counts and
 * collects every file's counters into one table (test/fuzz/long.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as fc from "fast-check";

export const seed = Number(process.env.FC_SEED ?? 20261123);
export const long = process.env.FUZZ_LONG === "1";

/** Per-test timeout: generous in CI (2 cores), an hour per property under fuzz:long. */
export const timeout = long ? 3_600_000 : 180_000;

/** The run count for one property: `ci` in CI, `longRuns` under npm run fuzz:long. */
export function runs(ci: number, longRuns: number): number {
  return long ? longRuns : ci;
}

/** fast-check parameters: the fixed seed; on failure fast-check prints the seed, path and counterexample. */
export function params<T>(numRuns: number): fc.Parameters<T> {
  return { seed, numRuns, endOnFailure: true };
}

/** Per entry point: what the invariants found. */
export interface Row {
  cases: number;
  throws: number;
  mutations: number;
  pollutions: number;
  disagreements: number;
  slowestMs: number;
  slowestCase: string;
}

export const stats = new Map<string, Row>();

export function row(entry: string): Row {
  let r = stats.get(entry);
  if (!r) {
    r = { cases: 0, throws: 0, mutations: 0, pollutions: 0, disagreements: 0, slowestMs: 0, slowestCase: "" };
    stats.set(entry, r);
  }
  return r;
}

export function timed(entry: string, label: string, ms: number): void {
  const r = row(entry);
  if (ms > r.slowestMs) {
    r.slowestMs = ms;
    r.slowestCase = label;
  }
}

export function formatTable(rows: Map<string, Row>): string {
  const head = [
    "entry point",
    "cases",
    "throws",
    "mutations",
    "pollutions",
    "disagreements",
    "slowest ms",
    "slowest case",
  ];
  const body = [...rows].map(([k, r]) => [
    k,
    String(r.cases),
    String(r.throws),
    String(r.mutations),
    String(r.pollutions),
    String(r.disagreements),
    r.slowestMs.toFixed(1),
    r.slowestCase,
  ]);
  const total = [...rows.values()].reduce((n, r) => n + r.cases, 0);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i > 0 && i < 7 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i > 0 && i < 7 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`,
    ...body.map(line),
    `total cases: ${total}`,
  ].join("\n");
}

/** Prints this file's counters, and under fuzz:long hands them to the collector. */
export function report(file: string): void {
  console.log(`\n[${file}] FC_SEED=${seed}${long ? " (long mode)" : ""}\n${formatTable(stats)}`);
  const dir = process.env.FUZZ_STATS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${file.replace(/[^a-z0-9-]/gi, "_")}.json`), JSON.stringify([...stats]));
  }
}
