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

/** The strict overlay checks for one message type. */
export interface StrictRuleChecks {
  /** Passes exactly when every rule passes. */
  readonly all: CompiledValidator;
  /** Each rule on its own, in rule order, to tell which failed. */
  readonly rules: readonly StrictRuleCheck[];
}

/** The strict overlay checks that apply to each message type. */
export declare const strictRuleChecks: Readonly<Record<DpiType, StrictRuleChecks>>;
