import { validate } from "@innbyggerpost/contracts";
import { describe, expect, it } from "vitest";
import {
  businessRules,
  checkNotificationRules,
  checkPrintAddress,
  checkPrintRules,
  checkReturpost,
  foldPrintAddress,
} from "../../src/print-rules/index.js";
import { reduceStatus } from "../../src/status/index.js";
import { deepFreeze, digital, receipt, utskrift } from "../status/fixtures.js";

const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe("print address rules, one test per code", () => {
  it("print-adresselinje1-required: always, even when empty or blank", () => {
    expect(checkPrintAddress({ navn: "A", adresselinje1: " ", postnummer: "0155", poststed: "OSLO" }, "/m")).toEqual([
      expect.objectContaining({ code: "print-adresselinje1-required", pointer: "/m/adresselinje1", severity: "error" }),
    ]);
  });
  it("print-postnummer-required and print-poststed-required: a Norwegian address (land Norge/Norway/empty)", () => {
    expect(codes(checkPrintAddress({ navn: "A", adresselinje1: "x", land: "NORGE" }))).toEqual([
      "print-postnummer-required",
      "print-poststed-required",
    ]);
    expect(codes(checkPrintAddress({ navn: "A", adresselinje1: "x", poststed: "OSLO", land: "Norway" }))).toEqual([
      "print-postnummer-required",
    ]);
  });
  it("print-postnummer-format: four digits", () => {
    expect(checkPrintAddress({ navn: "A", adresselinje1: "x", postnummer: "155", poststed: "OSLO" })).toEqual([
      expect.objectContaining({ code: "print-postnummer-format", pointer: "/postnummer" }),
    ]);
  });
  it("print-land-or-landkode-required: neither Norwegian postcode nor a country", () => {
    expect(codes(checkPrintAddress({ navn: "A", adresselinje1: "x" }))).toEqual(["print-land-or-landkode-required"]);
  });
  it("a foreign address with land or landkode needs no postnummer", () => {
    expect(checkPrintAddress({ navn: "A", adresselinje1: "x", land: "Sverige" })).toEqual([]);
    expect(checkPrintAddress({ navn: "A", adresselinje1: "x", landkode: "SE" })).toEqual([]);
  });
  it("the return address is checked likewise, with its own pointer", () => {
    const m = utskrift() as any;
    m.standardBusinessDocument.utskrift.retur.mottaker = { navn: "Kommunen", adresselinje1: "Rådhuset" };
    expect(checkPrintRules(deepFreeze(m))).toEqual([
      expect.objectContaining({
        code: "print-land-or-landkode-required",
        pointer: "/standardBusinessDocument/utskrift/retur/mottaker",
      }),
    ]);
    expect(checkPrintRules(utskrift())).toEqual([]);
  });
});

describe("address folding as the reference implementation does it", () => {
  it("Norwegian: keeps postnummer/poststed, drops land (so the schema's oneOf accepts it)", () => {
    const f = foldPrintAddress(
      deepFreeze({ navn: "Kari", adresselinje1: "Storgata 1", postnummer: "0155", poststed: "OSLO", land: "Norge" }),
    );
    expect(f.address).toEqual({ navn: "Kari", adresselinje1: "Storgata 1", postnummer: "0155", poststed: "OSLO" });
  });
  it("foreign: 'postnummer poststed' into the first empty line, keeps land, drops landkode", () => {
    const f = foldPrintAddress({
      navn: "Karin",
      adresselinje1: "Storgatan 1",
      adresselinje2: "Lgh 2",
      postnummer: "111 22",
      poststed: "STOCKHOLM",
      land: "Sverige",
      landkode: "SE",
    });
    expect(f.address).toEqual({
      navn: "Karin",
      adresselinje1: "Storgatan 1",
      adresselinje2: "Lgh 2",
      adresselinje3: "111 22 STOCKHOLM",
      land: "Sverige",
    });
  });
  it("foreign with lines 2–4 taken: appended to line 4; over 100 characters is a warning", () => {
    const long = "x".repeat(95);
    const f = foldPrintAddress({
      navn: "K",
      adresselinje1: "a",
      adresselinje2: "b",
      adresselinje3: "c",
      adresselinje4: long,
      postnummer: "1000",
      poststed: "WIEN",
      landkode: "AT",
    });
    expect(f.address.adresselinje4).toBe(`${long} 1000 WIEN`);
    expect(f.address).toMatchObject({ landkode: "AT" });
    expect(f.issues).toEqual([
      expect.objectContaining({ code: "print-folded-line-too-long", severity: "warning", pointer: "/adresselinje4" }),
    ]);
  });
  it("a folded address passes the wire schema inside an utskrift", () => {
    const m = utskrift() as any;
    m.standardBusinessDocument.utskrift.mottaker = foldPrintAddress({
      navn: "Karin",
      adresselinje1: "Storgatan 1",
      postnummer: "111 22",
      poststed: "STOCKHOLM",
      land: "Sverige",
      landkode: "SE",
    }).address;
    expect(validate(m, { profile: "wire" }).ok).toBe(true);
  });
});

