import fc from "fast-check";
import { statusFlows, type StatusFlow, type StatusFlowId } from "@innbyggerpost/contracts";
import { describe, expect, it } from "vitest";
import { reduceStatus, type StatusEvent } from "../../src/status/index.js";
import { canonicalJson } from "../../src/status/identity.js";
import { CONVERSATION, digital, receipt, utskrift } from "./fixtures.js";

const seed = Number(process.env.FC_SEED ?? 20261123);
const numRuns = 150;

// Few distinct minutes, so that ties (same instant) are common.
const time = fc.integer({ min: 0, max: 8 }).map((m) => new Date(Date.UTC(2026, 10, 23, 9, m * 10)).toISOString());
const receiptEvent: fc.Arbitrary<StatusEvent> = fc
  .record({
    type: fc.constantFrom(
      "leveringskvittering",
      "mottakskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "returpostkvittering",
      "feil",
    ) as fc.Arbitrary<Parameters<typeof receipt>[0]>,
    t: time,
    kanal: fc.constantFrom("sms", "epost") as fc.Arbitrary<"sms" | "epost">,
    feiltype: fc.constantFrom("KLIENT", "SERVER") as fc.Arbitrary<"KLIENT" | "SERVER">,
    conv: fc.constantFrom(CONVERSATION, CONVERSATION, CONVERSATION, "99999999-9999-4999-8999-999999999999"),
  })
  .map((r) => ({
    kind: "receipt",
    message: receipt(r.type, { tidspunkt: r.t, varslingskanal: r.kanal, feiltype: r.feiltype, conversationId: r.conv }),
  }));
const apiEvent: fc.Arbitrary<StatusEvent> = fc
  .record({ s: fc.constantFrom("OPPRETTET", "SENDT", "FEILET", "UKJENT"), t: time })
  .map((a) => ({ kind: "api-status", status: a.s, timestamp: a.t }));
const letterEvent: fc.Arbitrary<StatusEvent> = fc.constantFrom<StatusEvent>(
  { kind: "message", message: digital() },
  { kind: "message", message: utskrift() },
);
const expiredEvent: fc.Arbitrary<StatusEvent> = time.map((t) => ({ kind: "expired", time: t }));
const dpiEvents = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: receiptEvent },
    { weight: 3, arbitrary: apiEvent },
    { weight: 1, arbitrary: letterEvent },
    { weight: 1, arbitrary: expiredEvent },
  ),
  { maxLength: 10 },
);
const now = fc.option(fc.constantFrom("2026-11-23T09:30:00Z", "2026-11-25T00:00:00Z"), { nil: undefined });

/** Generic events for any flow: its triggers by name, sometimes an unknown one. */
const flowIds = Object.keys(statusFlows) as StatusFlowId[];
const flowEvents = fc.constantFrom(...flowIds).chain((id) => {
  const flow = statusFlows[id] as StatusFlow;
  const trigger = fc.constantFrom(...flow.triggers.map((t) => t.id), "NOT_A_TRIGGER");
  return fc.tuple(
    fc.constant(id),
    fc.array(
      fc.record({ trigger, t: time }).map((e): StatusEvent => ({ kind: "status", trigger: e.trigger, time: e.t })),
      { maxLength: 10 },
    ),
  );
});

const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

describe("reducer properties (fast-check, fixed seed; FC_SEED overrides)", () => {
  it("any permutation of the same events gives the same state (DPI)", () => {
    fc.assert(
      fc.property(
        dpiEvents.chain((es) => fc.tuple(fc.constant(es), shuffled(es))),
        now,
        ([es, perm], n) => {
          expect(reduceStatus(perm, { now: n })).toEqual(reduceStatus(es, { now: n }));
        },
      ),
      { seed, numRuns },
    );
  });

  it("any permutation of the same events gives the same state (every flow)", () => {
    fc.assert(
      fc.property(
        flowEvents.chain(([id, es]) => fc.tuple(fc.constant(id), fc.constant(es), shuffled(es))),
        ([id, es, perm]) => {
          expect(reduceStatus(perm, { flow: id })).toEqual(reduceStatus(es, { flow: id }));
        },
      ),
      { seed, numRuns },
    );
  });

  it("adding a duplicate changes nothing", () => {
    fc.assert(
      fc.property(
        dpiEvents.filter((es) => es.length > 0),
        fc.nat(),
        now,
        (es, i, n) => {
          const dup = JSON.parse(JSON.stringify(es[i % es.length]));
          expect(reduceStatus([...es, dup], { now: n })).toEqual(reduceStatus(es, { now: n }));
        },
      ),
      { seed, numRuns },
    );
  });

  it("a terminal state stays terminal: after an event reaches one, no later event changes the state", () => {
    const check = (r: ReturnType<typeof reduceStatus>, flow: StatusFlow) => {
      let terminalAt: string | null = null;
      for (const e of r.events) {
        if (terminalAt !== null && e.outcome !== "other-conversation")
          expect([e.from, e.to]).toEqual([terminalAt, terminalAt]);
        if (terminalAt === null && flow.states.find((s) => s.id === e.to)!.terminal) terminalAt = e.to;
      }
      if (terminalAt !== null) expect(r.state).toBe(terminalAt);
    };
    fc.assert(
      fc.property(dpiEvents, now, (es, n) => check(reduceStatus(es, { now: n }), statusFlows.dpi as StatusFlow)),
      { seed, numRuns },
    );
    fc.assert(
      fc.property(flowEvents, ([id, es]) => check(reduceStatus(es, { flow: id }), statusFlows[id] as StatusFlow)),
      { seed, numRuns },
    );
  });

  it("no event is lost: every distinct input is in events, exactly once, and nothing else but synthetic ones", () => {
    fc.assert(
      fc.property(dpiEvents, now, (es, n) => {
        const r = reduceStatus(es, { now: n });
        const distinct = new Set(es.map((e) => canonicalJson(e)));
        expect(r.events.filter((e) => !e.synthetic)).toHaveLength(distinct.size);
        expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
        for (const e of r.events.filter((x) => x.synthetic)) expect(["MOTTATT", "LEVETID_UTLOPT"]).toContain(e.status);
      }),
      { seed, numRuns },
    );
  });

  it("every anomaly names an event that is kept, and every event not applied has an anomaly", () => {
    fc.assert(
      fc.property(dpiEvents, (es) => {
        const r = reduceStatus(es);
        const ids = new Set(r.events.map((e) => e.id));
        for (const a of r.anomalies) if (a.eventId) expect(ids.has(a.eventId)).toBe(true);
        for (const e of r.events.filter(
          (x) => x.outcome === "anomaly" || x.outcome === "unknown" || x.outcome === "other-conversation",
        )) {
          expect(r.anomalies.some((a) => a.eventId === e.id)).toBe(true);
        }
      }),
      { seed, numRuns },
    );
  });
});
