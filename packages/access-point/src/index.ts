// The client of the sender's access point (C2): send, statuses, incoming, download, mark read.
export {
  createAccessPointClient,
  type AccessPointClient,
  type AccessPointClientOptions,
  type CallOptions,
  type DownloadResult,
  type IncomingMessage,
  type IncomingQuery,
  type IncomingResult,
  type MarkReadResult,
} from "./client.js";
export type { SendInput, SendResult } from "./send.js";
export { normaliseTimestamp, type AccessPointStatus, type ApiStatus, type StatusesResult } from "./statuses.js";
export type { TokenSource } from "./transport.js";
// Errors: every failure is returned, typed, with what the HTTP exchange said.
export type { AccessPointErrorCode, AccessPointFailure, AccessPointProblem, ProblemDetails } from "./errors.js";
export { backoffDelay, type RetryPolicy, type ResolvedRetry } from "./retry.js";
// Maskinporten tokens (JWT-bearer grant).
export {
  DPI_SCOPE,
  JWT_BEARER_GRANT,
  maskinportenTokenSource,
  TokenError,
  type AccessToken,
  type MaskinportenOptions,
  type MaskinportenTokenSource,
  type TokenResult,
} from "./token.js";
// The receipt follower.
export {
  followReceipts,
  type FollowedReceipt,
  type FollowOptions,
  type FollowReport,
  type FollowResult,
  type QuarantineReason,
} from "./follow.js";
// The API's generated types (openapi-typescript), for callers that speak to the API directly.
export type { components, operations, paths } from "./generated/c2.js";
