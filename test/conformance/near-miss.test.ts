/**
 * Near-misses: one mutation of a valid message, and the (pointer, code) the validator must report for it.
 * Wire mutations must be reported under both profiles, strict-rule breakers under strict only (they stay
 * wire-valid).
 */
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { dpiTypes, strictRules, validate } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "../../packages/contracts/src/arbitraries.js";
import { params, report, row, runs, timeout } from "../support/budget.js";
import { nearMiss, strictBreakers, type NearMiss } from "../support/near-miss.js";

const perType = runs(250, 5_000);
const kinds = new Map<string, number>();

function check(n: NearMiss, profile: "wire" | "strict"): void {
  const r = validate(n.instance, { profile });
  expect(r.ok, `${n.kind} must be refused under ${profile}`).toBe(false);
  if (r.ok) return;
  const got = r.errors.map((e) => ({ pointer: e.pointer, code: e.code }));
  const hit = n.expect.some((want) => got.some((g) => g.pointer === want.pointer && g.code === want.code));
  expect(hit, `${n.kind}: expected one of ${JSON.stringify(n.expect)}, got ${JSON.stringify(got)}`).toBe(true);
}

describe("near-miss messages are refused with the expected pointer and code", () => {
  it("every error-severity strict rule has a breaker", () => {
    const errorRules = strictRules.filter((r) => r.severity === "error").map((r) => r.code);
    expect(errorRules.filter((c) => !strictBreakers[c])).toEqual([]);
  });

  for (const type of dpiTypes) {
    for (const profile of ["wire", "strict"] as const) {
      it(
        `${type} (${profile}): ${perType} near-misses`,
        () => {
          const r = row(`near-miss ${type} ${profile}`);
          fc.assert(
            fc.property(nearMiss(arbitraryMessage(type, { profile }), type, profile), (n) => {
              r.cases++;
              const kind = n.kind.split(" ").slice(0, 2).join(" ").replace(/ \/.*/, "");
              kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
              check(n, n.profile);
              // A wire mutation is also refused under strict, which reports the wire errors first.
              if (n.profile === "wire") check(n, "strict");
              else expect(validate(n.instance, { profile: "wire" }).ok, `${n.kind} must stay wire-valid`).toBe(true);
            }),
            params(perType),
          );
        },
        timeout,
      );
    }
  }

  it("the mutations drawn cover every kind", () => {
    const seen = [...kinds.keys()].map((k) => k.split(" ")[0]);
    for (const k of [
      "wrong-type",
      "non-integer",
      "not-in-enum",
      "too-long",
      "too-short",
      "pattern",
      "format",
      "above-maximum",
      "below-minimum",
      "too-few-items",
      "too-many-items",
      "drop-required",
      "add-presence",
      "unknown-member",
      "swap-payload",
      "strict",
    ]) {
      expect(seen, k).toContain(k);
    }
  });

  afterAll(() => {
    console.log(
      `near-miss kinds drawn: ${[...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}=${n}`)
        .join(", ")}`,
    );
    report("near-miss");
  });
});
