/** Writing instants in the one time zone of an output (UTC unless `--time-zone` asks for another). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const two = "2-digit" as const;
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: two,
      day: two,
      hour: two,
      minute: two,
      second: two,
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An instant as RFC 3339 in `timeZone`: `2026-11-23T09:20:00Z` in UTC, `2026-11-23T10:20:00+01:00` in
 * Europe/Oslo; milliseconds only when there are some. `timeZone` must be one Intl knows.
 */
export function formatInstant(ms: number, timeZone: string): string {
  const date = new Date(ms);
  const millis = date.getUTCMilliseconds();
  const fraction = millis ? `.${pad(millis, 3)}` : "";
  if (timeZone === "UTC") return `${date.toISOString().slice(0, 19)}${fraction}Z`;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = Math.round((wall - (ms - millis)) / 60_000);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const date10 = `${pad(parts.year!, 4)}-${pad(parts.month!)}-${pad(parts.day!)}`;
  return `${date10}T${pad(parts.hour!)}:${pad(parts.minute!)}:${pad(parts.second!)}${fraction}${zone}`;
}
