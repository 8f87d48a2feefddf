// A local DPI access point (C2) with a postbox and print service behind it.
export { startSimulator, type RequestLog, type Simulator } from "./server.js";
export { checkOptions, DEFAULT_MAX_BYTES, type CheckedOptions, type SimulatorOptions } from "./options.js";
export { PROVIDERS, type KeyPair, type Pki } from "./pki.js";
export { issuedBy } from "./trust.js";
export { issueCertificate, loadPki, planAnswers, scenarioTableMarkdown } from "./public.js";
export {
  GRANT_SECONDS,
  JWT_BEARER,
  SEND_SCOPE,
  TOKEN_SECONDS,
  TokenIssuer,
  type OAuthError,
  type TokenAnswer,
  type TokenIssuerOptions,
} from "./token.js";
export {
  defaultScenarioTable,
  parseScenarioTable,
  recipientKey,
  type PlannedAnswer,
  type Scenario,
  type ScenarioTable,
  type Timings,
} from "./scenarios.js";
export { answerLetter, type AnswerContext, type OpenPackage, type ParsedKeyPair } from "./postbox.js";
export type { IncomingEntry, LetterRecord, StatusEntry } from "./store.js";
export type { HttpProblem } from "./problem.js";
