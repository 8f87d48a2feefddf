/**
 * Differential conformance: over generated valid and near-miss messages of all nine types, our `wire`
 * verdict equals ajv over the official Digdir schemas, and schemasafe over our schemas agrees too.
 */
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { dpiTypes, validate } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "../../packages/contracts/src/arbitraries.js";
import { params, report, row, runs, seed, timeout } from "../support/budget.js";
import { nearMiss } from "../support/near-miss.js";
import { official, schemasafe } from "../support/oracles.js";
import { digdirSkipReason } from "../support/shared.js";

const perType = runs(600, 10_000);

/** Valid messages under both profiles, and their near-misses (wire and strict mutations). */
function inputs(type: (typeof dpiTypes)[number]): fc.Arbitrary<{ kind: string; instance: unknown }> {
  const wire = arbitraryMessage(type, { profile: "wire" });
  const strict = arbitraryMessage(type, { profile: "strict" });
  return fc.oneof(
    wire.map((instance) => ({ kind: "valid", instance })),
    strict.map((instance) => ({ kind: "valid", instance })),
    nearMiss(wire, type, "wire").map((n) => ({ kind: "near-miss", instance: n.instance })),
    nearMiss(strict, type, "strict").map((n) => ({ kind: "near-miss", instance: n.instance })),
  );
}

const counts = { cases: 0, valid: 0, invalid: 0, officialAgree: 0, schemasafeAgree: 0 };

describe("differential conformance: wire verdict = official Digdir schemas (ajv) = schemasafe", () => {
  if (!official) console.warn(`differential: skipped: ${digdirSkipReason}`);
  for (const type of dpiTypes) {
    it.skipIf(!official)(
      `${type}: ${perType} generated valid and near-miss messages`,
      () => {
        const r = row(`differential ${type}`);
        fc.assert(
          fc.property(inputs(type), ({ instance }) => {
            const ours = validate(instance, { profile: "wire" }).ok;
            const theirs = official!(instance);
            const safe = schemasafe(instance);
            r.cases++;
            counts.cases++;
            counts[ours ? "valid" : "invalid"]++;
            if (theirs === ours) counts.officialAgree++;
            if (safe === ours) counts.schemasafeAgree++;
            if (theirs !== ours || safe !== ours) r.disagreements++;
            expect({ ours, official: theirs, schemasafe: safe }).toEqual({ ours, official: ours, schemasafe: ours });
          }),
          params(perType),
        );
      },
      timeout,
    );
  }

  afterAll(() => {
    if (!official) return;
    console.log(
      `differential (FC_SEED=${seed}): ${counts.cases} messages (${counts.valid} wire-valid, ${counts.invalid} invalid); ` +
        `official ajv agreed on ${counts.officialAgree}/${counts.cases}, schemasafe on ${counts.schemasafeAgree}/${counts.cases}`,
    );
    report("differential");
  });
});
