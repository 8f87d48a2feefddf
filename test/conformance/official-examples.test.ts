import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "@innbyggerpost/contracts";
import { officialValidators, officialVerdict } from "../support/official.js";
import { digdirDir, digdirSkipReason, hasDigdir, readJson } from "../support/shared.js";

// The verdicts ../shared/reference/digdir/README.md lists for the official examples.
const VERDICTS: { file: string; wire: boolean; type: string | undefined }[] = [
  { file: "innbyggerpost_dpi_digital_1_0.json", wire: true, type: "digital" },
  { file: "innbyggerpost_dpi_utskrift_1_0.json", wire: true, type: "utskrift" },
  { file: "lerveringskvittering_nav_sample.json", wire: true, type: "leveringskvittering" },
  { file: "komplette/digital-forretningsmelding.json", wire: true, type: "digital" },
  { file: "innbyggerpost_dpi_1_0_nav_sample.json", wire: true, type: "digital" },
  { file: "innbyggerpost_dpi_1_0_budnad_sample.json", wire: true, type: "digital" },
  { file: "innbyggerpost_dpi_lerveringskvittering_1_0.json", wire: false, type: "leveringskvittering" },
  { file: "fysiskpost_print_1_0_sample.json", wire: false, type: undefined },
];

describe.skipIf(!hasDigdir)("official Digdir examples", () => {
  if (!hasDigdir) console.warn(digdirSkipReason);
  const official = hasDigdir ? officialValidators() : new Map();
  const load = (f: string) => readJson(join(digdirDir, "examples", f));

  for (const v of VERDICTS) {
    it(`${v.file}: wire verdict ${v.wire ? "valid" : "invalid"} (README), same as the official schemas`, () => {
      const message = load(v.file);
      const ours = validate(message, { profile: "wire" });
      expect(ours.ok).toBe(v.wire);
      expect(ours.type).toBe(v.type);
      expect(officialVerdict(official, message)).toBe(v.wire);
    });
  }

  it("the receipt carrying the forbidden maskinportentoken is refused at that field", () => {
    const r = validate(load("innbyggerpost_dpi_lerveringskvittering_1_0.json"), { profile: "wire" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual(
        expect.objectContaining({
          pointer: "/standardBusinessDocument/leveringskvittering/maskinportentoken",
          code: "additionalProperties",
        }),
      );
    }
  });

  for (const file of ["innbyggerpost_dpi_1_0_nav_sample.json", "innbyggerpost_dpi_1_0_budnad_sample.json"]) {
    it(`${file}: legacy type "digitalpost" fails strict with type-matches-payload at the type field`, () => {
      const r = validate(load(file), { profile: "strict" });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.type).toBe("digital");
        expect(r.errors).toEqual([
          expect.objectContaining({
            code: "type-matches-payload",
            pointer: "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",
          }),
        ]);
      }
    });
  }

  it("the complete real message passes strict with no warnings", () => {
    const r = validate(load("komplette/digital-forretningsmelding.json"), { profile: "strict" });
    expect(r).toMatchObject({ ok: true, type: "digital", warnings: [] });
  });

  it("the official .jwt's payload is the .json beside it and validates the same", () => {
    const jws = readFileSync(join(digdirDir, "examples/komplette/digital-forretningsmelding.jwt"), "utf8").trim();
    const payload = JSON.parse(Buffer.from(jws.split(".")[1]!, "base64url").toString("utf8"));
    expect(payload).toEqual(load("komplette/digital-forretningsmelding.json"));
    expect(validate(payload).ok).toBe(true);
  });
});
