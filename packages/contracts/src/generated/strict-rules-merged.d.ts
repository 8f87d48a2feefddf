// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
// Each message type's strict overlay rules merged into one check (first error only), see strict-rules.js.
import type { CompiledValidator } from "../support/compiled-validator.js";

export declare const all_digital: CompiledValidator;
export declare const all_utskrift: CompiledValidator;
export declare const all_flyttet: CompiledValidator;
export declare const all_feil: CompiledValidator;
export declare const all_leveringskvittering: CompiledValidator;
export declare const all_aapningskvittering: CompiledValidator;
export declare const all_varslingfeiletkvittering: CompiledValidator;
export declare const all_mottakskvittering: CompiledValidator;
export declare const all_returpostkvittering: CompiledValidator;
