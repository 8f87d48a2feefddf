// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
// The strict profile's overlay rules, compiled per message type. Each check reports under its rule code.
import type { CompiledValidator } from "../support/compiled-validator.js";
import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";

/** One overlay rule as checked for one message type. */
export interface StrictRuleCheck {
  readonly code: StrictRuleCode;
  readonly severity: Severity;
  readonly validate: CompiledValidator;
}

/** The strict overlay checks that apply to each message type, in rule order. */
export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;
