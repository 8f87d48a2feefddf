/**
 * The document package (bench/dokumentpakke.ts, each build and open in a fresh process): our overhead over
 * the floor (AES-256-CBC + SHA-256 over the same zip) and peak memory per package size, at 50 MB (10 MB with
 * --quick; 1 MB and no figure in smoke). openssl cms plus node:crypto signing is reported beside ours.
 * Wall time here (the work is one long call per process, timed from outside the orchestrator).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import type { BenchRows, Row } from "../harness.js";

const ARGS = { smoke: ["--quick", "--size", "1"], quick: ["--quick"], full: ["--size", "50"] };

interface Figures {
  readonly sizeMB: number;
  readonly buildMs: number;
  readonly openMs: number;
  readonly floorMs: number;
  readonly opensslEncryptMs: number;
  readonly opensslDecryptMs: number;
  readonly buildPeak: number;
  readonly openPeak: number;
}

export const rows: BenchRows = {
  measure: ({ mode }) => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(repoRoot, "bench/dokumentpakke.ts"), ...ARGS[mode], "--json"],
      { cwd: repoRoot, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`bench/dokumentpakke.ts exited ${r.status}: ${r.stderr.slice(-2000)}`);
    const f = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Figures;
    const smoke = mode === "smoke";
    const row = (name: string, value: number, detail: string, target: Row["target"]): Row => ({
      section: "dokumentpakke",
      name: `${name} (${f.sizeMB} MB)`,
      detail,
      value: smoke ? Number.NaN : value,
      spread: Number.NaN,
      target,
    });
    const over = (ms: number) => ((ms - f.floorMs) / f.floorMs) * 100;
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    return [
      row(
        "build + sign + encrypt: overhead over the floor",
        over(f.buildMs),
        `${ms(f.buildMs)} vs floor ${ms(f.floorMs)}, openssl + sign ${ms(f.opensslEncryptMs)}`,
        {
          atMost: 25,
          unit: " %",
        },
      ),
      row(
        "open + verify: overhead over the floor",
        over(f.openMs),
        `${ms(f.openMs)} vs floor ${ms(f.floorMs)}, openssl + digests ${ms(f.opensslDecryptMs)}`,
        {
          atMost: 25,
          unit: " %",
        },
      ),
      row("build peak memory / package size", f.buildPeak, "fresh process, maxRSS growth", { atMost: 3 }),
      row("open peak memory / package size", f.openPeak, "fresh process, maxRSS growth; counts the CMS read", {
        atMost: 3,
      }),
    ];
  },
};
