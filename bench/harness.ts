/**
 * The bench's vocabulary and its duel runner. A *duel* is a set of contenders measured together in one
 * process: after a warm-up they take turns in short bursts over the same distinct inputs, so whatever the
 * machine does meanwhile (other processes, GC, frequency changes) falls on all of them alike. A *ratio*
 * compares two contenders of a duel; its per-process figure is the median over the rounds.
 */
import type { DpiType } from "@innbyggerpost/contracts";

/** How hard to measure. `smoke` calls everything once and reports no figures (the test suite runs it). */
export type BenchMode = "smoke" | "quick" | "full";

/** What a ratio must reach: `atLeast` / `atMost`; neither means the row is reported only. */
export interface Target {
  readonly atLeast?: number;
  readonly atMost?: number;
  /** Shown beside the target ("aim 2×"), never judged. */
  readonly aim?: number;
  /** Unit the figure is shown in (default "×"). */
  readonly unit?: string;
}

/** One function under measurement. */
export interface Contender {
  readonly label: string;
  /** Called once per input; its result is kept alive so no engine can drop the call. */
  readonly fn: (input: never) => unknown;
  /** Inputs of this contender, if not the duel's pool. */
  readonly pool?: readonly unknown[];
  /** Calls per burst (default: calibrated during warm-up so that a burst takes about 1 ms of CPU). */
  readonly burst?: number;
  /** Units of work per call (e.g. events per reducer call): times are reported per unit. */
  readonly perCall?: number;
  /** `fn` returns a promise to await. */
  readonly async?: boolean;
}

/** One row computed from a duel: time per unit of `num` over time per unit of `den`. */
export interface RatioSpec {
  readonly name: string;
  readonly num: string;
  readonly den: string;
  readonly target: Target;
}

/** Contenders measured alternately in one process, and the ratios reported from them. */
export interface Duel {
  readonly section: string;
  readonly pool: readonly unknown[];
  readonly contenders: Readonly<Record<string, Contender>>;
  readonly ratios: readonly RatioSpec[];
  readonly burst?: number;
}

/** The distinct messages every row draws from (built once per run by bench/pool.ts, read by each worker). */
export interface Pools {
  /** Valid under wire and strict and accepted by every competitor, per type. */
  readonly valid: Readonly<Record<DpiType, readonly unknown[]>>;
  /** One realistic mistake each, refused by every competitor, per type. */
  readonly invalid: Readonly<Record<DpiType, readonly unknown[]>>;
  /** What the pools are made of, printed once above the table. */
  readonly notes: readonly string[];
}

/** What a row module's `duels` receives in each worker process. */
export interface DuelContext {
  readonly mode: BenchMode;
  readonly pools: Pools;
}

/** What a row module's `measure` receives in the orchestrating process. */
export interface MeasureContext {
  readonly mode: BenchMode;
}

/** A finished row of the table. */
export interface Row {
  readonly section: string;
  readonly name: string;
  /** Human-readable measurements behind the figure. */
  readonly detail: string;
  /** Median figure (NaN in smoke mode). */
  readonly value: number;
  /** Largest deviation of one process's figure from the median, as a fraction (NaN if not repeated). */
  readonly spread: number;
  readonly target: Target;
}

/**
 * A module in `bench/rows/` exports `rows` of this type; the runner picks up every such module.
 * `duels` run in each fresh worker process (in-process comparisons); `measure` runs once in the
 * orchestrator (start-up, sizes, wall times: anything timed from outside a process).
 */
export interface BenchRows {
  readonly duels?: (ctx: DuelContext) => readonly Duel[] | Promise<readonly Duel[]>;
  readonly measure?: (ctx: MeasureContext) => readonly Row[] | Promise<readonly Row[]>;
}

/** The line on which a worker prints its results (JSON of RatioResult[]). */
export const RESULT_PREFIX = "bench-result ";

