// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// The strict profile's overlay rules: each rule's schema compiled for the node it checks, and per message
// type the rules that apply with the pointers (as segments, * = every array item) where they apply.
import type { StrictRuleCheck, StrictRuleWalker } from "../catalogue-types.js";
import type { DpiType } from "./catalogue.js";

export type { StrictRuleCheck } from "../catalogue-types.js";

/** The strict overlay checks that apply to each message type, in rule order. */
export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;

/** Per message type: runs every check of `strictRuleChecks[type]` where it applies (see StrictRuleWalker). */
export declare const strictRuleWalkers: Readonly<Record<DpiType, StrictRuleWalker>>;

/** strictRuleChecks.digital */
export declare const checks_digital: readonly StrictRuleCheck[];
/** strictRuleWalkers.digital */
export declare const walk_digital: StrictRuleWalker;

/** strictRuleChecks.utskrift */
export declare const checks_utskrift: readonly StrictRuleCheck[];
/** strictRuleWalkers.utskrift */
export declare const walk_utskrift: StrictRuleWalker;

/** strictRuleChecks.flyttet */
export declare const checks_flyttet: readonly StrictRuleCheck[];
/** strictRuleWalkers.flyttet */
export declare const walk_flyttet: StrictRuleWalker;

/** strictRuleChecks.feil */
export declare const checks_feil: readonly StrictRuleCheck[];
/** strictRuleWalkers.feil */
export declare const walk_feil: StrictRuleWalker;

/** strictRuleChecks.leveringskvittering */
export declare const checks_leveringskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.leveringskvittering */
export declare const walk_leveringskvittering: StrictRuleWalker;

/** strictRuleChecks.aapningskvittering */
export declare const checks_aapningskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.aapningskvittering */
export declare const walk_aapningskvittering: StrictRuleWalker;

/** strictRuleChecks.varslingfeiletkvittering */
export declare const checks_varslingfeiletkvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.varslingfeiletkvittering */
export declare const walk_varslingfeiletkvittering: StrictRuleWalker;

/** strictRuleChecks.mottakskvittering */
export declare const checks_mottakskvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.mottakskvittering */
export declare const walk_mottakskvittering: StrictRuleWalker;

/** strictRuleChecks.returpostkvittering */
export declare const checks_returpostkvittering: readonly StrictRuleCheck[];
/** strictRuleWalkers.returpostkvittering */
export declare const walk_returpostkvittering: StrictRuleWalker;
