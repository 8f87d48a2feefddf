import {
  statusFlows,
  type Blame,
  type EformidlingStatus,
  type ResendAdvice,
  type StatusFlow,
  type StatusFlowId,
} from "@innbyggerpost/contracts";
import type { ReducedEvent, StatusState } from "./model.js";
import { reasonOf } from "../support/problem.js";

/** More events than a reduced state can hold. */
const MAX_EVENTS = 1 << 21;

/** A state given as a reduced {@link StatusState}, or as a flow state id with its flow (default `dpi`). */
export type StateRef = StatusState | { readonly state: string; readonly flow?: StatusFlowId };

function resolve(ref: StateRef): { flow: StatusFlow; state: string } | null {
  if (typeof ref !== "object" || ref === null || typeof ref.state !== "string") return null;
  const id = ref.flow ?? "dpi";
  if (!Object.hasOwn(statusFlows, id)) return null;
  const flow = statusFlows[id] as StatusFlow;
  return flow.states.some((s) => s.id === ref.state) ? { flow, state: ref.state } : null;
}

/** True when no event can change the state's status any more; false for soft and open states and for unknown states. */
export function isTerminal(ref: StateRef): boolean {
  try {
    const r = resolve(ref);
    return r ? r.flow.states.find((s) => s.id === r.state)!.terminal : false;
  } catch {
    return false;
  }
}

/** One way the state can still change. */
export interface PossibleTransition {
  readonly trigger: string;
  readonly label: string;
  readonly to: string;
  readonly status: EformidlingStatus | null;
}

/**
 * What can still happen: every trigger that would move the state, from the flow's transition table. Empty for terminal
 * and unknown states.
 */
export function whatCanStillHappen(ref: StateRef): PossibleTransition[] {
  try {
    const r = resolve(ref);
    if (!r) return [];
    const row = (r.flow.transitions as Record<string, Record<string, string | undefined>>)[r.state] ?? {};
    return r.flow.triggers
      .filter((t) => row[t.id] !== undefined && row[t.id] !== r.state)
      .map((t) => ({
        trigger: t.id,
        label: t.label,
        to: row[t.id]!,
        status: r.flow.states.find((s) => s.id === row[t.id])!.status,
      }));
  } catch {
    return [];
  }
}

/** Whether, and why, the sender should send the letter again. */
export interface ResendDecision {
  /**
   * no, wait, yes, after-fix (correct it first, then send a new message) or later (a server-side fault must be fixed
   * first).
   */
  readonly advice: Exclude<ResendAdvice, "by-feiltype">;
  /** Whose fault, when known: KLIENT (the sender's message) or SERVER (infrastructure). */
  readonly blame: Blame | null;
  /** Whether sending the same message again can help. */
  readonly retryable: boolean;
  readonly reason: string;
}

/**
 * Should the sender resend? From the state's table advice, refined by the events: a feil's feiltype
 * decides between "after-fix" (KLIENT) and "later" (SERVER); a delivery receipt that arrived after the
 * message expired means it must not be resent blindly.
 */
export function shouldResend(state: StatusState): ResendDecision {
  try {
    const r = resolve(state);
    if (!r) return { advice: "no", blame: null, retryable: false, reason: "unknown state: nothing can be advised" };
    const row = r.flow.states.find((s) => s.id === r.state)!;
    // Read once, and bounded: a reduced state holds at most one entry per event (see reduceStatus).
    const given: unknown = state.events;
    const events: readonly ReducedEvent[] = Array.isArray(given) && given.length <= MAX_EVENTS ? given : [];
    const delivered = events.find((e) => e.outcome === "anomaly" && (e.status === "LEVERT" || e.status === "LEST"));
    switch (row.resend) {
      case "by-feiltype": {
        let cause: ReducedEvent | undefined;
        for (let i = events.length - 1; i >= 0 && !cause; i--)
          if (events[i]?.outcome === "moved" && events[i]?.to === r.state) cause = events[i];
        const info = cause?.receipt?.feiltype ?? null;
        if (info)
          return {
            advice: info.resend === "by-feiltype" ? "yes" : info.resend,
            blame: info.blame,
            retryable: info.retryable,
            reason:
              `${info.feiltype}: ` +
              `${info.meaning}${cause?.receipt?.detaljer ? ` (detaljer: ${cause.receipt.detaljer})` : ""}`,
          };
        if (cause?.apiStatus)
          return {
            advice: "yes",
            blame: null,
            retryable: true,
            reason:
              "the sender's access point reported FEILET" +
              (cause.apiStatus.beskrivelse ? `: ${cause.apiStatus.beskrivelse}` : "") +
              "; the cause is not classified, a new attempt may succeed",
          };
        return { advice: "yes", blame: null, retryable: true, reason: "failed without a classified cause" };
      }
      case "yes":
        if (delivered)
          return {
            advice: "no",
            blame: null,
            retryable: false,
            reason:
              `${row.id}, but ${delivered.trigger ?? delivered.kind} arrived afterwards: the ` +
              `letter reached the recipient; resending would deliver it twice`,
          };
        return { advice: "yes", blame: null, retryable: true, reason: row.note ?? row.description ?? row.id };
      case "after-fix":
        return {
          advice: "after-fix",
          blame: "KLIENT",
          retryable: false,
          reason: row.note ?? row.description ?? row.id,
        };
      default:
        return { advice: row.resend, blame: null, retryable: false, reason: row.note ?? row.description ?? row.id };
    }
  } catch (e) {
    return { advice: "no", blame: null, retryable: false, reason: `the state could not be read: ${reasonOf(e)}` };
  }
}
