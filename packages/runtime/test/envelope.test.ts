import { describe, expect, it } from "vitest";
import { catalogue, processes, validate } from "@innbyggerpost/contracts";
import { buildAnswer, buildMessage, parseMessage, type BuildInput } from "@innbyggerpost/runtime";
import { deepFreeze } from "./support/arbitraries.js";

const org = (n: string) => ({ authority: "iso6523-actorid-upis" as const, value: `0192:${n}` });
const digitalPayload = () => ({
  avsender: { virksomhetsidentifikator: org("910076787"), avsenderidentifikator: "910076787:vedtak" },
  mottaker: { postkasseadresse: "test.testesen#8HC7" },
  dokumentpakkefingeravtrykk: {
    digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
    digestValue: "BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=",
  },
  maskinportentoken: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
  sikkerhetsnivaa: 4 as const,
  ikkesensitivtittel: "Vedtak",
  spraak: "nb",
});
const letterInput = (): BuildInput<"digital"> => ({
  type: "digital",
  payload: digitalPayload(),
  sender: "810969342",
  receiver: "0192:984661185",
  conversationId: "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
  messageId: "5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c",
  createdAt: new Date("2026-07-01T10:00:00.250Z"),
});

describe("buildMessage", () => {
  it("fills the header as the spec says", () => {
    const r = buildMessage(letterInput());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.standardBusinessDocument.standardBusinessDocumentHeader).toEqual({
      headerVersion: "1.0",
      sender: [{ identifier: org("810969342") }],
      receiver: [{ identifier: org("984661185") }],
      documentIdentification: {
        standard: catalogue.digital.standard,
        typeVersion: "1.0",
        instanceIdentifier: "5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c",
        type: "digital",
        creationDateAndTime: "2026-07-01T12:00:00.250+02:00",
      },
      businessScope: {
        scope: [
          {
            type: "ConversationId",
            instanceIdentifier: "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            identifier: processes.digital,
            scopeInformation: [{ expectedResponseDateTime: "2026-07-02T12:00:00.250+02:00" }],
          },
        ],
      },
    });
    expect(Object.keys(r.message.standardBusinessDocument)).toEqual(["standardBusinessDocumentHeader", "digital"]);
    expect(validate(r.message, { profile: "strict" }).ok).toBe(true);
  });

  it("writes winter time with +01:00, keeps given strings, and makes fresh UUIDs by default", () => {
    const a = buildMessage({
      ...letterInput(),
      messageId: undefined,
      conversationId: undefined,
      createdAt: new Date("2026-01-15T08:30:00Z"),
      expectedResponseAt: "2026-01-16T09:30:00Z",
    });
    const b = buildMessage({ ...letterInput(), messageId: undefined, conversationId: undefined });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.envelope.createdAt).toBe("2026-01-15T09:30:00.000+01:00");
    expect(a.envelope.expectedResponseAt).toBe("2026-01-16T09:30:00Z");
    expect(a.envelope.messageId).not.toBe(b.envelope.messageId);
    expect(a.envelope.conversationId).not.toBe(b.envelope.conversationId);
  });

  it("leaves scopeInformation out when expectedResponseAt is null", () => {
    const r = buildMessage({ ...letterInput(), expectedResponseAt: null });
    expect(r.ok && r.message.standardBusinessDocument.standardBusinessDocumentHeader.businessScope.scope[0]).toEqual({
      type: "ConversationId",
      instanceIdentifier: "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
      identifier: processes.digital,
    });
  });

  it("takes the only process of a single-process receipt type, and asks for one otherwise", () => {
    const kvittering = {
      avsender: { virksomhetsidentifikator: org("974761076") },
      mottaker: { virksomhetsidentifikator: org("991825827") },
      tidspunkt: "2026-07-01T12:00:00+02:00",
    };
    const m = buildMessage({
      type: "mottakskvittering",
      payload: kvittering,
      sender: "974761076",
      receiver: "991825827",
    });
    expect(m.ok && m.envelope.process).toBe(processes.utskrift);
    const l = buildMessage({
      type: "leveringskvittering",
      payload: kvittering,
      sender: "974761076",
      receiver: "991825827",
    });
    expect(l.ok === false && l.errors).toEqual([
      expect.objectContaining({ pointer: "/process", code: "missing-process" }),
    ]);
  });

  it("points payload errors into the payload and header errors at the option", () => {
    const r = buildMessage({
      ...letterInput(),
      payload: { ...digitalPayload(), spraak: "norsk", sikkerhetsnivaa: 2 as never },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual(
      expect.arrayContaining([
        ["/payload/spraak", "invalid-payload"],
        ["/payload/sikkerhetsnivaa", "invalid-payload"],
      ]),
    );
    const p = buildMessage({ ...letterInput(), process: processes.utskrift });
    expect(p.ok === false && p.errors[0]).toMatchObject({
      pointer: "/process",
      code: "invalid-payload",
      rule: "letter-process",
    });
  });
});

