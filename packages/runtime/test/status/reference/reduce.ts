// Test oracle: the implementation before the performance rewrite (git HEAD at the time), kept verbatim
// apart from import paths, the synthetic-time fix (lines marked "Changed for the synthetic-time fix":
// a synthetic event is never stamped before the event applied before it, and the letter is applied first)
// and its split into three modules: model.ts (the public types), candidates.ts (each input as a candidate
// event) and this file (reduceStatus). Only reduce-reference.test.ts uses it; do not import it from src.
import { statusFlows, type StatusFlow, type StatusFlowId } from "@innbyggerpost/contracts";
import { checkReturpost } from "../../../src/print-rules/print.js";
import { isObject, prefer, stateOf, toCandidate, type Candidate } from "./candidates.js";
import type { Anomaly, ReducedEvent, ReduceOptions, StatusState } from "./model.js";
import { headerFacts } from "./receipt.js";
import { isoUtc, parseDateTime } from "./time.js";

export type {
  Anomaly,
  AnomalyCode,
  EventOutcome,
  ReducedEvent,
  ReduceOptions,
  StatusEvent,
  StatusState,
} from "./model.js";

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
