import { apProblem, type AccessPointProblem } from "./errors.js";

/** When and how often a call is tried again: network errors, timeouts and 5xx only, never 4xx. */
export interface RetryPolicy {
  /** Attempts in all, the first included (default 4; 1 means no retries). */
  readonly attempts?: number;
  /** The first delay in milliseconds (default 200); it doubles with each retry. */
  readonly baseDelayMs?: number;
  /** The cap on one delay in milliseconds (default 5000). */
  readonly maxDelayMs?: number;
  /** Random number source in [0, 1) for the jitter (default Math.random). */
  readonly random?: () => number;
}

/** @internal A policy with every field read once and checked. */
export interface ResolvedRetry {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
}

const DEFAULTS: ResolvedRetry = { attempts: 4, baseDelayMs: 200, maxDelayMs: 5000, random: Math.random };

const isCount = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= 1000;
const isMs = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 3_600_000;

/** @internal Reads a retry policy option; problems point under `pointer`. */
export function readRetry(value: unknown, pointer: string): ResolvedRetry | AccessPointProblem {
  if (value === undefined) return DEFAULTS;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return apProblem(pointer, "bad-option", "retry must be an object {attempts?, baseDelayMs?, maxDelayMs?, random?}");
  const v = value as Record<string, unknown>;
  const attempts = v.attempts ?? DEFAULTS.attempts;
  const baseDelayMs = v.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const maxDelayMs = v.maxDelayMs ?? DEFAULTS.maxDelayMs;
  const random = v.random ?? DEFAULTS.random;
  if (!isCount(attempts, 1))
    return apProblem(`${pointer}/attempts`, "bad-option", "retry.attempts must be an integer from 1 to 1000");
  if (!isMs(baseDelayMs))
    return apProblem(
      `${pointer}/baseDelayMs`,
      "bad-option",
      "retry.baseDelayMs must be milliseconds from 0 to 3 600 000",
    );
  if (!isMs(maxDelayMs))
    return apProblem(
      `${pointer}/maxDelayMs`,
      "bad-option",
      "retry.maxDelayMs must be milliseconds from 0 to 3 600 000",
    );
  if (typeof random !== "function")
    return apProblem(`${pointer}/random`, "bad-option", "retry.random must be a function returning a number in [0, 1)");
  return {
    attempts: attempts as number,
    baseDelayMs: baseDelayMs as number,
    maxDelayMs: maxDelayMs as number,
    random: random as () => number,
  };
}

/**
 * The delay before retry number `retry` (1 for the first): capped exponential backoff with "equal
 * jitter", half fixed and half random, so retries spread out but never come back at once.
 * A Retry-After the server sent (in ms) is honoured up to the cap. Never throws: a policy that is not a
 * valid one counts as the defaults, a `retry` that is not a count as 1, a Retry-After that is not a
 * finite number as none (each read once).
 */
export function backoffDelay(policy: ResolvedRetry, retry: number, retryAfterMs: number | null = null): number {
  try {
    const read = readRetry(policy, "");
    const p = "code" in read ? DEFAULTS : read;
    const n = typeof retry === "number" && Number.isFinite(retry) ? Math.min(retry, 64) : 1;
    const after = typeof retryAfterMs === "number" && Number.isFinite(retryAfterMs) ? retryAfterMs : 0;
    const exp = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.max(0, n - 1));
    let r: unknown = p.random();
    if (typeof r !== "number" || !(r >= 0 && r < 1)) r = 0.5;
    const jittered = exp / 2 + (exp / 2) * (r as number);
    return Math.min(p.maxDelayMs, Math.max(jittered, after));
  } catch {
    // A throwing getter or random(): the default delay without jitter.
    return DEFAULTS.baseDelayMs;
  }
}

/** @internal Milliseconds in a Retry-After header (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** @internal Waits `ms`, or less when the signal fires; resolves false when it was aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
