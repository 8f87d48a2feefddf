// Test oracle: the implementation before the performance rewrite (git HEAD at the time), kept verbatim
// apart from import paths and the synthetic-time fix (lines marked "Changed for the synthetic-time fix":
// a synthetic event is never stamped before the event applied before it, and the letter is applied first). Only
// reduce-reference.test.ts uses it; do not import it from src.
import {
  statusFlows,
  type EformidlingStatus,
  type FlowState,
  type StatusFlow,
  type StatusFlowId,
  type StatusService,
} from "@innbyggerpost/contracts";
import { checkReturpost } from "../../../src/print-rules/print.js";
import { canonicalJson, shortHash } from "./identity.js";
import {
  apiStatusToStatus,
  headerFacts,
  receiptToStatus,
  type ApiStatusResult,
  type ReceiptStatus,
  type TimeSource,
} from "./receipt.js";
import { isoUtc, parseDateTime } from "./time.js";

/**
 * One thing that happened to a message. The reducer takes them in any order.
 * - `message`: the original letter (digital or utskrift SBD); it marks OPPRETTET and carries the expected response
 *   time.
 * - `receipt`: a receipt or feil SBD (object, JSON text or compact JWS), optionally with its raw JWS.
 * - `api-status`: one item of the access point's GET /messages/out/{id}/statuses.
 * - `expired`: the expected response time passed (as an integration point reports it).
 * - `status`: a trigger of the flow by name, for services other than DPI (e.g. `{trigger: "LEVERING"}` for DPO).
 */
export type StatusEvent =
  | { readonly kind: "message"; readonly message: unknown }
  | { readonly kind: "receipt"; readonly message: unknown; readonly jws?: string }
  | {
      readonly kind: "api-status";
      readonly status: unknown;
      readonly beskrivelse?: unknown;
      readonly timestamp?: unknown;
    }
  | { readonly kind: "expired"; readonly time: string }
  | {
      readonly kind: "status";
      readonly trigger: string;
      readonly time: string;
      readonly description?: string;
      readonly conversationId?: string;
    };

