/** @internal RFC 3339 date-time with a mandatory offset (Z or ±hh:mm). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** @internal Whether `value` is an RFC 3339 date-time with an offset and real calendar values. */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return (
    days !== undefined &&
    day >= 1 &&
    day <= days &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 60 &&
    (oh === undefined || (Number(oh) <= 23 && Number(om) <= 59))
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** @internal Throws RangeError for an unknown time zone (callers check with {@link isTimeZone}). */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** @internal */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string") return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * @internal Formats an instant as RFC 3339 with milliseconds and the zone's offset at that instant,
 * e.g. 2026-11-23T10:15:30.123+01:00 in Europe/Oslo, as the reference implementation writes them.
 */
export function formatDateTime(date: Date, timeZone: string): string {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offsetMinutes = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const day = `${pad(parts.year!, 4)}-${pad(parts.month!)}-${pad(parts.day!)}`;
  const clock = `${pad(parts.hour!)}:${pad(parts.minute!)}:${pad(parts.second!)}.${pad(date.getUTCMilliseconds(), 3)}`;
  return `${day}T${clock}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** @internal Whether a Date is valid and inside RFC 3339's four-digit years. */
export function isFormattableDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const t = value.getTime();
  return Number.isFinite(t) && value.getUTCFullYear() >= 1 && value.getUTCFullYear() <= 9998;
}

/** @internal A plain UUID (no urn:uuid: prefix), any case, as the strict profile wants. */
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
