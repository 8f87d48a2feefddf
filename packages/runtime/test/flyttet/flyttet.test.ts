import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { flyttetRules, validate } from "@innbyggerpost/contracts";
import { describe, expect, it } from "vitest";
import { buildFlyttet, checkFlyttetEligibility, type LetterState } from "../../src/flyttet/index.js";
import { deepFreeze, digital } from "../status/fixtures.js";

const NOW = "2026-11-25T12:00:00+01:00";
const EPOST = { epostadresse: "ola@example.no", varslingstekst: "Du har post.", repetisjoner: [0, 7] };
const SMS = { mobiltelefonnummer: "+4799999999", varslingstekst: "Du har post.", repetisjoner: [0] };
const state = (o: Partial<LetterState> & { letter?: unknown } = {}): LetterState => ({
  letter: digital(),
  receivedAt: "2026-11-23T10:20:00+01:00",
  ...o,
});
const codes = (s: unknown) => checkFlyttetEligibility(s, { now: NOW }).reasons.map((r) => r.code);

describe("seeds/004: post that may be moved (one test per row)", () => {
  it(`"${flyttetRules.mayMove[0]!.text}" — opened, receipt sent, notifications ended by the citizen`, () => {
    expect(
      codes(
        state({
          letter: digital({ aapningskvittering: true, varsler: { epostvarsel: EPOST } }),
          opened: true,
          openingReceiptSent: true,
          notifications: { epost: "ended-by-citizen" },
        }),
      ),
    ).toEqual([]);
  });
  it(`"${flyttetRules.mayMove[1]!.text}" — completed, or failed and reported`, () => {
    expect(
      codes(
        state({
          letter: digital({ varsler: { epostvarsel: EPOST, smsvarsel: SMS } }),
          notifications: { epost: "completed", sms: "failed-reported" },
        }),
      ),
    ).toEqual([]);
  });
  it(`"${flyttetRules.mayMove[2]!.text}"`, () => {
    expect(
      codes(state({ letter: digital({ aapningskvittering: true }), opened: true, openingReceiptSent: true })),
    ).toEqual([]);
  });
  it(`"${flyttetRules.mayMove[3]!.text}"`, () => {
    expect(checkFlyttetEligibility(state(), { now: NOW })).toMatchObject({ eligible: true, reasons: [] });
  });
});

describe("seeds/004: post that may not be moved (one test per row, each with its code)", () => {
  it(`"${flyttetRules.mayNotMove["virkningsdato-in-future"].text}" — virkningsdato and virkningstidspunkt`, () => {
    const r = checkFlyttetEligibility(
      state({ letter: digital({ virkningsdato: "2026-11-26", virkningstidspunkt: "2026-11-26T08:00:00+01:00" }) }),
      { now: NOW },
    );
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => [x.code, x.pointer])).toEqual([
      ["virkningsdato-in-future", "/letter/standardBusinessDocument/digital/virkningstidspunkt"],
      ["virkningsdato-in-future", "/letter/standardBusinessDocument/digital/virkningsdato"],
    ]);
    expect(codes(state({ letter: digital({ virkningsdato: "2026-11-25" }) }))).toEqual([]); // today is visible
  });
  it(`"${flyttetRules.mayNotMove["opening-receipt-pending"].text}" — not opened, or opened but the receipt not sent`, () => {
    expect(codes(state({ letter: digital({ aapningskvittering: true }) }))).toEqual(["opening-receipt-pending"]);
    expect(codes(state({ letter: digital({ aapningskvittering: true }), opened: true }))).toEqual([
      "opening-receipt-pending",
    ]);
  });
  it(`"${flyttetRules.mayNotMove["notification-pending"].text}" — pending, or not reported at all`, () => {
    const r = checkFlyttetEligibility(
      state({
        letter: digital({ varsler: { epostvarsel: EPOST, smsvarsel: SMS } }),
        notifications: { epost: "pending" },
      }),
      { now: NOW },
    );
    expect(r.reasons.map((x) => [x.code, x.pointer.split("/").at(-1)])).toEqual([
      ["notification-pending", "epostvarsel"],
      ["notification-pending", "smsvarsel"],
    ]);
  });
  it("lists every reason at once, not just the first", () => {
    expect(
      codes(
        state({
          letter: digital({ virkningsdato: "2027-01-01", aapningskvittering: true, varsler: { smsvarsel: SMS } }),
        }),
      ),
    ).toEqual(["virkningsdato-in-future", "opening-receipt-pending", "notification-pending"]);
  });
});

