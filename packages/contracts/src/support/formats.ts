// The format checks the official schemas are validated with (ajv-formats, "full" mode), so that our wire
// verdicts match theirs exactly. date-time and date get a fast path for the canonical shapes real messages
// use ("2026-11-23T10:15:30.123+01:00", "2026-11-23"): it only ever answers `true`, and everything it does
// not recognise goes to ajv-formats' own function, so the verdict on every input is unchanged.
import { fullFormats as ajvFormats } from "ajv-formats/dist/formats.js";

type FormatDefinition = { validate: (s: string) => boolean; compare?: unknown };
const original = ajvFormats as unknown as Record<string, FormatDefinition | RegExp>;
const originalDateTime = (original["date-time"] as FormatDefinition).validate;
const originalDate = (original.date as FormatDefinition).validate;

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
  if (y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = y0 * 100 + y1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

/** Fast path for RFC 3339 date-times: yyyy-mm-ddThh:mm:ss[.fraction](Z|±hh:mm). */
export function dateTime(s: string): boolean {
  const n = s.length;
  if (n >= 20 && n <= 40 && canonicalDate(s)) {
    const sep = s.charCodeAt(10);
    const hr = two(s, 11);
    const min = two(s, 14);
    const sec = two(s, 17);
    if ((sep === 84 || sep === 116) && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58 && hr >= 0 && hr <= 23 && min >= 0 && min <= 59 && sec >= 0 && sec <= 59) {
      let i = 19;
      if (s.charCodeAt(i) === 46) {
        i++;
        const start = i;
        while (i < n && digit(s, i) >= 0) i++;
        if (i === start) return originalDateTime(s);
      }
      const tz = s.charCodeAt(i);
      if ((tz === 90 || tz === 122) && i === n - 1) return true;
      if ((tz === 43 || tz === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) {
        const tzH = two(s, i + 1);
        const tzM = two(s, i + 4);
        if (tzH >= 0 && tzH <= 23 && tzM >= 0 && tzM <= 59) return true;
      }
    }
  }
  return originalDateTime(s);
}

/** Fast path for RFC 3339 full dates. */
export function date(s: string): boolean {
  return (s.length === 10 && canonicalDate(s)) || originalDate(s);
}

/** ajv-formats' full formats, with the two fast paths in place. */
export const fullFormats = {
  ...ajvFormats,
  "date-time": { ...(original["date-time"] as FormatDefinition), validate: dateTime },
  date: { ...(original.date as FormatDefinition), validate: date },
} as typeof ajvFormats;

/** The unmodified ajv-formats checks, for differential tests. */
export const originalFormats = { dateTime: originalDateTime, date: originalDate };
