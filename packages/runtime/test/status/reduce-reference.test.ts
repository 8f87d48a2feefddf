import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceStatus, type StatusEvent } from "../../src/status/index.js";
import { canonicalJson, shortHash } from "../../src/status/identity.js";
import { parseDateTime } from "../../src/status/time.js";
import { CONVERSATION, deepFreeze, digital, fakeJws, receipt, utskrift } from "./fixtures.js";
import * as reference from "./reference/reduce.js";
import * as referenceIdentity from "./reference/identity.js";
import * as referenceTime from "./reference/time.js";

// The reducer, canonicalJson, shortHash and parseDateTime were rewritten for speed (identity caches,
// no BigInt, one sort key per event). These tests hold them to the implementation they replaced, kept
// verbatim under ./reference: same state, same events (ids included), same anomalies, same key order.

const seed = Number(process.env.FC_SEED ?? 20261123);
const numRuns = 200;

const same = (events: unknown, options?: Parameters<typeof reduceStatus>[1]) => {
  const ours = reduceStatus(events, options);
  const theirs = reference.reduceStatus(events, options);
  expect(ours).toEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  return ours;
};

const time = fc.integer({ min: 0, max: 8 }).map((m) => new Date(Date.UTC(2026, 10, 23, 9, m * 10)).toISOString());
const receiptMessage = fc
  .record({
    type: fc.constantFrom(
      "leveringskvittering",
      "mottakskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "returpostkvittering",
      "feil",
    ) as fc.Arbitrary<Parameters<typeof receipt>[0]>,
    t: fc.option(time, { nil: undefined }),
    feiltype: fc.constantFrom("KLIENT", "SERVER") as fc.Arbitrary<"KLIENT" | "SERVER">,
    conv: fc.constantFrom(CONVERSATION, CONVERSATION, "99999999-9999-4999-8999-999999999999"),
  })
  .map((r) => receipt(r.type, { tidspunkt: r.t, feiltype: r.feiltype, conversationId: r.conv }));
// The same receipt objects are reused across events, as polling does, so identity caches are exercised.
const pool = fc.array(receiptMessage, { minLength: 1, maxLength: 4 });
const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object(),
  fc.constantFrom("OPPRETTET", "SENDT", "FEILET"),
);

const eventsFrom = (receipts: unknown[]) => {
  const shared = fc.constantFrom(...receipts);
  const receiptEvent = fc.oneof(
    { weight: 6, arbitrary: shared.map((m): StatusEvent => ({ kind: "receipt", message: m })) },
    { weight: 1, arbitrary: shared.map((m): StatusEvent => ({ kind: "receipt", message: JSON.stringify(m) })) },
    { weight: 1, arbitrary: shared.map((m): StatusEvent => ({ kind: "receipt", message: fakeJws(m) })) },
    { weight: 1, arbitrary: shared.map((m): StatusEvent => ({ kind: "receipt", message: m, jws: fakeJws(m) })) },
    { weight: 1, arbitrary: shared.map((m) => ({ kind: "receipt", message: m, jws: 7 }) as unknown as StatusEvent) },
    {
      weight: 1,
      arbitrary: shared.map((m): StatusEvent => ({ kind: "receipt", message: JSON.parse(JSON.stringify(m)) })),
    },
  );
  const apiEvent = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ s: fc.constantFrom("OPPRETTET", "SENDT", "FEILET", "UKJENT"), t: time })
        .map((a): StatusEvent => ({ kind: "api-status", status: a.s, timestamp: a.t })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ s: anyValue, b: anyValue, t: fc.oneof(time, anyValue) })
        .map((a): StatusEvent => ({ kind: "api-status", status: a.s, beskrivelse: a.b, timestamp: a.t })),
    },
  );
  const other = fc.oneof(
    fc.constantFrom<StatusEvent>({ kind: "message", message: digital() }, { kind: "message", message: utskrift() }),
    time.map((t): StatusEvent => ({ kind: "expired", time: t })),
    fc.constantFrom<unknown>(
      42,
      null,
      { kind: "telegram" },
      { kind: "status", trigger: "SENDT" },
      { kind: "expired", time: "tomorrow" },
    ),
  );
  return fc.array(
    fc.oneof(
      { weight: 5, arbitrary: receiptEvent },
      { weight: 5, arbitrary: apiEvent },
      { weight: 1, arbitrary: other },
    ),
    { maxLength: 25 },
  );
};
const dpiEvents = pool.chain(eventsFrom);
const now = fc.option(fc.constantFrom("2026-11-23T09:30:00Z", "2026-11-25T00:00:00Z", "bad"), { nil: undefined });

