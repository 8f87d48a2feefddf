import { dpiApiStatusMapping, dpiReceiptMapping, dpiTypes } from "@innbyggerpost/contracts";
import { describe, expect, it } from "vitest";
import { apiStatusToStatus, receiptToStatus } from "../../src/status/index.js";
import {
  CONVERSATION,
  deepFreeze,
  digital,
  fakeJws,
  ORIGINAL_ID,
  receipt,
  utskrift,
  type ReceiptType,
} from "./fixtures.js";

// The oracle: reference-implementation.md §1.4 a), transcribed here on purpose (not read from our table),
// so a change to schemas/status/dpi-mapping.json that breaks compatibility fails a test.
const REFERENCE_RECEIPTS: [ReceiptType, string, string][] = [
  [
    "leveringskvittering",
    "LEVERT",
    "Kvittering på at digital post er tilgjengeliggjort eller at fysisk post er klargjort for utskrift",
  ],
  [
    "mottakskvittering",
    "LEVERT",
    "Kvittering fra utskrift og forsendelsestjenesten om at melding er mottatt og lagt til print",
  ],
  ["aapningskvittering", "LEST", "Kvittering fra Innbygger for at digital post er åpnet"],
  ["varslingfeiletkvittering", "FEIL", "Kvittering for at en spesifisert varsling ikke har blitt sendt"],
  [
    "returpostkvittering",
    "FEIL",
    "Kvittering fra utskrift og forsendelsestjenesten om at posten ikke har blitt levert til Mottaker.",
  ],
  ["feil", "FEIL", "Generell melding om at det har skjedd en feil"],
];
const REFERENCE_API: [string, string, string][] = [
  ["OPPRETTET", "SENDT", "Hjørne 2 har mottatt meldingen"],
  ["SENDT", "MOTTATT", "Hjørne 3 har mottatt meldingen"],
  ["FEILET", "FEIL", "Generell melding om at det har skjedd en feil"],
];

describe("receiptToStatus: reference-implementation.md §1.4 a), one test per row", () => {
  for (const [type, status, description] of REFERENCE_RECEIPTS) {
    it(`row ${type} → ${status} "${description}"`, () => {
      const r = receiptToStatus(receipt(type, { tidspunkt: "2026-11-23T11:00:00+01:00" }));
      expect(r.status).toBe(status);
      expect(r.description).toBe(description);
      expect(r.type).toBe(type);
      expect(r.time).toBe("2026-11-23T11:00:00+01:00");
      expect(r.timeSource).toBe("tidspunkt");
      expect(r.reason).toBeNull();
      expect(r.issues).toEqual([]);
    });
  }
  for (const [name, msg] of [
    ["digital", digital()],
    ["utskrift", utskrift()],
  ] as const) {
    it(`row ${name} (a letter arriving inbound) → ANNET "Ukjent kvittering"`, () => {
      const r = receiptToStatus(msg, { fallbackTime: "2026-11-23T12:00:00Z" });
      expect(r).toMatchObject({
        status: "ANNET",
        description: "Ukjent kvittering",
        type: name,
        time: "2026-11-23T12:00:00Z",
        timeSource: "fallback",
      });
      expect(r.reason).toMatch(/not a receipt/);
    });
  }
  it("row 'any other type string' → ANNET with the reason, never an exception", () => {
    const m = receipt("leveringskvittering") as Record<string, any>;
    const sbd = m.standardBusinessDocument;
    const odd = {
      standardBusinessDocument: {
        standardBusinessDocumentHeader: {
          ...sbd.standardBusinessDocumentHeader,
          documentIdentification: { ...sbd.standardBusinessDocumentHeader.documentIdentification, type: "kvittering" },
        },
        kvittering: sbd.leveringskvittering,
      },
    };
    const r = receiptToStatus(odd);
    expect(r).toMatchObject({
      status: "ANNET",
      description: "Ukjent kvittering",
      type: null,
      conversationId: CONVERSATION,
    });
    expect(r.reason).toMatch(/not a DPI message/);
    expect(r.issues.length).toBeGreaterThan(0);
  });
  it("the table covers every DPI type (flyttet included) and nothing else", () => {
    expect(Object.keys(dpiReceiptMapping).sort()).toEqual([...dpiTypes].sort());
    expect(dpiReceiptMapping.flyttet).toMatchObject({ status: "ANNET", description: "Ukjent kvittering" });
  });
});

