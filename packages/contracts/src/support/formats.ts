// The two format checks the emitted validators call as functions (uuid and email are inlined as regular
// expressions by ajv). They are a port of ajv-formats 3.0.1 "full" mode (MIT), the library the official
// schemas are checked with, kept as ESM because the first import of any CommonJS module from ESM costs
// about 10 ms of cold start. test/contracts/formats.test.ts holds them to ajv-formats' verdicts.
//
// date-time and date also get a fast path for the canonical shapes real messages use
// ("2026-11-23T10:15:30.123+01:00", "2026-11-23"): it only ever answers true, and everything else goes
// through the ported ajv-formats logic, so the verdict on every input is unchanged.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;

/** ajv-formats `date` (RFC 3339 full-date). */
function fullDate(str: string): boolean {
  const m = DATE.exec(str);
  if (!m) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!);
}

const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

/** ajv-formats `time` with a required time zone, as `date-time` uses it. */
function fullTime(str: string): boolean {
  const m = TIME.exec(str);
  if (!m) return false;
  const hr = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  const tz = m[4];
  const tzSign = m[5] === "-" ? -1 : 1;
  const tzH = +(m[6] || 0);
  const tzM = +(m[7] || 0);
  if (tzH > 23 || tzM > 59 || !tz) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second is valid only at 23:59 UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

const DATE_TIME_SEPARATOR = /t|\s/i;

/** ajv-formats `date-time` (RFC 3339, time zone required). */
function fullDateTime(str: string): boolean {
  const parts = str.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && fullDate(parts[0]!) && fullTime(parts[1]!);
}

/** The digit at `i`, or -1 when it is not an ASCII digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** True when s[0..10) is a valid yyyy-mm-dd; false means "not sure", never "invalid". */
function canonicalDate(s: string): boolean {
  const y0 = two(s, 0);
  const y1 = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    return false;
  return day <= (month === 2 && isLeapYear(y0 * 100 + y1) ? 29 : DAYS[month]!);
}

/** The canonical shape; V8 runs this as compiled code, faster than checking characters one by one. */
const CANONICAL_DATE_TIME = /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)$/;

/** `date-time`: fast path for yyyy-mm-ddThh:mm:ss[.fraction](Z|±hh:mm), else ajv-formats' logic. */
export function dateTime(s: string): boolean {
  if (s.length <= 40 && CANONICAL_DATE_TIME.test(s)) {
    // The shape guarantees ASCII digits at these positions.
    const d = (i: number) => s.charCodeAt(i) - 48;
    const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    const month = d(5) * 10 + d(6);
    const day = d(8) * 10 + d(9);
    const n = s.length;
    const last = s.charCodeAt(n - 1);
    const zulu = last === 90 || last === 122;
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!) &&
      d(11) * 10 + d(12) <= 23 &&
      d(14) * 10 + d(15) <= 59 &&
      d(17) * 10 + d(18) <= 59 &&
      (zulu || (d(n - 5) * 10 + d(n - 4) <= 23 && d(n - 2) * 10 + d(n - 1) <= 59))
    ) {
      return true;
    }
  }
  return fullDateTime(s);
}

/** `date`: fast path for yyyy-mm-dd, else ajv-formats' logic. */
export function date(s: string): boolean {
  return (s.length === 10 && canonicalDate(s)) || fullDate(s);
}

/**
 * True when `value` is a string the schemas' `date-time` format accepts, exactly as the validators check
 * it (ajv-formats "full"): RFC 3339 plus a space or lower-case `t` separator, a lower-case `z`, `+0100`
 * and `+01` offsets, and a leap second at 23:59:60 UTC.
 */
export function isDateTimeFormat(value: unknown): value is string {
  return typeof value === "string" && dateTime(value);
}

/** True when `value` is a string the schemas' `date` format accepts (RFC 3339 full-date). */
export function isDateFormat(value: unknown): value is string {
  return typeof value === "string" && date(value);
}

/** The format functions the generated validators look up, in ajv-formats' shape. */
export const fullFormats = {
  "date-time": { validate: dateTime },
  date: { validate: date },
} as const;

/** The formats this module provides; the generator refuses to emit code that needs another. */
export const providedFormats = Object.keys(fullFormats);
