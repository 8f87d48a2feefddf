/** The events as reported (ReducedEvent), built at their final shape. */
import type { Candidate } from "./candidates.js";
import type { EventOutcome, ReducedEvent } from "./model.js";
import type { ApiStatusResult } from "./api-status.js";
import type { ApiPlain } from "./tables.js";

/**
 * The event as reported: keys in the documented order, receipt/apiStatus/reason only when present. Each
 * variant is one literal, so that the object is allocated at its final size (adding keys to a smaller
 * literal allocates a second, out-of-object store per event).
 */
export function reduced(c: Candidate, outcome: EventOutcome, from: string, to: string, reason?: string): ReducedEvent {
  const synthetic = c.kind === "synthetic";
  if (reason !== undefined) {
    const e: { -readonly [K in keyof ReducedEvent]: ReducedEvent[K] } = {
      id: c.id,
      kind: c.kind,
      trigger: c.trigger,
      status: c.status,
      description: c.description,
      time: c.time,
      timeSource: c.timeSource,
      synthetic,
      conversationId: c.conversationId,
    } as ReducedEvent;
    if (c.receipt) e.receipt = c.receipt;
    if (c.apiStatus) e.apiStatus = c.apiStatus;
    e.outcome = outcome;
    e.from = from;
    e.to = to;
    e.reason = reason;
    return e;
  }
  if (c.apiStatus && !c.receipt)
    return {
      id: c.id,
      kind: c.kind,
      trigger: c.trigger,
      status: c.status,
      description: c.description,
      time: c.time,
      timeSource: c.timeSource,
      synthetic,
      conversationId: c.conversationId,
      apiStatus: c.apiStatus,
      outcome,
      from,
      to,
    };
  if (c.receipt && !c.apiStatus)
    return {
      id: c.id,
      kind: c.kind,
      trigger: c.trigger,
      status: c.status,
      description: c.description,
      time: c.time,
      timeSource: c.timeSource,
      synthetic,
      conversationId: c.conversationId,
      receipt: c.receipt,
      outcome,
      from,
      to,
    };
  if (!c.receipt && !c.apiStatus)
    return {
      id: c.id,
      kind: c.kind,
      trigger: c.trigger,
      status: c.status,
      description: c.description,
      time: c.time,
      timeSource: c.timeSource,
      synthetic,
      conversationId: c.conversationId,
      outcome,
      from,
      to,
    };
  return {
    id: c.id,
    kind: c.kind,
    trigger: c.trigger,
    status: c.status,
    description: c.description,
    time: c.time,
    timeSource: c.timeSource,
    synthetic,
    conversationId: c.conversationId,
    receipt: c.receipt,
    apiStatus: c.apiStatus,
    outcome,
    from,
    to,
  };
}

// A plain access-point status has no issues: one frozen empty list serves them all instead of one each
// (ApiStatusResult.issues is readonly).
const NO_ISSUES: readonly never[] = Object.freeze([]);

/** apiStatusToStatus(e) for a plain access-point status (plainApi), key for key. */
export function plainApiResult(p: ApiPlain, timestamp: string): ApiStatusResult {
  return {
    status: p.row.status,
    description: p.row.description,
    time: timestamp,
    timeSource: "timestamp",
    apiStatus: p.row.apiStatus,
    beskrivelse: null,
    messageId: null,
    conversationId: null,
    reason: null,
    issues: NO_ISSUES,
  };
}

/** reduced() of a plain access-point status's candidate, built from its id and mapping alone. */
export function plainApiEvent(
  id: string,
  trigger: string | null,
  a: ApiStatusResult,
  outcome: EventOutcome,
  from: string,
  to: string,
): ReducedEvent {
  return {
    id,
    kind: "api-status",
    trigger,
    status: a.status,
    description: a.description,
    time: a.time,
    timeSource: a.timeSource,
    synthetic: false,
    conversationId: null,
    apiStatus: a,
    outcome,
    from,
    to,
  };
}
