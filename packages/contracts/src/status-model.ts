/**
 * The shapes of the status model. The tables themselves (statuses, flows, mappings, flyttet rules) are
 * data in schemas/status/, generated into ./generated/status.ts and typed against these interfaces.
 */
import type { DpiType } from "./generated/catalogue.js";
import type { DpiApiStatus, EformidlingStatus, FlyttetRuleCode, StatusService } from "./generated/status.js";
import type { Feiltype } from "./generated/types.js";

/**
 * Every resend advice, in the order {@link ResendAdvice} explains them (the generator checks the tables against
 * it).
 */
export const resendAdvice = ["no", "wait", "yes", "after-fix", "later", "by-feiltype"] as const;

/**
 * What the sender should do in a state: no (nothing to do), wait (not finished yet), yes (send again),
 * after-fix (correct the message, then send a new one), later (retry once a server-side fault is fixed),
 * by-feiltype (decided by the error's feiltype; see {@link feiltypeTable}).
 */
export type ResendAdvice = (typeof resendAdvice)[number];

/** One eFormidling status: what it means and whether the integration point marks the conversation finished. */
export interface EformidlingStatusInfo {
  readonly status: EformidlingStatus;
  readonly meaning: string;
  /** The reference implementation's `finished` flag. */
  readonly finished: boolean;
}

/** One state of a status flow. */
export interface FlowState<S extends string = string> {
  readonly id: S;
  /**
   * The eFormidling status this state projects onto; null for a service's own status the integration point does
   * not record.
   */
  readonly status: EformidlingStatus | null;
  /** Which side logs it (avsender/mottaker, or the actor of a DPE step). */
  readonly loggedBy: string;
  /**
   * The Norwegian description, verbatim from the specification (or the reference implementation); null when
   * there is none.
   */
  readonly description: string | null;
  /** The number of the specification page the row comes from, or null when there is none. */
  readonly seed: string | null;
  /** No event can change the status any more. */
  readonly terminal: boolean;
  /** Finished for now (polling may stop, nothing to do), but later events can still change the status. */
  readonly soft: boolean;
  readonly resend: ResendAdvice;
  readonly note?: string;
  /** false when upstream does not support the state yet (it never occurs today). */
  readonly supported?: boolean;
  /** The step number, for flows documented as numbered steps (DPE). */
  readonly step?: number;
}

/** An event kind that moves a flow: a receipt, an access-point or service status, or a time out. */
export interface FlowTrigger<S extends string = string, T extends string = string> {
  readonly id: T;
  /** The state the trigger leads to when it is allowed and not merely kept. */
  readonly to: S;
  readonly label: string;
}

/** A state the reducer inserts, marked synthetic, when a later state arrives without it. */
export interface SyntheticRule<S extends string = string, T extends string = string> {
  readonly state: S;
  /** Entering one of these states ... */
  readonly before: readonly S[];
  /** ... from one of these states inserts the synthetic state first ... */
  readonly from: readonly S[];
  /** ... at the entering event's time plus this offset ... */
  readonly offsetMs: number;
  /** ... unless any event with one of these triggers exists at all. */
  readonly unlessAnyTrigger: readonly T[];
  readonly reason: string;
}

/** One service flow: states, triggers and the allowed transitions. */
export interface StatusFlow<S extends string = string, T extends string = string> {
  readonly id: string;
  readonly service: StatusService;
  readonly side: string;
  readonly title: string;
  readonly source: string;
  readonly initial: S;
  /** The trigger a passed expected response time fires, and the default time to live. */
  readonly expiry: { readonly trigger: T; readonly defaultTtlHours: number; readonly source: string } | null;
  /** In lifecycle order: the reducer breaks ties between events at the same instant by this order. */
  readonly states: readonly FlowState<S>[];
  readonly triggers: readonly FlowTrigger<S, T>[];
  readonly synthetic: readonly SyntheticRule<S, T>[];
  /**
   * transitions[from][trigger] is the state after the trigger. The same state means the event is kept
   * without changing the status; a missing entry is an impossible transition (an anomaly).
   */
  readonly transitions: { readonly [K in S]: { readonly [U in T]?: S } };
}

/** One row of the DPI receipt mapping. */
export interface ReceiptMappingRow {
  readonly type: DpiType;
  readonly status: EformidlingStatus;
  /** The reference implementation's description, verbatim. */
  readonly description: string;
  readonly meaning: string;
}

/** What an input no mapping row covers maps to (an unknown receipt or access-point status). */
export interface UnknownMapping {
  readonly status: EformidlingStatus;
  readonly description: string;
  readonly meaning: string;
}

/** One row of the access-point status mapping. */
export interface ApiStatusMappingRow {
  readonly apiStatus: DpiApiStatus;
  readonly status: EformidlingStatus;
  readonly description: string;
  readonly meaning: string;
  /** Which time the reference implementation records. */
  readonly referenceTime: string;
}

/** Who is at fault for a feil. */
export type Blame = "KLIENT" | "SERVER";

/** What a feiltype means for the sender. */
export interface FeiltypeInfo {
  readonly feiltype: Feiltype;
  readonly blame: Blame;
  /** Whether sending the same message again can help. */
  readonly retryable: boolean;
  readonly resend: ResendAdvice;
  /** The specification's description, verbatim. */
  readonly description: string;
  readonly meaning: string;
}

/** One rule of which letters may not be moved: the state, the specification's text and why. */
export interface FlyttetRule {
  readonly code: FlyttetRuleCode;
  readonly text: string;
  readonly why: string;
  readonly message: string;
}

/** The flyttet rules: which letters may be moved, which may not (by code), and the moved letter's delivery time. */
export interface FlyttetRules {
  readonly mayMove: readonly { readonly id: string; readonly text: string }[];
  readonly mayNotMove: Readonly<Record<FlyttetRuleCode, FlyttetRule>>;
  readonly deliveryTime: { readonly rule: string; readonly source: string };
}
