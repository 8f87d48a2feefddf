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
