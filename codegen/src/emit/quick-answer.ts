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
