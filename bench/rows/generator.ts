import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import type { BenchMode, Row } from "../harness.js";

function wallMs(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), join(repoRoot, "codegen/src/main.ts"), ...args], { cwd: repoRoot, stdio: "pipe" });
  return performance.now() - t0;
}

/** Wall time of `npm run codegen` and `-- --check` as a developer runs them (a fresh process each). */
export async function generatorRows(mode: BenchMode): Promise<Row[]> {
  const runs = mode.smoke ? 1 : 3;
  const median = (f: () => number) => {
    const s = Array.from({ length: runs }, f).sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]!;
  };
  const full = median(() => wallMs([]));
  const check = median(() => wallMs(["--check"]));
  return [
    { section: "generator", name: "full regenerate (fresh process)", measured: `${(full / 1000).toFixed(2)} s`, baseline: "-", value: mode.smoke ? Number.NaN : full / 1000, target: "< 3 s", met: (v) => v < 3 },
    { section: "generator", name: "--check (fresh process)", measured: `${(check / 1000).toFixed(2)} s`, baseline: "-", value: mode.smoke ? Number.NaN : check / 1000, target: "< 3 s", met: (v) => v < 3 },
  ];
}