describe("receiptToStatus is lossless", () => {
  it("keeps feiltype with blame and retry, detaljer, ids and the raw JWS (KLIENT)", () => {
    const m = receipt("feil", {
      feiltype: "KLIENT",
      detaljer: "Kan ikke dekryptere dokumentpakken",
      instanceIdentifier: "11111111-2222-4333-8444-555555555555",
    });
    const jws = fakeJws(m);
    const r = receiptToStatus(m, { jws });
    expect(r.feiltype).toMatchObject({ feiltype: "KLIENT", blame: "KLIENT", retryable: false });
    expect(r.detaljer).toBe("Kan ikke dekryptere dokumentpakken");
    expect(r.conversationId).toBe(CONVERSATION);
    expect(r.messageId).toBe("11111111-2222-4333-8444-555555555555");
    expect(r.process).toBe("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0");
    expect(r.jws).toBe(jws);
    expect(r.message).toEqual(m); // a copy (issue 12): never the caller's object
    expect(r.message).not.toBe(m);
  });
  it("feiltype SERVER: blamed on the server, a retry can help", () => {
    expect(receiptToStatus(receipt("feil", { feiltype: "SERVER" })).feiltype).toMatchObject({
      blame: "SERVER",
      retryable: true,
      resend: "later",
    });
  });
  it("keeps varslingskanal and beskrivelse of a varslingfeiletkvittering", () => {
    const r = receiptToStatus(receipt("varslingfeiletkvittering", { varslingskanal: "epost", beskrivelse: "Pføy" }));
    expect(r).toMatchObject({
      status: "FEIL",
      varslingskanal: "epost",
      beskrivelse: "Pføy",
      feiltype: null,
      detaljer: null,
    });
  });
  it("accepts the compact JWS itself and keeps it as jws", () => {
    const jws = fakeJws(receipt("aapningskvittering"));
    const r = receiptToStatus(jws);
    expect(r).toMatchObject({ status: "LEST", jws, type: "aapningskvittering", messageId: ORIGINAL_ID });
  });
  it("accepts real postboxes' quirks: capital-I Innbyggerpost in the standard, scopeInformation: [], the digital process on a print receipt", () => {
    const m = receipt("mottakskvittering") as any;
    const h = m.standardBusinessDocument.standardBusinessDocumentHeader;
    h.documentIdentification.standard = h.documentIdentification.standard.replace("innbyggerpost##", "Innbyggerpost##");
    h.businessScope.scope[0].scopeInformation = [];
    h.businessScope.scope[0].identifier = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";
    expect(receiptToStatus(deepFreeze(m))).toMatchObject({ status: "LEVERT", reason: null, type: "mottakskvittering" });
  });
  it("accepts JSON text", () => {
    expect(receiptToStatus(JSON.stringify(receipt("mottakskvittering"))).status).toBe("LEVERT");
  });
});

