import { describe, expect, it } from "vitest";
import {
  isTerminal,
  reduceStatus,
  shouldResend,
  whatCanStillHappen,
  type StatusEvent,
} from "../../src/status/index.js";
import { CONVERSATION, deepFreeze, digital, fakeJws, receipt, utskrift } from "./fixtures.js";

const at = (hhmm: string, day = 23) => `2026-11-${day}T${hhmm}:00+01:00`;
const api = (status: string, time: string): StatusEvent => ({ kind: "api-status", status, timestamp: time });
const rc = (type: Parameters<typeof receipt>[0], time: string, o: Parameters<typeof receipt>[1] = {}): StatusEvent => ({
  kind: "receipt",
  message: receipt(type, { tidspunkt: time, ...o }),
});
const letter = (o: Parameters<typeof digital>[0] = {}): StatusEvent => ({ kind: "message", message: digital(o) });
const moved = (r: ReturnType<typeof reduceStatus>) =>
  r.events.filter((e) => e.outcome === "moved").map((e) => `${e.to}${e.synthetic ? "*" : ""}`);

describe("reference-implementation.md §1.8 scenarios, with the better answer where the reference loses information", () => {
  it("digital, happy path, aapningskvittering requested: OPPRETTET, SENDT, MOTTATT, LEVERT, LEST", () => {
    const r = reduceStatus([
      letter({ aapningskvittering: true }),
      api("OPPRETTET", at("10:16")),
      api("SENDT", at("10:17")),
      rc("leveringskvittering", at("10:20")),
      rc("aapningskvittering", at("12:00")),
    ]);
    expect(moved(r)).toEqual(["SENDT", "MOTTATT", "LEVERT", "LEST"]);
    expect(r).toMatchObject({
      state: "LEST",
      status: "LEST",
      terminal: true,
      soft: false,
      since: at("12:00"),
      conversationId: CONVERSATION,
      anomalies: [],
    });
    expect(r.events[0]).toMatchObject({ kind: "message", status: "OPPRETTET", outcome: "kept" });
  });

  it("leveringskvittering polled before the access point's SENDT: a synthetic MOTTATT at LEVERT − 1 s, marked synthetic", () => {
    const r = reduceStatus([
      letter(),
      api("OPPRETTET", at("10:16")),
      rc("leveringskvittering", at("10:20")),
      rc("aapningskvittering", at("12:00")),
    ]);
    expect(moved(r)).toEqual(["SENDT", "MOTTATT*", "LEVERT", "LEST"]);
    const syn = r.events.find((e) => e.synthetic)!;
    expect(syn).toMatchObject({
      status: "MOTTATT",
      kind: "synthetic",
      time: "2026-11-23T09:19:59.000Z",
      timeSource: "derived",
    });
    expect(syn.reason).toMatch(/LEVERT arrived before/);
  });

  it("a synthetic event never precedes its cause: MOTTATT is stamped no earlier than the event that set the state it leaves", () => {
    // LEVERT half a second after OPPRETTET: LEVERT − 1 s would be before OPPRETTET.
    const r = reduceStatus([
      api("OPPRETTET", "2026-11-23T09:16:00.000Z"),
      rc("leveringskvittering", "2026-11-23T09:16:00.500Z"),
    ]);
    expect(moved(r)).toEqual(["SENDT", "MOTTATT*", "LEVERT"]);
    expect(r.events.map((e) => e.time)).toEqual([
      "2026-11-23T09:16:00.000Z",
      "2026-11-23T09:16:00.000Z",
      "2026-11-23T09:16:00.500Z",
    ]);
  });

  it("a letter created after its LEVERT (clock skew) is applied first: the synthetic MOTTATT follows it, stamped no earlier", () => {
    const r = reduceStatus([letter({ created: "2026-11-23T10:30:00+01:00" }), rc("leveringskvittering", at("10:20"))]);
    expect(r.events.map((e) => `${e.kind}:${e.from}->${e.to}`)).toEqual([
      "message:OPPRETTET->OPPRETTET",
      "synthetic:OPPRETTET->MOTTATT",
      "receipt:MOTTATT->LEVERT",
    ]);
    const syn = r.events.find((e) => e.synthetic)!;
    expect(syn.time).toBe("2026-11-23T09:30:00.000Z");
    expect(r.anomalies).toEqual([]);
  });

  it("better: when the access point's SENDT exists but is stamped after LEVERT, no synthetic MOTTATT; the real one is kept", () => {
    const r = reduceStatus([
      api("OPPRETTET", at("10:16")),
      rc("leveringskvittering", at("10:20")),
      api("SENDT", at("10:25")),
    ]);
    expect(r.events.some((e) => e.synthetic)).toBe(false);
    expect(r.events.find((e) => e.trigger === "api:SENDT")).toMatchObject({
      outcome: "kept",
      status: "MOTTATT",
      from: "LEVERT",
    });
    expect(r.state).toBe("LEVERT");
  });

  it("SMS notification fails, then the letter is read: FEIL is soft, LEST follows; both failed channels are kept (the reference drops the second)", () => {
    const r = reduceStatus([
      letter({ aapningskvittering: true }),
      api("OPPRETTET", at("10:16")),
      api("SENDT", at("10:17")),
      rc("leveringskvittering", at("10:20")),
      rc("varslingfeiletkvittering", at("11:00"), { varslingskanal: "sms", beskrivelse: "Ugyldig nummer" }),
      rc("varslingfeiletkvittering", at("11:05"), { varslingskanal: "epost" }),
    ]);
    expect(r).toMatchObject({ state: "FEIL_VARSLING", status: "FEIL", terminal: false, soft: true, anomalies: [] });
    const channels = r.events
      .filter((e) => e.trigger === "varslingfeiletkvittering")
      .map((e) => [e.receipt?.varslingskanal, e.outcome]);
    expect(channels).toEqual([
      ["sms", "moved"],
      ["epost", "kept"],
    ]);
    expect(shouldResend(r).advice).toBe("no");
    const read = reduceStatus([
      rc("aapningskvittering", at("13:00")),
      rc("varslingfeiletkvittering", at("11:00"), { varslingskanal: "sms" }),
      rc("leveringskvittering", at("10:20")),
    ]);
    expect(read).toMatchObject({ state: "LEST", terminal: true, anomalies: [] });
  });

  it("print, returned letter: mottakskvittering → LEVERT, the leveringskvittering is kept (not dropped), returpost → FEIL (terminal)", () => {
    const r = reduceStatus([
      { kind: "message", message: utskrift() },
      api("OPPRETTET", at("10:16")),
      api("SENDT", at("10:17")),
      rc("mottakskvittering", at("10:30")),
      rc("leveringskvittering", at("16:00")),
      rc("returpostkvittering", at("09:00", 30)),
    ]);
    expect(moved(r)).toEqual(["SENDT", "MOTTATT", "LEVERT", "FEIL_RETURPOST"]);
    expect(r.events.find((e) => e.trigger === "leveringskvittering")).toMatchObject({
      outcome: "kept",
      status: "LEVERT",
    });
    expect(r).toMatchObject({ status: "FEIL", terminal: true, anomalies: [] });
    expect(shouldResend(r)).toMatchObject({ advice: "after-fix", blame: "KLIENT" });
  });

  it("C2 never delivers within 24 h: LEVETID_UTLOPT derived from the expected response time and now; a later LEVERT is kept and reported", () => {
    const events = [letter(), api("OPPRETTET", at("10:16")), api("SENDT", at("10:17"))];
    const expired = reduceStatus(events, { now: at("12:00", 24) });
    expect(expired).toMatchObject({
      state: "LEVETID_UTLOPT",
      terminal: true,
      expectedResponseTime: "2026-11-24T10:15:30+01:00",
      since: "2026-11-24T10:15:30+01:00",
    });
    expect(expired.events.at(-1)).toMatchObject({ synthetic: true, timeSource: "derived", status: "LEVETID_UTLOPT" });
    expect(shouldResend(expired).advice).toBe("yes");
    const notYet = reduceStatus(events, { now: at("10:00", 24) });
    expect(notYet.state).toBe("MOTTATT");
    const late = reduceStatus([...events, rc("leveringskvittering", at("09:00", 25))], { now: at("12:00", 25) });
    expect(late.state).toBe("LEVETID_UTLOPT");
    expect(late.anomalies).toEqual([
      expect.objectContaining({ code: "after-terminal", from: "LEVETID_UTLOPT", trigger: "leveringskvittering" }),
    ]);
    expect(late.events.find((e) => e.trigger === "leveringskvittering")).toMatchObject({ outcome: "anomaly" });
    expect(shouldResend(late)).toMatchObject({ advice: "no" });
  });

  it("no expiry once delivered: LEVERT before the expected response time stays LEVERT", () => {
    const r = reduceStatus([letter(), rc("leveringskvittering", at("10:20"))], { now: at("12:00", 30) });
    expect(r.state).toBe("LEVERT");
    expect(r.events.some((e) => e.status === "LEVETID_UTLOPT")).toBe(false);
  });

  it("schema-invalid payload at send: OPPRETTET, then LEVETID_UTLOPT after 24 h (default TTL from creation when no expectedResponseDateTime)", () => {
    const r = reduceStatus([letter({ expected: null })], { now: at("10:16", 24) });
    expect(r).toMatchObject({ state: "LEVETID_UTLOPT", expectedResponseTime: "2026-11-24T09:15:30.000Z" });
  });
});