const seedsDir = resolve(import.meta.dirname, "../../../../../shared/spec/seeds");
describe.skipIf(!existsSync(seedsDir))("seeds/004 text matches schemas/status/flyttet.json", () => {
  const text = existsSync(seedsDir)
    ? readFileSync(join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith("004_"))!), "utf8").replace(
        /\s+/g,
        " ",
      )
    : "";
  for (const r of [...flyttetRules.mayMove, ...Object.values(flyttetRules.mayNotMove)]) {
    it(`"${r.text}"`, () => expect(text).toContain(r.text));
  }
});

describe("delivery time: the later of the receiving date and virkningstidspunkt (or virkningsdato)", () => {
  const cases: [string, Parameters<typeof digital>[0], string, string, string][] = [
    [
      "received after virkningstidspunkt",
      { virkningstidspunkt: "2026-11-22T08:00:00+01:00" },
      "2026-11-23T10:20:00+01:00",
      "2026-11-23T10:20:00+01:00",
      "receivedAt",
    ],
    [
      "virkningstidspunkt after receiving",
      { virkningstidspunkt: "2026-11-24T08:00:00+01:00" },
      "2026-11-23T10:20:00+01:00",
      "2026-11-24T08:00:00+01:00",
      "virkningstidspunkt",
    ],
    [
      "virkningsdato after the receiving date",
      { virkningsdato: "2026-11-24" },
      "2026-11-23",
      "2026-11-24",
      "virkningsdato",
    ],
    [
      "a date-time on the virkningsdato itself is later than its start",
      { virkningsdato: "2026-11-23" },
      "2026-11-23T10:20:00+01:00",
      "2026-11-23T10:20:00+01:00",
      "receivedAt",
    ],
    [
      "virkningstidspunkt wins over virkningsdato when both are given",
      { virkningsdato: "2026-11-24", virkningstidspunkt: "2026-11-24T09:00:00+01:00" },
      "2026-11-23",
      "2026-11-24T09:00:00+01:00",
      "virkningstidspunkt",
    ],
  ];
  for (const [name, letter, receivedAt, value, source] of cases) {
    it(name, () =>
      expect(
        checkFlyttetEligibility(state({ letter: digital(letter), receivedAt }), { now: NOW }).deliveryTime,
      ).toEqual({ value, source }),
    );
  }
});

describe("eligibility is 'no' exactly when a reason is listed (property)", () => {
  it("holds for arbitrary letter states", () => {
    const progress = fc.constantFrom("pending", "completed", "failed-reported", "ended-by-citizen", "bogus", undefined);
    const arb = fc.record({
      vd: fc.option(fc.constantFrom("2026-11-20", "2026-11-25", "2026-12-01", "not-a-date"), { nil: undefined }),
      vt: fc.option(fc.constantFrom("2026-11-20T08:00:00+01:00", "2026-12-01T08:00:00+01:00"), { nil: undefined }),
      kv: fc.boolean(),
      e: fc.boolean(),
      s: fc.boolean(),
      opened: fc.option(fc.boolean(), { nil: undefined }),
      sent: fc.option(fc.boolean(), { nil: undefined }),
      pe: progress,
      ps: progress,
      received: fc.constantFrom("2026-11-23", "2026-11-23T10:20:00+01:00", "yesterday"),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const letter = digital({
          ...(a.vd ? { virkningsdato: a.vd } : {}),
          ...(a.vt ? { virkningstidspunkt: a.vt } : {}),
          aapningskvittering: a.kv,
          varsler: { ...(a.e ? { epostvarsel: EPOST } : {}), ...(a.s ? { smsvarsel: SMS } : {}) },
        });
        const r = checkFlyttetEligibility(
          deepFreeze({
            letter,
            receivedAt: a.received,
            opened: a.opened,
            openingReceiptSent: a.sent,
            notifications: { ...(a.pe ? { epost: a.pe } : {}), ...(a.ps ? { sms: a.ps } : {}) },
          }),
          { now: NOW },
        );
        expect(r.eligible).toBe(r.reasons.length === 0);
      }),
      { seed: Number(process.env.FC_SEED ?? 20261123), numRuns: 300 },
    );
  });
});