/** Options for {@link reduceStatus}. */
export interface ReduceOptions {
  /** Which flow's transition table to use (default `dpi`). */
  readonly flow?: StatusFlowId;
  /** The caller's "now" (RFC 3339); without it no LEVETID_UTLOPT is derived. */
  readonly now?: string;
  /**
   * The expected response time; default: the original message's expectedResponseDateTime, else its creation time plus
   * the flow's default time to live.
   */
  readonly expectedResponseTime?: string;
  /**
   * The conversation the message belongs to; default: the original message's, else the most common among the events.
   */
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
  /**
   * tidspunkt/timestamp: the event's own time; creationDateAndTime: its SBD header's; derived: computed (synthetic
   * events).
   */
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
export type AnomalyCode =
  | "impossible-transition"
  | "after-terminal"
  | "unknown-event"
  | "conversation-mismatch"
  | "no-time"
  | "invalid-event"
  | "invalid-input"
  | "bad-option"
  | "returpost-without-makulering";

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
  key: string;
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

function creationTime(message: unknown): string | null {
  const sbd = isObject(message) ? message.standardBusinessDocument : undefined;
  const h = isObject(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const d = isObject(h) ? h.documentIdentification : undefined;
  const t = isObject(d) ? d.creationDateAndTime : undefined;
  return parseDateTime(t) !== null ? (t as string) : null;
}

/** Turns one input into a candidate event; never throws. */
function toCandidate(flow: StatusFlow, e: unknown, index: number): Candidate {
  const triggerTo = (t: string) => flow.triggers.find((x) => x.id === t);
  const statusOfTrigger = (t: string) => {
    const tr = triggerTo(t);
    return tr ? stateOf(flow, tr.to).status : null;
  };
  const invalid = (message: string): Candidate => {
    const key = `invalid:${canonicalJson(e)}`;
    return {
      id: `invalid:${shortHash(key)}`,
      key,
      kind: "invalid",
      trigger: null,
      status: "ANNET",
      description: message,
      time: null,
      ms: null,
      timeSource: "none",
      conversationId: null,
      pointer: `/${index}`,
    };
  };
  if (!isObject(e)) return invalid("an event is an object with a kind");
  switch (e.kind) {
    case "message": {
      let value = e.message;
      if (typeof value === "string") {
        try {
          value = JSON.parse(value);
        } catch {
          return invalid("the message is not JSON");
        }
      }
      const facts = headerFacts(value);
      const created = creationTime(value);
      const key = `message:${canonicalJson(value)}`;
      const ok =
        flow.triggers.some((t) => t.id === "message") && (facts.type === "digital" || facts.type === "utskrift");
      return {
        id: `message:${facts.type ?? "?"}:${facts.messageId ?? "?"}:${shortHash(key)}`,
        key,
        kind: "message",
        trigger: ok ? "message" : null,
        status: ok ? statusOfTrigger("message") : "ANNET",
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
      if (e.jws !== undefined && typeof e.jws !== "string") return invalid("jws must be a compact JWS string");
      let value = e.message;
      if (typeof value === "string") {
        const r0 = receiptToStatus(value);
        if (r0.message) value = r0.message;
      }
      // The header's creation time is a better fallback than none: the receipt was made then.
      const r = receiptToStatus(e.message, {
        ...(e.jws !== undefined ? { jws: e.jws as string } : {}),
        ...(creationTime(value) ? { fallbackTime: creationTime(value)! } : {}),
      });
      const key = `receipt:${canonicalJson(r.message ?? value)}`;
      const trigger = r.status !== "ANNET" && r.type && triggerTo(r.type) ? r.type : null;
      return {
        id: `receipt:${r.type ?? "?"}:${r.messageId ?? "?"}:${r.time ?? "?"}:${shortHash(key)}`,
        key,
        kind: "receipt",
        trigger,
        status: r.status,
        description: r.description,
        time: r.time,
        ms: parseDateTime(r.time),
        timeSource: r.timeSource === "fallback" ? "creationDateAndTime" : r.timeSource,
        conversationId: r.conversationId,
        receipt: r,
        jws: r.jws,
        note: trigger ? undefined : (r.reason ?? `${r.type} is not a trigger of flow ${flow.id}`),
      };
    }
    case "api-status": {
      const a = apiStatusToStatus({ status: e.status, beskrivelse: e.beskrivelse, timestamp: e.timestamp });
      const key = `api:${canonicalJson({ status: e.status, beskrivelse: e.beskrivelse ?? null, timestamp: e.timestamp ?? null })}`;
      const trigger = a.apiStatus && triggerTo(`api:${a.apiStatus}`) ? `api:${a.apiStatus}` : null;
      return {
        id: `api:${String(e.status)}:${a.time ?? "?"}:${shortHash(key)}`,
        key,
        kind: "api-status",
        trigger,
        status: a.status,
        description: a.description,
        time: a.time,
        ms: parseDateTime(a.time),
        timeSource: a.timeSource,
        conversationId: null,
        apiStatus: a,
        note: trigger ? undefined : (a.reason ?? `api:${a.apiStatus} is not a trigger of flow ${flow.id}`),
      };
    }
    case "expired": {
      if (parseDateTime(e.time) === null) return invalid("time must be an RFC 3339 date-time with an offset");
      const trigger = flow.expiry?.trigger ?? null;
      const key = `expired:${e.time as string}`;
      return {
        id: key,
        key,
        kind: "expired",
        trigger,
        status: trigger ? statusOfTrigger(trigger) : "ANNET",
        description: "the expected response time passed",
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: null,
        note: trigger ? undefined : `flow ${flow.id} has no expiry`,
      };
    }
    case "status": {
      if (typeof e.trigger !== "string") return invalid("trigger must be a string");
      if (parseDateTime(e.time) === null) return invalid("time must be an RFC 3339 date-time with an offset");
      if (e.description !== undefined && typeof e.description !== "string")
        return invalid("description must be a string");
      if (e.conversationId !== undefined && typeof e.conversationId !== "string")
        return invalid("conversationId must be a string");
      const known = triggerTo(e.trigger);
      const key = `status:${canonicalJson(e)}`;
      return {
        id: `status:${e.trigger}:${e.time as string}:${shortHash(key)}`,
        key,
        kind: "status",
        trigger: known ? e.trigger : null,
        status: known ? statusOfTrigger(e.trigger) : "ANNET",
        description: (e.description as string | undefined) ?? known?.label ?? null,
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: (e.conversationId as string | undefined) ?? null,
        note: known
          ? undefined
          : `${JSON.stringify(e.trigger)} is not a trigger of flow ${flow.id} (${flow.triggers.map((t) => t.id).join(", ")})`,
      };
    }
    default:
      return invalid(
        `kind must be one of message, receipt, api-status, expired, status, not ${JSON.stringify(e.kind)}`,
      );
  }
}

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
 */
export function reduceStatus(events: unknown, options: ReduceOptions = {}): StatusState {
  const anomalies: Anomaly[] = [];
  const opts: Record<string, unknown> = isObject(options) ? options : {};
  if (options !== undefined && !isObject(options))
    anomalies.push({ code: "bad-option", pointer: "/options", message: "options must be an object" });
  let flowId: StatusFlowId = "dpi";
  if (opts.flow !== undefined) {
    if (typeof opts.flow === "string" && Object.hasOwn(statusFlows, opts.flow)) flowId = opts.flow as StatusFlowId;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/flow",
        message: `options.flow must be one of ${Object.keys(statusFlows).join(", ")}; using dpi`,
      });
  }
  const flow = statusFlows[flowId] as StatusFlow;
  const timeOption = (name: string): string | null => {
    const v = opts[name];
    if (v === undefined) return null;
    if (parseDateTime(v) !== null) return v as string;
    anomalies.push({
      code: "bad-option",
      pointer: `/options/${name}`,
      message: `options.${name} must be an RFC 3339 date-time with an offset, not ${JSON.stringify(v)}`,
    });
    return null;
  };
  const now = timeOption("now");
  const expectedOption = timeOption("expectedResponseTime");
  let conversationOption: string | null = null;
  if (opts.conversationId !== undefined) {
    if (typeof opts.conversationId === "string") conversationOption = opts.conversationId;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/conversationId",
        message: "options.conversationId must be a string",
      });
  }

  let list: readonly unknown[] = [];
  if (Array.isArray(events)) list = events;
  else
    anomalies.push({
      code: "invalid-input",
      pointer: "",
      message: `events must be an array, not ${events === null ? "null" : typeof events}`,
    });

  // Deduplicate by identity.
  const byKey = new Map<string, Candidate>();
  list.forEach((e, i) => {
    const c = toCandidate(flow, e, i);
    const prev = byKey.get(c.key);
    byKey.set(c.key, prev ? prefer(prev, c) : c);
  });
  const candidates = [...byKey.values()];

  // The conversation: the caller's, else the original letter's, else the most common (ties: smallest).
  const letter = candidates
    .filter((c) => c.kind === "message" && c.trigger)
    .sort((a, b) => (a.key < b.key ? -1 : 1))[0];
  let conversationId = conversationOption ?? letter?.conversationId ?? null;
  if (conversationId === null) {
    const counts = new Map<string, number>();
    for (const c of candidates)
      if (c.conversationId) counts.set(c.conversationId, (counts.get(c.conversationId) ?? 0) + 1);
    conversationId = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  }

  // The expected response time and a derived expiry.
  let expectedResponseTime =
    expectedOption ?? (letter?.expected && parseDateTime(letter.expected) !== null ? letter.expected : null);
  if (!expectedResponseTime && letter?.creation && flow.expiry)
    expectedResponseTime = isoUtc(parseDateTime(letter.creation)! + flow.expiry.defaultTtlHours * 3_600_000);
  if (now && expectedResponseTime && flow.expiry && parseDateTime(now)! >= parseDateTime(expectedResponseTime)!) {
    const key = `derived-expiry:${expectedResponseTime}`;
    candidates.push({
      id: key,
      key,
      kind: "synthetic",
      trigger: flow.expiry.trigger,
      status: stateOf(flow, flow.triggers.find((t) => t.id === flow.expiry!.trigger)!.to).status,
      description: "derived: the expected response time passed before the message was finished",
      time: expectedResponseTime,
      ms: parseDateTime(expectedResponseTime),
      timeSource: "derived",
      conversationId: null,
    });
  }

  const rank = new Map(flow.states.map((s, i) => [s.id, i]));
  const targetRank = (c: Candidate) => {
    const t = flow.triggers.find((x) => x.id === c.trigger);
    return t ? rank.get(t.to)! : flow.states.length;
  };
  // Changed for the synthetic-time fix (issue 12 item 8): the letter is applied first.
  const isLetter = (c: Candidate) => c.kind === "message" && c.trigger !== null;
  candidates.sort((a, b) => {
    if (isLetter(a) !== isLetter(b)) return isLetter(a) ? -1 : 1;
    const ta = a.ms ?? Number.POSITIVE_INFINITY;
    const tb = b.ms ?? Number.POSITIVE_INFINITY;
    if (ta !== tb) return ta < tb ? -1 : 1;
    const ra = targetRank(a);
    const rb = targetRank(b);
    if (ra !== rb) return ra - rb;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });

  const present = new Set(
    candidates
      .filter((c) => c.kind !== "synthetic" && (c.conversationId === null || c.conversationId === conversationId))
      .map((c) => c.trigger),
  );
  const out: ReducedEvent[] = [];
  let state = flow.initial as string;
  let since: string | null = null;
  const transitions = flow.transitions as Record<string, Record<string, string | undefined>>;
  // Changed for the synthetic-time fix: the time of the last event applied (moved or kept).
  let appliedMs: number | null = null;

  for (const c of candidates) {
    const base = {
      id: c.id,
      kind: c.kind,
      trigger: c.trigger,
      status: c.status,
      description: c.description,
      time: c.time,
      timeSource: c.timeSource,
      synthetic: c.kind === "synthetic",
      conversationId: c.conversationId,
      ...(c.receipt ? { receipt: c.receipt } : {}),
      ...(c.apiStatus ? { apiStatus: c.apiStatus } : {}),
    };
    if (c.kind === "invalid") {
      anomalies.push({
        code: "invalid-event",
        eventId: c.id,
        pointer: c.pointer!,
        message: `event ${c.pointer}: ${c.description}`,
      });
      out.push({ ...base, outcome: "unknown", from: state, to: state });
      continue;
    }
    if (c.conversationId !== null && conversationId !== null && c.conversationId !== conversationId) {
      anomalies.push({
        code: "conversation-mismatch",
        eventId: c.id,
        message: `event ${c.id} belongs to conversation ${c.conversationId}, not ${conversationId}; it is kept but not applied`,
      });
      out.push({ ...base, outcome: "other-conversation", from: state, to: state });
      continue;
    }
    if (c.trigger === null) {
      anomalies.push({
        code: "unknown-event",
        eventId: c.id,
        message: `event ${c.id} is not a trigger of flow ${flow.id}: ${c.note ?? "unknown"}`,
      });
      out.push({ ...base, outcome: "unknown", from: state, to: state });
      continue;
    }
    if (c.ms === null)
      anomalies.push({
        code: "no-time",
        eventId: c.id,
        message: `event ${c.id} has no time; it was applied ${c.kind === "message" ? "first, as the letter" : "after every timed event"}`,
      });
    const next = transitions[state]?.[c.trigger];
    if (c.kind === "synthetic") {
      // A derived expiry only exists if it would move an unfinished message.
      if (next !== undefined && next !== state) {
        out.push({ ...base, outcome: "moved", from: state, to: next, reason: c.description! });
        state = next;
        since = c.time;
        appliedMs = c.ms;
      }
      continue;
    }
    if (next === undefined) {
      const terminal = stateOf(flow, state).terminal;
      anomalies.push({
        code: terminal ? "after-terminal" : "impossible-transition",
        eventId: c.id,
        from: state,
        trigger: c.trigger,
        message: `${c.trigger} cannot follow ${state}${terminal ? ` (terminal)` : ""}; the event is kept and the state stays ${state}`,
      });
      out.push({ ...base, outcome: "anomaly", from: state, to: state });
      continue;
    }
    if (next === state) {
      out.push({ ...base, outcome: "kept", from: state, to: state });
      if (c.ms !== null) appliedMs = c.ms;
      continue;
    }
    for (const rule of flow.synthetic) {
      if (
        rule.before.includes(next) &&
        rule.from.includes(state) &&
        !rule.unlessAnyTrigger.some((t) => present.has(t))
      ) {
        // Changed for the synthetic-time fix: never before the event applied before it.
        const ms =
          c.ms === null ? null : appliedMs === null ? c.ms + rule.offsetMs : Math.max(c.ms + rule.offsetMs, appliedMs);
        const time = ms === null ? null : isoUtc(ms);
        const s = stateOf(flow, rule.state);
        out.push({
          id: `synthetic:${rule.state}:${c.id}`,
          kind: "synthetic",
          trigger: null,
          status: s.status,
          description: s.description,
          time,
          timeSource: "derived",
          synthetic: true,
          conversationId: null,
          outcome: "moved",
          from: state,
          to: rule.state,
          reason: rule.reason,
        });
        state = rule.state;
      }
    }
    out.push({ ...base, outcome: "moved", from: state, to: next });
    state = next;
    since = c.time;
    if (c.ms !== null) appliedMs = c.ms;
  }

  // A returned-letter receipt only answers a letter that asked for MAKULERING_MED_MELDING.
  const returpost = out.find((e) => e.trigger === "returpostkvittering" && e.outcome !== "other-conversation");
  if (returpost && letter && headerFacts(letter.value).type === "utskrift") {
    for (const i of checkReturpost(letter.value))
      anomalies.push({ code: "returpost-without-makulering", eventId: returpost.id, message: i.message });
  }

  const s = stateOf(flow, state);
  return {
    flow: flowId,
    service: (flow as StatusFlow).service,
    state,
    status: s.status,
    description: s.description,
    terminal: s.terminal,
    soft: s.soft,
    since,
    conversationId,
    expectedResponseTime,
    events: out,
    anomalies,
  };
}
