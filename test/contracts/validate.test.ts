import { describe, expect, it } from "vitest";
import {
  catalogue,
  dpiTypes,
  isAvsender,
  isDigitalMessage,
  isUtskriftMessage,
  strictRules,
  validate,
  validateAs,
  validateDigital,
  validateLeveringskvittering,
} from "@innbyggerpost/contracts";
import { deepFreeze, validMessage } from "../fixtures/messages.js";
import { deleteAt, setAt } from "../support/pointer.js";

const H = "/standardBusinessDocument/standardBusinessDocumentHeader";

describe("validate()", () => {
  for (const type of dpiTypes) {
    it(`accepts the hand-made ${type} message under both profiles with no warnings`, () => {
      const m = deepFreeze(validMessage(type));
      expect(validate(m, { profile: "wire" })).toEqual({ ok: true, type, message: m, warnings: [] });
      expect(validate(m)).toEqual({ ok: true, type, message: m, warnings: [] });
    });
  }

  it("never mutates its input (deep-frozen invalid input is reported, not changed)", () => {
    const m = validMessage("digital");
    setAt(m, "/standardBusinessDocument/digital/extra", 1);
    const before = JSON.stringify(m);
    deepFreeze(m);
    const r = validate(m);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(m)).toBe(before);
  });

  it("points at the missing field itself, with the keyword as code", () => {
    const m = validMessage("digital");
    deleteAt(m, "/standardBusinessDocument/digital/spraak");
    const r = validate(m);
    expect(r).toMatchObject({ ok: false, type: "digital" });
    if (!r.ok)
      expect(r.errors).toContainEqual({
        pointer: "/standardBusinessDocument/digital/spraak",
        code: "required",
        message: "required property 'spraak' is missing",
      });
  });

  it("escapes pointer tokens (RFC 6901) for unknown keys containing / and ~", () => {
    const m = validMessage("leveringskvittering");
    (m.standardBusinessDocument.leveringskvittering as unknown as Record<string, unknown>)["a/b~c"] = 1;
    const r = validate(m, { profile: "wire" });
    if (r.ok) throw new Error("expected invalid");
    expect(r.errors[0]!.pointer).toBe("/standardBusinessDocument/leveringskvittering/a~1b~0c");
  });

  it.each([
    ["a/b", "a~1b"],
    ["a~b", "a~0b"],
    ["plain", "plain"],
  ])("escapes a key holding only one of them too (%s)", (key, token) => {
    const m = validMessage("leveringskvittering");
    (m.standardBusinessDocument.leveringskvittering as unknown as Record<string, unknown>)[key] = 1;
    const r = validate(m, { profile: "wire" });
    if (r.ok) throw new Error("expected invalid");
    expect(r.errors[0]!.pointer).toBe(`/standardBusinessDocument/leveringskvittering/${token}`);
  });

  it("names the allowed values of an enum", () => {
    const m = validMessage("utskrift");
    setAt(m, "/standardBusinessDocument/utskrift/utskriftstype", "SORT_HVITT");
    const r = validate(m);
    if (r.ok) throw new Error("expected invalid");
    expect(r.errors).toEqual([
      {
        pointer: "/standardBusinessDocument/utskrift/utskriftstype",
        code: "enum",
        message: 'must be one of "SORT_HVIT", "FARGE"',
      },
    ]);
  });

  it("stops at the first error when allErrors is false", () => {
    const m = validMessage("digital");
    deleteAt(m, "/standardBusinessDocument/digital/spraak");
    deleteAt(m, "/standardBusinessDocument/digital/sikkerhetsnivaa");
    const all = validate(m);
    const first = validate(m, { allErrors: false });
    expect(all.ok || all.errors.length).toBe(2);
    expect(first.ok || first.errors.length).toBe(1);
  });

  it("picks the type by payload key, whatever the header says; strict then refuses the mismatch", () => {
    const m = validMessage("digital");
    setAt(m, `${H}/documentIdentification/type`, "digitalpost");
    expect(validate(m, { profile: "wire" })).toMatchObject({ ok: true, type: "digital" });
    const r = validate(m, { profile: "strict" });
    expect(r).toMatchObject({ ok: false, type: "digital" });
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(["type-matches-payload"]);
  });

  it("falls back to documentIdentification.type, case-insensitively, when no payload key is there", () => {
    const m = validMessage("leveringskvittering");
    setAt(m, `${H}/documentIdentification/type`, "Leveringskvittering");
    const sbd = m.standardBusinessDocument as unknown as Record<string, unknown>;
    sbd.kvittering = sbd.leveringskvittering;
    delete sbd.leveringskvittering;
    const r = validate(m);
    expect(r).toMatchObject({ ok: false, type: "leveringskvittering" });
    if (!r.ok) {
      expect(r.errors).toContainEqual(
        expect.objectContaining({ pointer: "/standardBusinessDocument/leveringskvittering", code: "required" }),
      );
      expect(r.errors).toContainEqual(
        expect.objectContaining({ pointer: "/standardBusinessDocument/kvittering", code: "additionalProperties" }),
      );
    }
  });

  it("accepts the body before the header", () => {
    const m = validMessage("feil");
    const { standardBusinessDocumentHeader, feil } = m.standardBusinessDocument;
    expect(validate({ standardBusinessDocument: { feil, standardBusinessDocumentHeader } })).toMatchObject({
      ok: true,
      type: "feil",
    });
  });

  it.each([
    [42, "", "not-an-object"],
    [null, "", "not-an-object"],
    [[], "", "not-an-object"],
    ["{}", "", "not-an-object"],
    [{}, "/standardBusinessDocument", "required"],
    [{ standardBusinessDocument: 7 }, "/standardBusinessDocument", "type"],
    [{ standardBusinessDocument: {} }, `${H}`, "required"],
    [{ standardBusinessDocument: { standardBusinessDocumentHeader: {} } }, "/standardBusinessDocument", "unknown-type"],
    [
      {
        standardBusinessDocument: {
          standardBusinessDocumentHeader: { documentIdentification: { type: "fysiskpost" } },
        },
      },
      `${H}/documentIdentification/type`,
      "unknown-type",
    ],
  ])("gives a typed issue, not an exception, for %j", (input, pointer, code) => {
    const r = validate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ pointer, code })]);
  });

  it("refuses an unknown profile as an issue", () => {
    const r = validate(validMessage("digital"), { profile: "loose" as never });
    expect(r).toMatchObject({ ok: false, errors: [{ code: "bad-option" }] });
  });

  it("validates as a given type with the per-type functions", () => {
    expect(validateDigital(validMessage("digital")).ok).toBe(true);
    const r = validateDigital(validMessage("utskrift"));
    expect(r).toMatchObject({ ok: false, type: "digital" });
    expect(validateLeveringskvittering(validMessage("leveringskvittering")).ok).toBe(true);
    expect(validateAs("nope" as never, {})).toMatchObject({ ok: false, errors: [{ code: "bad-option" }] });
  });
});

