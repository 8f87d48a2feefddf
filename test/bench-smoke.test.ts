import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/shared.js";

// CI runs the benchmark once, as a smoke run: every row must run; figures are not judged here
// (these machines are shared and noisy, so targets are met in `npm run bench`, never in tests).
describe("npm run bench -- --smoke", () => {
  it("runs every row once and exits 0", () => {
    const r = spawnSync(process.execPath, [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), join(repoRoot, "bench/run.ts"), "--smoke"], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 180_000,
    });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/bench smoke run: every row ran/);
    for (const section of ["valid digital", "invalid utskrift", "floor leveringskvittering", "receipt", "reducer", "cold start", "size", "generator"]) {
      expect(r.stdout).toContain(section);
    }
  }, 240_000);
});
