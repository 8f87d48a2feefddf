/** Ours as a ratio to the hand-written floor (bench/floors.ts), for digital and leveringskvittering. */
import { catalogue, validate, type DpiType } from "@innbyggerpost/contracts";
import * as compiled from "../../packages/contracts/dist/generated/validators-first-error.js";
import { floorDigital, floorLeveringskvittering } from "../floors.js";
import type { BenchRows, Duel } from "../harness.js";

const WIRE = { profile: "wire" } as const;
const FLOORS: [DpiType, (m: unknown) => boolean][] = [
  ["digital", floorDigital],
  ["leveringskvittering", floorLeveringskvittering],
];

export const rows: BenchRows = {
  duels: ({ pools }) =>
    FLOORS.map(([type, floor]): Duel => {
      // A floor that disagrees with the schema would measure something else: refuse to run.
      const wrong = [...pools.valid[type].filter((m) => !floor(m)), ...pools.invalid[type].filter((m) => floor(m))];
      if (wrong.length)
        throw new Error(
          `floor ${type} disagrees with the schema on ${wrong.length} message(s), e.g. ${JSON.stringify(wrong[0])}`,
        );
      const raw = (compiled as Record<string, (m: unknown) => boolean>)[`${catalogue[type].typeName}Message`]!;
      return {
        section: `floor ${type}`,
        pool: pools.valid[type],
        contenders: {
          floor: { label: "hand-written checker", fn: floor },
          ours: { label: "validate(wire)", fn: (m: unknown) => validate(m, WIRE) },
          raw: { label: "compiled validator alone", fn: raw },
        },
        ratios: [
          { name: "validate(wire) / hand-written floor", num: "ours", den: "floor", target: { atMost: 1.3 } },
          {
            name: "compiled validator (no result object, no type detection) / floor",
            num: "raw",
            den: "floor",
            target: {},
          },
        ],
      };
    }),
};