describe("identity, conversations and anomalies", () => {
  it("the same receipt twice (object and JWS, keys reordered) is one event, and the JWS is kept", () => {
    const m = receipt("leveringskvittering");
    const reordered = JSON.parse(
      JSON.stringify({
        standardBusinessDocument: {
          leveringskvittering: m.standardBusinessDocument.leveringskvittering,
          standardBusinessDocumentHeader: m.standardBusinessDocument.standardBusinessDocumentHeader,
        },
      }),
    );
    const jws = fakeJws(reordered);
    const r = reduceStatus([
      { kind: "receipt", message: m },
      { kind: "receipt", message: jws },
    ]);
    expect(r.events).toHaveLength(2); // the synthetic MOTTATT and the receipt
    expect(r.events.filter((e) => !e.synthetic)[0]!.receipt!.jws).toBe(jws);
  });

  it("identity is not the instanceIdentifier: two receipts reusing the original's id are both kept", () => {
    const a = rc("varslingfeiletkvittering", at("11:00"), { varslingskanal: "sms" });
    const b = rc("varslingfeiletkvittering", at("11:00"), { varslingskanal: "epost" });
    const r = reduceStatus([a, b]);
    expect(r.events.filter((e) => e.kind === "receipt")).toHaveLength(2);
  });

  it("events from another conversation are an anomaly, kept, and not applied", () => {
    const r = reduceStatus([
      letter(),
      rc("leveringskvittering", at("10:20")),
      rc("feil", at("10:21"), { conversationId: "99999999-9999-4999-8999-999999999999" }),
    ]);
    expect(r.state).toBe("LEVERT");
    expect(r.anomalies).toEqual([expect.objectContaining({ code: "conversation-mismatch" })]);
    expect(r.events.find((e) => e.trigger === "feil")).toMatchObject({
      outcome: "other-conversation",
      conversationId: "99999999-9999-4999-8999-999999999999",
    });
  });

  it("LEVERT after a feil is an anomaly after a terminal state; the state stays FEIL", () => {
    const r = reduceStatus([rc("feil", at("10:20"), { feiltype: "SERVER" }), rc("leveringskvittering", at("10:30"))]);
    expect(r).toMatchObject({ state: "FEIL", terminal: true });
    expect(r.anomalies[0]).toMatchObject({ code: "after-terminal", from: "FEIL", trigger: "leveringskvittering" });
    expect(shouldResend(r)).toMatchObject({ advice: "later", blame: "SERVER", retryable: true });
  });

  it("the access point's FEILET after MOTTATT is impossible (not terminal): reported, state kept", () => {
    const r = reduceStatus([api("SENDT", at("10:17")), api("FEILET", at("10:18"))]);
    expect(r.state).toBe("MOTTATT");
    expect(r.anomalies[0]).toMatchObject({ code: "impossible-transition", from: "MOTTATT", trigger: "api:FEILET" });
  });

  it("a feil KLIENT: fix and send a new message; blame KLIENT", () => {
    const r = reduceStatus([rc("feil", at("10:20"), { feiltype: "KLIENT", detaljer: "Ugyldig postkasseadresse" })]);
    expect(shouldResend(r)).toMatchObject({ advice: "after-fix", blame: "KLIENT", retryable: false });
    expect(shouldResend(r).reason).toMatch(/Ugyldig postkasseadresse/);
  });

  it("a letter given as a receipt (digital) is an unknown event: ANNET, reported, state unchanged", () => {
    const r = reduceStatus([{ kind: "receipt", message: digital() }]);
    expect(r.state).toBe("OPPRETTET");
    expect(r.events[0]).toMatchObject({ status: "ANNET", outcome: "unknown" });
    expect(r.anomalies[0]!.code).toBe("unknown-event");
  });

  it("ties: LEVERT and LEST at the same instant apply in lifecycle order, whatever the input order", () => {
    const a = reduceStatus([rc("aapningskvittering", at("10:20")), rc("leveringskvittering", at("10:20"))]);
    const b = reduceStatus([rc("leveringskvittering", at("10:20")), rc("aapningskvittering", at("10:20"))]);
    expect(a.state).toBe("LEST");
    expect(a).toEqual(b);
  });

  it("returns the table's view through the helpers", () => {
    expect(isTerminal({ state: "LEVERT" })).toBe(false);
    expect(isTerminal({ state: "LEST" })).toBe(true);
    expect(isTerminal({ state: "nonsense" })).toBe(false);
    expect(
      whatCanStillHappen({ state: "LEVERT" })
        .map((t) => t.trigger)
        .sort(),
    ).toEqual(["aapningskvittering", "feil", "returpostkvittering", "varslingfeiletkvittering"]);
    expect(whatCanStillHappen({ state: "SENDT", flow: "dpv" }).map((t) => t.to)).toEqual(["LEVERT", "LEST", "FEIL"]);
  });
});