/** What a worker reports for one ratio. */
export interface RatioResult {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly numLabel: string;
  readonly denLabel: string;
  readonly numNs: number;
  readonly denNs: number;
  readonly target: Target;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? Number.NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

/** The largest relative deviation from the median. */
export const spreadOf = (xs: readonly number[]): number => {
  const m = median(xs);
  return xs.length < 2 ? Number.NaN : Math.max(...xs.map((x) => Math.abs(x - m) / m));
};

/**
 * Budgets per duel in milliseconds of this process's CPU time (not wall time: on a shared machine a
 * process waits for a core most of the time, and waiting is nobody's cost). `burst` is the CPU time one
 * burst aims at; `warmCalls` the calls each contender makes before measuring (unless it has spent `warm`
 * on them: an expensive contender needs fewer calls to be optimised).
 */
const BUDGET: Record<BenchMode, { warm: number; measure: number; burst: number; warmCalls: number; rounds: number }> = {
  smoke: { warm: 0, measure: 0, burst: 0, warmCalls: 0, rounds: 0 },
  quick: { warm: 150, measure: 80, burst: 0.5, warmCalls: 1_500, rounds: 15 },
  full: { warm: 500, measure: 300, burst: 1, warmCalls: 5_000, rounds: 30 },
};

/** CPU time of this process so far, in nanoseconds (microsecond resolution). */
function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

let sink: unknown;

/** Runs one duel; in smoke mode each contender is called on a few inputs and no figure is made. */
export async function runDuel(duel: Duel, mode: BenchMode): Promise<RatioResult[]> {
  const keys = Object.keys(duel.contenders);
  const cs = keys.map((k) => {
    const c = duel.contenders[k]!;
    const pool = c.pool ?? duel.pool;
    if (pool.length === 0) throw new Error(`${duel.section}: contender ${k} has no inputs`);
    return {
      key: k,
      c,
      pool,
      burst: c.burst ?? duel.burst ?? 1,
      perCall: c.perCall ?? 1,
      cursor: 0,
      calls: 0,
      spent: 0,
    };
  });
  type C = (typeof cs)[number];
  // One burst: `x.burst` calls on the next inputs of x's pool; returns CPU ns per unit of work.
  const burst = async (x: C): Promise<number> => {
    const { pool, c } = x;
    const fn = c.fn as (input: unknown) => unknown;
    const n = x.burst;
    const t0 = cpuNs();
    if (c.async) for (let i = 0; i < n; i++) sink = await fn(pool[(x.cursor + i) % pool.length]);
    else for (let i = 0; i < n; i++) sink = fn(pool[(x.cursor + i) % pool.length]);
    const ns = cpuNs() - t0;
    x.cursor = (x.cursor + n) % pool.length;
    x.calls += n;
    x.spent += ns;
    return ns / (n * x.perCall);
  };
  if (mode === "smoke") {
    for (const x of cs) {
      const fn = x.c.fn as (input: unknown) => unknown;
      for (const input of x.pool.slice(0, 3)) sink = x.c.async ? await fn(input) : fn(input);
    }
    return duel.ratios.map((r) => result(duel, r, Number.NaN, Number.NaN, Number.NaN));
  }
  const budget = BUDGET[mode];
  const fixed = (x: C) => x.c.burst !== undefined || duel.burst !== undefined;
  // Warm-up, alternating: every contender sees its whole pool and makes warmCalls calls (or spends the
  // warm-up budget); bursts grow until each takes about `budget.burst` ms of CPU.
  const warm = (x: C) => x.calls >= x.pool.length && (x.calls >= budget.warmCalls || x.spent >= budget.warm * 1e6);
  while (!cs.every(warm)) {
    for (const x of cs) {
      if (warm(x)) continue;
      await burst(x);
      if (!fixed(x))
        x.burst = Math.max(1, Math.min(100_000, Math.round((budget.burst * 1e6 * x.calls) / Math.max(x.spent, 1))));
    }
  }
  for (const x of cs) x.cursor = 0;
  if (process.env.BENCH_DEBUG)
    console.error(duel.section, cs.map((x) => `${x.key}: ${x.calls} warm calls, burst ${x.burst}`).join("; "));
  const rounds: Record<string, number>[] = [];
  const end = cpuNs() + budget.measure * 1e6;
  for (let round = 0; cpuNs() < end || round < budget.rounds; round++) {
    const one: Record<string, number> = {};
    // Rotate who goes first, so no contender always follows the same one.
    for (let i = 0; i < cs.length; i++) {
      const x = cs[(round + i) % cs.length]!;
      one[x.key] = await burst(x);
    }
    rounds.push(one);
  }
  void sink;
  return duel.ratios.map((r) => {
    const value = median(rounds.map((o) => o[r.num]! / o[r.den]!));
    return result(duel, r, value, median(rounds.map((o) => o[r.num]!)), median(rounds.map((o) => o[r.den]!)));
  });
}

function result(duel: Duel, r: RatioSpec, value: number, numNs: number, denNs: number): RatioResult {
  const label = (k: string) => {
    const c = duel.contenders[k];
    if (!c) throw new Error(`${duel.section}: ratio ${r.name} names unknown contender ${k}`);
    return c.label;
  };
  return {
    section: duel.section,
    name: r.name,
    value,
    numLabel: label(r.num),
    denLabel: label(r.den),
    numNs,
    denNs,
    target: r.target,
  };
}

/** Nanoseconds as a short human figure. */
export function duration(ns: number): string {
  if (Number.isNaN(ns)) return "-";
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

/** Whether a row meets its target: true, false, or undefined when it has none or no figure. */
export function met(row: Row): boolean | undefined {
  const { atLeast, atMost } = row.target;
  if (Number.isNaN(row.value) || (atLeast === undefined && atMost === undefined)) return undefined;
  return (atLeast === undefined || row.value >= atLeast) && (atMost === undefined || row.value <= atMost);
}

export function targetText(t: Target): string {
  const u = t.unit ?? "×";
  const parts = [
    t.atLeast !== undefined ? `≥ ${t.atLeast}${u}` : "",
    t.atMost !== undefined ? `≤ ${t.atMost}${u}` : "",
  ].filter(Boolean);
  const text = parts.length ? parts.join(", ") : "reported";
  return t.aim !== undefined ? `${text} (aim ${t.aim}${u})` : text;
}
