import { catalogue, dpiTypes, strictRules, type DpiType } from "./generated/catalogue.js";
import { strictRuleChecks } from "./generated/strict-rules.js";
import type { DpiMessageByType } from "./generated/types.js";
import * as allErrorValidators from "./generated/validators.js";
import * as firstErrorValidators from "./generated/validators-first-error.js";
import { issuesFromErrors, type Issue } from "./issues.js";
import type { CompiledValidator } from "./support/compiled-validator.js";

/**
 * `wire` accepts exactly what the official Digdir schemas accept.
 * `strict` is `wire` plus the overlay rules in `strictRules` (errors reject, warnings are only reported).
 */
export type Profile = "wire" | "strict";

/** Options for {@link validate} and the per-type validators. */
export interface ValidateOptions {
  /** Default `strict`. */
  readonly profile?: Profile;
  /** Report every error (default) or stop at the first, which is faster on invalid input. */
  readonly allErrors?: boolean;
}

/** A valid message, typed by its DPI type. */
export type ValidResult<T extends DpiType = DpiType> = {
  [K in T]: {
    readonly ok: true;
    readonly type: K;
    readonly message: DpiMessageByType[K];
    readonly warnings: readonly Issue[];
  };
}[T];

/** An invalid message, with the type it was checked as when one could be told. */
export interface InvalidResult {
  readonly ok: false;
  readonly type?: DpiType;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** What {@link validate} returns; it never throws. */
export type ValidationResult<T extends DpiType = DpiType> = ValidResult<T> | InvalidResult;

const SBD = "/standardBusinessDocument";
const TYPE_POINTER = `${SBD}/standardBusinessDocumentHeader/documentIdentification/type`;
const byPayloadKey = new Map<string, DpiType>(dpiTypes.map((t) => [catalogue[t].payloadKey, t]));
const byLowerType = new Map<string, DpiType>(dpiTypes.map((t) => [t.toLowerCase(), t]));

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function invalid(errors: Issue[], type?: DpiType): InvalidResult {
  return type === undefined ? { ok: false, errors, warnings: [] } : { ok: false, type, errors, warnings: [] };
}

/**
 * Tells which DPI type a message is: by the payload key beside the header (what the official schemas
 * discriminate on), else by documentIdentification.type, case-insensitively.
 */
export function detectType(input: unknown): { type: DpiType } | { error: Issue } {
  if (!isObject(input)) {
    return { error: { pointer: "", code: "not-an-object", message: `a DPI message is a JSON object, not ${Array.isArray(input) ? "an array" : input === null ? "null" : typeof input}` } };
  }
  const sbd = input.standardBusinessDocument;
  if (!isObject(sbd)) {
    return sbd === undefined
      ? { error: { pointer: SBD, code: "required", message: "required property 'standardBusinessDocument' is missing" } }
      : { error: { pointer: SBD, code: "type", message: "standardBusinessDocument must be an object" } };
  }
  for (const key of Object.keys(sbd)) {
    const t = byPayloadKey.get(key);
    if (t) return { type: t };
  }
  const header = sbd.standardBusinessDocumentHeader;
  const declared = isObject(header) && isObject(header.documentIdentification) ? header.documentIdentification.type : undefined;
  if (typeof declared === "string") {
    const t = byLowerType.get(declared.toLowerCase());
    if (t) return { type: t };
    return { error: { pointer: TYPE_POINTER, code: "unknown-type", message: `no DPI payload found and type '${declared}' is not one of ${dpiTypes.join(", ")}` } };
  }
  if (!isObject(header)) {
    return { error: { pointer: `${SBD}/standardBusinessDocumentHeader`, code: "required", message: "required property 'standardBusinessDocumentHeader' is missing, and no DPI payload key was found" } };
  }
  return { error: { pointer: SBD, code: "unknown-type", message: `no DPI payload key (${dpiTypes.join(", ")}) and no documentIdentification.type` } };
}

function check<T extends DpiType>(input: unknown, type: T, options: ValidateOptions | undefined): ValidationResult<T> {
  const allErrors = options?.allErrors ?? true;
  const profile = options?.profile ?? "strict";
  if (profile !== "wire" && profile !== "strict") {
    return invalid([{ pointer: "", code: "bad-option", message: `profile must be "wire" or "strict", not ${JSON.stringify(profile)}` }], type);
  }
  const validators = allErrors ? allErrorValidators : firstErrorValidators;
  const wire = validators[`${catalogue[type].typeName}Message` as keyof typeof validators] as CompiledValidator;
  if (!wire(input)) return invalid(issuesFromErrors(wire.errors), type);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  if (profile === "strict") {
    // Overlay rules assume a wire-valid message, so they run only on one.
    for (const rule of strictRuleChecks[type]) {
      if (rule.validate(input)) continue;
      const found = issuesFromErrors(rule.validate.errors, rule.code, ruleDoc.get(rule.code));
      if (rule.severity === "warning") warnings.push(...found);
      else {
        errors.push(...found);
        if (!allErrors) break;
      }
    }
  }
  if (errors.length) return { ok: false, type, errors, warnings };
  return { ok: true, type, message: input as DpiMessageByType[T], warnings } as ValidResult<T>;
}

const ruleDoc = new Map<string, string>(strictRules.map((r) => [r.code, r.doc]));

/**
 * Validates any DPI message. The type comes from the payload key beside the header, falling back to
 * `documentIdentification.type`; under `strict` a type that differs from the key is an error.
 * Never throws and never changes `input`.
 */
export function validate(input: unknown, options?: ValidateOptions): ValidationResult {
  try {
    const detected = detectType(input);
    if ("error" in detected) return invalid([detected.error]);
    return check(input, detected.type, options);
  } catch (e) {
    return invalid([{ pointer: "", code: "internal", message: `validation stopped: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/** Validates `input` as one DPI type, whatever its payload key says. Never throws. */
export function validateAs<T extends DpiType>(type: T, input: unknown, options?: ValidateOptions): ValidationResult<T> {
  try {
    if (!byLowerType.has(String(type))) {
      return invalid([{ pointer: "", code: "bad-option", message: `unknown DPI type ${JSON.stringify(type)}` }]);
    }
    return check(input, type, options);
  } catch (e) {
    return invalid([{ pointer: "", code: "internal", message: `validation stopped: ${e instanceof Error ? e.message : String(e)}` }], type);
  }
}
