/**
 * @innbyggerpost/contracts/types: the TypeScript types of the nine DPI messages and their parts, and
 * nothing else (no run-time code), generated from the JSON Schemas.
 *
 * ```ts
 * import type { DigitalMessage, DpiMessage } from "@innbyggerpost/contracts/types";
 * ```
 * @packageDocumentation
 */
export type * from "./generated/types.js";
export type { DpiType, MessageKind, Severity, StrictRuleCode } from "./generated/catalogue.js";
