// Test oracle: the implementation before the performance rewrite (git HEAD at the time), kept verbatim
// apart from import paths. Only reduce-reference.test.ts uses it; do not import it from src.
/** RFC 3339 date-times and dates: parsing for ordering, without trusting Date.parse's leniency. */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
  return d <= days;
}

/**
 * Epoch milliseconds of an RFC 3339 date-time with an offset (`2026-11-23T10:20:00+01:00`), or null when
 * it is not one. Fractions beyond milliseconds are truncated (ties are broken elsewhere).
 */
export function parseDateTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (!validDate(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 60) return null;
  const ms = Date.parse(value.replace(/t/, "T").replace(/z$/, "Z"));
  return Number.isNaN(ms) ? null : ms;
}

/** True for an RFC 3339 full-date (`2026-11-23`). */
export function isDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE.exec(value);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A wall-clock key for comparing a date with a date-time: the date-time's own calendar date and time of
 * day as written (in its own offset), a date as the start of that day. A date is visible from the night
 * of that day (dpi-spec.md §3.9), so start of day is when it takes effect.
 */
export function wallClockKey(value: string): string | null {
  if (isDate(value)) return `${value}T00:00:00.000`;
  if (parseDateTime(value) === null) return null;
  const m = DATE_TIME.exec(value)!;
  const frac = (m[7] ?? ".000").slice(1).padEnd(3, "0").slice(0, 3);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${frac}`;
}

/** ISO string in UTC for epoch milliseconds. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
