import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateTime } from "../src/support/date-time.js";
import { fcOptions } from "./support/arbitraries.js";

/**
 * An independent reading: Intl's Swedish short date and medium time ("2026-03-29 03:00:00", ISO order, 24 h) for
 * the instant itself, and the offset as that wall clock minus the instant.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function fromIntl(date: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" });
    formats.set(timeZone, f);
  }
  const m = /^(\d+)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(f.format(date));
  if (!m) throw new Error(`unexpected Intl output ${f.format(date)}`);
  const [y, mo, d, h, mi, sec] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec);
  const off = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const abs = Math.abs(off);
  return (
    `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}.${pad(date.getUTCMilliseconds(), 3)}` +
    `${off < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
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