describe("strict profile on real traffic", () => {
  // What the reference implementation and the postboxes really send: each must pass strict (warnings allowed).
  it("accepts capital-I Innbyggerpost, the digital process on print receipts and scopeInformation: []", () => {
    for (const type of ["mottakskvittering", "returpostkvittering", "leveringskvittering"] as const) {
      const m = validMessage(type);
      setAt(
        m,
        `${H}/documentIdentification/standard`,
        catalogue[type].standard.replace("xsd::innbyggerpost", "xsd::Innbyggerpost"),
      );
      setAt(
        m,
        `${H}/businessScope/scope/0/identifier`,
        "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
      );
      setAt(m, `${H}/businessScope/scope/0/scopeInformation`, []);
      const r = validate(m);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const expected = type === "leveringskvittering" ? [] : ["receipt-process"];
      expect(r.warnings.map((w) => w.code)).toEqual(expected);
    }
  });

  it("accepts both virkningsdato and virkningstidspunkt, spraak NO and varsler {} (a warning for the pair)", () => {
    const m = validMessage("digital");
    setAt(m, "/standardBusinessDocument/digital/virkningsdato", "2026-11-24");
    setAt(m, "/standardBusinessDocument/digital/spraak", "NO");
    setAt(m, "/standardBusinessDocument/digital/varsler", {});
    const r = validate(m);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "virkning-one-of", pointer: "/standardBusinessDocument/digital" }),
    ]);
  });

  it.each([
    ["type-matches-payload", `${H}/documentIdentification/type`, "leveringskvittering"],
    ["standard-matches-type", `${H}/documentIdentification/standard`, catalogue.utskrift.standard],
    ["header-version", `${H}/headerVersion`, "2.0"],
    ["type-version", `${H}/documentIdentification/typeVersion`, "2.0"],
    ["conversation-process", `${H}/businessScope/scope/0/identifier`, "urn:no:difi:profile:digitalpost:vedtak:ver1.0"],
    [
      "letter-process",
      `${H}/businessScope/scope/0/identifier`,
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
    ],
    ["plain-uuid", `${H}/documentIdentification/instanceIdentifier`, "urn:uuid:5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c"],
    [
      "expected-response-date-time",
      `${H}/businessScope/scope/0/scopeInformation/0/expectedResponseDateTime`,
      "tomorrow",
    ],
    [
      "organisation-identifier-anchored",
      "/standardBusinessDocument/digital/avsender/virksomhetsidentifikator/value",
      "x0192:991825827 junk",
    ],
    ["repetisjoner-unique", "/standardBusinessDocument/digital/varsler/epostvarsel/repetisjoner", [7, 7]],
    ["varsler-object", "/standardBusinessDocument/digital/varsler", "abc"],
    ["spraak-letters", "/standardBusinessDocument/digital/spraak", "n1"],
  ])("%s rejects a digital message at %s", (code, pointer, value) => {
    const m = validMessage("digital");
    setAt(m, pointer, value);
    expect(validate(m, { profile: "wire" }).ok).toBe(true);
    const r = validate(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toContain(code);
      expect(r.errors.find((e) => e.code === code)!.pointer.startsWith(pointer.split("/").slice(0, -1).join("/"))).toBe(
        true,
      );
    }
  });

  it("conversation-scope requires a ConversationId scope with id and process", () => {
    const m = validMessage("aapningskvittering");
    setAt(m, `${H}/businessScope/scope`, [{ type: "ConversationId" }]);
    const r = validate(m);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.objectContaining({ code: "conversation-scope", pointer: `${H}/businessScope/scope` }),
      );
  });

  it.each([
    ["scope-type-known", `${H}/businessScope/scope/1`, { type: "SenderRf" }, "digital"],
    ["partner-identifier", `${H}/sender/0/identifier/value`, "0192:<orgnr>", "digital"],
    ["mottaker-closed", "/standardBusinessDocument/feil/mottaker/mottakeridentifikator", "avd", "feil"],
    ["digest-sha256", "/standardBusinessDocument/utskrift/dokumentpakkefingeravtrykk/digestMethod", "", "utskrift"],
    [
      "maskinportentoken-jwt",
      "/standardBusinessDocument/flyttet/maskinportentoken",
      "DummyMaskinportenToken",
      "flyttet",
    ],
  ] as const)("%s only warns", (code, pointer, value, type) => {
    const m = validMessage(type);
    setAt(m, pointer, value);
    const r = validate(m);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain(code);
  });

  it("every rule in strictRules is exercised by a test in this file", () => {
    const codes = strictRules.map((r) => r.code).sort();
    const tested = [
      "type-matches-payload",
      "standard-matches-type",
      "header-version",
      "type-version",
      "conversation-process",
      "letter-process",
      "plain-uuid",
      "expected-response-date-time",
      "organisation-identifier-anchored",
      "repetisjoner-unique",
      "varsler-object",
      "spraak-letters",
      "conversation-scope",
      "scope-type-known",
      "partner-identifier",
      "mottaker-closed",
      "digest-sha256",
      "maskinportentoken-jwt",
      "receipt-process",
      "virkning-one-of",
    ].sort();
    expect(codes).toEqual(tested);
  });
});

describe("guards", () => {
  it("check the full schema, not only a discriminator", () => {
    const m = validMessage("digital");
    expect(isDigitalMessage(m)).toBe(true);
    expect(isUtskriftMessage(m)).toBe(false);
    setAt(m, "/standardBusinessDocument/digital/sikkerhetsnivaa", 5);
    expect(isDigitalMessage(m)).toBe(false);
    expect(
      isAvsender({ virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } }),
    ).toBe(true);
    expect(
      isAvsender({ virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" }, x: 1 }),
    ).toBe(false);
  });
});
