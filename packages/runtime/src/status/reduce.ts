import { dpiApiStatusMapping, statusFlows, type EformidlingStatus, type FlowState, type StatusFlow, type StatusFlowId, type StatusService } from "@innbyggerpost/contracts";
import { checkReturpost } from "../print-rules/print.js";
import { canonicalJson, FNV_OFFSET, fnvState, shortHash, shortHashJsonString, withShortHashJsonString, type FnvState } from "./identity.js";
import { apiStatusToStatus, headerFacts, receiptToStatus, type ApiStatusResult, type ReceiptStatus, type TimeSource } from "./receipt.js";
import { reasonOf, shown } from "../support/problem.js";
import { isoUtc, parseDateTime, readTime } from "./time.js";
import { applyTrigger, syntheticBefore } from "./apply.js";

/**
 * One thing that happened to a message. The reducer takes them in any order.
 * - `message`: the original letter (digital or utskrift SBD); it marks OPPRETTET and carries the expected response time.
 * - `receipt`: a receipt or feil SBD (object, JSON text or compact JWS), optionally with its raw JWS.
 * - `api-status`: one item of the access point's GET /messages/out/{id}/statuses.
 * - `expired`: the expected response time passed (as an integration point reports it).
 * - `status`: a trigger of the flow by name, for services other than DPI (e.g. `{trigger: "LEVERING"}` for DPO).
 */
export type StatusEvent =
  | { readonly kind: "message"; readonly message: unknown }
  | { readonly kind: "receipt"; readonly message: unknown; readonly jws?: string }
  | { readonly kind: "api-status"; readonly status: unknown; readonly beskrivelse?: unknown; readonly timestamp?: unknown }
  | { readonly kind: "expired"; readonly time: string }
  | { readonly kind: "status"; readonly trigger: string; readonly time: string; readonly description?: string; readonly conversationId?: string };

/** Options for {@link reduceStatus}. */
export interface ReduceOptions {
  /** Which flow's transition table to use (default `dpi`). */
  readonly flow?: StatusFlowId;
  /** The caller's "now" (RFC 3339); without it no LEVETID_UTLOPT is derived. */
  readonly now?: string;
  /** The expected response time; default: the original message's expectedResponseDateTime, else its creation time plus the flow's default time to live. */
  readonly expectedResponseTime?: string;
  /** The conversation the message belongs to; default: the original message's, else the most common among the events. */
  readonly conversationId?: string;
}

/** What applying an event did. */
export type EventOutcome =
  /** The event moved the state. */
  | "moved"
  /** Allowed, recorded, the state stays (e.g. a second varslingfeiletkvittering, a late access-point status). */
  | "kept"
  /** Not allowed from the state it met: recorded and reported as an anomaly; the state stays. */
  | "anomaly"
  /** Not a known trigger (ANNET): recorded and reported; the state stays. */
  | "unknown"
  /** Belongs to another conversation: recorded and reported; not applied. */
  | "other-conversation";

/** One event as the reducer saw it, in the order it was applied. */
export interface ReducedEvent {
  /** The event's identity: equal events (the same receipt polled twice) have equal ids and are kept once. */
  readonly id: string;
  readonly kind: StatusEvent["kind"] | "synthetic" | "invalid";
  /** The flow trigger the event is, or null when it is not one (ANNET). */
  readonly trigger: string | null;
  /** The event's own eFormidling status (ANNET for unknown input; null for a state without one). */
  readonly status: EformidlingStatus | null;
  readonly description: string | null;
  readonly time: string | null;
  /** tidspunkt/timestamp: the event's own time; creationDateAndTime: its SBD header's; derived: computed (synthetic events). */
  readonly timeSource: TimeSource | "creationDateAndTime" | "derived";
  /** True for MOTTATT synthesised before an early LEVERT and for a derived LEVETID_UTLOPT. */
  readonly synthetic: boolean;
  readonly conversationId: string | null;
  readonly outcome: EventOutcome;
  /** The state before and after the event. */
  readonly from: string;
  readonly to: string;
  /** The receipt mapping, for receipts (lossless: feiltype, detaljer, varslingskanal, beskrivelse, jws...). */
  readonly receipt?: ReceiptStatus;
  /** The access-point status mapping, for api-status events. */
  readonly apiStatus?: ApiStatusResult;
  /** Why a synthetic event was inserted. */
  readonly reason?: string;
}

/** Something about the events that does not fit the transition table or the conversation. */
export type AnomalyCode = "impossible-transition" | "after-terminal" | "unknown-event" | "conversation-mismatch" | "no-time" | "invalid-event" | "invalid-input" | "bad-option" | "returpost-without-makulering";

/** A reported anomaly. Nothing is dropped because of it: the event stays in `events`. */
export interface Anomaly {
  readonly code: AnomalyCode;
  readonly message: string;
  readonly eventId?: string;
  /** JSON pointer into the events array or `/options/...`, for invalid input. */
  readonly pointer?: string;
  readonly from?: string;
  readonly trigger?: string;
}

