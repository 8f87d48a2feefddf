import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullFormats as ajvFormats } from "ajv-formats/dist/formats.js";
import { date, dateTime } from "../../packages/contracts/src/support/formats.js";

// The oracle: ajv-formats itself, which the official schemas are checked with.
const originalFormats = {
  dateTime: (ajvFormats["date-time"] as { validate: (s: string) => boolean }).validate,
  date: (ajvFormats.date as { validate: (s: string) => boolean }).validate,
};
const seed = Number(process.env.FC_SEED ?? 20261123);
const digits = (n: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((a) => a.join(""));
// Date-time-shaped strings with every part drawn from valid, boundary and broken values.
const dateLike = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom("2024", "1900", "2000", "2100")),
    fc.constantFrom("-", "/", ""),
    fc.oneof(digits(2), fc.constantFrom("00", "01", "02", "12", "13")),
    fc.constantFrom("-", "_"),
    fc.oneof(digits(2), fc.constantFrom("00", "28", "29", "30", "31", "32")),
  )
  .map((p) => p.join(""));
const timeLike = fc
  .tuple(
    fc.oneof(digits(2), fc.constantFrom("00", "23", "24")),
    fc.constantFrom(":", "."),
    fc.oneof(digits(2), fc.constantFrom("59", "60")),
    fc.constantFrom(":", ""),
    fc.oneof(digits(2), fc.constantFrom("59", "60", "61")),
    fc.constantFrom("", ".", ".1", ".123456789", ".x"),
    fc.constantFrom("", "Z", "z", "+01:00", "-23:59", "+24:00", "+01:60", "+0100", "+01", "+1:00", "Zx", " "),
  )
  .map((p) => p.join(""));
const dateTimeLike = fc
  .tuple(dateLike, fc.constantFrom("T", "t", " ", "\u00a0", "TT", "x", ""), timeLike)
  .map((p) => p.join(""));
// Canonical-shaped dates at the calendar's edges, in leap and common years (century rules included):
// Feb 28/29/30/31, day 30/31 of the 30-day months, day 31 of the 31-day ones. A fast path that only looks
// at the shape (accepting 2024-02-30 or 2023-02-29) disagrees with ajv-formats on many of these.
const year = fc.oneof(fc.constantFrom("2024", "2023", "2000", "1900", "2100", "2400", "0000", "9999"), digits(4));
const edgeDay = fc.oneof(
  fc.tuple(fc.constant("02"), fc.constantFrom("28", "29", "30", "31")),
  fc.tuple(fc.constantFrom("04", "06", "09", "11"), fc.constantFrom("30", "31")),
  fc.tuple(fc.constantFrom("01", "03", "05", "07", "08", "10", "12"), fc.constantFrom("31", "32")),
);
const calendarEdge = fc.tuple(year, edgeDay).map(([y, [m, d]]) => `${y}-${m}-${d}`);
const canonicalTime = fc.constantFrom("T00:00:00Z", "T12:34:56.789+01:00", "t23:59:59z", "T10:15:30-05:00");
const calendarEdgeTime = fc.tuple(calendarEdge, canonicalTime).map(([d, t]) => d + t);

describe("our date and date-time checks agree with ajv-formats on every input", () => {
  it("date-time", () => {
    fc.assert(
      fc.property(
        fc.oneof(calendarEdgeTime, dateTimeLike, fc.string(), fc.string({ unit: "binary" })),
        (s) => dateTime(s) === originalFormats.dateTime(s),
      ),
      { seed, numRuns: 20_000 },
    );
  });

  it("date", () => {
    fc.assert(
      fc.property(fc.oneof(calendarEdge, dateLike, fc.string()), (s) => date(s) === originalFormats.date(s)),
      { seed, numRuns: 10_000 },
    );
  });

  it.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2023-02-29", false],
    ["1900-02-29", false],
    ["2100-02-29", false],
    ["2024-02-30", false],
    ["2023-02-31", false],
    ["2024-04-31", false],
    ["2023-06-31", false],
    ["2024-09-31", false],
    ["2023-11-31", false],
    ["2024-11-30", true],
    ["2023-12-31", true],
  ])("%s is %s as a date and as a canonical date-time, as ajv-formats says", (s, expected) => {
    expect(date(s)).toBe(expected);
    expect(originalFormats.date(s)).toBe(expected);
    for (const t of ["T10:15:30Z", "T10:15:30.5+01:00"]) {
      expect(dateTime(s + t), s + t).toBe(expected);
      expect(originalFormats.dateTime(s + t)).toBe(expected);
    }
  });

  it.each([
    ["2026-11-23T10:15:30.123+01:00", true],
    ["2026-11-23T10:15:30Z", true],
    ["2024-02-29T00:00:00z", true],
    ["2023-02-29T00:00:00Z", false],
    ["2026-11-23T10:15:30", false],
    ["2026-11-23T23:59:60Z", true],
    ["2026-11-23T10:15:30+0100", true],
    ["2026-11-23 10:15:30+01:00", true],
  ])("%s is %s, as ajv-formats says", (s, expected) => {
    expect(dateTime(s)).toBe(expected);
    expect(originalFormats.dateTime(s)).toBe(expected);
  });
});
