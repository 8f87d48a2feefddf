/**
 * What JSON cannot carry, found where the schemas leave a region free (`varsler`'s contents, the open
 * receipt `mottaker`): the validators call this there and nowhere else, since every constrained place
 * already refuses a wrong type. The verdicts and messages are those of the runtime's `copyJson`, which
 * `parseMessage` runs first, so `validate` and `parseMessage` agree on every input.
 */

/** A value JSON cannot carry: where it is below the value checked (keys and indices) and why. */
export interface JsonProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Why a leaf or an object itself is not JSON, or undefined when it is (an array or object is checked inside). */
function notJson(value: unknown): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
  if (typeof value !== "object") return `${value === undefined ? "undefined" : typeof value} is not a JSON value`;
  if (Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return undefined;
  let name = "this object";
  try {
    const ctor = (value as { constructor?: { name?: unknown } }).constructor;
    if (typeof ctor?.name === "string") name = ctor.name;
  } catch {
    // keep the generic name
  }
  return `${name} is not a plain JSON object`;
}

/** One array or object being walked: the keys still to visit (null for an array) and where it is. */
interface Frame {
  readonly value: object;
  readonly keys: readonly string[] | null;
  readonly length: number;
  index: number;
}

/**
 * The first thing in `value` (depth first, keys in their order) that JSON cannot carry, or null: NaN and
 * ±Infinity, functions, bigints, symbols, undefined (an object property that is undefined counts as
 * absent), class instances such as Dates, holes and undefined items in arrays, cycles. Iterative, and a
 * part shared by several branches is walked once. Keys of `value` in `skip` are not visited (the schema
 * constrains them).
 */
export function jsonProblem(value: unknown, skip?: ReadonlySet<string>): JsonProblem | null {
  const first = notJson(value);
  if (first !== undefined) return { path: [], message: first };
  if (typeof value !== "object" || value === null) return null;
  const done = new Set<object>();
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  const enter = (v: object) => {
    onPath.add(v);
    const keys = Array.isArray(v) ? null : Object.keys(v);
    stack.push({ value: v, keys, length: keys === null ? (v as unknown[]).length : keys.length, index: 0 });
  };
  const path = () => stack.map((f) => (f.keys === null ? f.index - 1 : f.keys[f.index - 1]!));
  enter(value);
  if (skip !== undefined && stack[0]!.keys !== null) {
    const keys = stack[0]!.keys.filter((k) => !skip.has(k));
    stack[0] = { value, keys, length: keys.length, index: 0 };
  }
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.index >= f.length) {
      stack.pop();
      onPath.delete(f.value);
      done.add(f.value);
      continue;
    }
    const i = f.index++;
    let v: unknown;
    if (f.keys === null) {
      const items = f.value as unknown[];
      v = i in items ? items[i] : undefined;
      if (v === undefined) return { path: path(), message: "array items must not be empty or undefined" };
    } else {
      v = (f.value as Record<string, unknown>)[f.keys[i]!];
      if (v === undefined) continue;
    }
    const why = notJson(v);
    if (why !== undefined) return { path: path(), message: why };
    if (typeof v !== "object" || v === null || done.has(v)) continue;
    if (onPath.has(v)) return { path: path(), message: "circular reference" };
    enter(v);
  }
  return null;
}
