// Envelope: build, answer and parse SBDs.
export {
  buildMessage,
  DEFAULT_RESPONSE_HOURS,
  DEFAULT_TIME_ZONE,
  type BuildErrorCode,
  type BuildInput,
  type BuildResult,
  type BuiltMessage,
  type HeaderOptions,
} from "./envelope/build.js";
export {
  buildAnswer,
  type AnswerCommon,
  type AnswerErrorCode,
  type AnswerInput,
  type AnswerResult,
  type AnswerType,
} from "./envelope/answer.js";
export {
  parseMessage,
  type ParseErrorCode,
  type ParseOptions,
  type ParseResult,
  type ParsedMessage,
} from "./envelope/parse.js";
export { envelopeOf, type Envelope } from "./envelope/envelope.js";
// Identifiers: organisation numbers, 0192: values, fødselsnummer/D-nummer.
export {
  formatOrganisationNumber,
  isOrganisationNumber,
  organisationNumberCheckDigit,
  parseOrganisationNumber,
  type OrganisationNumberErrorCode,
  type OrganisationNumberResult,
} from "./identifiers/organisation-number.js";
export {
  formatOrganisationIdentifier,
  ISO6523_AUTHORITY,
  NORWEGIAN_ICD,
  organisationIdentification,
  parseOrganisationIdentification,
  parseOrganisationIdentifier,
  type OrganisationIdentifierErrorCode,
  type OrganisationIdentifierOptions,
  type OrganisationIdentifierResult,
} from "./identifiers/iso6523.js";
export {
  formatPersonNumber,
  parsePersonNumber,
  type PersonNumber,
  type PersonNumberErrorCode,
  type PersonNumberKind,
  type PersonNumberOptions,
  type PersonNumberResult,
} from "./identifiers/person-number.js";
// JWS: sign and verify forretningsmeldinger.
export { signMessage, type SignErrorCode, type SignInput, type SignResult, type SigningAlgorithm } from "./jws/sign.js";
export {
  DEFAULT_ALGORITHMS,
  verifyMessage,
  type SignatureInfo,
  type TrustDecision,
  type VerifiedMessage,
  type VerifyErrorCode,
  type VerifyInput,
  type VerifyResult,
} from "./jws/verify.js";
export { decodeJws, type DecodedJws, type DecodeErrorCode, type DecodeResult } from "./jws/compact.js";
export {
  certificateValidAt,
  organisationNumberOfCertificate,
  readCertificate,
  readCertificates,
  type CertificateErrorCode,
  type CertificateInput,
  type CertificateResult,
  type ValidityErrorCode,
} from "./jws/certificate.js";
// Authorisation consistency (what a receiving postbox checks).
export {
  checkAuthorisation,
  type AuthorisationErrorCode,
  type AuthorisationInput,
  type AuthorisationResult,
  type Authorised,
} from "./authorisation/check.js";
export { decodeTokenClaims, type TokenClaimsErrorCode, type TokenClaimsResult } from "./authorisation/claims.js";
// dokumentpakkefingeravtrykk.
export {
  checkFingerprint,
  computeFingerprint,
  SHA256_DIGEST_METHOD,
  type CheckFingerprintErrorCode,
  type CheckFingerprintInput,
  type CheckFingerprintResult,
  type FingerprintErrorCode,
  type FingerprintResult,
} from "./fingerprint/fingerprint.js";
// Shared result shapes.
export type { Failure, Problem } from "./support/problem.js";
// A JSON value copied, each field read once, anything JSON cannot carry refused.
export { copyJson, type JsonValueResult } from "./support/json-value.js";
// Bytes as text: UTF-8, one BOM skipped, anything invalid refused (the rule the CLI shares).
export { decodeUtf8, type Utf8ErrorCode, type Utf8Result } from "./support/utf8.js";
// Status model: receipts and access-point statuses to eFormidling statuses, the reducer and its helpers.
export * from "./status/index.js";
// Flyttet: which letters may move to another mailbox provider, and the flyttet message.
export * from "./flyttet/index.js";
// Print and notification business rules beyond the schema.
export * from "./print-rules/index.js";
