/** The reducer's walk: every entry, in order, applied to the state through applyTrigger. */
import { applyTrigger, syntheticBefore } from "./apply.js";
import type { Entries } from "./entries.js";
import { plainApiEvent, reduced } from "./events.js";
import type { Anomaly, ReducedEvent } from "./model.js";
import type { Context } from "./tables.js";

/** Where the walk ended: the events as reported, the state and the time of the event that set it. */
export interface Walked {
  readonly out: ReducedEvent[];
  readonly state: string;
  readonly since: string | null;
}

/**
 * Applies the entries at `order` to the flow's initial state, reporting each one and every anomaly:
 * an invalid event or one of another conversation is kept but not applied, a derived expiry only
 * appears when it moves an unfinished message, and a missing intermediate step is inserted (synthetic).
 */
export function walk(
  cx: Context,
  entries: Entries,
  order: readonly number[],
  conversationId: string | null,
  anomalies: Anomaly[],
): Walked {
  const { cands, ids, plains, apiResults, ms } = entries;
  const present = presentTriggers(cx, entries, order, conversationId);
  const out: ReducedEvent[] = [];
  let state = cx.flow.initial as string;
  let since: string | null = null;
  // The time of the last event applied (moved or kept): no synthetic event is stamped before it.
  let appliedMs: number | null = null;
  for (const i of order) {
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
          message:
            `event ${c.id} belongs to conversation ${c.conversationId}, not ${conversationId}; ` +
            "it is kept but not applied",
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
        appliedMs = ms[i]!;
      }
      continue;
    }
    if (step.anomaly !== undefined) anomalies.push(step.anomaly);
    let from = state;
    if (step.outcome === "moved") from = syntheticBefore(cx, present, out, state, step.next, ms[i]!, id, appliedMs);
    out.push(
      c === null
        ? plainApiEvent(id, trigger, apiResults[i]!, step.outcome, from, step.next)
        : reduced(c, step.outcome, from, step.next),
    );
    if (step.outcome === "moved") {
      state = step.next;
      since = c === null ? apiResults[i]!.time : c.time;
    }
    if ((step.outcome === "moved" || step.outcome === "kept") && ms[i]! !== Number.POSITIVE_INFINITY)
      appliedMs = ms[i]!;
  }
  return { out, state, since };
}

/** The triggers of the events that will be applied: a step one of them makes is never inserted as synthetic. */
function presentTriggers(
  cx: Context,
  entries: Entries,
  order: readonly number[],
  conversationId: string | null,
): Set<string | null> {
  const present = new Set<string | null>();
  // Plain statuses: the triggers of those seen (deduplication leaves one of each equal status).
  for (const p of cx.apiPlain.values()) if (entries.plainBits & p.bit) present.add(p.trigger);
  for (const i of order) {
    const c = entries.cands[i] ?? null;
    if (c !== null && c.kind !== "synthetic" && (c.conversationId === null || c.conversationId === conversationId))
      present.add(c.trigger);
  }
  return present;
}
