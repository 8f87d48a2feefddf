/**
 * The one result shape every package uses: a function returns `{ ok: true, … }` or a {@link Failure}
 * whose `errors` are {@link Problem}s. It lives here, at the bottom of the dependency graph
 * (schemas → codegen → contracts ← runtime ← packages ← cli), so that contracts' own `Issue` is the
 * same type and every other package can name it.
 */

/** One problem with a function's input. Each function documents its string-literal union of `code`s. */
export interface Problem<C extends string = string> {
  /**
   * JSON pointer (RFC 6901) naming the offending field of the input; "" is the whole input.
   * Parts of a compact JWS are addressed as if decoded: `/jws/header/alg`, `/jws/payload/standardBusinessDocument/…`.
   */
  readonly pointer: string;
  /**
   * A stable code: one of ours (kebab-case, from the function's documented union), or for a wire-schema
   * failure in contracts' `validate` the JSON Schema keyword that failed, spelled as JSON Schema spells it.
   */
  readonly code: C;
  /** A sentence for people. */
  readonly message: string;
  /** For a runtime `invalid-message`: the schema keyword or strict-rule code that failed (from `validate`). */
  readonly rule?: string;
}

/** The failure half of every result: never thrown, always returned. */
export interface Failure<C extends string = string> {
  readonly ok: false;
  readonly errors: readonly Problem<C>[];
}
