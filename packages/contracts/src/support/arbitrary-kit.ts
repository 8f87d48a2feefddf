/**
 * Building blocks for the generated fast-check arbitraries (generated/arbitraries.ts). Hand-written
 * because they encode JSON Schema semantics (code-point lengths, ajv-formats' formats, presence-only
 * oneOf) once instead of in every generated expression. Only the `./arbitraries` entry imports this
 * file, so fast-check never loads on the validation path.
 */
import * as fc from "fast-check";
import { ucs2length } from "./ucs2length.js";

/** Views an arbitrary as the schema's TypeScript type; the generated tests check every value with the validators. */
export function typed<T>(arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<T> {
  return arbitrary as fc.Arbitrary<T>;
}

/**
 * One code point, as JSON Schema counts characters: mostly ASCII, some BMP and astral characters (two
 * UTF-16 units, one character), and lone low surrogates (one character each; lone high surrogates are
 * left out because one followed by a low surrogate would pair up and shorten the string).
 */
export const codePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x00, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.integer({ min: 0x80, max: 0xd7ff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);

/** A string of `minLength`..`maxLength` code points, with extra weight on both boundaries. */
export function text(minLength = 0, maxLength?: number): fc.Arbitrary<string> {
  const any = fc.string({ unit: codePoint, minLength, ...(maxLength === undefined ? {} : { maxLength }) });
  const exactly = (n: number) => fc.string({ unit: codePoint, minLength: n, maxLength: n });
  if (maxLength === undefined)
    return minLength > 0 ? fc.oneof({ weight: 5, arbitrary: any }, { weight: 1, arbitrary: exactly(minLength) }) : any;
  return fc.oneof(
    { weight: 5, arbitrary: any },
    { weight: 1, arbitrary: exactly(minLength) },
    { weight: 1, arbitrary: exactly(maxLength) },
  );
}

/** Whether `s` has `min`..`max` code points. */
export function lengthWithin(s: string, min: number | undefined, max: number | undefined): boolean {
  const n = ucs2length(s);
  return (min === undefined || n >= min) && (max === undefined || n <= max);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A full-date (format "date"): years 0000-9999, leap days included. */
export const date: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(2000, 2024, 1900, 2100)),
    fc.integer({ min: 1, max: 12 }),
  )
  .chain(([y, m]) =>
    fc
      .integer({ min: 1, max: m === 2 && isLeap(y) ? 29 : DAYS[m - 1]! })
      .map((d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  );

const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => pad(n, 2));

/** A time zone as ajv-formats' "date-time" accepts it: Z, z, ±hh, ±hhmm or ±hh:mm. */
const zone: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("Z", "z", "+00:00", "+01:00", "+02:00", "-05:00"),
  fc
    .tuple(fc.constantFrom("+", "-"), twoDigits(23), fc.constantFrom(":", ""), twoDigits(59))
    .map(([s, h, sep, m]) => `${s}${h}${sep}${m}`),
  fc.tuple(fc.constantFrom("+", "-"), twoDigits(23)).map(([s, h]) => `${s}${h}`),
);

/**
 * A date-time exactly as the wire schemas' format check (ajv-formats "full" date-time) accepts it:
 * separator T, t or any whitespace, optional fraction of any length, a mandatory zone, and the leap
 * second 23:59:60 in UTC.
 */
export const dateTime: fc.Arbitrary<string> = fc
  .tuple(
    date,
    fc.oneof(
      { weight: 20, arbitrary: fc.constant("T") },
      { weight: 2, arbitrary: fc.constantFrom("t", " ") },
      { weight: 1, arbitrary: fc.constantFrom("\t", "\n", "\u00a0", "\u2028", "\u3000") },
    ),
    fc.oneof(
      {
        weight: 30,
        arbitrary: fc.tuple(twoDigits(23), twoDigits(59), twoDigits(59)).map(([h, m, s]) => `${h}:${m}:${s}`),
      },
      { weight: 1, arbitrary: fc.constant("23:59:60") },
    ),
    fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    zone,
  )
  .map(([d, sep, time, fraction, tz]) => {
    // A leap second is only a valid time at 23:59 UTC.
    const z = time === "23:59:60" ? "Z" : tz;
    return `${d}${sep}${time}${fraction === undefined ? "" : `.${fraction}`}${z}`;
  });

/** A UUID as format "uuid" accepts it: any case, any version, sometimes with a urn:uuid: prefix. */
export const uuid: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 10, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("urn:uuid:", "URN:UUID:", "urn:UUID:") },
    ),
    fc.uuid(),
    fc.constantFrom("lower", "upper"),
  )
  .map(([prefix, u, c]) => prefix + (c === "upper" ? u.toUpperCase() : u));

const EMAIL_LOCAL = "[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
/** An address as format "email" (ajv-formats "full") accepts it. */
export const email: fc.Arbitrary<string> = fc.stringMatching(
  new RegExp(`^${EMAIL_LOCAL}(?:\\.${EMAIL_LOCAL})*@(?:${EMAIL_LABEL}\\.)+${EMAIL_LABEL}$`),
);

/** The format arbitraries the generated code may use, by JSON Schema format name. */
export const formats = { date, "date-time": dateTime, uuid, email } as const;

/** Any JSON value that is not a plain object (what an untyped schema's object keywords let through). */
export const nonObjectJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  text(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
);

/** Extra members for an open object: keys that no schema in this package declares. */
const extraMembers = fc.dictionary(fc.stringMatching(/^x-[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 2,
  noNullPrototype: true,
});

/** `record` plus sometimes a few undeclared members, for objects whose schema leaves them open. */
export function open<T extends object>(record: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(record, fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extraMembers }))
    .map(([r, extra]) => ({ ...extra, ...r }));
}

/**
 * An object whose members' presence is constrained beyond `required` (a presence-only oneOf/anyOf):
 * one of `presences` (the allowed sets of constrained keys, computed by the generator) is picked, and
 * every other optional key is present or not at random.
 */
export function withPresence(
  members: Readonly<Record<string, fc.Arbitrary<unknown>>>,
  required: readonly string[],
  presences: readonly (readonly string[])[],
): fc.Arbitrary<Record<string, unknown>> {
  const constrained = new Set(presences.flat());
  return fc.constantFrom(...presences).chain((present) => {
    const keys = Object.keys(members).filter((k) => !constrained.has(k) || present.includes(k));
    const always = [...new Set([...required.filter((k) => keys.includes(k)), ...present])];
    const chosen = Object.fromEntries(keys.map((k) => [k, members[k]!]));
    return fc.record(chosen, { requiredKeys: always, noNullPrototype: true });
  });
}

/** An array of `rest` items with one `contained` item inserted at a random position (JSON Schema `contains`). */
export function containing<T>(contained: fc.Arbitrary<T>, rest: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> {
  return fc.tuple(contained, rest, fc.nat()).map(([c, items, at]) => {
    const out = [...items];
    out.splice(at % (out.length + 1), 0, c);
    return out;
  });
}

/** Deep equality on JSON values, as JSON Schema's uniqueItems and const compare. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Whether `v` is a plain (non-array) object (the generated arbitraries call it through the kit). */
export { isRecord as isObject } from "./records.js";
