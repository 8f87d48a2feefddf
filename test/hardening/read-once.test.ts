import { describe, expect, it } from "vitest";
import { publicCalls } from "./public-calls.js";

// Issue 12, class 1 across packages: a public function reads each field of its input once (a getter or Proxy
// answering a second read differently cannot make it check one value and use another). Every plain object
// and array of a valid input is wrapped in a Proxy counting reads per field; no field may be read twice.

/** The input with every plain object and array behind a counting Proxy, and the counts. */
function counted(value: unknown): { input: unknown; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  let next = 0;
  const wrap = (v: unknown, seen: Map<object, unknown>): unknown => {
    if (typeof v !== "object" || v === null) return v;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return v; // bytes, Dates
    const known = seen.get(v);
    if (known) return known;
    const id = next++;
    const target: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        if (typeof key === "string" && key !== "length" && Object.hasOwn(t, key)) {
          const name = `${id}.${key}`;
          reads.set(name, (reads.get(name) ?? 0) + 1);
        }
        return Reflect.get(t, key, receiver);
      },
    });
    seen.set(v, proxy);
    for (const [k, x] of Object.entries(v)) (target as Record<string, unknown>)[k] = wrap(x, seen);
    return proxy;
  };
  return { input: wrap(value, new Map()), reads };
}

describe("each field of the input is read once", () => {
  for (const [name, make, call] of publicCalls)
    it(name, async () => {
      const { input, reads } = counted(await make());
      const result = (await call(input as never)) as { ok?: unknown };
      expect(result.ok ?? true, `${name} failed on its valid input`).not.toBe(false);
      const twice = [...reads].filter(([, n]) => n > 1).map(([field, n]) => `${field} read ${n} times`);
      expect(twice).toEqual([]);
    });

  it("the check can fail: a function reading a field twice is caught", () => {
    const { input, reads } = counted({ jws: "x" });
    const twice = (i: { jws: string }) => i.jws.length + i.jws.length;
    twice(input as { jws: string });
    expect(reads.get("0.jws")).toBe(2);
  });
});
