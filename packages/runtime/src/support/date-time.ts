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

/** A zone's wall clock at an instant, and its offset from UTC in minutes. */
interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offsetMinutes: number;
}

/** The wall clock as Intl reads it for the instant, the offset derived from it (the slow part: ~9 µs). */
function readIntl(date: Date, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const x of formatter(timeZone).formatToParts(date)) if (x.type !== "literal") p[x.type] = Number(x.value);
  const [year, month, day, hour, minute, second] = [p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  return { year, month, day, hour, minute, second, offsetMinutes };
}

/**
 * From here on every zone's offsets are whole minutes and change only on a minute's boundary (the last offset
 * with seconds, Monrovia's −0:44:30, ended in 1972), so one minute has one offset and the wall clock is the
 * instant plus it. Before, the wall clock is Intl's own reading.
 */
const WHOLE_MINUTES_FROM = Date.UTC(1973, 0, 1);
/** The offset last read for each zone and the minute it holds for: receipts are made many to a minute. */
const lastOffsets = new Map<string, { minute: number; offsetMinutes: number }>();

function wallClock(date: Date, timeZone: string): WallClock {
  const t = date.getTime();
  if (t < WHOLE_MINUTES_FROM) return readIntl(date, timeZone);
  const at = Math.floor(t / 60_000);
  const last = lastOffsets.get(timeZone);
  let offsetMinutes: number;
  if (last?.minute === at) offsetMinutes = last.offsetMinutes;
  else {
    offsetMinutes = readIntl(date, timeZone).offsetMinutes;
    lastOffsets.set(timeZone, { minute: at, offsetMinutes });
  }
  const wall = new Date(t + offsetMinutes * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    offsetMinutes,
  };
}

/**
 * @internal Formats an instant as RFC 3339 with milliseconds and the zone's offset at that instant,
 * e.g. 2026-11-23T10:15:30.123+01:00 in Europe/Oslo, as the reference implementation writes them.
 */
export function formatDateTime(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const sign = w.offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(w.offsetMinutes);
  const day = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  const clock = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.${pad(date.getUTCMilliseconds(), 3)}`;
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
