/** Turning per-process results into rows, and printing the table and the summary. */
import { duration, median, met, spreadOf, targetText, type BenchMode, type RatioResult, type Row } from "./harness.js";

/** Spread above which a row says its figure did not repeat. */
export const UNSTABLE = 0.1;

/** One row per ratio: the median over the processes and the largest deviation from it. */
export function rowsFromWorkers(perProcess: readonly RatioResult[][]): Row[] {
  const first = perProcess[0] ?? [];
  return first.map((r, k) => {
    // JSON carries NaN (smoke mode) as null.
    const nan = (x: number | null) => (x === null ? Number.NaN : x);
    const all = perProcess
      .map((p) => p[k]!)
      .map((x) => ({ ...x, value: nan(x.value), numNs: nan(x.numNs), denNs: nan(x.denNs) }));
    if (all.some((x) => x.section !== r.section || x.name !== r.name))
      throw new Error("measuring processes disagree on the rows");
    const values = all.map((x) => x.value);
    const num = median(all.map((x) => x.numNs));
    const den = median(all.map((x) => x.denNs));
    return {
      section: r.section,
      name: r.name,
      detail: `${r.numLabel} ${duration(num)} | ${r.denLabel} ${duration(den)}`,
      value: median(values),
      spread: spreadOf(values),
      target: r.target,
    };
  });
}

const figure = (r: Row) => (Number.isNaN(r.value) ? "-" : `${r.value.toFixed(2)}${r.target.unit ?? "×"}`);
const spreadText = (r: Row) =>
  Number.isNaN(r.spread) ? "" : `±${(r.spread * 100).toFixed(1)} %${r.spread > UNSTABLE ? " UNSTABLE" : ""}`;
const metText = (r: Row) =>
  ({ true: "yes", false: "NO", undefined: "-" })[String(met(r)) as "true" | "false" | "undefined"];

export function printTable(rows: readonly Row[], mode: BenchMode): void {
  const head = ["section", "row", "figure", "spread", "target", "met", "measured (median per op or unit)"];
  const cells = rows.map((r) => [
    r.section,
    r.name,
    figure(r),
    spreadText(r),
    targetText(r.target),
    metText(r),
    r.detail,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(w[i]!))
      .join("  ")
      .trimEnd();
  console.log(
    `\nresults${mode === "smoke" ? " (smoke: one call each, no figures)" : ""}: ` +
      "figure = median over processes; spread = largest deviation of one process from it",
  );
  console.log(line(head));
  console.log(w.map((n) => "-".repeat(n)).join("  "));
  for (const c of cells) console.log(line(c));
}

/**
 * One line per target: rows with the same name and target (the nine types of one comparison) are
 * judged together, with the worst figure and where it is. Returns how many rows missed their target.
 */
export function printSummary(rows: readonly Row[], mode: BenchMode): number {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    if (met(r) === undefined && mode !== "smoke") continue;
    if (r.target.atLeast === undefined && r.target.atMost === undefined) continue;
    const key = `${r.name} ${targetText(r.target)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  console.log("\nsummary");
  let missed = 0;
  for (const g of groups.values()) {
    const judged = g.filter((r) => met(r) !== undefined);
    const ok = judged.filter((r) => met(r) === true).length;
    missed += judged.length - ok;
    const worst = [...judged].sort((a, b) =>
      a.target.atLeast !== undefined ? a.value - b.value : b.value - a.value,
    )[0];
    const unstable = g.filter((r) => r.spread > UNSTABLE).map((r) => r.section);
    const where =
      g.length > 1
        ? ` (${g.length} rows; worst ${worst ? `${figure(worst)} ${worst.section}` : "-"})`
        : worst
          ? ` (${figure(worst)})`
          : "";
    const verdict =
      judged.length === 0
        ? "not measured"
        : ok === judged.length
          ? "met"
          : `NOT MET in ${judged.length - ok} of ${judged.length}`;
    console.log(
      `- ${g[0]!.name}: ${targetText(g[0]!.target)}: ${verdict}${where}` +
        (unstable.length ? `; spread > ±10 % in ${unstable.join(", ")}` : ""),
    );
  }
  return missed;
}