describe("bad input: typed anomalies naming the field, no exception, no mutation", () => {
  const cases: [string, unknown, unknown, string, string][] = [
    ["events not an array", { kind: "message" }, undefined, "invalid-input", ""],
    ["an event that is not an object", [42], undefined, "invalid-event", "/0"],
    ["an unknown kind", [{ kind: "telegram" }], undefined, "invalid-event", "/0"],
    ["a status event without a time", [{ kind: "status", trigger: "SENDT" }], undefined, "invalid-event", "/0"],
    ["an expired event with a bad time", [{ kind: "expired", time: "tomorrow" }], undefined, "invalid-event", "/0"],
    ["a bad now", [], { now: "now" }, "bad-option", "/options/now"],
    ["an unknown flow", [], { flow: "dpx" }, "bad-option", "/options/flow"],
    ["a non-string conversationId", [], { conversationId: 7 }, "bad-option", "/options/conversationId"],
  ];
  for (const [name, events, options, code, pointer] of cases) {
    it(name, () => {
      const r = reduceStatus(deepFreeze(events), deepFreeze(options) as never);
      expect(r.anomalies).toContainEqual(expect.objectContaining({ code, pointer }));
      expect(r.state).toBe("OPPRETTET");
    });
  }
  it("does not mutate frozen events", () => {
    const events = deepFreeze([letter(), rc("leveringskvittering", at("10:20")), api("SENDT", at("10:17"))]);
    expect(() => reduceStatus(events, { now: at("10:00", 30) })).not.toThrow();
  });
});