describe("the reducer gives what the implementation it replaced gave", () => {
  it("for random events, with receipts repeated by identity, as JSON text and as JWS", () => {
    fc.assert(
      fc.property(dpiEvents, now, (es, n) => void same(es, n === undefined ? undefined : { now: n })),
      { seed, numRuns },
    );
  });

  it("for those events repeated and shuffled", () => {
    fc.assert(
      fc.property(
        dpiEvents.chain((es) =>
          fc.tuple(
            fc.constant(es),
            fc.shuffledSubarray([...es, ...es], { minLength: 2 * es.length, maxLength: 2 * es.length }),
          ),
        ),
        now,
        ([es, perm], n) => {
          const r = same(perm, { now: n ?? "2026-11-25T00:00:00Z" });
          // An invalid event is reported at its index, so only lists without one are order-independent.
          if (!r.anomalies.some((a) => a.code === "invalid-event"))
            expect(r).toEqual(reduceStatus(es, { now: n ?? "2026-11-25T00:00:00Z" }));
        },
      ),
      { seed, numRuns },
    );
  });

  it("for a polled conversation (statuses with a receipt every 10th event), twice in a row from the same objects", () => {
    const receipts = [
      receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:00:30Z" }),
      receipt("aapningskvittering", { tidspunkt: "2026-11-23T10:05:00Z" }),
    ];
    const events: StatusEvent[] = [];
    for (let i = 0; i < 2000; i++) {
      const timestamp = new Date(Date.parse("2026-11-23T10:00:00Z") + i * 1000).toISOString();
      if (i % 10 === 9) events.push({ kind: "receipt", message: receipts[((i / 10) % 2) | 0] });
      else events.push({ kind: "api-status", status: i % 10 === 0 ? "OPPRETTET" : "SENDT", timestamp });
    }
    deepFreeze(events);
    const first = same(events, { now: "2026-12-01T00:00:00Z" });
    expect(reduceStatus(events, { now: "2026-12-01T00:00:00Z" })).toEqual(first);
    expect(first.events.filter((e) => e.kind === "receipt")).toHaveLength(2);
  });

  it("other flows, generic status events", () => {
    for (const flow of ["dpo-sender", "dpv", "dpe"] as const) {
      same(
        [
          { kind: "status", trigger: "LEVERING", time: "2026-11-23T10:00:00Z" },
          { kind: "status", trigger: "NOPE", time: "2026-11-23T10:00:00Z", description: "x" },
          { kind: "status", trigger: "LEVERING", time: "2026-11-23T10:00:00Z" },
        ],
        { flow },
      );
    }
  });
});

describe("identity and time helpers give what they gave", () => {
  it("canonicalJson: key order, index-like keys, holes, cycles, bigint, functions, __proto__", () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom("0", "1", "10", "01", "-1", "4294967294", "4294967295", "__proto__", "toJSON"),
    );
    const anything = fc.anything({
      key,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (v) => void expect(canonicalJson(v)).toBe(referenceIdentity.canonicalJson(v))),
      { seed, numRuns: 2000 },
    );
    const cyclic: Record<string, unknown> = { b: 1, a: [undefined, () => 1, Symbol("s"), -0, Number.NaN, 10n] };
    cyclic.self = cyclic;
    expect(canonicalJson(cyclic)).toBe(referenceIdentity.canonicalJson(cyclic));
  });

  it("shortHash: the same FNV-1a 64 without BigInt", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => void expect(shortHash(s)).toBe(referenceIdentity.shortHash(s))),
      { seed, numRuns: 2000 },
    );
    expect(shortHash("")).toBe("cbf29ce484222325");
  });

  it("parseDateTime, including its remembered last answer", () => {
    const dateTime = fc.oneof(
      fc
        .date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc
        .date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().replace(/\.\d{3}Z$/, "Z")),
      // The UTC form with one character replaced (out-of-range fields, wrong separators, lower case).
      fc
        .tuple(
          fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
          fc.nat(23),
          fc.constantFrom("0", "1", "2", "3", "5", "6", "9", "t", "z", " ", ".", ":", "-"),
        )
        .map(([d, i, c]) => {
          const iso = d.toISOString();
          return iso.slice(0, i) + c + iso.slice(i + 1);
        }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.constantFrom("Z", "z", "+01:00", "-23:59", "+24:00"),
          fc.constantFrom("T", "t"),
        )
        .map(
          ([y, mo, d, h, s, z, t]) =>
            `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}${t}${String(h).padStart(2, "0")}:30:${String(s).padStart(2, "0")}.5${z}`,
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(dateTime, dateTime, (a, b) => {
        for (const v of [a, b, a, a]) expect(parseDateTime(v)).toBe(referenceTime.parseDateTime(v));
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe("what the reducer remembers across calls", () => {
  const events = (m: unknown): StatusEvent[] => [
    { kind: "api-status", status: "OPPRETTET", timestamp: "2026-11-23T09:00:00Z" },
    { kind: "receipt", message: m },
    { kind: "receipt", message: m, jws: typeof m === "string" ? undefined : fakeJws(m) },
  ];

  it("a receipt object reduced again gives the same state, with results of its own", () => {
    const m = receipt("feil", { tidspunkt: "2026-11-23T10:00:00Z", feiltype: "KLIENT" });
    const first = same(events(m));
    const again = same(events(m));
    expect(again).toEqual(first);
    // Results are the caller's: changing one leaves the next untouched.
    const r = first.events.find((e) => e.receipt)!.receipt! as unknown as { issues: unknown[]; status: string };
    r.issues.push({ pointer: "", code: "x", message: "x" });
    r.status = "CHANGED";
    expect(same(events(m))).toEqual(again);
    expect(again.events.find((e) => e.receipt)!.receipt).not.toBe(first.events.find((e) => e.receipt)!.receipt);
  });

  it("an equal receipt in another object, or as text (read afresh each call), gets the same identity", () => {
    const m = receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:00:00Z" });
    const ids = (r: ReturnType<typeof reduceStatus>) => r.events.map((e) => e.id);
    const base = same(events(m));
    expect(ids(same(events(JSON.parse(JSON.stringify(m)))))).toEqual(ids(base));
    const text = JSON.stringify(m);
    expect(ids(same(events(text)))).toEqual(ids(same(events(text))));
    const invalid = { ...m, standardBusinessDocument: 1 };
    expect(same(events(invalid)).status).toBe(same(events(invalid)).status);
  });
});

it("a receipt given as text yields a fresh message each call", () => {
  const text = JSON.stringify(receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:00:00Z" }));
  const one = reduceStatus([{ kind: "receipt", message: text }]).events.find((e) => e.receipt)!.receipt!.message;
  const two = reduceStatus([{ kind: "receipt", message: text }]).events.find((e) => e.receipt)!.receipt!.message;
  expect(two).toEqual(one);
  expect(two).not.toBe(one);
});
