import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileValues, prototypeKeys, snapshot } from "./hostile.js";

// Every exported function of the library packages, found at run time (so a new export is swept too),
// called with hostile values in each argument: it never throws or rejects, never changes its input,
// never pollutes a prototype, and guards answer false. The CLI (which writes to the terminal) is not a library.
const entryPoints = {
  runtime: () => import("@innbyggerpost/runtime"),
  contracts: () => import("@innbyggerpost/contracts"),
  "contracts/validators": () => import("@innbyggerpost/contracts/validators"),
  "contracts/guards": () => import("@innbyggerpost/contracts/guards"),
  "contracts/typebox": () => import("@innbyggerpost/contracts/typebox"),
  dokumentpakke: () => import("@innbyggerpost/dokumentpakke"),
  "access-point": () => import("@innbyggerpost/access-point"),
  simulator: () => import("@innbyggerpost/simulator"),
};

/**
 * A class (TokenError, TokenIssuer): constructed, not called, so outside the promise's "never throws"; its static
 * `create` (the factory returning a result) is swept instead.
 */
const isClass = (f: unknown) => typeof f === "function" && /^class[\s{]/.test(Function.prototype.toString.call(f));

type Fn = (...args: unknown[]) => unknown;
const seed = 20261123;

async function exportedFunctions(): Promise<[string, Fn][]> {
  const out: [string, Fn][] = [];
  for (const [entry, load] of Object.entries(entryPoints)) {
    const mod = (await load()) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      if (isClass(value)) {
        const create = (value as { create?: unknown }).create;
        if (typeof create === "function") out.push([`${entry}.${name}.create`, create.bind(value) as Fn]);
        continue;
      }
      // Classes and TypeBox schema builders are not functions of the promise; none is exported today.
      out.push([`${entry}.${name}`, value as Fn]);
      // A validator's Standard Schema face is public too.
      const std = (value as { "~standard"?: { validate?: unknown } })["~standard"];
      if (typeof std?.validate === "function") out.push([`${entry}.${name}["~standard"].validate`, std.validate as Fn]);
    }
  }
  return out;
}

/** Calls fn, awaiting a promise; returns what escaped (a throw or a rejection), or null. */
async function escaped(fn: Fn, args: unknown[]): Promise<unknown> {
  try {
    const r = fn(...args);
    if (r instanceof Promise) await r;
    return null;
  } catch (e) {
    return e ?? "undefined thrown";
  }
}

async function sweepOne(name: string, fn: Fn, args: unknown[], label: string): Promise<string[]> {
  const failures: string[] = [];
  const before = args.map((a) => snapshot(a));
  const protoBefore = prototypeKeys();
  let result: unknown;
  let thrown: unknown = null;
  try {
    result = fn(...args);
    if (result instanceof Promise) result = await result;
  } catch (e) {
    thrown = e ?? "undefined";
  }
  // startSimulator() with no options starts one (with its defaults): it is closed again.
  const started = (result as { simulator?: { close?: () => Promise<void> } } | undefined)?.simulator;
  if (typeof started?.close === "function") await started.close();
  if (thrown !== null)
    failures.push(`${name}(${label}) threw: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  if (prototypeKeys() !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined)
    failures.push(`${name}(${label}) polluted a prototype`);
  const after = args.map((a) => snapshot(a));
  if (JSON.stringify(before) !== JSON.stringify(after)) failures.push(`${name}(${label}) changed its input`);
  // A guard answers a boolean (false where reading threw; a permissive schema such as varsler's may say true).
  if (/^contracts(\/guards)?\.is[A-Z]/.test(name) && typeof result !== "boolean")
    failures.push(`${name}(${label}) answered ${typeof result}, not a boolean`);
  return failures;
}

describe("hardening sweep: every exported function under hostile input", () => {
  it("never throws or rejects, never mutates, never pollutes; guards answer false", async () => {
    const fns = await exportedFunctions();
    expect(fns.length).toBeGreaterThan(100);
    const failures: string[] = [];
    // Where reading throws, a guard says false.
    for (const [name, fn] of fns.filter(([n]) => /^contracts\/guards\.is[A-Z]/.test(n))) {
      for (const label of ["revoked proxy", "throwing proxy"])
        if (fn(hostileValues[label]!()) !== false && fn({}) === false) failures.push(`${name}(${label}) is not false`);
    }
    for (const [name, fn] of fns) {
      const arity = Math.max(1, Math.min(fn.length, 3));
      for (const [label, make] of Object.entries(hostileValues)) {
        for (let position = 0; position < arity; position++) {
          const args = Array.from({ length: arity }, (_, i) => (i === position ? make() : undefined));
          failures.push(...(await sweepOne(name, fn, args, `${label} at argument ${position}`)));
        }
        if (arity > 1)
          failures.push(
            ...(await sweepOne(
              name,
              fn,
              Array.from({ length: arity }, () => make()),
              `${label} everywhere`,
            )),
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it(`random mixes of hostile values (fast-check, seed ${seed})`, async () => {
    const fns = await exportedFunctions();
    const names = Object.keys(hostileValues);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(fns.length - 1),
        fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }),
        async (i, picked) => {
          const [name, fn] = fns[i]!;
          const failures = await sweepOne(
            name,
            fn,
            picked.map((p) => hostileValues[p]!()),
            picked.join(", "),
          );
          expect(failures).toEqual([]);
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  it("the sweep can fail: a function that throws on a getter is caught", async () => {
    const naive: Fn = (input) => (input as { jws: string }).jws.length;
    expect(await escaped(naive, [hostileValues["throwing getters"]!()])).not.toBeNull();
    expect(await sweepOne("naive", naive, [hostileValues["throwing getters"]!()], "throwing getters")).not.toEqual([]);
    const mutating: Fn = (input) => {
      if (typeof input === "object" && input !== null && !Object.isFrozen(input))
        (input as Record<string, unknown>).touched = true;
    };
    expect(await sweepOne("mutating", mutating, [{ kind: "x" }], "a plain object")).not.toEqual([]);
  });
});
