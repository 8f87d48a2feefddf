import { at, type Problem } from "./problem.js";

/** @internal */
export type JsonValueResult = { ok: true; value: unknown } | { ok: false; errors: Problem<"not-json">[] };

/**
 * @internal Deep-copies a JSON value, so results never alias (and never change) the caller's input.
 * Refuses what JSON cannot carry (functions, bigint, NaN, Dates, class instances, cycles, holes) rather
 * than letting JSON.stringify change or drop it. An object property whose value is `undefined` is
 * treated as absent, as TypeScript's optional properties mean.
 */
export function copyJson(input: unknown, pointer = ""): JsonValueResult {
  const errors: Problem<"not-json">[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, ptr: string): unknown => {
    if (errors.length) return undefined;
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      errors.push({ pointer: ptr, code: "not-json", message: `${value} is not a JSON number` });
      return undefined;
    }
    if (typeof value !== "object") {
      errors.push({ pointer: ptr, code: "not-json", message: `${value === undefined ? "undefined" : typeof value} is not a JSON value` });
      return undefined;
    }
    if (seen.has(value)) {
      errors.push({ pointer: ptr, code: "not-json", message: "circular reference" });
      return undefined;
    }
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || value[i] === undefined) {
            errors.push({ pointer: at(ptr, i), code: "not-json", message: "array items must not be empty or undefined" });
            return undefined;
          }
          out.push(walk(value[i], at(ptr, i)));
        }
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        errors.push({ pointer: ptr, code: "not-json", message: `${(value as object).constructor?.name ?? "this object"} is not a plain JSON object` });
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined) continue;
        // defineProperty, so a "__proto__" key stays a key and never becomes the prototype.
        Object.defineProperty(out, key, { value: walk(v, at(ptr, key)), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };
  try {
    const value = walk(input, pointer);
    return errors.length ? { ok: false, errors } : { ok: true, value };
  } catch (e) {
    // A throwing getter or proxy, or nesting too deep for the stack.
    return { ok: false, errors: [{ pointer, code: "not-json", message: `could not read the value: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}
