// Test oracle (see reduce.ts): the reducer's public types as they were, verbatim.
import type { EformidlingStatus, StatusFlowId, StatusService } from "@innbyggerpost/contracts";
import type { ApiStatusResult, ReceiptStatus, TimeSource } from "./receipt.js";

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
