export {
  receiptToStatus,
  apiStatusToStatus,
  type ReceiptStatus,
  type ReceiptToStatusOptions,
  type ApiStatusResult,
  type ApiStatusOptions,
  type TimeSource,
} from "./receipt.js";
export {
  reduceStatus,
  type StatusEvent,
  type ReduceOptions,
  type StatusState,
  type ReducedEvent,
  type EventOutcome,
  type Anomaly,
  type AnomalyCode,
} from "./reduce.js";
export {
  isTerminal,
  whatCanStillHappen,
  shouldResend,
  type StateRef,
  type PossibleTransition,
  type ResendDecision,
} from "./helpers.js";
