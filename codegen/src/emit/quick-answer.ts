/**
 * The keywords quick checks cover only as answers (QuickEmitter.answer, for the strict rules): `contains`
 * and `uniqueItems`. Each returns statements that `return false` where ajv's validator of the schema would
 * refuse `v`; no error is built (the strict walker runs ajv's function after a failure for that).
 */
import { Unsupported } from "./quick-keywords.js";

/** Types whose values ajv's uniqueItems compares by identity (its fast path); the others need deep equality. */
const SCALAR_ITEMS = new Set(["string", "integer", "number", "boolean"]);
/** Up to this length a pairwise loop is cheaper than a Set. */
const PAIRWISE = 32;

/** `contains`: at least one item of the array `v` satisfies the schema whose answer function is `sub`. */
export function containsCode(v: string, sub: string, name: string): string {
  const i = `${name}i`;
  return (
    `  let ${name} = false;\n` +
    `  for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n` +
    `    if (${sub}(${v}[${i}])) {\n      ${name} = true;\n      break;\n    }\n  }\n` +
    `  if (!${name}) return false;\n`
  );
}

/**
 * `uniqueItems`, for arrays whose `items` have one scalar type. ajv compares such items with `===` after
 * skipping those of another type, which `items` refuses anyway, so comparing every item is the same verdict
 * (0 and -0 are one value for both; NaN and the infinities are never a number under strictNumbers). Any
 * other `items` needs ajv's deep equality and is not covered.
 */
export function uniqueItemsCode(unique: unknown, items: unknown, v: string, name: string): string {
  if (typeof unique !== "boolean") throw new Unsupported("uniqueItems");
  if (!unique) return "";
  const type = typeof items === "object" && items !== null ? (items as Record<string, unknown>).type : undefined;
  if (typeof type !== "string" || !SCALAR_ITEMS.has(type)) throw new Unsupported("uniqueItems of non-scalar items");
  const [a, b] = [`${name}a`, `${name}b`];
  return (
    `  if (${v}.length > ${PAIRWISE}) {\n    if (new Set(${v}).size !== ${v}.length) return false;\n  } else {\n` +
    `    for (let ${a} = 1; ${a} < ${v}.length; ${a}++) {\n      const ${name} = ${v}[${a}];\n` +
    `      for (let ${b} = 0; ${b} < ${a}; ${b}++) if (${v}[${b}] === ${name}) return false;\n    }\n  }\n`
  );
}

/** One code unit's matcher (a literal, an escape, a class) and how many times it repeats. */
const ATOM = /^(?:\\[dDwWsS]|\\[^A-Za-z0-9]|\[(?:\\.|[^\]\\])*\]|[^\\^$.*+?()[\]{}|])/;
const COUNT = /^(?:\{(\d+)(?:(,)(\d*))?\}|([*+?]))/;

/** A pattern with one counted repetition relaxed to `*`, and the string lengths at which it means the same. */
export interface RelaxedPattern {
  readonly source: string;
  readonly min: number;
  readonly max: number;
}

/**
 * V8 runs a counted repetition (`[A-Za-z0-9+/]{43}`) much slower than a plain `*`. In a pattern anchored at
 * both ends whose every atom matches one code unit (no group, alternative, dot or look-around), a match
 * of a string of length L under the relaxed pattern gives the relaxed atom exactly L minus the other atoms'
 * fixed lengths, so the two agree once L lies between the relaxed atom's bounds plus that fixed length. At
 * most one atom may have a variable count, and it is the one relaxed; null when nothing is to gain.
 */
export function relaxedPattern(source: string): RelaxedPattern | null {
  if (!source.startsWith("^") || !source.endsWith("$")) return null;
  const atoms: { text: string; min: number; max: number; counted: boolean }[] = [];
  let rest = source.slice(1);
  while (rest !== "$") {
    const atom = ATOM.exec(rest);
    if (!atom) return null;
    rest = rest.slice(atom[0].length);
    const count = COUNT.exec(rest);
    if (count) rest = rest.slice(count[0].length);
    if (rest.startsWith("?") || rest.startsWith("{")) return null; // lazy, or a second quantifier
    const [min, max] = !count
      ? [1, 1]
      : count[4]
        ? [count[4] === "+" ? 1 : 0, count[4] === "?" ? 1 : Number.POSITIVE_INFINITY]
        : [Number(count[1]), count[2] ? (count[3] ? Number(count[3]) : Number.POSITIVE_INFINITY) : Number(count[1])];
    if (min > max) return null;
    atoms.push({ text: atom[0], min, max, counted: count?.[1] !== undefined });
  }
  const variable = atoms.filter((a) => a.min !== a.max);
  const widest = atoms.reduce<(typeof atoms)[number] | null>(
    (w, a) => (a.counted && a.max > (w?.max ?? 1) ? a : w),
    null,
  );
  const chosen = variable.length === 0 ? widest : variable.length === 1 && variable[0]!.counted ? variable[0]! : null;
  if (chosen === null || !Number.isFinite(chosen.max)) return null;
  const fixed = atoms.reduce((n, a) => (a === chosen ? n : n + a.min), 0);
  const body = atoms.map((a) => (a === chosen ? `${a.text}*` : a.text + rawCount(a))).join("");
  return { source: `^${body}$`, min: fixed + chosen.min, max: fixed + chosen.max };
}

/** The length test in front of a relaxed pattern's (`a || ` on the string `v`), or nothing when not relaxed. */
export function outOfBounds(relaxed: RelaxedPattern | null, v: string): string {
  if (relaxed === null) return "";
  const n = `${v}.length`;
  return relaxed.min === relaxed.max
    ? `${n} !== ${relaxed.min} || `
    : `${n} < ${relaxed.min} || ${n} > ${relaxed.max} || `;
}

function rawCount(a: { min: number; max: number }): string {
  if (a.min === 1 && a.max === 1) return "";
  return a.min === a.max ? `{${a.min}}` : `{${a.min},${Number.isFinite(a.max) ? a.max : ""}}`;
}
