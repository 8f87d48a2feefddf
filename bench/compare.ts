/**
 * npx tsx bench/compare.ts a.json b.json [--tolerance 0.1]
 *
 * Compares two runs written by `npm run bench -- --json FILE`: for every row in both, the two figures
 * and whether they agree within the tolerance (default ±10 %, relative to the first run's figure).
 * Ratios (× and %: a figure against a baseline measured in the same run) are what must repeat; absolute
 * figures (seconds, KB, counts) move with the machine's load and are compared and counted apart.
 * Exits 1 when any ratio disagrees, 2 on bad arguments.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface SavedRow {
  readonly section: string;
  readonly name: string;
  readonly value: number | null;
  readonly target: { readonly unit?: string };
}
interface SavedRun {
  readonly mode: string;
  readonly processes: number;
  readonly load: string;
  readonly rows: readonly SavedRow[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tolerance: { type: "string" } },
});
const tolerance = Number(values.tolerance ?? "0.1");
if (positionals.length !== 2 || !(tolerance > 0)) {
  console.error("usage: npx tsx bench/compare.ts a.json b.json [--tolerance 0.1]");
  process.exit(2);
}
const [a, b] = positionals.map((f) => JSON.parse(readFileSync(f!, "utf8")) as SavedRun) as [SavedRun, SavedRun];
const key = (r: SavedRow) => `${r.section} | ${r.name}`;
const second = new Map(b.rows.map((r) => [key(r), r]));

console.log(`a: ${positionals[0]} (${a.mode}, ${a.processes} processes, load ${a.load})`);
console.log(`b: ${positionals[1]} (${b.mode}, ${b.processes} processes, load ${b.load})`);
/** A figure against a baseline of the same run (the default unit ×, or an added fraction in %). */
const isRatio = (r: SavedRow) => r.target.unit === undefined || r.target.unit === "×" || r.target.unit === " %";
let agree = 0;
let disagree = 0;
let absoluteAgree = 0;
let absoluteDisagree = 0;
const lines: string[][] = [["row", "a", "b", "b / a", "agree"]];
for (const r of a.rows) {
  const other = second.get(key(r));
  if (!other || r.value === null || other.value === null) continue;
  // Two zeros (tree-shaking counts) agree; against a zero any other figure does not.
  const ratio = r.value === other.value ? 1 : other.value / r.value;
  const ok = Number.isFinite(ratio) && Math.abs(ratio - 1) <= tolerance;
  const ratioRow = isRatio(r);
  if (ratioRow) ok ? agree++ : disagree++;
  else ok ? absoluteAgree++ : absoluteDisagree++;
  const unit = r.target.unit ?? "×";
  lines.push([
    key(r),
    `${r.value.toFixed(2)}${unit}`,
    `${other.value.toFixed(2)}${unit}`,
    ratio.toFixed(3),
    `${ok ? "yes" : "NO"}${ratioRow ? "" : " (absolute)"}`,
  ]);
}
const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
for (const l of lines)
  console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
const onlyOne =
  a.rows.filter((r) => !second.has(key(r))).length +
  b.rows.filter((r) => !a.rows.some((x) => key(x) === key(r))).length;
const within = `within ±${(tolerance * 100).toFixed(0)} %`;
console.log(
  `\n${agree} of ${agree + disagree} ratios agree ${within}` +
    `; absolute figures: ${absoluteAgree} of ${absoluteAgree + absoluteDisagree} ${within}` +
    (onlyOne ? `; ${onlyOne} row(s) in one run only` : ""),
);
if (disagree > 0) process.exitCode = 1;
