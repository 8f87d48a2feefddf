/**
 * The simulator end to end (bench/simulator.ts, each run a fresh process): letters per CPU-second against the
 * crypto floor of one letter, the two alternating round by round in the same process after warm-up rounds,
 * and memory (heap and external) per letter in flight. CPU time, as the other rows: the wall-clock ratio is in
 * the row's detail (it moves with the machine's load, so it is not a row of its own). The figure is the median
 * over processes of each process's median round, the spread the largest deviation of one process from it (the
 * widest spread of rounds inside one process is in the detail). Smoke: one sender, two letters, one round, no
 * figure.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../test/support/shared.js";
import { median, spreadOf, type BenchRows, type Row } from "../harness.js";

const RUNS = {
  smoke: { runs: 1, size: ["1", "2"], floorRounds: "5", rounds: "1", warmup: "1" },
  quick: { runs: 2, size: ["8", "10"], floorRounds: "60", rounds: "4", warmup: "30" },
  full: { runs: 3, size: ["8", "10"], floorRounds: "60", rounds: "12", warmup: "30" },
};

interface Figures {
  readonly letters: number;
  readonly endToEndLettersPerSecond: number;
  readonly endToEndLettersPerCpuSecond: number;
  readonly cryptoFloorLettersPerCpuSecond: number;
  readonly ratioToFloor: number;
  readonly ratioToFloorCpu: number;
  readonly ratioToFloorCpuSpread: number;
  readonly ratioToFloorSpread: number;
  readonly coldRatioToFloorCpu: number;
  readonly memoryBytesPerLetterInFlight: number;
}

function runOnce(senders: string, letters: string, floorRounds: string, rounds: string, warmup: string): Figures {
  const r = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      "tsx",
      join(repoRoot, "bench/simulator.ts"),
      "--senders",
      senders,
      "--letters",
      letters,
      "--floor-rounds",
      floorRounds,
      "--rounds",
      rounds,
      "--warmup",
      warmup,
    ],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`bench/simulator.ts exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout) as Figures;
}

export const rows: BenchRows = {
  measure: ({ mode }) => {
    const { runs, size, floorRounds, rounds: perProcess, warmup } = RUNS[mode];
    const all = Array.from({ length: runs }, () => runOnce(size[0]!, size[1]!, floorRounds, perProcess, warmup));
    const smoke = mode === "smoke";
    const fig = (xs: number[]) => ({
      value: smoke ? Number.NaN : median(xs),
      spread: smoke ? Number.NaN : spreadOf(xs),
    });
    const cpu = fig(all.map((f) => f.ratioToFloorCpu));
    // Across processes, as every row; a single round inside a process moves more (reported in the detail).
    const rounds = Math.max(...all.map((f) => f.ratioToFloorCpuSpread));
    const memory = fig(all.map((f) => f.memoryBytesPerLetterInFlight / 1024));
    const perCpu = median(all.map((f) => f.endToEndLettersPerCpuSecond)).toFixed(1);
    const floorPerCpu = median(all.map((f) => f.cryptoFloorLettersPerCpuSecond)).toFixed(1);
    const wall = median(all.map((f) => f.ratioToFloor));
    const perSecond = median(all.map((f) => f.endToEndLettersPerSecond));
    const cold = median(all.map((f) => f.coldRatioToFloorCpu)).toFixed(2);
    const detail =
      `${all[0]!.letters} letters × ${perProcess} round(s) after ${warmup} warm-up round(s), ${runs} process(es): ` +
      `${perCpu} letters/CPU-s vs floor ${floorPerCpu}; first round ${cold}×; ` +
      `rounds within ±${(rounds * 100).toFixed(0)} %; ` +
      `wall time ${wall.toFixed(2)}× (${perSecond.toFixed(1)} letters/s)`;
    const row = (name: string, f: { value: number; spread: number }, target: Row["target"], d = detail): Row => ({
      section: "simulator",
      name,
      detail: d,
      ...f,
      target,
    });
    return [
      row("letters end to end / crypto floor (CPU time)", cpu, { atLeast: 0.5 }),
      row(
        "memory per letter in flight",
        memory,
        { unit: " KB" },
        "heap and external after a full GC: accepted, receipts unread",
      ),
    ];
  },
};
