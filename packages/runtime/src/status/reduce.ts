import type { StatusFlow } from "@innbyggerpost/contracts";
import { checkReturpost } from "../print-rules/print.js";
import { reasonOf } from "../support/problem.js";
import type { Candidate } from "./candidates.js";
import { addDistinct, Entries, expectedTime, expiryCandidate, gather } from "./entries.js";
import { readEvents, readOptions } from "./inputs.js";
import type { Anomaly, ReducedEvent, ReduceOptions, StatusState } from "./model.js";
import { applyOrder } from "./order.js";
import { headerFacts } from "./receipt.js";
import { contextOf, stateOf } from "./tables.js";
import { walk } from "./walk.js";

export type {
  Anomaly,
  AnomalyCode,
  EventOutcome,
  ReduceOptions,
  ReducedEvent,
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
    return {
      ...reduce([], {}),
      anomalies: [{ code: "invalid-input", pointer: "", message: `could not read the events: ${reasonOf(e)}` }],
    };
  }
}

/**
 * The reduction, step by step: read the inputs, gather the distinct events (deduplicated by identity),
 * find the letter and conversation, add a derived expiry, order, walk the flow, check returned post.
 */
function reduce(events: unknown, options: ReduceOptions | undefined): StatusState {
  const anomalies: Anomaly[] = [];
  const o = readOptions(options, anomalies);
  const list = readEvents(events, anomalies);
  const cx = contextOf(o.flow);
  const entries = new Entries(list.length + 1);
  const byKey = gather(cx, list, entries);
  const { letter, conversationId } = addDistinct(cx, entries, byKey, o.conversationId);
  const expectedResponseTime = expectedTime(o.flow, o.expectedResponseTime, letter);
  const expiry = expiryCandidate(o.flow, o.now, expectedResponseTime);
  if (expiry !== null) entries.add(cx, expiry);
  const walked = walk(cx, entries, applyOrder(entries, letter !== undefined), conversationId, anomalies);
  entries.release();
  checkReturpostAnswer(walked.out, letter, anomalies);
  const s = stateOf(o.flow, walked.state);
  return {
    flow: o.flowId,
    service: (o.flow as StatusFlow).service,
    state: walked.state,
    status: s.status,
    description: s.description,
    terminal: s.terminal,
    soft: s.soft,
    since: walked.since,
    conversationId,
    expectedResponseTime,
    events: walked.out,
    anomalies,
  };
}

/** A returned-letter receipt only answers a letter that asked for MAKULERING_MED_MELDING. */
function checkReturpostAnswer(out: readonly ReducedEvent[], letter: Candidate | undefined, anomalies: Anomaly[]): void {
  const returpost = out.find((e) => e.trigger === "returpostkvittering" && e.outcome !== "other-conversation");
  if (returpost && letter && headerFacts(letter.value).type === "utskrift") {
    for (const i of checkReturpost(letter.value))
      anomalies.push({ code: "returpost-without-makulering", eventId: returpost.id, message: i.message });
  }
}
