import type { Issue } from "@innbyggerpost/contracts";
import { shown } from "../support/problem.js";
import { readTime, type ReadTime } from "./time.js";

/** Where a status's time came from. */
export type TimeSource = "tidspunkt" | "timestamp" | "fallback" | "none";

/** @internal A string, or null for anything else. */
export const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** @internal An RFC 3339 time option, or a bad-option problem. */
export function optionTime(value: unknown, name: string, issues: Issue[]): ReadTime | null {
  if (value === undefined) return null;
  const t = readTime(value);
  if (t !== null) return t;
  issues.push({
    pointer: `/options/${name}`,
    code: "bad-option",
    message: `options.${name} must be an RFC 3339 date-time with an offset, not ${shown(value)}`,
  });
  return null;
}

/** @internal `time` with `originalTime` beside it when the spelling changed. */
export function timeFields(t: ReadTime | null): { time: string | null; originalTime?: string } {
  if (t === null) return { time: null };
  return t.original === t.time ? { time: t.time } : { time: t.time, originalTime: t.original };
}
