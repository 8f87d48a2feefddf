/**
 * Option parsing shared by every command: node:util parseArgs (strict), with every mistake a
 * {@link UsageError} (exit 2), and checked values for the option kinds commands share.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { STDIN } from "./input-files.js";
import { UsageError } from "./io.js";

/** Option declarations as node:util parseArgs takes them. */
export type Options = NonNullable<ParseArgsConfig["options"]>;

type OptionValue<O> = O extends { type: "boolean" } ? boolean : string;

/** The values parseOptions gives for `T`: a string or boolean per declared option (a list if `multiple`). */
export type OptionValues<T extends Options> = {
  [K in keyof T]?: T[K] extends { multiple: true } ? OptionValue<T[K]>[] : OptionValue<T[K]>;
};

/**
 * Parses `args` against `options` (positionals allowed unless `positionals: false`, `--` ends options);
 * a usage error on any mistake.
 */
export function parseOptions<T extends Options>(
  args: string[],
  options: T,
  { positionals = true }: { positionals?: boolean } = {},
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true });
    return { values: r.values as OptionValues<T>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError(String((e as Error).message));
  }
}

/** The files a command was given; a usage error when none, or when `-` (standard input) appears twice. */
export function fileArguments(positionals: readonly string[], ...alsoStdin: (string | undefined)[]): string[] {
  if (positionals.length === 0) throw new UsageError("no files given (use - for standard input)");
  if ([...positionals, ...alsoStdin].filter((f) => f === STDIN).length > 1) {
    throw new UsageError("standard input (-) can be read only once");
  }
  return [...positionals];
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of an RFC 3339 date-time with an offset and real calendar values (no 30 February),
 * or null. A leap second (`:60`) is the instant after `:59`.
 */
export function parseDateTimeText(value: string): number | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 && leap ? 29 : DAYS[mo - 1];
  const [oh, om] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (days === undefined || d < 1 || d > days || h > 23 || mi > 59 || s > 60 || oh > 23 || om > 59) return null;
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000;
  const day = new Date(0);
  day.setUTCFullYear(y, mo - 1, d);
  return day.getTime() + h * 3_600_000 + mi * 60_000 + s * 1000 + fraction - offset;
}

/** A date-time option's value: the text as given and its instant; a usage error when it is not a real one. */
export function dateTimeOption(name: string, value: string): { text: string; ms: number } {
  const ms = parseDateTimeText(value);
  if (ms === null) {
    throw new UsageError(
      `--${name} must be an RFC 3339 date-time with an offset (e.g. 2026-11-24T12:00:00Z), not ${value}`,
    );
  }
  return { text: value, ms };
}

/** A `--time-zone` value: `UTC` or an IANA zone name Intl knows; a usage error otherwise. */
export function timeZoneOption(value: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--time-zone must be UTC or an IANA time zone such as Europe/Oslo, not ${value}`);
  }
}
