import { escapePointer, type Issue } from "@innbyggerpost/contracts";

/**
 * One problem with the input of a runtime function.
 * Every function documents its own string-literal union of `code`s.
 */
export interface Problem<C extends string = string> {
  /**
   * JSON pointer (RFC 6901) naming the offending field of the input; "" is the whole input.
   * Parts of a compact JWS are addressed as if decoded: `/jws/header/alg`, `/jws/payload/standardBusinessDocument/…`.
   */
  readonly pointer: string;
  /** A stable code from the function's documented union. */
  readonly code: C;
  /** A sentence for people. */
  readonly message: string;
  /** For `invalid-message`: the schema keyword or strict-rule code that failed (from `validate`). */
  readonly rule?: string;
}

/** The failure half of every runtime result: never thrown, always returned. */
export interface Failure<C extends string = string> {
  readonly ok: false;
  readonly errors: readonly Problem<C>[];
}

/** @internal */
export function problem<C extends string>(pointer: string, code: C, message: string): Problem<C> {
  return { pointer, code, message };
}

/** @internal */
export function fail<C extends string>(pointer: string, code: C, message: string): Failure<C> {
  return { ok: false, errors: [problem(pointer, code, message)] };
}

/** @internal Joins reference tokens onto a pointer. */
export function at(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${escapePointer(String(t))}`).join("");
}

/**
 * @internal Turns validation issues into problems with `code` (the schema keyword moves to `rule`),
 * re-rooting each pointer under `prefix`.
 */
export function fromIssues<C extends string>(issues: readonly Issue[], code: C, prefix = ""): Problem<C>[] {
  return issues.map((i) => ({ pointer: prefix + i.pointer, code, message: i.message, rule: i.code }));
}

/** @internal A short description of a value's kind for error messages. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(String(value)).slice(0, 40)}`;
}

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