describe("receiptToStatus: bad input gives ANNET or an issue naming the field, never an exception or a mutation", () => {
  const cases: [string, unknown, RegExp][] = [
    ["undefined", undefined, /not a DPI message/],
    ["null", null, /not a DPI message/],
    ["a number", 42, /not a DPI message/],
    ["an array", [receipt("feil")], /not a DPI message/],
    ["garbage text", "hello", /neither a compact JWS nor JSON/],
    ["a JWS whose payload is not JSON", "aaaa.bbbb.cccc", /not base64url-encoded JSON/],
    ["an empty object", {}, /not a DPI message/],
  ];
  for (const [name, input, reason] of cases) {
    it(name, () => {
      const r = receiptToStatus(input);
      expect(r.status).toBe("ANNET");
      expect(r.reason).toMatch(reason);
      expect(r.issues.length).toBeGreaterThan(0);
    });
  }
  it("an invalid feil (feiltype missing) names the field", () => {
    const m = receipt("feil") as any;
    delete m.standardBusinessDocument.feil.feiltype;
    const r = receiptToStatus(deepFreeze(m));
    expect(r.status).toBe("ANNET");
    expect(r.type).toBe("feil");
    expect(r.issues.some((i) => i.pointer.startsWith("/standardBusinessDocument/feil"))).toBe(true);
  });
  it("a bad fallbackTime and a bad jws option are reported under /options, the mapping still holds", () => {
    const r = receiptToStatus(deepFreeze(receipt("leveringskvittering")), {
      fallbackTime: "yesterday",
      jws: "not a jws",
    });
    expect(r.status).toBe("LEVERT");
    expect(r.issues.map((i) => i.pointer).sort()).toEqual(["/options/fallbackTime", "/options/jws"]);
  });
  it("does not mutate a frozen input", () => {
    const m = deepFreeze(receipt("varslingfeiletkvittering"));
    expect(() => receiptToStatus(m)).not.toThrow();
  });
});

describe("apiStatusToStatus: reference-implementation.md §1.4 b), one test per row", () => {
  for (const [api, status, description] of REFERENCE_API) {
    it(`row ${api} → ${status} "${description}"`, () => {
      const r = apiStatusToStatus(
        { status: api, beskrivelse: "fra aksesspunktet", timestamp: "2021-06-29T07:12:40Z" },
        { messageId: ORIGINAL_ID },
      );
      expect(r).toMatchObject({
        status,
        description,
        apiStatus: api,
        beskrivelse: "fra aksesspunktet",
        time: "2021-06-29T07:12:40Z",
        timeSource: "timestamp",
        messageId: ORIGINAL_ID,
        reason: null,
      });
      expect(dpiApiStatusMapping[api as keyof typeof dpiApiStatusMapping].status).toBe(status);
    });
  }
  it("row 'any other value' → ANNET with the reason", () => {
    const r = apiStatusToStatus({ status: "LEVERT", timestamp: "2021-06-29T07:12:40Z" });
    expect(r).toMatchObject({ status: "ANNET", apiStatus: null, time: "2021-06-29T07:12:40Z" });
    expect(r.reason).toMatch(/unknown access-point status "LEVERT"/);
    expect(r.issues[0]).toMatchObject({ pointer: "/status", code: "enum" });
  });
  it("reference sample message_statuses.json: SENDT, then MOTTATT at 07:12:40Z", () => {
    const items = [
      { status: "OPPRETTET", timestamp: "2021-06-29T05:49:47Z" },
      { status: "SENDT", timestamp: "2021-06-29T07:12:40Z" },
    ];
    expect(items.map((i) => apiStatusToStatus(i)).map((r) => [r.status, r.time])).toEqual([
      ["SENDT", "2021-06-29T05:49:47Z"],
      ["MOTTATT", "2021-06-29T07:12:40Z"],
    ]);
  });
  it("accepts a bare status string and uses the fallback time", () => {
    expect(apiStatusToStatus("FEILET", { fallbackTime: "2026-01-01T00:00:00Z" })).toMatchObject({
      status: "FEIL",
      time: "2026-01-01T00:00:00Z",
      timeSource: "fallback",
    });
  });
  const bad: [string, unknown, string][] = [
    ["null", null, ""],
    ["a number", 3, ""],
    ["missing status", { timestamp: "2021-06-29T07:12:40Z" }, "/status"],
    ["status not a string", { status: 1 }, "/status"],
    ["a bad timestamp", { status: "SENDT", timestamp: "29.06.2021" }, "/timestamp"],
    ["a non-string beskrivelse", { status: "SENDT", beskrivelse: 5 }, "/beskrivelse"],
  ];
  for (const [name, input, pointer] of bad) {
    it(`bad input: ${name} → an issue at "${pointer}"`, () => {
      const r = apiStatusToStatus(deepFreeze(input));
      expect(r.issues.some((i) => i.pointer === pointer)).toBe(true);
    });
  }
});
