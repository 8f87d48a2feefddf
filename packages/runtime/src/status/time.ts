import { isDateTimeFormat } from "@innbyggerpost/contracts";
/** RFC 3339 date-times and dates: parsing for ordering, without trusting Date.parse's leniency. */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days =
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : m === 4 || m === 6 || m === 9 || m === 11
        ? 30
        : 31;
  return d <= days;
}

// The reducer reads each event's time more than once in a row (mapping, then ordering): the last
// answer is kept, which is exact since the same string always gives the same answer.
let lastValue: string | undefined;
let lastMs: number | null = null;

/**
 * Epoch milliseconds of an RFC 3339 date-time with an offset (`2026-11-23T10:20:00+01:00`), or null when
 * it is not one. Fractions beyond milliseconds are truncated (ties are broken elsewhere).
 */
export function parseDateTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  if (value === lastValue) return lastMs;
  const ms = readDateTime(value);
  lastValue = value;
  lastMs = ms;
  return ms;
}

/** The digits value[from..to) as a number, or -1 when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The UTC form every access point and toISOString write (`2026-11-23T10:00:00Z`, optionally `.123`),
 * read without the pattern and Date.parse: null when it is not exactly that form, so that anything else
 * takes the general path. Seconds stop at 59 and years start at 100 here (Date.UTC maps 0–99 to 19xx).
 */
function readUtc(value: string): number | null {
  const n = value.length;
  if ((n !== 20 && n !== 24) || value.charCodeAt(n - 1) !== 0x5a || value.charCodeAt(10) !== 0x54) return null;
  if (
    value.charCodeAt(4) !== 0x2d ||
    value.charCodeAt(7) !== 0x2d ||
    value.charCodeAt(13) !== 0x3a ||
    value.charCodeAt(16) !== 0x3a
  )
    return null;
  if (n === 24 && value.charCodeAt(19) !== 0x2e) return null;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  const h = digits(value, 11, 13);
  const mi = digits(value, 14, 16);
  const sec = digits(value, 17, 19);
  const ms = n === 24 ? digits(value, 20, 23) : 0;
  if (
    y < 100 ||
    mo < 0 ||
    d < 0 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59 ||
    ms < 0 ||
    !validDate(y, mo, d)
  )
    return null;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
}

/**
 * Days since 1970-01-01 of a valid proleptic Gregorian date with year ≥ 1 (H. Hinnant's days_from_civil):
 * what Date.UTC computes, in inlined integer arithmetic instead of a builtin call per timestamp.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function readDateTime(value: string): number | null {
  const utc = readUtc(value);
  if (utc !== null) return utc;
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  if (
    !validDate(Number(m[1]), Number(m[2]), Number(m[3])) ||
    Number(m[4]) > 23 ||
    Number(m[5]) > 59 ||
    Number(m[6]) > 60
  )
    return null;
  // Date.parse wants upper-case T and Z; the pattern allows lower case only at those two places.
  const lower = value.charCodeAt(10) === 0x74 || value.charCodeAt(value.length - 1) === 0x7a;
  const ms = Date.parse(lower ? value.replace(/t/, "T").replace(/z$/, "Z") : value);
  return Number.isNaN(ms) ? null : ms;
}

/** A date-time the `date-time` format accepts, in parts (the format function has checked the values). */
const FORMAT_DATE_TIME =
  /^(\d{4}-\d\d-\d\d)(?:[Tt]|\s)(\d\d):(\d\d):(\d\d)(\.\d+)?(?:([Zz])|([+-])(\d\d)(?::?(\d\d))?)$/;

/** A time as read: its canonical spelling, its instant, and how it was written. */
export interface ReadTime {
  /** RFC 3339's canonical spelling: `T`, `Z`, `±hh:mm`; a leap second as `hh:mm:59.999` of its minute. */
  readonly time: string;
  readonly ms: number;
  /** The value as written. */
  readonly original: string;
}

/**
 * Reads every date-time the schemas' `date-time` format accepts (so every time a valid message can
 * carry), or null: the canonical forms at parseDateTime's speed, the others (a space or lower-case `t`
 * separator, `z`, `+0100`/`+01` offsets, a leap second) spelled canonically. The instant of
 * `23:59:60` is `23:59:59.999` of the same minute, so it orders after that minute and before the next.
 */
export function readTime(value: unknown): ReadTime | null {
  if (typeof value !== "string") return null;
  const ms = parseDateTime(value);
  if (ms !== null && value.charCodeAt(10) === 0x54 && value.charCodeAt(value.length - 1) !== 0x7a) {
    return { time: value, ms, original: value };
  }
  if (!isDateTimeFormat(value)) return null;
  const m = FORMAT_DATE_TIME.exec(value);
  if (!m) return null;
  const [, date, h, mi, s, frac, zulu, sign, oh, om] = m;
  const leap = s === "60";
  const offset = zulu ? "Z" : `${sign}${oh}:${om ?? "00"}`;
  const time = `${date}T${h}:${mi}:${leap ? "59.999" : `${s}${frac ?? ""}`}${offset}`;
  const instant = parseDateTime(time);
  return instant === null ? null : { time, ms: instant, original: value };
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
