/** The loader's consistency checks, each broken once on a copy of the small fixtures/tables/ folder. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSources } from "../src/sources/index.js";

const fixture = resolve(import.meta.dirname, "fixtures/tables/schemas");
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture with one JSON file edited. */
function edited(file: string, edit: (json: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-sources-"));
  scratch.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

describe("sources", () => {
  it("loads the fixture into one frozen model with the hash of every file read", () => {
    const s = loadSources(fixture);
    expect(s.catalogue.messages.map((m) => m.type)).toEqual(["digital"]);
    expect(s.named.map((n) => n.name)).toEqual(["DigitalDocument", "Digital", "DigitalMessage"]);
    expect(s.examples.digital).toEqual({ standardBusinessDocument: { digital: { spraak: "nb" } } });
    expect(Object.isFrozen(s.status.services[0]!.flows[0])).toBe(true);
    expect([...s.inputs.keys()].map((p) => p.slice(fixture.length + 1))).toContain("status/dpi.json");
  });

  const broken: [string, string, (j: Record<string, any>) => void, RegExp][] = [
    [
      "a terminal state with a transition out",
      "status/dpi.json",
      (j) => {
        j.flows[0].states[0].terminal = true;
      },
      /terminal state OPPRETTET has transitions out/,
    ],
    [
      "a state naming an unknown page",
      "status/dpi.json",
      (j) => {
        j.flows[0].states[1].seed = "009";
      },
      /page 009 is not in eformidling\.json pages/,
    ],
    [
      "a transition to a third state",
      "status/dpi.json",
      (j) => {
        j.flows[0].transitions.OPPRETTET.message = "LEVERT";
      },
      /neither OPPRETTET nor the trigger's target/,
    ],
    [
      "an unknown resend advice",
      "status/dpi.json",
      (j) => {
        j.flows[0].states[0].resend = "maybe";
      },
      /resend maybe is not one of/,
    ],
    [
      "a status listed twice",
      "status/eformidling.json",
      (j) => {
        j.statuses.push(j.statuses[0]);
      },
      /a status is listed twice/,
    ],
    [
      "a type without a receipt mapping row",
      "status/dpi-mapping.json",
      (j) => {
        j.receipts = [];
      },
      /DPI type digital has no receipt mapping row/,
    ],
    [
      "an API status whose trigger leads elsewhere",
      "status/dpi-mapping.json",
      (j) => {
        j.apiStatuses[0].status = "OPPRETTET";
      },
      /API LEVERT maps to OPPRETTET/,
    ],
    [
      "a catalogue row without a schema",
      "catalogue.json",
      (j) => {
        j.messages[0].schema = "dpi/none.schema.json";
      },
      /no schema file dpi\/none\.schema\.json/,
    ],
    [
      "two strict rules with one code",
      "strict-rules.json",
      (j) => {
        j.rules.push(j.rules[0]);
      },
      /duplicate code spraak-is-iso-639-1/,
    ],
  ];
  for (const [what, file, edit, message] of broken) {
    it(`refuses ${what}`, () => {
      expect(() => loadSources(edited(file, edit))).toThrow(message);
    });
  }

  it("refuses a catalogue type without an example", () => {
    const dir = edited("catalogue.json", () => {});
    rmSync(join(dir, "examples/digital.json"));
    expect(() => loadSources(dir)).toThrow(/no example digital\.json/);
  });
});