/** The reduced state of one message. */
export interface StatusState {
  readonly flow: StatusFlowId;
  readonly service: StatusService;
  /** The flow state (finer than the eFormidling status: FEIL_VARSLING, FEIL_RETURPOST...). */
  readonly state: string;
  /** The eFormidling status the state projects onto. */
  readonly status: EformidlingStatus | null;
  readonly description: string | null;
  /** No event can change the status any more. */
  readonly terminal: boolean;
  /** Finished for now, but later events can still change the status. */
  readonly soft: boolean;
  /** The time of the event that set the state (null when only the initial state). */
  readonly since: string | null;
  readonly conversationId: string | null;
  readonly expectedResponseTime: string | null;
  /** Every distinct input event plus synthetic ones, in the order applied. */
  readonly events: readonly ReducedEvent[];
  readonly anomalies: readonly Anomaly[];
}

interface Candidate {
  id: string;
  /** The identity (canonical JSON with a kind prefix); for an access-point status built only when needed, see keyOf. */
  key: string | null;
  /** The access-point status event as given, to build its key from (keyOf). */
  api?: Readonly<Record<string, unknown>>;
  kind: ReducedEvent["kind"];
  trigger: string | null;
  status: EformidlingStatus | null;
  description: string | null;
  time: string | null;
  ms: number | null;
  timeSource: ReducedEvent["timeSource"];
  conversationId: string | null;
  receipt?: ReceiptStatus;
  apiStatus?: ApiStatusResult;
  jws?: string | null;
  pointer?: string;
  note?: string;
  expected?: string | null;
  creation?: string | null;
  value?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function stateOf(flow: StatusFlow, id: string): FlowState {
  return flow.states.find((s) => s.id === id)!;
}

/** A flow's triggers and states by id, its lifecycle ranks, and the trigger of each access-point status. */
interface FlowTables {
  readonly triggers: ReadonlyMap<string, StatusFlow["triggers"][number]>;
  readonly states: ReadonlyMap<string, FlowState>;
  /** Index of each state in the flow's lifecycle order (the second ordering key). */
  readonly rank: ReadonlyMap<string, number>;
  /** The trigger of each access-point status (`api:SENDT`), or null when the flow has none. */
  readonly apiTriggers: ReadonlyMap<string, string | null>;
  /** What the plain form of each known access-point status maps to, by status (see plainApi). */
  readonly apiPlain: ReadonlyMap<string, ApiPlain>;
}

/** A known access-point status, read once per flow: its mapping row, trigger, rank and hash prefix state. */
interface ApiPlain {
  readonly row: (typeof dpiApiStatusMapping)[keyof typeof dpiApiStatusMapping];
  readonly trigger: string | null;
  readonly rank: number;
  /** The FNV state after `api:{"beskrivelse":null,"status":"<status>","timestamp":`. */
  readonly prefix: FnvState;
  /** `api:<status>:`, the start of the event's id. */
  readonly idPrefix: string;
  /** The status as given (the mapping key), for the event's key. */
  readonly status: string;
  /** Why it is no event of the flow, when it has no trigger. */
  readonly note: string;
  /** This status's bit, to note which statuses a call saw without a set operation per event. */
  readonly bit: number;
  /** Id and time of timestamps already seen with this status, across calls (see API_SEEN_SIZE). */
  readonly seen: Map<string, ApiSeen>;
}

/** What a plain access-point status's timestamp gives with its status: its id and epoch milliseconds. */
interface ApiSeen {
  readonly id: string;
  readonly ms: number;
}

// Callers reduce the same conversation again and again as statuses arrive, and hashing and parsing each
// status's timestamp was most of a small call. Both are pure in (status, timestamp), so they are kept by
// timestamp string, a bounded number per status (the map is emptied when full). Only calls of at most
// that many events use it: a long list of mostly new timestamps would only churn it.
const API_SEEN_SIZE = 1024;

// The flows are the contracts package's constant tables: their lookups are built once per flow, not per call.
const flowTables = new WeakMap<StatusFlow, FlowTables>();

function tablesOf(flow: StatusFlow): FlowTables {
  let t = flowTables.get(flow);
  if (!t) {
    const triggers = new Map(flow.triggers.map((x) => [x.id, x]));
    const apiTriggers = new Map(Object.values(dpiApiStatusMapping).map((r): [string, string | null] => [r.apiStatus, triggers.has(`api:${r.apiStatus}`) ? `api:${r.apiStatus}` : null]));
    const rank = new Map(flow.states.map((x, i) => [x.id, i]));
    const apiPlain = new Map<string, ApiPlain>();
    for (const [status, row] of Object.entries(dpiApiStatusMapping)) {
      const trigger = apiTriggers.get(row.apiStatus) ?? null;
      const tr = trigger === null ? undefined : triggers.get(trigger);
      const prefix = fnvState(FNV_OFFSET, `api:{"beskrivelse":null,"status":${JSON.stringify(status)},"timestamp":`);
      apiPlain.set(status, { row, trigger, rank: tr ? rank.get(tr.to)! : flow.states.length, prefix, idPrefix: `api:${status}:`, status, note: `api:${row.apiStatus} is not a trigger of flow ${flow.id}`, bit: 1 << apiPlain.size, seen: new Map() });
    }
    t = { triggers, states: new Map(flow.states.map((x) => [x.id, x])), rank, apiTriggers, apiPlain };
    flowTables.set(flow, t);
  }
  return t;
}

/**
 * What one reduction looks up per event: the flow's tables, and what was already made of a receipt in
 * this call (polling repeats the same receipt many times).
 */
interface Context extends FlowTables {
  readonly flow: StatusFlow;
  readonly receipts: Map<unknown, Map<string | undefined, Candidate>>;
}

function contextOf(flow: StatusFlow): Context {
  // Field by field: a spread copies through a slower generic path, and this runs once per call.
  const t = tablesOf(flow);
  return { flow, triggers: t.triggers, states: t.states, rank: t.rank, apiTriggers: t.apiTriggers, apiPlain: t.apiPlain, receipts: new Map() };
}

function creationTime(message: unknown): string | null {
  const sbd = isObject(message) ? message.standardBusinessDocument : undefined;
  const h = isObject(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const d = isObject(h) ? h.documentIdentification : undefined;
  // Any spelling the date-time format accepts, read canonically.
  return readTime(isObject(d) ? d.creationDateAndTime : undefined)?.time ?? null;
}

/** The status of the state a trigger leads to, or null for an unknown trigger. */
function statusOfTrigger(cx: Context, trigger: string): EformidlingStatus | null {
  const t = cx.triggers.get(trigger);
  return t ? cx.states.get(t.to)!.status : null;
}

/** An input that is not a usable event: identified by its whole content, reported at its index. */
function invalidCandidate(e: unknown, index: number, message: string): Candidate {
  const key = `invalid:${canonicalJson(e)}`;
  return { id: `invalid:${shortHash(key)}`, key, kind: "invalid", trigger: null, status: "ANNET", description: message, time: null, ms: null, timeSource: "none", conversationId: null, pointer: `/${index}` };
}

/** Turns one input into a candidate event; never throws. */
function toCandidate(cx: Context, given: unknown, index: number): Candidate {
  const flow = cx.flow;
  if (!isObject(given)) return invalidCandidate(given, index, "an event is an object with a kind");
  // Each field of the caller's event read once, into a plain copy (the message inside is not copied).
  const e = ownFields(given);
  switch (e.kind) {
    case "message": {
      let value = e.message;
      if (typeof value === "string") {
        try {
          value = JSON.parse(value);
        } catch {
          return invalidCandidate(e, index, "the message is not JSON");
        }
      }
      const facts = headerFacts(value);
      const created = creationTime(value);
      const key = `message:${canonicalJson(value)}`;
      const ok = flow.triggers.some((t) => t.id === "message") && (facts.type === "digital" || facts.type === "utskrift");
      return {
        id: `message:${facts.type ?? "?"}:${facts.messageId ?? "?"}:${shortHash(key)}`,
        key,
        kind: "message",
        trigger: ok ? "message" : null,
        status: ok ? statusOfTrigger(cx, "message") : "ANNET",
        description: ok ? `the ${facts.type} letter` : `not a letter this flow knows (type ${facts.type ?? "unknown"})`,
        time: created,
        ms: parseDateTime(created),
        timeSource: created ? "creationDateAndTime" : "none",
        conversationId: facts.conversationId,
        expected: facts.expectedResponseTime,
        creation: created,
        value,
      };
    }
    case "receipt": {
      if (e.jws !== undefined && typeof e.jws !== "string") return invalidCandidate(e, index, "jws must be a compact JWS string");
      // The same receipt object (or text) with the same jws gives the same candidate: map, validate and
      // hash it once per call, however often polling repeated it.
      let byJws = cx.receipts.get(e.message);
      const known = byJws?.get(e.jws as string | undefined);
      if (known) return known;
      const made = receiptCandidate(cx, e.message, e.jws as string | undefined);
      if (!byJws) cx.receipts.set(e.message, (byJws = new Map()));
      byJws.set(e.jws as string | undefined, made);
      return made;
    }
    case "api-status":
      return apiCandidate(cx, e);
    case "expired": {
      if (parseDateTime(e.time) === null) return invalidCandidate(e, index, "time must be an RFC 3339 date-time with an offset");
      const trigger = flow.expiry?.trigger ?? null;
      const key = `expired:${e.time as string}`;
      return { id: key, key, kind: "expired", trigger, status: trigger ? statusOfTrigger(cx, trigger) : "ANNET", description: "the expected response time passed", time: e.time as string, ms: parseDateTime(e.time), timeSource: "timestamp", conversationId: null, note: trigger ? undefined : `flow ${flow.id} has no expiry` };
    }
    case "status": {
      if (typeof e.trigger !== "string") return invalidCandidate(e, index, "trigger must be a string");
      if (parseDateTime(e.time) === null) return invalidCandidate(e, index, "time must be an RFC 3339 date-time with an offset");
      if (e.description !== undefined && typeof e.description !== "string") return invalidCandidate(e, index, "description must be a string");
      if (e.conversationId !== undefined && typeof e.conversationId !== "string") return invalidCandidate(e, index, "conversationId must be a string");
      const known = cx.triggers.get(e.trigger);
      const key = `status:${canonicalJson(e)}`;
      return {
        id: `status:${e.trigger}:${e.time as string}:${shortHash(key)}`,
        key,
        kind: "status",
        trigger: known ? e.trigger : null,
        status: known ? statusOfTrigger(cx, e.trigger) : "ANNET",
        description: (e.description as string | undefined) ?? known?.label ?? null,
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: (e.conversationId as string | undefined) ?? null,
        note: known ? undefined : `${JSON.stringify(e.trigger)} is not a trigger of flow ${flow.id} (${flow.triggers.map((t) => t.id).join(", ")})`,
      };
    }
    default:
      return invalidCandidate(e, index, `kind must be one of message, receipt, api-status, expired, status, not ${JSON.stringify(e.kind)}`);
  }
}

/** A shallow copy of an event's own enumerable fields, each read once (a "__proto__" key stays a key). */
function ownFields(e: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(e)) {
    if (k === "__proto__") Object.defineProperty(out, k, { value: e[k], enumerable: true, writable: true, configurable: true });
    else out[k] = e[k];
  }
  return out;
}

/** A receipt event's candidate (the jws already checked to be a string or absent). */
function receiptCandidate(cx: Context, message: unknown, jws: string | undefined): Candidate {
  const d = receiptReading(message, jws);
  const r = d.receipt;
  const trigger = r.status !== "ANNET" && r.type && cx.triggers.has(r.type) ? r.type : null;
  return {
    id: d.id,
    key: d.key,
    kind: "receipt",
    trigger,
    status: r.status,
    description: r.description,
    time: r.time,
    ms: d.ms,
    timeSource: r.timeSource === "fallback" ? "creationDateAndTime" : r.timeSource,
    conversationId: r.conversationId,
    // A fresh result each call, as before: callers own what reduceStatus returns.
    receipt: { ...r, issues: r.issues.map((i) => ({ ...i })) },
    jws: r.jws,
    note: trigger ? undefined : (r.reason ?? `${r.type} is not a trigger of flow ${cx.flow.id}`),
  };
}

/** What a receipt says, independent of the flow: its mapping, identity key, id and time. */
interface ReceiptReading {
  readonly receipt: ReceiptStatus;
  readonly key: string;
  readonly id: string;
  readonly ms: number | null;
}

// Reading a receipt (validating it, writing its canonical JSON, hashing that) costs far more than the rest
// of reducing it, and callers reduce the same conversation again and again as statuses arrive. So what a
// receipt object says is remembered by the object's identity (weakly: it goes when the object does).
// Receipt text is not: its reading holds a message parsed from it, which each call must have afresh.
const readingsByObject = new WeakMap<object, Map<string | undefined, ReceiptReading>>();

function receiptReading(message: unknown, jws: string | undefined): ReceiptReading {
  if (typeof message !== "object" || message === null) return readReceipt(message, jws);
  let byJws = readingsByObject.get(message);
  if (!byJws) readingsByObject.set(message, (byJws = new Map()));
  let reading = byJws.get(jws);
  if (!reading) byJws.set(jws, (reading = readReceipt(message, jws)));
  return reading;
}

function readReceipt(message: unknown, jws: string | undefined): ReceiptReading {
  let value = message;
  if (typeof value === "string") {
    const r0 = receiptToStatus(value);
    if (r0.message) value = r0.message;
  }
  // The header's creation time is a better fallback than none: the receipt was made then.
  const created = creationTime(value);
  const r = receiptToStatus(message, { ...(jws !== undefined ? { jws } : {}), ...(created ? { fallbackTime: created } : {}) });
  const key = `receipt:${canonicalJson(r.message ?? value)}`;
  return { receipt: r, key, id: `receipt:${r.type ?? "?"}:${r.messageId ?? "?"}:${r.time ?? "?"}:${shortHash(key)}`, ms: parseDateTime(r.time) };
}

/**
 * An access-point status's candidate. Its key and id are the canonical JSON of {status, beskrivelse,
 * timestamp} and its hash; in the usual case (status a string, no beskrivelse, a timestamp string)
 * the hash is taken from a per-status prefix state plus the timestamp, and the key itself is only
 * built when a sort tie or a possible duplicate needs it (keyOf).
 */
function apiCandidate(cx: Context, e: Readonly<Record<string, unknown>>): Candidate {
  // apiStatusToStatus reads only status, beskrivelse and timestamp: the event itself is that object.
  const a = apiStatusToStatus(e);
  const { status, beskrivelse, timestamp } = e;
  const trigger = a.apiStatus ? (cx.apiTriggers.get(a.apiStatus) ?? null) : null;
  let key: string | null = null;
  let hash: string | null = null;
  if (typeof status === "string" && (beskrivelse === undefined || beskrivelse === null) && typeof timestamp === "string") {
    let prefix = apiPrefixes.get(status);
    if (!prefix) {
      prefix = fnvState(FNV_OFFSET, `api:{"beskrivelse":null,"status":${JSON.stringify(status)},"timestamp":`);
      if (apiPrefixes.size < API_PREFIXES_SIZE) apiPrefixes.set(status, prefix);
    }
    hash = shortHashJsonString(prefix, timestamp, "}");
  }
  if (hash === null) {
    key = `api:${apiKey(status, beskrivelse ?? null, timestamp ?? null)}`;
    hash = shortHash(key);
  }
  return {
    id: `api:${String(status)}:${a.time ?? "?"}:${hash}`,
    key,
    api: e,
    kind: "api-status",
    trigger,
    status: a.status,
    description: a.description,
    time: a.time,
    ms: parseDateTime(a.time),
    timeSource: a.timeSource,
    conversationId: null,
    apiStatus: a,
    note: trigger ? undefined : (a.reason ?? `api:${a.apiStatus} is not a trigger of flow ${cx.flow.id}`),
  };
}

// Hash states after the constant start of an access-point status's key, by status: a handful of
// statuses exist, so they are kept (up to a bound, against arbitrary input) across calls.
const apiPrefixes = new Map<string, FnvState>();
const API_PREFIXES_SIZE = 64;

/** A candidate's identity key, built on first use for access-point statuses. */
function keyOf(c: Candidate): string {
  if (c.key === null) c.key = `api:${apiKey(c.api!.status, c.api!.beskrivelse ?? null, c.api!.timestamp ?? null)}`;
  return c.key;
}

/**
 * canonicalJson({status, beskrivelse, timestamp}) of an access-point status. The usual fields (strings,
 * null) are written directly, in canonicalJson's sorted key order; anything else goes through it.
 */
function apiKey(status: unknown, beskrivelse: unknown, timestamp: unknown): string {
  const plain = (v: unknown) => v === null || typeof v === "string";
  if (plain(status) && plain(beskrivelse) && plain(timestamp)) {
    return `{"beskrivelse":${JSON.stringify(beskrivelse)},"status":${JSON.stringify(status)},"timestamp":${JSON.stringify(timestamp)}}`;
  }
  return canonicalJson({ status, beskrivelse, timestamp });
}

/**
 * The event as reported: keys in the documented order, receipt/apiStatus/reason only when present. Each
 * variant is one literal, so that the object is allocated at its final size (adding keys to a smaller
 * literal allocates a second, out-of-object store per event).
 */
function reduced(c: Candidate, outcome: EventOutcome, from: string, to: string, reason?: string): ReducedEvent {
  const synthetic = c.kind === "synthetic";
  if (reason !== undefined) {
    const e: { -readonly [K in keyof ReducedEvent]: ReducedEvent[K] } = { id: c.id, kind: c.kind, trigger: c.trigger, status: c.status, description: c.description, time: c.time, timeSource: c.timeSource, synthetic, conversationId: c.conversationId } as ReducedEvent;
    if (c.receipt) e.receipt = c.receipt;
    if (c.apiStatus) e.apiStatus = c.apiStatus;
    e.outcome = outcome;
    e.from = from;
    e.to = to;
    e.reason = reason;
    return e;
  }
  if (c.apiStatus && !c.receipt) return { id: c.id, kind: c.kind, trigger: c.trigger, status: c.status, description: c.description, time: c.time, timeSource: c.timeSource, synthetic, conversationId: c.conversationId, apiStatus: c.apiStatus, outcome, from, to };
  if (c.receipt && !c.apiStatus) return { id: c.id, kind: c.kind, trigger: c.trigger, status: c.status, description: c.description, time: c.time, timeSource: c.timeSource, synthetic, conversationId: c.conversationId, receipt: c.receipt, outcome, from, to };
  if (!c.receipt && !c.apiStatus) return { id: c.id, kind: c.kind, trigger: c.trigger, status: c.status, description: c.description, time: c.time, timeSource: c.timeSource, synthetic, conversationId: c.conversationId, outcome, from, to };
  return { id: c.id, kind: c.kind, trigger: c.trigger, status: c.status, description: c.description, time: c.time, timeSource: c.timeSource, synthetic, conversationId: c.conversationId, receipt: c.receipt, apiStatus: c.apiStatus, outcome, from, to };
}

/** The rank (second ordering key) of the state a trigger leads to; unknown triggers last. */
function rankOfTrigger(cx: Context, trigger: string | null): number {
  const t = trigger === null ? undefined : cx.triggers.get(trigger);
  return t ? cx.rank.get(t.to)! : cx.flow.states.length;
}

/**
 * An access-point status in its plain form (`{kind, status, timestamp}`: a known status, no beskrivelse, a
 * timestamp string), or undefined for anything else. With a valid timestamp apiStatusToStatus finds no
 * issue in these and reads nothing else, so the reducer maps them itself (plainApiResult) and keeps no
 * Candidate for them. The timestamp is checked by the caller (or found in ApiPlain.seen, which holds
 * only valid ones), so that a known one is not parsed again.
 */
function plainApi(cx: Context, e: unknown): ApiPlain | undefined {
  plainTimestamp = "";
  if (typeof e !== "object" || e === null || Array.isArray(e)) return undefined;
  const ev = e as Readonly<Record<string, unknown>>;
  if (ev.kind !== "api-status") return undefined;
  const status = ev.status;
  const timestamp = ev.timestamp;
  if (typeof status !== "string" || (ev.beskrivelse !== undefined && ev.beskrivelse !== null) || typeof timestamp !== "string") return undefined;
  plainTimestamp = timestamp;
  // A Map has no inherited keys: only the mapping's own statuses are found.
  return cx.apiPlain.get(status);
}

/** The timestamp plainApi read from the event it accepted last: read once, used by the caller. */
let plainTimestamp = "";

// A plain access-point status has no issues: one frozen empty list serves them all instead of one each
// (ApiStatusResult.issues is readonly).
const NO_ISSUES: readonly never[] = Object.freeze([]);

/** apiStatusToStatus(e) for a plain access-point status (plainApi), key for key. */
function plainApiResult(p: ApiPlain, timestamp: string): ApiStatusResult {
  return { status: p.row.status, description: p.row.description, time: timestamp, timeSource: "timestamp", apiStatus: p.row.apiStatus, beskrivelse: null, messageId: null, conversationId: null, reason: null, issues: NO_ISSUES };
}

/** reduced() of a plain access-point status's candidate, built from its id and mapping alone. */
function plainApiEvent(id: string, trigger: string | null, a: ApiStatusResult, outcome: EventOutcome, from: string, to: string): ReducedEvent {
  return { id, kind: "api-status", trigger, status: a.status, description: a.description, time: a.time, timeSource: a.timeSource, synthetic: false, conversationId: null, apiStatus: a, outcome, from, to };
}

// A small call's time and rank columns: allocating two typed arrays was a large part of a 10-event call,
// so one pair is reused. It is taken (the variables set to null) while a call uses it, so that a call
// made from within one (an event's getter) allocates its own, and a call that never returned leaves
// nothing in use for ever: the next one allocates a pair and puts it back.
const SCRATCH_SIZE = 1025;
let scratchMs: Float64Array | null = new Float64Array(SCRATCH_SIZE);
let scratchRank: Int32Array | null = new Int32Array(SCRATCH_SIZE);

/** Of two inputs with the same identity, the one kept: the one carrying a JWS, else the smaller JWS. */
function prefer(a: Candidate, b: Candidate): Candidate {
  const ja = a.jws ?? null;
  const jb = b.jws ?? null;
  if (ja === jb) return a;
  if (ja === null) return b;
  if (jb === null) return a;
  return ja < jb ? a : b;
}

/**
 * Reduces an unordered list of events to the message's state. Pure and total: never throws, never
 * mutates its input.
 *
 * - Order-independent: events are applied by time, ties broken by the flow's lifecycle order of the
 *   state each leads to, then by event id. Events without a time go last (and are reported).
 * - Idempotent: events with the same identity (the same receipt SBD, whatever its key order or JWS) are
 *   kept once. A receipt's identity is its whole content, not its instanceIdentifier, which postboxes reuse.
 * - Lossless: every distinct event is in `events` with its details and what it did.
 * - Inserts a synthetic MOTTATT when LEVERT comes first, and a LEVETID_UTLOPT when `now` is past the
 *   expected response time of an unfinished message; both are marked `synthetic`.
 * - Reports transitions the table does not allow, unknown events and foreign conversations as anomalies.
 *
 * Events are read as values. What a receipt object says (its mapping, validation and identity) is
 * remembered per object, weakly, so reducing a growing list again costs little for the receipts already
 * seen: change a receipt by passing a new object, not by changing one already reduced.
 */
export function reduceStatus(events: unknown, options: ReduceOptions = {}): StatusState {
  try {
    return reduce(events, options);
  } catch (e) {
    // A throwing getter or proxy among the events or options: nothing is reduced, and the anomaly says why.
    return { ...reduce([], {}), anomalies: [{ code: "invalid-input", pointer: "", message: `could not read the events: ${reasonOf(e)}` }] };
  }
}

/** More events than one message can have (polling every minute for years): a huge sparse array, say. */
const MAX_EVENTS = 1 << 20;

function reduce(events: unknown, options: ReduceOptions | undefined): StatusState {
  const anomalies: Anomaly[] = [];
  const opts: Record<string, unknown> = isObject(options) ? options : {};
  if (options !== undefined && !isObject(options)) anomalies.push({ code: "bad-option", pointer: "/options", message: "options must be an object" });
  // Each option read once.
  const { flow: flowOption, now: nowOption, expectedResponseTime: expectedGiven, conversationId: conversationGiven } = opts;
  let flowId: StatusFlowId = "dpi";
  if (flowOption !== undefined) {
    if (typeof flowOption === "string" && Object.hasOwn(statusFlows, flowOption)) flowId = flowOption as StatusFlowId;
    else anomalies.push({ code: "bad-option", pointer: "/options/flow", message: `options.flow must be one of ${Object.keys(statusFlows).join(", ")}; using dpi` });
  }
  const flow = statusFlows[flowId] as StatusFlow;
  const timeOption = (name: string, v: unknown): string | null => {
    if (v === undefined) return null;
    if (parseDateTime(v) !== null) return v as string;
    anomalies.push({ code: "bad-option", pointer: `/options/${name}`, message: `options.${name} must be an RFC 3339 date-time with an offset, not ${shown(v)}` });
    return null;
  };
  const now = timeOption("now", nowOption);
  const expectedOption = timeOption("expectedResponseTime", expectedGiven);
  let conversationOption: string | null = null;
  if (conversationGiven !== undefined) {
    if (typeof conversationGiven === "string") conversationOption = conversationGiven;
    else anomalies.push({ code: "bad-option", pointer: "/options/conversationId", message: "options.conversationId must be a string" });
  }

  let list: readonly unknown[] = [];
  if (!Array.isArray(events)) anomalies.push({ code: "invalid-input", pointer: "", message: `events must be an array, not ${events === null ? "null" : typeof events}` });
  else if (events.length > MAX_EVENTS) anomalies.push({ code: "invalid-input", pointer: "", message: `events has ${events.length} items; at most ${MAX_EVENTS} are reduced at once, so none was` });
  else list = events;

  // Deduplicate by identity.
  const cx = contextOf(flow);
  const byKey = new Map<string, Candidate>();
  // Every entry lives in side arrays, by index: access-point statuses first (in input order), then the
  // other distinct events, then a derived expiry. Polling yields thousands of access-point statuses, so
  // those in the plain form (plainApi) get no Candidate object at all: only their id, time, rank and
  // mapping are kept, and the sort orders an index array by these instead of moving objects.
  const n = list.length;
  // Sized once (at most one entry per input plus a derived expiry) rather than grown by push.
  const cands = new Array<Candidate | null>(n + 1);
  const ids = new Array<string>(n + 1);
  // Every slot below the final count is written before it is read, so a reused pair needs no clearing.
  const borrowed = n < SCRATCH_SIZE && scratchMs !== null && scratchRank !== null;
  const msOf = borrowed ? scratchMs! : new Float64Array(n + 1);
  const rankOf = borrowed ? scratchRank! : new Int32Array(n + 1);
  if (borrowed) scratchMs = scratchRank = null;
  // For plain access-point statuses: their known status (trigger, rank, key) and their mapping.
  const plains = new Array<ApiPlain | null>(n + 1);
  const apiResults = new Array<ApiStatusResult | null>(n + 1);
  let plainBits = 0;
  let apiCount = 0;
  const useSeen = n <= API_SEEN_SIZE;
  for (let i = 0; i < n; i++) {
    const e = list[i];
    const plain = plainApi(cx, e);
    if (plain !== undefined) {
      const timestamp = plainTimestamp; // read once, by plainApi
      const seen = useSeen ? plain.seen.get(timestamp) : undefined;
      let id: string | null = null;
      let ms: number | null = null;
      if (seen !== undefined) {
        id = seen.id;
        ms = seen.ms;
      } else {
        ms = parseDateTime(timestamp);
        // `api:<status>:<timestamp>:<hash>`, the id apiCandidate gives, written as one flat string. Only a
        // timestamp JSON.stringify escapes gives null, and a valid one never does: fall back anyway.
        if (ms !== null) id = withShortHashJsonString(plain.idPrefix, timestamp, ":", plain.prefix, timestamp, "}");
        if (id !== null && useSeen) {
          if (plain.seen.size >= API_SEEN_SIZE) plain.seen.clear();
          plain.seen.set(timestamp, { id, ms: ms! });
        }
      }
      if (id !== null) {
        cands[apiCount] = null;
        ids[apiCount] = id;
        msOf[apiCount] = ms!;
        rankOf[apiCount] = plain.rank;
        plains[apiCount] = plain;
        plainBits |= plain.bit;
        apiResults[apiCount] = plainApiResult(plain, timestamp);
        apiCount++;
        continue;
      }
    }
    const c = toCandidate(cx, e, i);
    if (c.kind === "api-status") {
      cands[apiCount] = c;
      ids[apiCount] = c.id;
      msOf[apiCount] = c.ms ?? Number.POSITIVE_INFINITY;
      rankOf[apiCount] = rankOfTrigger(cx, c.trigger);
      plains[apiCount] = null;
      apiResults[apiCount] = null;
      apiCount++;
      continue;
    }
    const prev = byKey.get(c.key!);
    byKey.set(c.key!, prev ? prefer(prev, c) : c);
  }
  // The conversation: the caller's, else the original letter's, else the most common (ties: smallest).
  // Access-point statuses carry no conversation and are no letter: only the other events count.
  let letter: Candidate | undefined;
  const counts = new Map<string, number>();
  let m = apiCount;
  for (const c of byKey.values()) {
    if (c.kind === "message" && c.trigger && (letter === undefined || c.key! < letter.key!)) letter = c;
    if (c.conversationId) counts.set(c.conversationId, (counts.get(c.conversationId) ?? 0) + 1);
    cands[m] = c;
    ids[m] = c.id;
    msOf[m] = c.ms ?? Number.POSITIVE_INFINITY;
    rankOf[m] = rankOfTrigger(cx, c.trigger);
    m++;
  }
  let conversationId = conversationOption ?? letter?.conversationId ?? null;
  if (conversationId === null) {
    // One pass rather than sorting a copy of the counts.
    let best = 0;
    for (const [id, k] of counts) {
      if (k > best || (k === best && id < conversationId!)) {
        conversationId = id;
        best = k;
      }
    }
  }

  // The expected response time and a derived expiry.
  let expectedResponseTime = expectedOption ?? (letter?.expected && parseDateTime(letter.expected) !== null ? letter.expected : null);
  if (!expectedResponseTime && letter?.creation && flow.expiry) expectedResponseTime = isoUtc(parseDateTime(letter.creation)! + flow.expiry.defaultTtlHours * 3_600_000);
  if (now && expectedResponseTime && flow.expiry && parseDateTime(now)! >= parseDateTime(expectedResponseTime)!) {
    const key = `derived-expiry:${expectedResponseTime}`;
    const c: Candidate = { id: key, key, kind: "synthetic", trigger: flow.expiry.trigger, status: stateOf(flow, flow.triggers.find((t) => t.id === flow.expiry!.trigger)!.to).status, description: "derived: the expected response time passed before the message was finished", time: expectedResponseTime, ms: parseDateTime(expectedResponseTime), timeSource: "derived", conversationId: null };
    cands[m] = c;
    ids[m] = c.id;
    msOf[m] = c.ms ?? Number.POSITIVE_INFINITY;
    rankOf[m] = rankOfTrigger(cx, c.trigger);
    m++;
  }

  // Sorted by time, rank, key. Keys are only equal between access-point statuses, which sit at the front
  // in input order, so ordering ties by index is the stable sort of the list [...others, ...statuses].
  // Keys are built (and kept) only for ties, which distinct timestamps make rare.
  let keys: (string | undefined)[] | undefined;
  const keyAt = (i: number): string => {
    keys ??= new Array<string | undefined>(m);
    let k = keys[i];
    if (k === undefined) {
      const c = cands[i];
      // A plain status's own fields are its status, a null beskrivelse and the timestamp its time is.
      k = keys[i] = c ? keyOf(c) : `api:${apiKey(plains[i]!.status, null, apiResults[i]!.time)}`;
    }
    return k;
  };
  const order: number[] = new Array<number>(m);
  for (let i = 0; i < m; i++) order[i] = i;
  const compare = (a: number, b: number): number => {
    const ta = msOf[a]!;
    const tb = msOf[b]!;
    if (ta !== tb) return ta < tb ? -1 : 1;
    if (rankOf[a] !== rankOf[b]) return rankOf[a]! - rankOf[b]!;
    const ka = keyAt(a);
    const kb = keyAt(b);
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  };
  // The order is total (index last), so any sort gives the same result: a few entries, mostly in order
  // already, are sorted by insertion, cheaper than Array.prototype.sort's setup.
  if (m <= 16) {
    for (let j = 1; j < m; j++) {
      const x = order[j]!;
      let k = j - 1;
      while (k >= 0 && compare(order[k]!, x) > 0) {
        order[k + 1] = order[k]!;
        k--;
      }
      order[k + 1] = x;
    }
  } else order.sort(compare);
  // Equal access-point statuses have equal time, rank and key, so the sort made them neighbours, first
  // given first: keep that one (prefer's rule, as they carry no JWS). Done in place on the index array.
  let distinct = m;
  if (apiCount > 1) {
    let w = 0;
    let last = -1;
    for (let r = 0; r < m; r++) {
      const i = order[r]!;
      if (last >= 0 && i < apiCount && last < apiCount && msOf[i] === msOf[last] && rankOf[i] === rankOf[last] && keyAt(i) === keyAt(last)) continue;
      order[w++] = i;
      last = i;
    }
    distinct = w;
  }

  const present = new Set<string | null>();
  // Plain statuses: the triggers of those seen (deduplication leaves one of each equal status).
  for (const p of cx.apiPlain.values()) if (plainBits & p.bit) present.add(p.trigger);
  for (let r = 0; r < distinct; r++) {
    const i = order[r]!;
    const c = cands[i] ?? null;
    if (c !== null && c.kind !== "synthetic" && (c.conversationId === null || c.conversationId === conversationId)) present.add(c.trigger);
  }
  const out: ReducedEvent[] = [];
  let state = flow.initial as string;
  let since: string | null = null;
  for (let r = 0; r < distinct; r++) {
    const i = order[r]!;
    const c = cands[i] ?? null;
    const id = ids[i]!;
    // A plain access-point status (c null) is valid, timed, of no conversation and never synthetic.
    let trigger: string | null;
    let note: string | undefined;
    if (c === null) {
      trigger = plains[i]!.trigger;
      note = plains[i]!.note;
    } else {
      if (c.kind === "invalid") {
        anomalies.push({ code: "invalid-event", eventId: c.id, pointer: c.pointer!, message: `event ${c.pointer}: ${c.description}` });
        out.push(reduced(c, "unknown", state, state));
        continue;
      }
      if (c.conversationId !== null && conversationId !== null && c.conversationId !== conversationId) {
        anomalies.push({ code: "conversation-mismatch", eventId: c.id, message: `event ${c.id} belongs to conversation ${c.conversationId}, not ${conversationId}; it is kept but not applied` });
        out.push(reduced(c, "other-conversation", state, state));
        continue;
      }
      trigger = c.trigger;
      note = c.note;
      if (trigger !== null && c.ms === null) anomalies.push({ code: "no-time", eventId: id, message: `event ${id} has no time; it was applied after every timed event` });
    }
    const step = applyTrigger(cx, state, trigger, id, note);
    if (c !== null && c.kind === "synthetic") {
      // A derived expiry only exists if it would move an unfinished message.
      if (step.outcome === "moved") {
        out.push(reduced(c, "moved", state, step.next, c.description!));
        state = step.next;
        since = c.time;
      }
      continue;
    }
    if (step.anomaly !== undefined) anomalies.push(step.anomaly);
    let from = state;
    if (step.outcome === "moved") from = syntheticBefore(cx, present, out, state, step.next, msOf[i]!, id);
    out.push(c === null ? plainApiEvent(id, trigger, apiResults[i]!, step.outcome, from, step.next) : reduced(c, step.outcome, from, step.next));
    if (step.outcome === "moved") {
      state = step.next;
      since = c === null ? apiResults[i]!.time : c.time;
    }
  }

  if (borrowed) {
    scratchMs = msOf;
    scratchRank = rankOf;
  }

  // A returned-letter receipt only answers a letter that asked for MAKULERING_MED_MELDING.
  const returpost = out.find((e) => e.trigger === "returpostkvittering" && e.outcome !== "other-conversation");
  if (returpost && letter && headerFacts(letter.value).type === "utskrift") {
    for (const i of checkReturpost(letter.value)) anomalies.push({ code: "returpost-without-makulering", eventId: returpost.id, message: i.message });
  }

  const s = stateOf(flow, state);
  return { flow: flowId, service: (flow as StatusFlow).service, state, status: s.status, description: s.description, terminal: s.terminal, soft: s.soft, since, conversationId, expectedResponseTime, events: out, anomalies };
}
