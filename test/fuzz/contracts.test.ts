/**
 * Fuzzing @innbyggerpost/contracts: validate (both profiles, all/first error, and through ~standard),
 * validateAs, detectType, every per-type validator and every guard, on hostile inputs (see harness.ts).
 */
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as contracts from "@innbyggerpost/contracts";
import { catalogue, detectType, dpiTypes, validate, validateAs } from "@innbyggerpost/contracts";
import { params, report, runs, seed, timeout } from "../support/budget.js";
import { generatedCase } from "./generated-cases.js";
import { badResult, guard, parentResolves, type Case } from "./harness.js";
import { heavyCases } from "./heavy-cases.js";

const guards = Object.entries(contracts).filter(([k, v]) => /^is[A-Z]/.test(k) && typeof v === "function") as [
  string,
  (v: unknown) => unknown,
][];
const perType = Object.entries(contracts).filter(
  ([k, v]) => /^validate[A-Z]/.test(k) && k !== "validateAs" && typeof v === "function",
) as [string, ((v: unknown, o?: object) => unknown) & { "~standard"?: { validate(v: unknown): unknown } }][];
const bogusTypes = ["", "Digital", "DIGITAL", "__proto__", "constructor", "toString", "digitalpost", "x".repeat(1000)];

function validateResult(input: unknown, r: unknown): string | undefined {
  return badResult(input, r);
}

function standardResult(input: unknown, r: unknown): string | undefined {
  if (r instanceof Promise) return "~standard.validate returned a promise";
  const res = r as { value?: unknown; issues?: { message: unknown; path?: unknown }[] };
  if ("issues" in res && res.issues !== undefined) {
    if (!Array.isArray(res.issues) || res.issues.length === 0) return "issues is not a non-empty array";
    for (const i of res.issues)
      if (typeof i.message !== "string" || !Array.isArray(i.path)) return `malformed issue ${JSON.stringify(i)}`;
    return undefined;
  }
  return res.value === input ? undefined : "success without the input as value";
}

/** Every contracts entry point on one case. */
function all(c: Case, pick: number): void {
  for (const profile of ["wire", "strict"] as const) {
    for (const allErrors of [true, false]) {
      guard(
        `validate ${profile}${allErrors ? "" : " first-error"}`,
        c,
        (x) => validate(x, { profile, allErrors }),
        validateResult,
      );
    }
  }
  guard("validate ~standard", c, (x) => validate["~standard"].validate(x), standardResult);
  guard(
    "detectType",
    c,
    (x) => detectType(x),
    (x, r) =>
      "type" in r
        ? dpiTypes.includes(r.type)
          ? undefined
          : "unknown type"
        : parentResolves(x, r.error.pointer)
          ? undefined
          : "pointer does not resolve",
  );
  const type = dpiTypes[pick % dpiTypes.length]!;
  guard("validateAs", c, (x) => validateAs(type, x, { profile: pick % 2 ? "wire" : "strict" }), validateResult);
  const bogus = bogusTypes[pick % bogusTypes.length]!;
  guard(
    "validateAs (unknown type)",
    c,
    (x) => validateAs(bogus as never, x),
    (_x, r) => (r.ok === false && r.errors[0]?.code === "bad-option" ? undefined : `accepted type ${bogus}`),
  );
  guard(
    "validate (bad options)",
    c,
    (x) => validate(x, { profile: bogus as never }),
    (x, r) => (r.ok ? "accepted a bad profile" : badResult(x, r)),
  );
  // Each per-type validator answers as validateAs does for its own type.
  const [name, fn] = perType[pick % perType.length]!;
  const own = dpiTypes.find((d) => name === `validate${catalogue[d].typeName}`)!;
  guard(
    `per-type validators`,
    c,
    (x) => fn(x, { profile: "wire" }),
    (x, r) => {
      const bad = validateResult(x, r);
      if (bad) return bad;
      return (r as { ok: boolean }).ok === validateAs(own, x, { profile: "wire" }).ok
        ? undefined
        : `${name} disagrees with validateAs("${own}", wire)`;
    },
  );
  guard(`per-type ~standard`, c, (x) => fn["~standard"]!.validate(x), standardResult);
  // Each guard agrees with the wire validator of its message type.
  for (const [g, isX] of guards) {
    const t = dpiTypes.find((d) => g === `is${catalogue[d].typeName}Message`);
    guard(
      "guards",
      c,
      (x) => isX(x),
      (x, r) => {
        if (typeof r !== "boolean") return `${g} returned ${typeof r}`;
        if (t && r !== validateAs(t, x, { profile: "wire" }).ok) return `${g} disagrees with validateAs("${t}", wire)`;
        return undefined;
      },
    );
  }
}

describe(`contracts entry points never throw, mutate, pollute or hang (FC_SEED=${seed})`, () => {
  it("finds every guard and per-type validator", () => {
    expect(guards.length).toBeGreaterThanOrEqual(56);
    expect(perType.map(([n]) => n).sort()).toEqual(dpiTypes.map((t) => `validate${catalogue[t].typeName}`).sort());
  });

  it(
    "generated hostile values, __proto__ payloads and poisoned messages",
    () => {
      fc.assert(
        fc.property(generatedCase, fc.nat(), (c, pick) => all(c, pick)),
        params(runs(1500, 15_000)),
      );
    },
    timeout,
  );

  for (const c of heavyCases()) {
    it(`heavy: ${c.label}`, () => all(c, c.label.length));
  }

  afterAll(() => report("contracts"));
});