describe("buildAnswer", () => {
  const letter = () => {
    const r = buildMessage(letterInput());
    if (!r.ok) throw new Error("letter");
    return r.message;
  };

  it("answers like a postbox: swapped parties, copied scope, new id, provider as avsender", () => {
    const original = deepFreeze(letter());
    const r = buildAnswer({ original, type: "leveringskvittering", createdAt: "2026-07-01T12:05:00+02:00" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const h = r.message.standardBusinessDocument.standardBusinessDocumentHeader;
    const oh = original.standardBusinessDocument.standardBusinessDocumentHeader;
    expect(h.sender).toEqual(oh.receiver);
    expect(h.receiver).toEqual(oh.sender);
    expect(h.businessScope.scope).toEqual(oh.businessScope.scope);
    expect(h.businessScope.scope[0]).not.toBe(oh.businessScope.scope[0]);
    expect(h.documentIdentification.instanceIdentifier).not.toBe(oh.documentIdentification.instanceIdentifier);
    expect(h.documentIdentification).toMatchObject({
      type: "leveringskvittering",
      standard: catalogue.leveringskvittering.standard,
      creationDateAndTime: "2026-07-01T12:05:00+02:00",
    });
    expect(r.message.standardBusinessDocument.leveringskvittering).toEqual({
      avsender: { virksomhetsidentifikator: org("984661185") },
      mottaker: { virksomhetsidentifikator: org("910076787"), motakeridentifikator: "910076787:vedtak" },
      tidspunkt: "2026-07-01T12:05:00+02:00",
    });
    expect(validate(r.message, { profile: "strict" }).ok).toBe(true);
  });

  it("builds feil and varslingfeiletkvittering with their own fields", () => {
    const f = buildAnswer({
      original: letter(),
      type: "feil",
      feiltype: "KLIENT",
      detaljer: "Kan ikke dekryptere",
      tidspunkt: new Date("2026-07-01T10:10:00Z"),
    });
    expect(f.ok && f.message.standardBusinessDocument.feil).toMatchObject({
      feiltype: "KLIENT",
      detaljer: "Kan ikke dekryptere",
      tidspunkt: "2026-07-01T12:10:00.000+02:00",
    });
    const v = buildAnswer({
      original: JSON.stringify(letter()),
      type: "varslingfeiletkvittering",
      varslingskanal: "sms",
      beskrivelse: "Ugyldig nummer",
    });
    expect(v.ok && v.message.standardBusinessDocument.varslingfeiletkvittering).toMatchObject({
      varslingskanal: "sms",
      beskrivelse: "Ugyldig nummer",
    });
    const bad = buildAnswer({ original: letter(), type: "feil", feiltype: "klient" as never });
    expect(bad.ok === false && bad.errors[0]).toMatchObject({ pointer: "/feiltype", code: "invalid-payload" });
  });

  it("refuses to answer a receipt", () => {
    const receipt = buildAnswer({ original: letter(), type: "aapningskvittering" });
    if (!receipt.ok) throw new Error("receipt");
    const r = buildAnswer({ original: receipt.message, type: "feil", feiltype: "SERVER" });
    expect(r.ok === false && r.errors[0]).toMatchObject({
      code: "not-a-letter",
      pointer: "/original/standardBusinessDocument",
    });
  });
});

describe("parseMessage", () => {
  const receipt = () => {
    const r = buildMessage({
      type: "mottakskvittering",
      payload: {
        avsender: { virksomhetsidentifikator: org("974761076") },
        mottaker: { virksomhetsidentifikator: org("991825827") },
        tidspunkt: "2026-07-01T12:00:00+02:00",
      },
      sender: "974761076",
      receiver: "991825827",
      process: processes.digital,
      expectedResponseAt: "2026-07-02T12:00:00+02:00",
    });
    if (!r.ok) throw new Error("receipt");
    return r.message;
  };

  it("accepts what real postboxes send: body first, capital-I Innbyggerpost, scopeInformation [], the digital process on a print receipt", () => {
    const m = receipt();
    const sbd = m.standardBusinessDocument;
    sbd.standardBusinessDocumentHeader.documentIdentification.standard =
      sbd.standardBusinessDocumentHeader.documentIdentification.standard.replace(
        "xsd::innbyggerpost",
        "xsd::Innbyggerpost",
      );
    sbd.standardBusinessDocumentHeader.businessScope.scope[0]!.scopeInformation = [];
    const bodyFirst = JSON.stringify({
      standardBusinessDocument: {
        mottakskvittering: sbd.mottakskvittering,
        standardBusinessDocumentHeader: sbd.standardBusinessDocumentHeader,
      },
    });
    const r = parseMessage(bodyFirst);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.type).toBe("mottakskvittering");
    expect(Object.keys(r.message.standardBusinessDocument)).toEqual([
      "standardBusinessDocumentHeader",
      "mottakskvittering",
    ]);
    expect(r.envelope).toMatchObject({
      type: "mottakskvittering",
      process: processes.digital,
      expectedResponseAt: null,
      sender: "0192:974761076",
    });
    expect(r.warnings.map((w) => w.code)).toEqual(["receipt-process"]);
  });

  it("returns a copy and never changes the input", () => {
    const input = deepFreeze(receipt());
    const r = parseMessage(input);
    expect(r.ok && r.message).toEqual(input);
    expect(r.ok && r.message).not.toBe(input);
  });

  it("reads UTF-8 bytes and skips a byte-order mark", () => {
    const r = parseMessage(new TextEncoder().encode(`\ufeff${JSON.stringify(receipt())}`));
    expect(r.ok).toBe(true);
  });

  it("reports invalid messages with the failing rule", () => {
    const m = receipt() as unknown as {
      standardBusinessDocument: { standardBusinessDocumentHeader: { headerVersion: string } };
    };
    m.standardBusinessDocument.standardBusinessDocumentHeader.headerVersion = "2.0";
    const strict = parseMessage(m);
    expect(strict.ok === false && strict.errors[0]).toMatchObject({
      code: "invalid-message",
      rule: "header-version",
      pointer: "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion",
    });
    expect(parseMessage(m, { profile: "wire" }).ok).toBe(true);
  });
});
