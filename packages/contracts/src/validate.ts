import { catalogue, dpiTypes, strictRules, type DpiType } from "./generated/catalogue.js";
import { strictRuleChecks, strictRuleWalkers, type StrictRuleCheck } from "./generated/strict-rules.js";
import type { DpiMessageByType } from "./generated/types.js";
import * as allErrorValidators from "./generated/validators.js";
import * as firstErrorValidators from "./generated/validators-first-error.js";
import { issuesFromErrors, type Issue } from "./issues.js";
import type { Failure } from "./problem.js";
import { isRecord } from "./support/records.js";
import type { CompiledValidator } from "./support/compiled-validator.js";
import { standardProps } from "./support/standard.js";
import type { StandardSchemaV1 } from "@standard-schema/spec";

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
export interface InvalidResult extends Failure {
  readonly type?: DpiType;
  readonly warnings: readonly Issue[];
}

/** What {@link validate} returns; it never throws. */
export type ValidationResult<T extends DpiType = DpiType> = ValidResult<T> | InvalidResult;

const SBD = "/standardBusinessDocument";
const TYPE_POINTER = `${SBD}/standardBusinessDocumentHeader/documentIdentification/type`;
const byPayloadKey = /* @__PURE__ */ new Map<string, DpiType>(dpiTypes.map((t) => [catalogue[t].payloadKey, t]));
const byLowerType = /* @__PURE__ */ new Map<string, DpiType>(dpiTypes.map((t) => [t.toLowerCase(), t]));

/** What a caught exception says, without trusting it (a thrown proxy can throw again). */
function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return "an unreadable value was thrown";
  }
}

/** Shared by every result without warnings: no array to allocate on the hot path. */
const NONE: readonly Issue[] = Object.freeze([]);

/** What a validator returns when something it called threw (it never throws itself). */
function stopped(e: unknown, type?: unknown): InvalidResult {
  const known = typeof type === "string" && Object.hasOwn(catalogue, type) ? (type as DpiType) : undefined;
  return invalid([{ pointer: "", code: "internal", message: `validation stopped: ${reasonOf(e)}` }], known);
}

function invalid(errors: Issue[], type?: DpiType): InvalidResult {
  return type === undefined ? { ok: false, errors, warnings: NONE } : { ok: false, type, errors, warnings: NONE };
}

/** The compiled code of one type: its first-error and all-errors validators and its strict overlay. */
export interface TypeValidators {
  readonly fast: CompiledValidator;
  readonly full: CompiledValidator;
  readonly strictChecks: readonly StrictRuleCheck[];
  readonly strictWalker: (data: unknown, fail: (index: number, pointer: string) => void) => void;
}

function allTypes(): Record<DpiType, TypeValidators> {
  const out = {} as Record<DpiType, TypeValidators>;
  for (const t of dpiTypes) {
    const name = `${catalogue[t].typeName}Message` as keyof typeof firstErrorValidators;
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: each type's validator is looked up by name
    const fast = firstErrorValidators[name] as CompiledValidator;
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: as above
    const full = allErrorValidators[name] as CompiledValidator;
    out[t] = { fast, full, strictChecks: strictRuleChecks[t], strictWalker: strictRuleWalkers[t] };
  }
  return out;
}

// Each type's compiled code, looked up once here rather than by name on every call. Pure, so that a
// bundler drops it (and with it every type's code) when only per-type validators are imported.
const byType = /* @__PURE__ */ allTypes();

/**
 * Tells which DPI type a message is: by the payload key beside the header (what the official schemas
 * discriminate on), else by documentIdentification.type, case-insensitively.
 */
export function detectType(input: unknown): { type: DpiType } | { error: Issue } {
  try {
    const found = payloadType(input);
    return found === undefined ? detectSlowly(input) : { type: found };
  } catch (e) {
    return { error: { pointer: "", code: "internal", message: `the input could not be read: ${reasonOf(e)}` } };
  }
}

/** The hot path of detection: the first known payload key beside the header, or undefined. */
function payloadType(input: unknown): DpiType | undefined {
  if (!isRecord(input)) return undefined;
  const sbd = input.standardBusinessDocument;
  if (!isRecord(sbd)) return undefined;
  for (const key in sbd) {
    // Own keys only, in their order: what Object.keys would give, without the array.
    if (!Object.hasOwn(sbd, key)) continue;
    const t = byPayloadKey.get(key);
    if (t) return t;
  }
  return undefined;
}