describe("bad input: reasons naming the field, never an exception", () => {
  const cases: [string, unknown, unknown, string][] = [
    ["not an object", 7, { now: NOW }, ""],
    ["no letter", { receivedAt: "2026-11-23" }, { now: NOW }, "/letter"],
    ["a bad receivedAt", { letter: digital(), receivedAt: "igår" }, { now: NOW }, "/receivedAt"],
    ["a bad now", { letter: digital(), receivedAt: "2026-11-23" }, { now: "now" }, "/options/now"],
    [
      "a bad progress",
      { letter: digital(), receivedAt: "2026-11-23", notifications: { sms: "done" } },
      { now: NOW },
      "/notifications/sms",
    ],
    ["opened not boolean", { letter: digital(), receivedAt: "2026-11-23", opened: "yes" }, { now: NOW }, "/opened"],
  ];
  for (const [name, s, o, pointer] of cases) {
    it(name, () => {
      const r = checkFlyttetEligibility(deepFreeze(s), deepFreeze(o) as never);
      expect(r.eligible).toBe(false);
      expect(r.reasons).toContainEqual(expect.objectContaining({ code: "invalid-input", pointer }));
    });
  }
});

describe("buildFlyttet", () => {
  const opts = {
    now: NOW,
    sender: "984661185",
    receiver: "0192:922020175",
    maskinportentoken: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
    postkasseadresse: "0000487204",
    conversationId: "2b6f0cc9-1f5e-4b8e-9a4c-3d2e1f0a9b8c",
    messageId: "3c7a1dd0-2e6f-4c9f-8b5d-4e3f2a1b0c9d",
  };
  it("builds a strict-valid flyttet from the original letter and its state", () => {
    const original = deepFreeze(
      digital({ virkningsdato: "2026-11-20", aapningskvittering: true, varsler: { epostvarsel: EPOST } }),
    );
    const r = buildFlyttet(
      {
        letter: original,
        receivedAt: "2026-11-23T10:20:00+01:00",
        opened: true,
        openingReceiptSent: true,
        notifications: { epost: "completed" },
      },
      opts,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = validate(r.message, { profile: "strict" });
    expect(v.ok ? v.type : v.errors).toBe("flyttet");
    const f = r.message.standardBusinessDocument.flyttet;
    expect(f).toMatchObject({
      mottakstidspunkt: "2026-11-23",
      aapnet: true,
      tidspunkt: NOW,
      mottaker: { postkasseadresse: "0000487204" },
      virkningsdato: "2026-11-20",
      aapningskvittering: true,
      ikkesensitivtittel: "Vedtak om barnehageplass",
    });
    expect(f.dokumentpakkefingeravtrykk).toEqual(original.standardBusinessDocument.digital.dokumentpakkefingeravtrykk);
    expect(r.message.standardBusinessDocument.standardBusinessDocumentHeader.businessScope.scope[0]!.identifier).toBe(
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
    );
    expect(r.deliveryTime).toEqual({ value: "2026-11-23T10:20:00+01:00", source: "receivedAt" });
  });
  it("refuses a letter that may not be moved, with every reason", () => {
    const r = buildFlyttet(state({ letter: digital({ aapningskvittering: true, varsler: { smsvarsel: SMS } }) }), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons.map((x) => x.code)).toEqual(["opening-receipt-pending", "notification-pending"]);
  });
  it("reports bad options under /options", () => {
    const r = buildFlyttet(state(), { ...opts, maskinportentoken: "", sender: "123" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.pointer)).toContain("/options/maskinportentoken");
    const r2 = buildFlyttet(state(), { ...opts, sender: "123" });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.map((e) => e.pointer)).toContain("/options/sender");
  });
});
