/**
 * What the hardening guards cost (issue 12): the read-once copy, the try/catch and the result object, each
 * against the same work without it, on the bench's pools of valid messages.
 */
import { catalogue, validate } from "@innbyggerpost/contracts";
import { parseMessage, receiptToStatus } from "@innbyggerpost/runtime";
import * as compiled from "../../packages/contracts/dist/generated/validators-first-error.js";
import { parseOwned } from "../../packages/runtime/dist/envelope/parse.js";
import { copyJson } from "../../packages/runtime/dist/support/json-value.js";
import type { BenchRows, Duel } from "../harness.js";

const WIRE = { profile: "wire" } as const;
const rawValidator = (name: string) => (compiled as Record<string, (m: unknown) => boolean>)[`${name}Message`]!;

export const rows: BenchRows = {
  duels: ({ pools }): Duel[] => {
    const letters = pools.valid.digital;
    const receipts = pools.valid.leveringskvittering;
    const raw = rawValidator(catalogue.digital.typeName);
    // The try/catch every entry point wraps its work in, around the compiled validator alone.
    const guarded = (m: unknown) => {
      try {
        return raw(m);
      } catch {
        return false;
      }
    };
    return [
      {
        section: "hardening: try/catch",
        pool: letters,
        contenders: {
          raw: { label: "compiled validator (digital)", fn: raw },
          guarded: { label: "the same inside try/catch", fn: guarded },
        },
        ratios: [
          { name: "try/catch around the validator / validator", num: "guarded", den: "raw", target: { atMost: 1.05 } },
        ],
      },
      {
        section: "hardening: parseMessage",
        // parseOwned reorders the value it owns; on its own copies it does the same work as on a fresh one.
        pool: letters,
        contenders: {
          parse: { label: "parseMessage (read-once copy, try/catch)", fn: (m: unknown) => parseMessage(m) },
          owned: {
            label: "the same without the guard layer (parseOwned on a value already owned)",
            fn: (m: unknown) => parseOwned(m, "strict"),
            pool: letters.map((m) => structuredClone(m)),
          },
        },
        // Reported: the copy is the guard (one verdict, input never aliased); its share is what is shown.
        ratios: [{ name: "parseMessage / parse without the read-once copy", num: "parse", den: "owned", target: {} }],
      },
      {
        section: "hardening: receiptToStatus",
        pool: receipts,
        contenders: {
          ours: { label: "receiptToStatus (read-once copy, try/catch)", fn: (m: unknown) => receiptToStatus(m) },
          copy: { label: "the read-once copy alone (copyJson)", fn: (m: unknown) => copyJson(m) },
          validate: { label: "validate(wire) alone", fn: (m: unknown) => validate(m, WIRE) },
        },
        ratios: [
          { name: "read-once copy / receiptToStatus (the guard's share)", num: "copy", den: "ours", target: {} },
          { name: "receiptToStatus / the validate(wire) it wraps", num: "ours", den: "validate", target: {} },
        ],
      },
    ];
  },
};
