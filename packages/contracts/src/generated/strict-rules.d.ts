// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
// The strict profile's overlay rules: each rule's schema compiled for the node it checks, and per message
// type the rules that apply with the pointers (as segments, * = every array item) where they apply.
import type { CompiledValidator } from "../support/compiled-validator.js";
import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";

/** One overlay rule as checked for one message type. */
export interface StrictRuleCheck {
  readonly code: StrictRuleCode;
  readonly severity: Severity;
  /** Where the rule applies: JSON pointers as unescaped segments; "*" is every item of an array. */
  readonly at: readonly (readonly string[])[];
  /** Checks one node found at `at`. */
  readonly validate: CompiledValidator;
}

/** The strict overlay checks that apply to each message type, in rule order. */
export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;

/**
 * Per message type: runs every check in `strictRuleChecks[type]` at every node its pointers reach, and calls
 * `fail(index, pointer)` right after a check fails (its `validate.errors` then hold the reasons).
 */
export declare const strictRuleWalkers: Readonly<Record<DpiType, (data: unknown, fail: (index: number, pointer: string) => void) => void>>;

/** strictRuleChecks.digital */
export declare const checks_digital: readonly StrictRuleCheck[];
/** strictRuleWalkers.digital */
export declare function walk_digital(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.utskrift */
export declare const checks_utskrift: readonly StrictRuleCheck[];
/** strictRuleWalkers.utskrift */
export declare function walk_utskrift(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.flyttet */
export declare const checks_flyttet: readonly StrictRuleCheck[];
/** strictRuleWalkers.flyttet */
export declare function walk_flyttet(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.feil */
export declare const checks_feil: readonly StrictRuleCheck[];
/** strictRuleWalkers.feil */
export declare function walk_feil(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.leveringskvittering */
export declare const checks_leveringskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.leveringskvittering */
export declare function walk_leveringskvittering(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.aapningskvittering */
export declare const checks_aapningskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.aapningskvittering */
export declare function walk_aapningskvittering(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.varslingfeiletkvittering */
export declare const checks_varslingfeiletkvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.varslingfeiletkvittering */
export declare function walk_varslingfeiletkvittering(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.mottakskvittering */
export declare const checks_mottakskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.mottakskvittering */
export declare function walk_mottakskvittering(data: unknown, fail: (index: number, pointer: string) => void): void;

/** strictRuleChecks.returpostkvittering */
export declare const checks_returpostkvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.returpostkvittering */
export declare function walk_returpostkvittering(data: unknown, fail: (index: number, pointer: string) => void): void;
