/** Our validators against every peer, on valid and invalid messages, strict against wire, and the gateway path. */
import { dpiTypes, validate } from "@innbyggerpost/contracts";
import { ajvAtRuntime, peers } from "../competitors.js";
import type { BenchRows, Contender, Duel } from "../harness.js";

const WIRE = { profile: "wire" } as const;
const WIRE_FIRST = { profile: "wire", allErrors: false } as const;
const VS_PEER = { atLeast: 1.5, aim: 2 } as const;

export const rows: BenchRows = {
  duels: ({ pools }) => {
    const ps = peers();
    const ajvAll = ajvAtRuntime(true);
    const duels: Duel[] = [];
    for (const type of dpiTypes) {
      const valid: Record<string, Contender> = {
        ours: { label: "validate(wire)", fn: (m: unknown) => validate(m, WIRE) },
        strict: { label: "validate(strict)", fn: (m: unknown) => validate(m) },
      };
      for (const p of ps) valid[p.key] = { label: p.label, fn: p.valid[type] };
      duels.push({
        section: `valid ${type}`,
        pool: pools.valid[type],
        contenders: valid,
        ratios: [
          ...ps.map((p) => ({ name: `validate(wire) vs ${p.label}`, num: p.key, den: "ours", target: VS_PEER })),
          { name: "validate(strict) / validate(wire)", num: "strict", den: "ours", target: { atMost: 1.3 } },
        ],
      });
      // Real senders' messages rarely carry strict warnings (generated ones do: random org numbers fail
      // their check digit), and each warning is an issue to build: strict on warning-free messages too.
      const clean = pools.valid[type].filter((m) => validate(m).warnings.length === 0);
      if (clean.length >= 10) {
        duels.push({
          section: `strict ${type}`,
          pool: clean,
          contenders: { ours: valid.ours!, strict: valid.strict! },
          ratios: [
            {
              name: "validate(strict) / validate(wire), messages without warnings",
              num: "strict",
              den: "ours",
              target: { atMost: 1.3 },
            },
          ],
        });
      }
      const invalid: Record<string, Contender> = {
        ours: { label: "validate(wire, first error)", fn: (m: unknown) => validate(m, WIRE_FIRST) },
        oursAll: { label: "validate(wire, all errors)", fn: (m: unknown) => validate(m, WIRE) },
        ajvAll: { label: ajvAll.label, fn: ajvAll.byType[type] },
      };
      for (const p of ps) invalid[p.key] = { label: p.label, fn: p.first[type] };
      duels.push({
        section: `invalid ${type}`,
        pool: pools.invalid[type],
        contenders: invalid,
        ratios: [
          ...ps.map((p) => ({ name: `first error vs ${p.label}`, num: p.key, den: "ours", target: VS_PEER })),
          { name: `all errors vs ${ajvAll.label}`, num: "ajvAll", den: "oursAll", target: {} },
        ],
      });
      duels.push({
        section: `gateway ${type}`,
        pool: pools.valid[type].map((m) => JSON.stringify(m)),
        contenders: {
          parse: { label: "JSON.parse", fn: (t: string) => JSON.parse(t) },
          ours: { label: "JSON.parse + validate(wire)", fn: (t: string) => validate(JSON.parse(t), WIRE) },
        },
        ratios: [{ name: "JSON.parse + validate(wire) / JSON.parse alone", num: "ours", den: "parse", target: {} }],
      });
    }
    return duels;
  },
};
