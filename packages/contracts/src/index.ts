/**
 * @innbyggerpost/contracts: types, precompiled validators and type guards for the nine DPI messages,
 * generated from the JSON Schemas in schemas/.
 * @packageDocumentation
 */
export * from "./generated/types.js";
export * from "./generated/guards.js";
export * from "./generated/validate-by-type.js";
export * from "./generated/status.js";
export {
  agencyLetterTypes,
  answerTypes,
  catalogue,
  dpiTypes,
  dpiTypesByKind,
  flyttetCarriedFields,
  receiptTypes,
  processes,
  headerVersion,
  typeVersion,
  strictRules,
  type CatalogueEntry,
  type DpiType,
  type LetterType,
  type MessageKind,
  type MessageSender,
  type ReceiptType,
  type Severity,
  type StrictRuleCode,
  type StrictRuleInfo,
} from "./generated/catalogue.js";
export * from "./validation.js";
export type { Failure, Problem } from "./problem.js";
/** @internal */
export { isRecord } from "./support/records.js";
export { isDateFormat, isDateTimeFormat } from "./support/formats.js";
