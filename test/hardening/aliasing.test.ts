import { describe, expect, it } from "vitest";
import { digital } from "../../packages/runtime/test/status/fixtures.js";
import { publicCalls } from "./public-calls.js";

// Issue 12: a result never is, or holds, the caller's input (so changing the input after the call cannot change
// the result, and changing the result cannot change the input). Each case calls one public function with a
// plain valid input, then (1) looks for any object of the input inside the result, (2) mutates every object of
// the input and checks the result's JSON is unchanged.

/** Every object reachable from a value (bounded: these are small fixtures). */
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || out.has(value)) return out;
  out.add(value);
  if (ArrayBuffer.isView(value)) return out;
  for (const v of Object.values(value)) objectsOf(v, out);
  return out;
}

/** Pointers in `result` at which an object of `input` appears. */
function aliasesOf(input: unknown, result: unknown): string[] {
  const inputs = objectsOf(input);
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, pointer: string): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (inputs.has(v)) {
      found.push(pointer || "/");
      return;
    }
    if (ArrayBuffer.isView(v)) return;
    for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${k}`);
  };
  walk(result, "");
  return found;
}

/** Changes every plain object and array of a value (a new key, a pushed item), bytes left alone. */
function mutateAll(value: unknown): void {
  for (const o of objectsOf(value)) {
    if (ArrayBuffer.isView(o) || Object.isFrozen(o)) continue;
    if (Array.isArray(o)) o.push("mutated");
    else (o as Record<string, unknown>).mutated = "after the call";
  }
}

const json = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Buffer.from(x).toString("base64") : x));

describe("results never alias their input", () => {
  for (const [name, make, call] of publicCalls)
    it(name, async () => {
      const input = await make();
      const result = await call(input as never);
      expect((result as { ok?: unknown }).ok ?? true, `${name} failed on its valid input`).not.toBe(false);
      expect(aliasesOf(input, result), `${name}: objects of the input inside the result`).toEqual([]);
      const before = json(result);
      mutateAll(input);
      expect(json(result), `${name}: changing the input changed the result`).toBe(before);
    });

  it("the check can fail: an identity function is caught", () => {
    const m = digital();
    expect(aliasesOf(m, { message: m })).toEqual(["/message"]);
  });
});
