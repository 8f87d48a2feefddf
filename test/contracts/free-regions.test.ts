/**
 * Free regions (issue 12's class): where the schemas leave a value unconstrained (`varsler`'s contents, a
 * receipt's open `mottaker`, the print address and `scopeInformation` objects, which require nothing),
 * `validate` must refuse what JSON cannot carry exactly as `parseMessage` does: `not-json` at the same
 * pointer, under both profiles, first-error and all-errors alike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "@innbyggerpost/contracts/validators";
import { parseMessage } from "@innbyggerpost/runtime";
import { repoRoot } from "../support/shared.js";

const example = (type: string) =>
  JSON.parse(readFileSync(join(repoRoot, "schemas/examples", `${type}.json`), "utf8")) as Record<string, unknown>;

/** Each kind of value JSON cannot carry, made fresh for each use. */
const KINDS: Record<string, () => unknown> = {
  hole: () => {
    const a: unknown[] = [1];
    a[2] = 3;
    return a;
  },
  "undefined item": () => [undefined],
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  "-Infinity": () => Number.NEGATIVE_INFINITY,
  function: () => () => 1,
  Date: () => new Date(0),
  bigint: () => 10n,
  symbol: () => Symbol("s"),
  "class instance": () => new Map(),
  cycle: () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    return o;
  },
  "deep NaN": () => ({ a: [{ b: Number.NaN }] }),
};

const RECEIPTS = [
  "feil",
  "leveringskvittering",
  "aapningskvittering",
  "mottakskvittering",
  "returpostkvittering",
  "varslingfeiletkvittering",
];

/** A free place: the message type, the path to the value (created if absent), and whether the value is the place itself. */
interface Region {
  readonly name: string;
  readonly type: string;
  readonly path: readonly string[];
}

const REGIONS: Region[] = [
  { name: "digital varsler itself", type: "digital", path: ["digital", "varsler"] },
  { name: "digital varsler, an undeclared key", type: "digital", path: ["digital", "varsler", "x/y~z"] },
  { name: "flyttet varsler, an undeclared key", type: "flyttet", path: ["flyttet", "varsler", "ekstra"] },
  ...RECEIPTS.map((t) => ({ name: `${t} mottaker, an undeclared key`, type: t, path: [t, "mottaker", "ekstra"] })),
];

/** The example of `region.type` with `value` put at its path (objects on the way created as needed). */
function place(region: Region, value: unknown): unknown {
  const m = example(region.type);
  let node = m.standardBusinessDocument as Record<string, unknown>;
  for (const key of region.path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[region.path.at(-1)!] = value;
  return m;
}

const ENTRIES = [
  { name: "validate(wire, all errors)", run: (m: unknown) => validate(m, { profile: "wire" }) },
  { name: "validate(wire, first error)", run: (m: unknown) => validate(m, { profile: "wire", allErrors: false }) },
  { name: "validate(strict, all errors)", run: (m: unknown) => validate(m) },
  { name: "validate(strict, first error)", run: (m: unknown) => validate(m, { allErrors: false }) },
  { name: "parseMessage(wire)", run: (m: unknown) => parseMessage(m, { profile: "wire" }) },
  { name: "parseMessage(strict)", run: (m: unknown) => parseMessage(m) },
];

describe("free regions refuse what JSON cannot carry, with parseMessage's code and pointer", () => {
  it("the examples are valid everywhere, and JSON in a free region is accepted", () => {
    for (const region of REGIONS) {
      for (const e of ENTRIES) {
        expect(e.run(example(region.type)).ok, `${e.name}: ${region.type} example`).toBe(true);
        // The strict profile has rules of its own for these places; wire has none.
        if (!e.name.includes("wire")) continue;
        const json = place(region, { a: [1, null, "x", { b: true }], shared: [2] });
        expect(e.run(json).ok, `${e.name}: JSON in ${region.name}`).toBe(true);
      }
    }
  });

  for (const region of REGIONS) {
    it(`${region.name}: every non-JSON kind, every entry point`, () => {
      for (const [kind, make] of Object.entries(KINDS)) {
        const expected = parseMessage(place(region, make()), { profile: "wire" });
        expect(expected.ok, `parseMessage refuses ${kind}`).toBe(false);
        if (expected.ok) continue;
        const want = expected.errors[0]!;
        expect(want.code).toBe("not-json");
        for (const e of ENTRIES) {
          const r = e.run(place(region, make()));
          expect(r.ok, `${e.name}: ${kind} in ${region.name}`).toBe(false);
          if (r.ok) continue;
          expect(r.errors, `${e.name}: ${kind} in ${region.name}`).toContainEqual(
            expect.objectContaining({ pointer: want.pointer, code: "not-json", message: want.message }),
          );
        }
      }
    });
  }

  it("objects that require nothing (scopeInformation, the print address) refuse a class instance", () => {
    const digital = example("digital") as {
      standardBusinessDocument: { standardBusinessDocumentHeader: { businessScope: { scope: unknown[] } } };
    };
    const scope = digital.standardBusinessDocument.standardBusinessDocumentHeader.businessScope.scope[0] as Record<
      string,
      unknown
    >;
    scope.scopeInformation = [new Date(0)];
    const pointer = "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/0/scopeInformation/0";
    for (const e of ENTRIES) {
      const r = e.run(digital);
      expect(r.ok, e.name).toBe(false);
      if (!r.ok) expect(r.errors, e.name).toContainEqual(expect.objectContaining({ pointer, code: "not-json" }));
    }
  });
});