describe("returpostkvittering only follows MAKULERING_MED_MELDING (print-returpost-requires-makulering)", () => {
  it("is fine with MAKULERING_MED_MELDING, an error with DIREKTE_RETUR", () => {
    expect(checkReturpost(utskrift({ returposthaandtering: "MAKULERING_MED_MELDING" }))).toEqual([]);
    expect(checkReturpost(utskrift({ returposthaandtering: "DIREKTE_RETUR" }))).toEqual([
      expect.objectContaining({
        code: "print-returpost-requires-makulering",
        pointer: "/standardBusinessDocument/utskrift/retur/returposthaandtering",
      }),
    ]);
  });
  it("the reducer reports it as an anomaly when the original letter is among the events", () => {
    const r = reduceStatus([
      { kind: "message", message: utskrift({ returposthaandtering: "DIREKTE_RETUR" }) },
      { kind: "receipt", message: receipt("returpostkvittering") },
    ]);
    expect(r.anomalies).toEqual([expect.objectContaining({ code: "returpost-without-makulering" })]);
  });
});

describe("notification rules, one test per code", () => {
  const letter = (varsler: Record<string, unknown>) => digital({ varsler });
  const sms = (o: Record<string, unknown>) => ({
    smsvarsel: { mobiltelefonnummer: "+4799999999", varslingstekst: "Du har post.", repetisjoner: [0], ...o },
  });
  it("notify-sms-too-long: more than 160 characters (counted as code points)", () => {
    expect(codes(checkNotificationRules(letter(sms({ varslingstekst: "å".repeat(160) }))))).toEqual([]);
    expect(checkNotificationRules(letter(sms({ varslingstekst: "å".repeat(161) })))).toEqual([
      expect.objectContaining({
        code: "notify-sms-too-long",
        pointer: "/standardBusinessDocument/digital/varsler/smsvarsel/varslingstekst",
      }),
    ]);
  });
  it("notify-repetisjoner-range: 0–25 whole days", () => {
    expect(
      checkNotificationRules(letter(sms({ repetisjoner: [0, 26, 1.5, -1] }))).map((i) => i.pointer.split("/").at(-1)),
    ).toEqual(["1", "2", "3"]);
  });
  it("notify-repetisjoner-unique: no day twice", () => {
    expect(checkNotificationRules(letter(sms({ repetisjoner: [0, 7, 7] })))).toEqual([
      expect.objectContaining({
        code: "notify-repetisjoner-unique",
        pointer: "/standardBusinessDocument/digital/varsler/smsvarsel/repetisjoner/2",
      }),
    ]);
  });
  it("notify-repetisjoner-too-many: at most 10", () => {
    expect(codes(checkNotificationRules(letter(sms({ repetisjoner: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }))))).toEqual([
      "notify-repetisjoner-too-many",
    ]);
  });
  it("notify-link: a warning for links in SMS and e-mail texts", () => {
    const r = checkNotificationRules(
      letter({
        epostvarsel: { epostadresse: "a@b.no", varslingstekst: "Les på https://example.no/post", repetisjoner: [0] },
        ...sms({ varslingstekst: "Se www.example.no" }),
      }),
    );
    expect(r.map((i) => [i.code, i.severity])).toEqual([
      ["notify-link", "warning"],
      ["notify-link", "warning"],
    ]);
  });
  it("every rule code has a test above and a documented severity", () => {
    expect(Object.keys(businessRules).sort()).toEqual([
      "notify-link",
      "notify-repetisjoner-range",
      "notify-repetisjoner-too-many",
      "notify-repetisjoner-unique",
      "notify-sms-too-long",
      "print-adresselinje1-required",
      "print-folded-line-too-long",
      "print-land-or-landkode-required",
      "print-postnummer-format",
      "print-postnummer-required",
      "print-poststed-required",
      "print-returpost-requires-makulering",
    ]);
  });
});

describe("bad input: an invalid-input issue naming the field, never an exception", () => {
  const cases: [string, () => unknown[], string][] = [
    ["checkPrintAddress(null)", () => checkPrintAddress(null, "/x"), "/x"],
    ["checkPrintRules(7)", () => checkPrintRules(7), ""],
    ["checkNotificationRules('x')", () => checkNotificationRules("x"), ""],
    [
      "varsler not an object",
      () => checkNotificationRules({ standardBusinessDocument: { digital: { varsler: 3 } } }),
      "/standardBusinessDocument/digital/varsler",
    ],
    ["checkReturpost(undefined)", () => checkReturpost(undefined), ""],
  ];
  for (const [name, run, pointer] of cases)
    it(name, () => expect(run()).toEqual([expect.objectContaining({ code: "invalid-input", pointer })]));
});
