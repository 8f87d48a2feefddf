/**
 * The document package (bench/dokumentpakke.ts): build + sign + encrypt, and open + verify, as a ratio to the
 * floor of the same crypto (AES-256-CBC and the SHA-256 digests over the same bytes), timed as a duel in CPU
 * time (fresh processes, the four alternating round by round), and peak memory per package size (each call
 * alone in a fresh process), at 50 MB (10 MB with --quick; 1 MB and no figure in smoke). openssl cms is
 * reported beside ours.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import type { BenchRows, Row } from "../harness.js";

const ARGS = {
  smoke: ["--quick", "--size", "1", "--processes", "1", "--rounds", "1"],
  quick: ["--quick"],
  full: ["--size", "50"],
};

interface Figures {
  readonly sizeMB: number;
  readonly rounds: string;
  readonly buildRatio: number;
  readonly buildSpread: number;
  readonly openRatio: number;
  readonly openSpread: number;
  readonly buildCpuMs: number;
  readonly openCpuMs: number;
  readonly floorEncryptCpuMs: number;
  readonly floorDecryptCpuMs: number;
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
    const row = (name: string, value: number, spread: number, detail: string, target: Row["target"]): Row => ({
      section: "dokumentpakke",
      name: `${name} (${f.sizeMB} MB)`,
      detail,
      value: smoke ? Number.NaN : value,
      spread: smoke ? Number.NaN : spread,
      target,
    });
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    const rounds = `${f.rounds} rounds, CPU`;
    return [
      row(
        "build + sign + encrypt / floor",
        f.buildRatio,
        f.buildSpread,
        `${ms(f.buildCpuMs)} vs floor ${ms(f.floorEncryptCpuMs)} (${rounds}); ` +
          `openssl + sign ${ms(f.opensslEncryptMs)} wall`,
        { atMost: 1.25 },
      ),
      row(
        "open + verify / floor",
        f.openRatio,
        f.openSpread,
        `${ms(f.openCpuMs)} vs floor ${ms(f.floorDecryptCpuMs)} (${rounds}); ` +
          `openssl + digest ${ms(f.opensslDecryptMs)} wall`,
        { atMost: 1.25 },
      ),
      row("build peak memory / package size", f.buildPeak, Number.NaN, "fresh process, maxRSS growth, worst round", {
        atMost: 3,
      }),
      row(
        "open peak memory / package size",
        f.openPeak,
        Number.NaN,
        "fresh process, maxRSS growth, worst round; counts the CMS read",
        { atMost: 3 },
      ),
    ];
  },
};
