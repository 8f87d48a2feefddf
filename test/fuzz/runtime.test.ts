/**
 * Fuzzing @innbyggerpost/runtime's parse, decode, verify and status entry points with the same hostile
 * inputs and invariants as the contracts (harness.ts): never a throw, a mutation, a pollution or a hang,
 * and failures are returned as typed problems with a pointer.
 */
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as runtime from "@innbyggerpost/runtime";
import { arbitraryMessage } from "../../packages/contracts/src/arbitraries.js";
import { params, report, row, runs, seed, timed, timeout } from "../support/budget.js";
import { generatedCase } from "./generated-cases.js";
import { BOUND_MS, DEEP, guard, type Case } from "./harness.js";
import { heavyCases } from "./heavy-cases.js";

/** A result is either not a failure, or a failure with well-formed problems. */
function typedResult(_input: unknown, r: unknown): string | undefined {
  if (typeof r !== "object" || r === null) return `returned ${r === null ? "null" : typeof r}`;
  const res = r as { ok?: unknown; errors?: unknown };
  if (res.ok !== false) return undefined;
  if (!Array.isArray(res.errors) || res.errors.length === 0) return "failure without errors";
  for (const e of res.errors as { pointer: unknown; code: unknown; message: unknown }[]) {
    if (
      typeof e.pointer !== "string" ||
      (e.pointer !== "" && !e.pointer.startsWith("/")) ||
      typeof e.code !== "string" ||
      typeof e.message !== "string"
    )
      return `malformed problem ${JSON.stringify(e)}`;
    if (e.code === "internal") return `caught exception: ${e.message}`;
  }
  return undefined;
}

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const receipts = fc.oneof(
  ...(
    [
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
      "feil",
    ] as const
  ).map((t) => arbitraryMessage(t, { profile: "strict" }) as fc.Arbitrary<unknown>),
);

/** Compact-JWS-looking strings: random segments, and base64url of hostile JSON. */
const jwsText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 10 }))
    .map(([h, p, s]) => `${b64(JSON.stringify(h) ?? "null")}.${b64(JSON.stringify(p) ?? "null")}.${b64(s)}`),
  fc
    .tuple(
      fc.constantFrom(
        '{"alg":"none"}',
        '{"alg":"HS256"}',
        '{"alg":"RS256","x5c":["AAAA"]}',
        '{"alg":"RS256","x5c":"x"}',
        '{"__proto__":{"alg":"none"}}',
      ),
      receipts,
    )
    .map(([h, p]) => `${b64(h)}.${b64(JSON.stringify(p))}.${b64("sig")}`),
);

function runtimeEntryPoints(c: Case): void {
  guard("runtime parseMessage", c, (x) => runtime.parseMessage(x), typedResult);
  guard("runtime parseMessage wire", c, (x) => runtime.parseMessage(x, { profile: "wire" }), typedResult);
  guard("runtime reduceStatus", c, (x) => runtime.reduceStatus(x), typedResult);
  guard("runtime receiptToStatus", c, (x) => runtime.receiptToStatus(x), typedResult);
  guard("runtime apiStatusToStatus", c, (x) => runtime.apiStatusToStatus(x), typedResult);
  guard("runtime identifiers", c, (x) => runtime.parseOrganisationNumber(x), typedResult);
  guard("runtime identifiers", c, (x) => runtime.parseOrganisationIdentifier(x), typedResult);
  guard("runtime identifiers", c, (x) => runtime.parsePersonNumber(x), typedResult);
  guard("runtime decodeTokenClaims", c, (x) => runtime.decodeTokenClaims(x), typedResult);
  guard("runtime decodeJws", c, (x) => runtime.decodeJws(x as string), typedResult);
}

describe(`runtime entry points never throw, mutate, pollute or hang (FC_SEED=${seed})`, () => {
  it(
    "hostile values, poisoned messages and receipts",
    () => {
      const events = fc.array(
        fc.oneof(
          receipts,
          generatedCase.map((c) => c.make()),
        ),
        { maxLength: 6 },
      );
      fc.assert(
        fc.property(
          fc.oneof(
            generatedCase,
            events.map((e) => ({ label: "event list", make: () => structuredClone(e), small: true })),
          ),
          (c) => runtimeEntryPoints(c),
        ),
        params(runs(600, 15_000)),
      );
    },
    timeout,
  );

  it(
    "compact JWS strings through decodeJws and verifyMessage",
    async () => {
      await fc.assert(
        fc.asyncProperty(jwsText, async (jws) => {
          const c: Case = { label: "JWS text", make: () => jws, small: true };
          guard("runtime decodeJws", c, (x) => runtime.decodeJws(x as string), typedResult);
          const r = row("runtime verifyMessage");
          r.cases++;
          const started = performance.now();
          const result = await runtime.verifyMessage({ jws, trust: () => true });
          const ms = performance.now() - started;
          timed("runtime verifyMessage", "JWS text", ms);
          expect(ms).toBeLessThan(BOUND_MS);
          const why = typedResult(jws, result);
          if (why) r.disagreements++;
          expect(why).toBeUndefined();
        }),
        params(runs(400, 10_000)),
      );
    },
    timeout,
  );

  // "varsler nested 100000 deep" shares its parts ({epostvarsel: v, x: v}): 2^100000 values as JSON,
  // walked in linear time by every entry point.
  for (const c of [
    ...heavyCases().slice(0, 9),
    {
      label: "JWS of a 100000-deep payload",
      make: () => `${b64('{"alg":"RS256"}')}.${b64("[".repeat(DEEP) + "]".repeat(DEEP))}.x`,
      small: false,
    },
    { label: "10 MB JWS", make: () => `${b64('{"alg":"RS256"}')}.${"A".repeat(10 * 1024 * 1024)}.x`, small: false },
    {
      label: "non-UTF-8 JWS payload",
      make: () => `${b64('{"alg":"RS256"}')}.${Buffer.from([0xff, 0xfe, 0x7b]).toString("base64url")}.x`,
      small: true,
    },
    { label: "event list with a 100000-deep event", make: () => [heavyCases()[1]!.make()], small: false },
  ] as Case[])
    it(`heavy: ${c.label}`, () => runtimeEntryPoints(c), timeout);

  afterAll(() => report("runtime"));
});
