import { statusFlows, type StatusFlow, type StatusFlowId } from "@innbyggerpost/contracts";
import { checkReturpost } from "../print-rules/print.js";
import { applyTrigger, syntheticBefore } from "./apply.js";
import { API_SEEN_SIZE, giveColumns, takeColumns } from "./cache.js";
import {
  apiKey,
  isObject,
  keyOf,
  plainApi,
  plainTimestamp,
  prefer,
  toCandidate,
  type Candidate,
} from "./candidates.js";
import { plainApiEvent, plainApiResult, reduced } from "./events.js";
import { withShortHashJsonString } from "./identity.js";
import type { Anomaly, ReduceOptions, ReducedEvent, StatusState } from "./model.js";
import { headerFacts, type ApiStatusResult } from "./receipt.js";
import { contextOf, rankOfTrigger, stateOf, type ApiPlain } from "./tables.js";
import { isoUtc, parseDateTime } from "./time.js";
import { reasonOf, shown } from "../support/problem.js";

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

/** More events than one message can have (polling every minute for years): a huge sparse array, say. */
const MAX_EVENTS = 1 << 20;

function reduce(events: unknown, options: ReduceOptions | undefined): StatusState {
  const anomalies: Anomaly[] = [];
  const opts: Record<string, unknown> = isObject(options) ? options : {};
  if (options !== undefined && !isObject(options))
    anomalies.push({ code: "bad-option", pointer: "/options", message: "options must be an object" });
  // Each option read once.
  const {
    flow: flowOption,
    now: nowOption,
    expectedResponseTime: expectedGiven,
    conversationId: conversationGiven,
  } = opts;
  let flowId: StatusFlowId = "dpi";
  if (flowOption !== undefined) {
    if (typeof flowOption === "string" && Object.hasOwn(statusFlows, flowOption)) flowId = flowOption as StatusFlowId;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/flow",
        message: `options.flow must be one of ${Object.keys(statusFlows).join(", ")}; using dpi`,
      });
  }
  const flow = statusFlows[flowId] as StatusFlow;
  const timeOption = (name: string, v: unknown): string | null => {
    if (v === undefined) return null;
    if (parseDateTime(v) !== null) return v as string;
    anomalies.push({
      code: "bad-option",
      pointer: `/options/${name}`,
      message: `options.${name} must be an RFC 3339 date-time with an offset, not ${shown(v)}`,
    });
    return null;
  };
  const now = timeOption("now", nowOption);
  const expectedOption = timeOption("expectedResponseTime", expectedGiven);
  let conversationOption: string | null = null;
  if (conversationGiven !== undefined) {
    if (typeof conversationGiven === "string") conversationOption = conversationGiven;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/conversationId",
        message: "options.conversationId must be a string",
      });
  }

  let list: readonly unknown[] = [];
  if (!Array.isArray(events))
    anomalies.push({
      code: "invalid-input",
      pointer: "",
      message: `events must be an array, not ${events === null ? "null" : typeof events}`,
    });
  else if (events.length > MAX_EVENTS)
    anomalies.push({
      code: "invalid-input",
      pointer: "",
      message: `events has ${events.length} items; at most ${MAX_EVENTS} are reduced at once, so none was`,
    });
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
  const columns = takeColumns(n + 1);
  const msOf = columns.ms;
  const rankOf = columns.rank;
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
        if (id !== null && useSeen) plain.seen.set(timestamp, { id, ms: ms! });
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
  let expectedResponseTime =
    expectedOption ?? (letter?.expected && parseDateTime(letter.expected) !== null ? letter.expected : null);
  if (!expectedResponseTime && letter?.creation && flow.expiry)
    expectedResponseTime = isoUtc(parseDateTime(letter.creation)! + flow.expiry.defaultTtlHours * 3_600_000);
  if (now && expectedResponseTime && flow.expiry && parseDateTime(now)! >= parseDateTime(expectedResponseTime)!) {
    const key = `derived-expiry:${expectedResponseTime}`;
    const c: Candidate = {
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
    };
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
      if (
        last >= 0 &&
        i < apiCount &&
        last < apiCount &&
        msOf[i] === msOf[last] &&
        rankOf[i] === rankOf[last] &&
        keyAt(i) === keyAt(last)
      )
        continue;
      order[w++] = i;
      last = i;
    }
    distinct = w;
  }

  // The letter is applied first, whatever its creation time says: nothing about a message precedes
  // the message (a creationDateAndTime after the receipts is clock skew, not order). Stable, in place.
  if (letter !== undefined) {
    const rest: number[] = [];
    let w = 0;
    for (let r = 0; r < distinct; r++) {
      const i = order[r]!;
      const c = cands[i];
      if (c && c.kind === "message" && c.trigger !== null) order[w++] = i;
      else rest.push(i);
    }
    for (const i of rest) order[w++] = i;
  }

  const present = new Set<string | null>();
  // Plain statuses: the triggers of those seen (deduplication leaves one of each equal status).
  for (const p of cx.apiPlain.values()) if (plainBits & p.bit) present.add(p.trigger);
  for (let r = 0; r < distinct; r++) {
    const i = order[r]!;
    const c = cands[i] ?? null;
    if (c !== null && c.kind !== "synthetic" && (c.conversationId === null || c.conversationId === conversationId))
      present.add(c.trigger);
  }
  const out: ReducedEvent[] = [];
  let state = flow.initial as string;
  let since: string | null = null;
  // The time of the last event applied (moved or kept): no synthetic event is stamped before it.
  let appliedMs: number | null = null;
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
        anomalies.push({
          code: "invalid-event",
          eventId: c.id,
          pointer: c.pointer!,
          message: `event ${c.pointer}: ${c.description}`,
        });
        out.push(reduced(c, "unknown", state, state));
        continue;
      }
      if (c.conversationId !== null && conversationId !== null && c.conversationId !== conversationId) {
        anomalies.push({
          code: "conversation-mismatch",
          eventId: c.id,
          message: `event ${c.id} belongs to conversation ${c.conversationId}, not ${conversationId}; it is kept but not applied`,
        });
        out.push(reduced(c, "other-conversation", state, state));
        continue;
      }
      trigger = c.trigger;
      note = c.note;
      if (trigger !== null && c.ms === null) {
        const when = c.kind === "message" ? "first, as the letter" : "after every timed event";
        anomalies.push({ code: "no-time", eventId: id, message: `event ${id} has no time; it was applied ${when}` });
      }
    }
    const step = applyTrigger(cx, state, trigger, id, note);
    if (c !== null && c.kind === "synthetic") {
      // A derived expiry only exists if it would move an unfinished message.
      if (step.outcome === "moved") {
        out.push(reduced(c, "moved", state, step.next, c.description!));
        state = step.next;
        since = c.time;
        appliedMs = msOf[i]!;
      }
      continue;
    }
    if (step.anomaly !== undefined) anomalies.push(step.anomaly);
    let from = state;
    if (step.outcome === "moved") from = syntheticBefore(cx, present, out, state, step.next, msOf[i]!, id, appliedMs);
    out.push(
      c === null
        ? plainApiEvent(id, trigger, apiResults[i]!, step.outcome, from, step.next)
        : reduced(c, step.outcome, from, step.next),
    );
    if (step.outcome === "moved") {
      state = step.next;
      since = c === null ? apiResults[i]!.time : c.time;
    }
    if ((step.outcome === "moved" || step.outcome === "kept") && msOf[i]! !== Number.POSITIVE_INFINITY)
      appliedMs = msOf[i]!;
  }

  giveColumns(columns);

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
