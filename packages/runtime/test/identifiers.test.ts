import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatOrganisationIdentifier,
  formatOrganisationNumber,
  formatPersonNumber,
  isOrganisationNumber,
  organisationIdentification,
  parseOrganisationIdentification,
  parseOrganisationIdentifier,
  parseOrganisationNumber,
  parsePersonNumber,
} from "@innbyggerpost/runtime";
import { fcOptions, orgnr } from "./support/arbitraries.js";

describe("organisation numbers", () => {
  it("accepts the org numbers of the spec and rejects their neighbours", () => {
    for (const n of [
      "991825827",
      "922020175",
      "984661185",
      "974761076",
      "889640782",
      "972417866",
      "922017433",
      "810969342",
      "910076787",
    ]) {
      expect(parseOrganisationNumber(n)).toEqual({ ok: true, value: n });
      expect(isOrganisationNumber(n)).toBe(true);
    }
    expect(isOrganisationNumber("123456789")).toBe(false);
  });

  it("rejects every single-digit change of a valid number (mod 11 catches them all)", () => {
    fc.assert(
      fc.property(orgnr, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (n, i, d) => {
        const changed = n.slice(0, i) + String((Number(n[i]) + d) % 10) + n.slice(i + 1);
        expect(parseOrganisationNumber(changed).ok).toBe(false);
      }),
      fcOptions(300),
    );
  });

  it("formats and parses back", () => {
    expect(formatOrganisationNumber("991825827")).toBe("991 825 827");
    expect(parseOrganisationNumber("991 825 827")).toEqual({ ok: true, value: "991825827" });
    expect(formatOrganisationIdentifier("991825827")).toBe("0192:991825827");
    expect(formatOrganisationIdentifier("0192:991825827")).toBe("0192:991825827");
    expect(formatOrganisationIdentifier("991825828")).toBeNull();
    expect(organisationIdentification("991825827")).toEqual({
      authority: "iso6523-actorid-upis",
      value: "0192:991825827",
    });
  });

  it("parses 0192: values and identification objects, including Maskinporten's Authority/ID", () => {
    expect(parseOrganisationIdentifier("0192:991825827")).toEqual({
      ok: true,
      icd: "0192",
      organisationNumber: "991825827",
      value: "0192:991825827",
    });
    expect(parseOrganisationIdentifier("991825827", { allowBare: true }).ok).toBe(true);
    expect(parseOrganisationIdentification({ Authority: "iso6523-actorid-upis", ID: "0192:889640782" })).toMatchObject({
      ok: true,
      organisationNumber: "889640782",
    });
    expect(
      parseOrganisationIdentification({ authority: "iso6523-actorid-upis", value: "0192:889640782" }),
    ).toMatchObject({ ok: true, organisationNumber: "889640782" });
  });
});

describe("person numbers", () => {
  it("knows fødselsnummer, D-nummer and synthetic test numbers (the official test users)", () => {
    expect(parsePersonNumber("07126700169")).toEqual({
      ok: true,
      value: "07126700169",
      kind: "fodselsnummer",
      synthetic: false,
    });
    expect(parsePersonNumber("06068700602")).toMatchObject({ ok: true, kind: "fodselsnummer" });
    expect(parsePersonNumber("04817197073")).toEqual({
      ok: true,
      value: "04817197073",
      kind: "fodselsnummer",
      synthetic: true,
    });
    expect(parsePersonNumber("47126700071")).toMatchObject({ ok: true, kind: "d-nummer" });
    expect(parsePersonNumber("04817197073", { allowSynthetic: false })).toMatchObject({
      ok: false,
      errors: [{ code: "kind-not-allowed" }],
    });
    expect(parsePersonNumber("07526700060", { kinds: ["h-nummer"] })).toMatchObject({ ok: true, kind: "h-nummer" });
  });

  it("reports a bad date separately from bad check digits", () => {
    expect(parsePersonNumber("31026700169")).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.objectContaining({ code: "bad-date" })]),
    });
    expect(parsePersonNumber("07126700168")).toMatchObject({ ok: false, errors: [{ code: "bad-check-digits" }] });
  });

  it("formats for people and parses that back", () => {
    expect(formatPersonNumber("07126700169")).toBe("071267 00169");
    expect(parsePersonNumber("071267 00169")).toMatchObject({ ok: true, value: "07126700169" });
    expect(formatPersonNumber("07126700168")).toBeNull();
  });
});
