import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateTime } from "../src/support/date-time.js";
import { fcOptions } from "./support/arbitraries.js";

/** What formatDateTime wrote before it remembered offsets: every field read from Intl for the instant itself. */
const formats = new Map<string, Intl.DateTimeFormat>();
function fromIntl(date: Date, timeZone: string): string {
  const f =
    formats.get(timeZone) ??
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  formats.set(timeZone, f);
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(date)) if (x.type !== "literal") p[x.type] = Number(x.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  const off = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const abs = Math.abs(off);
  return (
    `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}:${pad(p.second!)}.` +
    `${pad(date.getUTCMilliseconds(), 3)}${off < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const zones = Intl.supportedValuesOf("timeZone");
const zone = fc.constantFrom("Europe/Oslo", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", ...zones);
const instant = fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2200, 0, 1) });

describe("formatDateTime (offsets remembered per zone and minute)", () => {
  it("writes what Intl reads for any zone and instant, asked in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(zone, instant, fc.integer({ min: -120_000, max: 120_000 })), { minLength: 1, maxLength: 8 }),
        (asks) => {
          // Each instant is asked next to a neighbour up to two minutes away, in the same zone: the remembered
          // offset of one must never answer for the other across a change of offset.
          for (const [tz, t, step] of asks)
            for (const at of [t, t + step, t])
              expect(formatDateTime(new Date(at), tz)).toBe(fromIntl(new Date(at), tz));
        },
      ),
      fcOptions(2000),
    );
  });

  it("changes offset on the minute of a daylight-saving change, one millisecond either side", () => {
    const cases: [string, number][] = [
      ["Europe/Oslo", Date.UTC(2026, 2, 29, 1, 0, 0)], // +01:00 → +02:00
      ["Europe/Oslo", Date.UTC(2026, 9, 25, 1, 0, 0)], // +02:00 → +01:00
      ["Australia/Lord_Howe", Date.UTC(2026, 3, 4, 15, 0, 0)], // a half-hour change (+11:00 → +10:30)
    ];
    for (const [tz, change] of cases)
      for (const at of [change - 60_001, change - 1, change, change + 1, change - 1, change + 59_999])
        expect(formatDateTime(new Date(at), tz)).toBe(fromIntl(new Date(at), tz));
    expect(formatDateTime(new Date(Date.UTC(2026, 2, 29, 0, 59, 59, 999)), "Europe/Oslo")).toBe(
      "2026-03-29T01:59:59.999+01:00",
    );
    expect(formatDateTime(new Date(Date.UTC(2026, 2, 29, 1, 0, 0, 0)), "Europe/Oslo")).toBe(
      "2026-03-29T03:00:00.000+02:00",
    );
  });
});
