export {
  receiptToStatus,
  type ReceiptStatus,
  type ReceiptToStatusOptions,
  type TimeSource,
} from "./receipt.js";
export { apiStatusToStatus, type ApiStatusResult, type ApiStatusOptions } from "./api-status.js";
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
