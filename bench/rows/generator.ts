/** Wall time of `npm run codegen` and `-- --check` as a developer runs them (a fresh process each). */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import { median, spreadOf, type BenchRows, type Row } from "../harness.js";

function wallMs(args: string[]): number {
  const t0 = performance.now();
  execFileSync(
    process.execPath,
    [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), join(repoRoot, "codegen/src/main.ts"), ...args],
    { cwd: repoRoot, stdio: "pipe" },
  );
  return performance.now() - t0;
}

export const rows: BenchRows = {
  measure: ({ mode }) => {
    const runs = mode === "full" ? 3 : 1;
    const row = (name: string, args: string[]): Row => {
      const s = Array.from({ length: runs }, () => wallMs(args) / 1000);
      return {
        section: "generator",
        name,
        detail: `${runs} run(s): ${s.map((x) => x.toFixed(2)).join(", ")} s`,
        value: mode === "smoke" ? Number.NaN : median(s),
        spread: mode === "smoke" ? Number.NaN : spreadOf(s),
        target: { atMost: 2, unit: " s" },
      };
    };
    return [row("npm run codegen (fresh process)", []), row("npm run codegen -- --check (fresh process)", ["--check"])];
  },
};
