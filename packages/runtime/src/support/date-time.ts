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

/** @internal The zone's offset from UTC at an instant, in minutes, read from Intl (the slow part: ~9 µs). */
function offsetFromIntl(date: Date, timeZone: string): { offsetMinutes: number; parts: Record<string, number> } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return { offsetMinutes: Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000), parts };
}

/**
 * From here on every zone's offsets are whole minutes and change only on a minute's boundary (the last offset
 * with seconds, Monrovia's −0:44:30, ended in 1972), so one minute has one offset and the wall clock is the
 * instant plus it. Before, the wall clock is Intl's own reading.
 */
const WHOLE_MINUTES_FROM = Date.UTC(1973, 0, 1);
/** The offset last read for each zone and the minute it holds for: receipts are made many to a minute. */
const lastOffsets = new Map<string, { minute: number; offsetMinutes: number }>();

/**
 * @internal Formats an instant as RFC 3339 with milliseconds and the zone's offset at that instant,
 * e.g. 2026-11-23T10:15:30.123+01:00 in Europe/Oslo, as the reference implementation writes them.
 */
export function formatDateTime(date: Date, timeZone: string): string {
  const t = date.getTime();
  let offsetMinutes: number;
  let year: number;
  let month: number;
  let day: number;
  let hour: number;
  let minute: number;
  let second: number;
  if (t >= WHOLE_MINUTES_FROM) {
    const at = Math.floor(t / 60_000);
    const last = lastOffsets.get(timeZone);
    if (last && last.minute === at) offsetMinutes = last.offsetMinutes;
    else {
      offsetMinutes = offsetFromIntl(date, timeZone).offsetMinutes;
      lastOffsets.set(timeZone, { minute: at, offsetMinutes });
    }
    const wall = new Date(t + offsetMinutes * 60_000);
    year = wall.getUTCFullYear();
    month = wall.getUTCMonth() + 1;
    day = wall.getUTCDate();
    hour = wall.getUTCHours();
    minute = wall.getUTCMinutes();
    second = wall.getUTCSeconds();
  } else {
    const read = offsetFromIntl(date, timeZone);
    offsetMinutes = read.offsetMinutes;
    ({ year, month, day, hour, minute, second } = read.parts as Record<string, number> as {
      year: number;
      month: number;
      day: number;
      hour: number;
      minute: number;
      second: number;
    });
  }
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const ymd = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(date.getUTCMilliseconds(), 3)}`;
  return `${ymd}T${clock}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** @internal Whether a Date is valid and inside RFC 3339's four-digit years. */
export function isFormattableDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const t = value.getTime();
  return Number.isFinite(t) && value.getUTCFullYear() >= 1 && value.getUTCFullYear() <= 9998;
}

/** @internal A plain UUID (no urn:uuid: prefix), any case, as the strict profile wants. */
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
