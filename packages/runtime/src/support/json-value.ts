import { at, reasonOf, type Problem } from "./problem.js";

/** What copyJson gives: the copy, or where the value is not JSON. */
export type JsonValueResult = { ok: true; value: unknown } | { ok: false; errors: Problem<"not-json">[] };

/** One object or array being copied: its copy, the keys still to visit, and where it is. */
interface Frame {
  readonly source: object;
  readonly target: Record<string, unknown> | unknown[];
  readonly keys: readonly string[] | null;
  readonly length: number;
  index: number;
  /** Where it is: built from the parent's only when an error names it (building it per value cost most of a copy). */
  pointer: string | null;
  readonly parent: Frame | null;
  readonly token: string | number;
}

/** The JSON pointer of a frame, built once when first asked for. */
function pointerOf(f: Frame): string {
  if (f.pointer === null) f.pointer = at(pointerOf(f.parent!), f.token);
  return f.pointer;
}

/**
 * Deep-copies a JSON value, so results never alias (and never change) the caller's input. Never throws:
 * a throwing getter or Proxy is `not-json` at `pointer` (prefixed to every error's pointer).
 * Refuses what JSON cannot carry (functions, bigint, NaN, Dates, class instances, cycles, holes) rather
 * than letting JSON.stringify change or drop it. An object property whose value is `undefined` is
 * treated as absent, as TypeScript's optional properties mean. Each property is read exactly once.
 *
 * Iterative (an explicit stack, no recursion), so nesting of any depth gets the same verdict here as
 * from `validate` and from JSON.parse: depth costs memory, never a stack overflow. A part the input
 * shares between branches (a DAG, such as `v = {a: v, b: v}` nested deep) is copied once and shared the
 * same way in the copy: the work is linear in what is present, never in what JSON would write
 * (2^60 values for 60 such levels); writers of JSON text bound that (MAX_JSON_VALUES in json-graph.ts).
 */
export function copyJson(input: unknown, pointer = ""): JsonValueResult {
  try {
    return copy(input, pointer);
  } catch (e) {
    // A throwing getter or proxy.
    return { ok: false, errors: [{ pointer, code: "not-json", message: `could not read the value: ${reasonOf(e)}` }] };
  }
}

/** The mark of an object on the path being copied. */
const ON_PATH: object = Object.freeze({});

function copy(input: unknown, pointer: string): JsonValueResult {
  const errors: Problem<"not-json">[] = [];
  // Every object met so far, with its copy: while it is on the path from the root to the one being
  // copied it maps to ON_PATH (meeting it again is a cycle); after, a part shared by two branches.
  const copies = new Map<object, object>();
  const stack: Frame[] = [];

  const pointerAt = (parent: Frame | null, token: string | number): string =>
    parent === null ? pointer : at(pointerOf(parent), token);

  /** The copy of a leaf, or a new frame pushed for an object or array (whose copy is returned). */
  const enter = (value: unknown, parent: Frame | null, token: string | number): unknown => {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      errors.push({ pointer: pointerAt(parent, token), code: "not-json", message: `${value} is not a JSON number` });
      return undefined;
    }
    if (typeof value !== "object") {
      errors.push({
        pointer: pointerAt(parent, token),
        code: "not-json",
        message: `${value === undefined ? "undefined" : typeof value} is not a JSON value`,
      });
      return undefined;
    }
    const copied = copies.get(value);
    if (copied === ON_PATH) {
      errors.push({ pointer: pointerAt(parent, token), code: "not-json", message: "circular reference" });
      return undefined;
    }
    if (copied !== undefined) return copied;
    if (Array.isArray(value)) {
      const target: unknown[] = [];
      copies.set(value, ON_PATH);
      stack.push({
        source: value,
        target,
        keys: null,
        length: value.length,
        index: 0,
        pointer: parent === null ? pointer : null,
        parent,
        token,
      });
      return target;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      let name = "this object";
      try {
        const ctor = (value as { constructor?: { name?: unknown } }).constructor;
        if (typeof ctor?.name === "string") name = ctor.name;
      } catch {
        // keep the generic name
      }
      errors.push({
        pointer: pointerAt(parent, token),
        code: "not-json",
        message: `${name} is not a plain JSON object`,
      });
      return undefined;
    }
    const target: Record<string, unknown> = {};
    const keys = Object.keys(value);
    copies.set(value, ON_PATH);
    stack.push({
      source: value,
      target,
      keys,
      length: keys.length,
      index: 0,
      pointer: parent === null ? pointer : null,
      parent,
      token,
    });
    return target;
  };

  const root = enter(input, null, "");
  while (stack.length > 0 && errors.length === 0) {
    const f = stack[stack.length - 1]!;
    if (f.index >= f.length) {
      stack.pop();
      copies.set(f.source, f.target);
      continue;
    }
    const i = f.index++;
    if (f.keys === null) {
      const source = f.source as unknown[];
      const v = i in source ? source[i] : undefined;
      if (v === undefined) {
        errors.push({
          pointer: at(pointerOf(f), i),
          code: "not-json",
          message: "array items must not be empty or undefined",
        });
        break;
      }
      (f.target as unknown[]).push(enter(v, f, i));
    } else {
      const key = f.keys[i]!;
      const v = (f.source as Record<string, unknown>)[key];
      if (v === undefined) continue;
      const copied = enter(v, f, key);
      // defineProperty for "__proto__", so it stays a key and never becomes the prototype (assignment is faster).
      if (key === "__proto__")
        Object.defineProperty(f.target, key, { value: copied, enumerable: true, writable: true, configurable: true });
      else (f.target as Record<string, unknown>)[key] = copied;
    }
  }
  return errors.length ? { ok: false, errors: errors.slice(0, 1) } : { ok: true, value: root };
}
