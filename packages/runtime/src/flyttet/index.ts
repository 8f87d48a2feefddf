export {
  checkFlyttetEligibility,
  type DeliveryTime,
  type FlyttetEligibility,
  type FlyttetReason,
  type LetterState,
  type NotificationProgress,
} from "./eligibility.js";
export {
  buildFlyttet,
  type BuildFlyttetOptions,
  type BuiltFlyttet,
  type FlyttetErrorCode,
  type FlyttetFailure,
} from "./build.js";