function detectSlowly(input: unknown): { type: DpiType } | { error: Issue } {
  if (!isRecord(input)) {
    return {
      error: {
        pointer: "",
        code: "not-an-object",
        message:
          `a DPI message is a JSON object, not ` +
          `${Array.isArray(input) ? "an array" : input === null ? "null" : typeof input}`,
      },
    };
  }
  const sbd = input.standardBusinessDocument;
  if (!isRecord(sbd)) {
    return sbd === undefined
      ? {
          error: { pointer: SBD, code: "required", message: "required property 'standardBusinessDocument' is missing" },
        }
      : { error: { pointer: SBD, code: "type", message: "standardBusinessDocument must be an object" } };
  }
  for (const key of Object.keys(sbd)) {
    const t = byPayloadKey.get(key);
    if (t) return { type: t };
  }
  const header = sbd.standardBusinessDocumentHeader;
  const declared =
    isRecord(header) && isRecord(header.documentIdentification) ? header.documentIdentification.type : undefined;
  if (typeof declared === "string") {
    const t = byLowerType.get(declared.toLowerCase());
    if (t) return { type: t };
    return {
      error: {
        pointer: TYPE_POINTER,
        code: "unknown-type",
        message: `no DPI payload found and type '${declared}' is not one of ${dpiTypes.join(", ")}`,
      },
    };
  }
  if (!isRecord(header)) {
    return {
      error: {
        pointer: `${SBD}/standardBusinessDocumentHeader`,
        code: "required",
        message: "required property 'standardBusinessDocumentHeader' is missing, and no DPI payload key was found",
      },
    };
  }
  return {
    error: {
      pointer: SBD,
      code: "unknown-type",
      message: `no DPI payload key (${dpiTypes.join(", ")}) and no documentIdentification.type`,
    },
  };
}

function badOption(pointer: string, message: string, type?: DpiType): InvalidResult {
  return invalid([{ pointer, code: "bad-option", message }], type);
}

function check<T extends DpiType>(
  input: unknown,
  type: T,
  v: TypeValidators,
  options: ValidateOptions | undefined,
): ValidationResult<T> {
  let allErrors = true;
  let profile: unknown = "strict";
  if (options !== undefined) {
    if (!isRecord(options)) return badOption("/options", "options must be an object {profile?, allErrors?}", type);
    // Each option read once.
    const { profile: p, allErrors: a } = options;
    if (a !== undefined && typeof a !== "boolean")
      return badOption("/options/allErrors", "allErrors must be true or false", type);
    allErrors = a ?? true;
    profile = p ?? "strict";
  }
  if (profile !== "wire" && profile !== "strict") {
    return badOption(
      "/options/profile",
      `profile must be "wire" or "strict", not ` +
        `${typeof profile === "string" ? JSON.stringify(profile) : typeof profile}`,
      type,
    );
  }
  // Valid input is the common case: the first-error validator decides it fastest; only a failure pays
  // for a second pass that collects every error.
  const fast = v.fast;
  if (!fast(input)) {
    // Every error of an array four billion holes long is four billion errors: such input keeps its first.
    const first = fast.errors;
    if (!allErrors || hasHugeArray(input)) return invalid(issuesFromErrors(first), type);
    // The all-errors validators are ajv's alone: what JSON cannot carry in a free region (refused by the
    // first-error checks, as parseMessage refuses it) they do not see, so that error is kept beside theirs.
    const notJson = first?.[0]?.keyword === "not-json" ? first : undefined;
    if (v.full(input)) return invalid(issuesFromErrors(first), type);
    const all = v.full.errors;
    return invalid(issuesFromErrors(notJson && all ? [...all, ...notJson] : all), type);
  }
  // Overlay rules assume a wire-valid message, so they run only on one.
  const failed = profile === "wire" ? undefined : strictFailures(v, input);
  if (failed === undefined)
    return { ok: true, type, message: input as DpiMessageByType[T], warnings: NONE } as ValidResult<T>;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  sortFailures(v.strictChecks, failed, allErrors, errors, warnings);
  if (errors.length) return { ok: false, type, errors, warnings };
  return {
    ok: true,
    type,
    message: input as DpiMessageByType[T],
    warnings: warnings.length ? warnings : NONE,
  } as ValidResult<T>;
}

/** Arrays longer than this are not walked for every error (a DPI message's longest lists have a few dozen items). */
const HUGE_ARRAY = 1 << 16;

/**
 * Whether `input` holds an array longer than HUGE_ARRAY; iterative, visits each object once (cycles end),
 * and never walks into a huge array. Runs on invalid input only.
 */
function hasHugeArray(input: unknown): boolean {
  const stack: unknown[] = [input];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      if (v.length > HUGE_ARRAY) return true;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else for (const k in v) if (Object.hasOwn(v, k)) stack.push((v as Record<string, unknown>)[k]);
  }
  return false;
}

const ruleDoc = /* @__PURE__ */ new Map<string, string>(strictRules.map((r) => [r.code, r.doc]));

/** A failed strict check: its index in the type's checks and what it reported at one node. */
type StrictFailure = { index: number; issues: Issue[] };

