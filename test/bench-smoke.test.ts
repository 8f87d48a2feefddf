import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dpiTypes } from "@innbyggerpost/contracts";
import { rowModules } from "../bench/rows.js";
import { repoRoot } from "./support/shared.js";

// CI runs the benchmark once, as a smoke run: every row must run; figures are not judged here
// (these machines are shared and noisy, so targets are met in `npm run bench`, never in tests).
describe("npm run bench -- --smoke", () => {
  it("picks up every module in bench/rows/", async () => {
    const files = readdirSync(join(repoRoot, "bench/rows"))
      .filter((f) => f.endsWith(".ts"))
      .sort();
    expect((await rowModules()).map((m) => m.file)).toEqual(files);
  });

  it("runs every row once and exits 0", () => {
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), join(repoRoot, "bench/run.ts"), "--smoke"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: 240_000,
      },
    );
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/bench smoke run: every row ran/);
    const sections = ["valid", "invalid", "gateway"].flatMap((s) => dpiTypes.map((t) => `${s} ${t}`));
    for (const section of [
      ...sections,
      "floor digital",
      "floor leveringskvittering",
      "receipt",
      "reducer",
      "cold start",
      "size",
      "tree-shaking",
      "generator",
      "summary",
    ]) {
      expect(r.stdout).toContain(section);
    }
  }, 300_000);
});
