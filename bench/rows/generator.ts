/**
 * `npm run codegen` and `-- --check` as a developer runs them (a fresh process each), from the output cache
 * (the edit-regenerate loop when nothing the output depends on changed) and without it (`--no-cache`:
 * every emitter, quicktype and Biome). Wall time is the target; the CPU time of the process and its
 * children is shown beside it, since on a shared machine wall time is mostly waiting for a core.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import { median, spreadOf, type BenchRows, type Row } from "../harness.js";

/** CPU seconds of this process's waited-for descendants (Linux /proc; NaN elsewhere). */
function childCpuSeconds(): number {
  try {
    // After the command name (which may hold spaces), cutime and cstime are the 14th and 15th fields.
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) / 100; // USER_HZ
  } catch {
    return Number.NaN;
  }
}

function timed(args: string[]): { wall: number; cpu: number } {
  const c0 = childCpuSeconds();
  const t0 = performance.now();
  // What `npm run codegen` runs (without npm's own start-up).
  execFileSync(process.execPath, [join(repoRoot, "codegen/bin.mjs"), ...args], { cwd: repoRoot, stdio: "pipe" });
  return { wall: (performance.now() - t0) / 1000, cpu: childCpuSeconds() - c0 };
}

export const rows: BenchRows = {
  measure: ({ mode }) => {
    // A cached run is a third of a second, mostly node's own start, so one slow start moves a median of three by
    // 10 %: eleven of them. An uncached run is seconds long; three are enough.
    const cachedRuns = mode === "full" ? 11 : mode === "quick" ? 5 : 1;
    const fullRuns = mode === "full" ? 3 : 1;
    const row = (name: string, args: string[], target: Row["target"], runs = cachedRuns): Row => {
      const s = Array.from({ length: runs }, () => timed(args));
      const walls = s.map((x) => x.wall);
      return {
        section: "generator",
        name,
        detail:
          `${runs} run(s): median of ${walls.map((x) => x.toFixed(2)).join(", ")} s wall; ` +
          `CPU ${median(s.map((x) => x.cpu)).toFixed(2)} s`,
        value: mode === "smoke" ? Number.NaN : median(walls),
        spread: mode === "smoke" ? Number.NaN : spreadOf(walls),
        target,
      };
    };
    const cached = { atMost: 2, unit: " s" } as const;
    // The first run fills the cache if the tree changed since the last one; it is not a cached figure.
    if (mode !== "smoke") timed(["--check"]);
    return [
      row("npm run codegen (fresh process, output cache)", [], cached),
      row("npm run codegen -- --check (fresh process, output cache)", ["--check"], cached),
      ...(mode === "smoke"
        ? []
        : [
            row(
              "npm run codegen -- --no-cache (every emitter, quicktype, Biome)",
              ["--no-cache"],
              { unit: " s" },
              fullRuns,
            ),
          ]),
    ];
  },
};
