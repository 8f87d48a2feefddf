/** The events as reported (ReducedEvent): one factory for all, one literal for the plain access-point status. */
import type { Candidate } from "./candidates.js";
import type { EventOutcome, ReducedEvent } from "./model.js";
import type { ApiStatusResult } from "./api-status.js";
import type { ApiPlain } from "./tables.js";

/** What an event reports of itself (a Candidate has these; syntheticBefore makes them for a rule). */
export type EventFields = Pick<
  Candidate,
  | "id"
  | "kind"
  | "trigger"
  | "status"
  | "description"
  | "time"
  | "timeSource"
  | "conversationId"
  | "receipt"
  | "apiStatus"
>;

/**
 * The event as reported: keys in the documented order, receipt/apiStatus/reason only when present. The
 * keys after conversationId are added to a literal of the first nine; the plain access-point status, of
 * which polling gives thousands, has its own literal (plainApiEvent), allocated at its final size.
 */
export function reduced(
  c: EventFields,
  outcome: EventOutcome,
  from: string,
  to: string,
  reason?: string,
): ReducedEvent {
  const e: { -readonly [K in keyof ReducedEvent]: ReducedEvent[K] } = {
    id: c.id,
    kind: c.kind,
    trigger: c.trigger,
    status: c.status,
    description: c.description,
    time: c.time,
    timeSource: c.timeSource,
    synthetic: c.kind === "synthetic",
    conversationId: c.conversationId,
  } as ReducedEvent;
  if (c.receipt) e.receipt = c.receipt;
  if (c.apiStatus) e.apiStatus = c.apiStatus;
  e.outcome = outcome;
  e.from = from;
  e.to = to;
  if (reason !== undefined) e.reason = reason;
  return e;
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