// The walk under way: its checks and what failed so far. Module state, so that the walker's callback is one
// function rather than a closure made per call; strictFailures saves and restores it around its walk, so a
// getter that validates another message while it is read does not mix the two.
let walkChecks: readonly StrictRuleCheck[] = [];
let walkFailed: StrictFailure[] | undefined;

function recordFailure(index: number, pointer: string): void {
  const rule = walkChecks[index]!;
  const issues = issuesFromErrors(rule.validate.errors, rule.code, ruleDoc.get(rule.code), pointer);
  walkFailed ??= [];
  walkFailed.push({ index, issues });
}

/**
 * Runs the strict overlay rules of one type (the generated walker visits every node their pointers reach):
 * what failed, in the order met, or undefined when nothing did (the common case allocates nothing).
 */
function strictFailures(v: TypeValidators, input: unknown): StrictFailure[] | undefined {
  const checks = walkChecks;
  const failed = walkFailed;
  walkChecks = v.strictChecks;
  walkFailed = undefined;
  try {
    v.strictWalker(input, recordFailure);
    return walkFailed;
  } finally {
    walkChecks = checks;
    walkFailed = failed;
  }
}

/**
 * Sorts the failures into errors and warnings, in rule order. Stops after the first failing error-severity
 * rule when `allErrors` is false.
 */
function sortFailures(
  checks: readonly StrictRuleCheck[],
  failed: StrictFailure[],
  allErrors: boolean,
  errors: Issue[],
  warnings: Issue[],
): void {
  failed.sort((a, b) => a.index - b.index);
  let stopAfter = -1;
  for (const f of failed) {
    if (stopAfter >= 0 && f.index !== stopAfter) break;
    if (checks[f.index]!.severity === "warning") warnings.push(...f.issues);
    else {
      errors.push(...f.issues);
      if (!allErrors) stopAfter = f.index;
    }
  }
}

/**
 * A validator: call it for a {@link ValidationResult}, or hand it to anything that takes a Standard Schema v1
 * (tRPC, Hono, TanStack Form, ...) through its `~standard` property. Both use the same checks; through
 * `~standard` the options go in `libraryOptions` and warnings are not issues.
 */
export interface DpiValidator<T extends DpiType = DpiType>
  extends StandardSchemaV1<DpiMessageByType[T], DpiMessageByType[T]> {
  (input: unknown, options?: ValidateOptions): ValidationResult<T>;
}

function withStandard<T extends DpiType>(
  fn: (input: unknown, options?: ValidateOptions) => ValidationResult<T>,
): DpiValidator<T> {
  return Object.assign(fn, { "~standard": standardProps<DpiMessageByType[T]>(fn) });
}

/**
 * Validates any DPI message. The type comes from the payload key beside the header, falling back to
 * `documentIdentification.type`; under `strict` a type that differs from the key is an error.
 * Never throws and never changes `input`. Also a Standard Schema v1 (see {@link DpiValidator}).
 */
export const validate: DpiValidator = /* @__PURE__ */ withStandard(function validate(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult {
  try {
    const type = payloadType(input);
    if (type !== undefined) return check(input, type, byType[type], options);
    const detected = detectSlowly(input);
    if ("error" in detected) return invalid([detected.error]);
    return check(input, detected.type, byType[detected.type], options);
  } catch (e) {
    return stopped(e);
  }
});

/** Validates `input` as one DPI type, whatever its payload key says. Never throws. */
export function validateAs<T extends DpiType>(type: T, input: unknown, options?: ValidateOptions): ValidationResult<T> {
  try {
    // typeof first: String() of a huge sparse array would join four billion holes.
    if (typeof type !== "string" || !Object.hasOwn(catalogue, type)) {
      return badOption("/type", `unknown DPI type ${typeof type === "string" ? JSON.stringify(type) : typeof type}`);
    }
    return check(input, type, byType[type], options);
  } catch (e) {
    return stopped(e, type);
  }
}

/**
 * The validator of one DPI type given its compiled code: what the generated `validateDigital`, ... are
 * made with, so that each pulls only its own type's code into a bundle. Same results as {@link validatorFor}.
 */
export function validatorWith<T extends DpiType>(type: T, v: TypeValidators): DpiValidator<T> {
  return withStandard((input: unknown, options?: ValidateOptions) => {
    try {
      return check(input, type, v, options);
    } catch (e) {
      return stopped(e, type);
    }
  });
}

/**
 * The validator of one DPI type: {@link validateAs} with the type fixed, and a Standard Schema v1.
 * The generated `validateDigital`, `validateUtskrift`, ... behave the same (each made from its own compiled code).
 */
export function validatorFor<T extends DpiType>(type: T): DpiValidator<T> {
  return withStandard((input: unknown, options?: ValidateOptions) => validateAs(type, input, options));
}
