/** The domain step of the reducer: what one trigger does to a flow state, and the synthetic events a move needs. */
import type { FlowState, StatusFlow } from "@innbyggerpost/contracts";
import type { Anomaly, EventOutcome, ReducedEvent } from "./model.js";
import { reduced, type EventFields } from "./events.js";
import { isoUtc } from "./time.js";

/** What applying one trigger to a state gives: how it went, the state after it, and the anomaly it is, if any. */
export interface Step {
  readonly outcome: Extract<EventOutcome, "moved" | "kept" | "anomaly" | "unknown">;
  /** The state after the event (the state it met, unless it moved). */
  readonly next: string;
  readonly anomaly?: Anomaly;
}

/** What applyTrigger reads of a flow: the flow itself and its states by id. */
export interface FlowLookup {
  readonly flow: StatusFlow;
  readonly states: ReadonlyMap<string, FlowState>;
}

/**
 * Applies the trigger of event `eventId` to `state` by the flow's transition table: the one rule every
 * kind of event goes through. A null trigger (not one of the flow's) is `unknown`, explained by `note`.
 */
export function applyTrigger(
  t: FlowLookup,
  state: string,
  trigger: string | null,
  eventId: string,
  note?: string,
): Step {
  const flow = t.flow;
  if (trigger === null) {
    const message = `event ${eventId} is not a trigger of flow ${flow.id}: ${note ?? "unknown"}`;
    return { outcome: "unknown", next: state, anomaly: { code: "unknown-event", eventId, message } };
  }
  const next = (flow.transitions as Record<string, Record<string, string | undefined>>)[state]?.[trigger];
  if (next === undefined) {
    const terminal = t.states.get(state)!.terminal;
    const anomaly: Anomaly = {
      code: terminal ? "after-terminal" : "impossible-transition",
      eventId,
      from: state,
      trigger,
      message:
        `${trigger} cannot follow ${state}${terminal ? ` (terminal)` : ""}; the event is ` +
        `kept and the state stays ${state}`,
    };
    return { outcome: "anomaly", next: state, anomaly };
  }
  return next === state ? { outcome: "kept", next } : { outcome: "moved", next };
}

/**
 * Inserts the flow's synthetic events that must precede a move from `state` to `next` (caused by the
 * event `id` at `ms0`); returns the state after them. A synthetic event is stamped at the rule's offset
 * from its event, but never before `notBefore`, the time of the event applied before it (its own cause):
 * a LEVERT half a second after OPPRETTET, or one before a letter created late (clock skew).
 */
export function syntheticBefore(
  t: FlowLookup,
  present: ReadonlySet<string | null>,
  out: ReducedEvent[],
  state: string,
  next: string,
  ms0: number | null,
  id: string,
  notBefore: number | null,
): string {
  for (const rule of t.flow.synthetic) {
    if (rule.before.includes(next) && rule.from.includes(state) && !rule.unlessAnyTrigger.some((x) => present.has(x))) {
      const ms =
        ms0 === null ? null : notBefore === null ? ms0 + rule.offsetMs : Math.max(ms0 + rule.offsetMs, notBefore);
      const time = ms === null ? null : isoUtc(ms);
      const s = t.states.get(rule.state)!;
      const fields: EventFields = {
        id: `synthetic:${rule.state}:${id}`,
        kind: "synthetic",
        trigger: null,
        status: s.status,
        description: s.description,
        time,
        timeSource: "derived",
        conversationId: null,
      };
      out.push(reduced(fields, "moved", state, rule.state, rule.reason));
      state = rule.state;
    }
  }
  return state;
}
