import { readdirSync } from "node:fs";
import { join } from "node:path";
import { detectType, dpiTypes, validateAs, type DpiType } from "@innbyggerpost/contracts";
import { arbitraryMessage } from "@innbyggerpost/contracts/arbitraries";
import { formatsUsed, messageSchemas, useWireFormats } from "@innbyggerpost/contracts/typebox";
import fc from "fast-check";
import { Format } from "typebox/format";
import { Compile } from "typebox/compile";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validMessage } from "../fixtures/messages.js";
import { digdirDir, digdirSkipReason, hasDigdir, readJson } from "../support/shared.js";

/** The official examples (../shared/reference/digdir/examples/*.json), named here so none goes unreported. */
const officialExampleFiles = [
  "fysiskpost_print_1_0_sample.json",
  "innbyggerpost_dpi_1_0_budnad_sample.json",
  "innbyggerpost_dpi_1_0_nav_sample.json",
  "innbyggerpost_dpi_digital_1_0.json",
  "innbyggerpost_dpi_lerveringskvittering_1_0.json",
  "innbyggerpost_dpi_utskrift_1_0.json",
  "lerveringskvittering_nav_sample.json",
];

/** Every leaf and object of a JSON value, by JSON pointer. */
function pointers(value: unknown, at = ""): string[] {
  if (value === null || typeof value !== "object") return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`))];
}

/** Copies `root` with the node at `pointer` replaced (or removed when `value` is `remove`). */
const remove = Symbol("remove");
function replaced(root: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  if (pointer === "") return value === remove ? undefined : value;
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: Record<string, unknown> = copy;
  for (const t of tokens.slice(0, -1)) node = node[t] as Record<string, unknown>;
  const last = tokens.at(-1)!;
  if (value === remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** The message itself and, at every pointer, four edits that break some schemas and not others. */
function variants(message: unknown): unknown[] {
  const out: unknown[] = [message];
  for (const p of pointers(message)) {
    if (p === "") continue;
    out.push(
      replaced(message, p, remove),
      replaced(message, p, 12345),
      replaced(message, p, ""),
      replaced(message, p, { extra: true }),
    );
  }
  return out;
}

const checkers = new Map<DpiType, ReturnType<typeof Compile>>();
const wire = (type: DpiType, m: unknown) => validateAs(type, m, { profile: "wire" }).ok;

beforeAll(() => {
  useWireFormats();
  for (const t of dpiTypes) checkers.set(t, Compile(messageSchemas[t]));
});
afterAll(() => Format.Reset());

describe("TypeBox schemas", () => {
  it("exist for all nine message types", () => {
    expect(Object.keys(messageSchemas).sort()).toEqual([...dpiTypes].sort());
  });

  it("agree with our wire validator on each type's valid message and on ~100 single-field edits of it", () => {
    let compared = 0;
    for (const t of dpiTypes) {
      for (const m of variants(validMessage(t))) {
        expect(checkers.get(t)!.Check(m), `${t}: ${JSON.stringify(m)}`).toBe(wire(t, m));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(900);
  });

  it("agree with our wire validator on generated wire-valid messages of every type", () => {
    for (const t of dpiTypes) {
      for (const m of fc.sample(arbitraryMessage(t, { profile: "wire" }), { numRuns: 30, seed: 20261123 })) {
        expect(wire(t, m)).toBe(true);
        expect(checkers.get(t)!.Check(m), `${t}: ${JSON.stringify(m)}`).toBe(true);
      }
    }
  });

  it("interpreted (typebox/value) and compiled (typebox/compile) checks give the same verdicts", () => {
    for (const t of dpiTypes)
      for (const m of variants(validMessage(t)).slice(0, 40))
        expect(Value.Check(messageSchemas[t], m)).toBe(checkers.get(t)!.Check(m));
  });

  it("need useWireFormats() to accept a date-time the official schemas accept: TypeBox's own check is stricter", () => {
    const m = validMessage("digital");
    m.standardBusinessDocument.standardBusinessDocumentHeader.documentIdentification.creationDateAndTime =
      "2026-11-23 10:15:30+0100";
    expect(wire("digital", m)).toBe(true);
    expect(checkers.get("digital")!.Check(m)).toBe(true);
    Format.Reset();
    try {
      expect(Compile(messageSchemas.digital).Check(m)).toBe(false);
    } finally {
      useWireFormats();
    }
    expect(formatsUsed).toEqual(["date", "date-time", "email", "uuid"]);
  });
});

describe.skipIf(!hasDigdir)("TypeBox on the official Digdir examples", () => {
  if (!hasDigdir) console.warn(`typebox: skipped: ${digdirSkipReason}`);
  const dir = join(digdirDir, "examples");
  // The examples by name, so that without ../shared each is still reported (as skipped).
  const files = officialExampleFiles;
  it("names every official example file there is", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files)(
    "%s: same verdict as our wire validator, for the example and every single-field edit of it",
    (file) => {
      const example = readJson(join(dir, file));
      const detected = detectType(example);
      // A legacy draft whose payload key is none of ours: both must refuse it as every type.
      const types = "type" in detected ? [detected.type] : [...dpiTypes];
      for (const t of types) {
        const all = "type" in detected ? variants(example) : [example];
        for (const m of all)
          expect(checkers.get(t)!.Check(m), `${file} as ${t}: ${JSON.stringify(m).slice(0, 300)}`).toBe(wire(t, m));
      }
    },
  );
});
