import { readJsonText } from "../envelope/parse.js";
import { fail, isRecord, kindOf, unreadable, type Failure } from "../support/problem.js";
import { decodeSegment } from "../jws/compact.js";

/**
 * Why {@link decodeTokenClaims} failed:
 * - `not-a-string`: the token is not a string;
 * - `malformed-token`: not a compact JWT whose payload is a JSON object.
 */
export type TokenClaimsErrorCode = "not-a-string" | "malformed-token";

/** What {@link decodeTokenClaims} returns; it never throws. */
export type TokenClaimsResult =
  | { readonly ok: true; readonly claims: Readonly<Record<string, unknown>> }
  | Failure<TokenClaimsErrorCode>;

/**
 * Decodes the claims of a Maskinporten access token (the `maskinportentoken` of a letter) WITHOUT verifying it:
 * the access point has verified the token against Maskinporten; a receiving postbox reads its claims.
 */
export function decodeTokenClaims(token: unknown): TokenClaimsResult {
  try {
    if (typeof token !== "string") return fail("", "not-a-string", `a token is a string, not ${kindOf(token)}`);
    const parts = token.split(".");
    if (parts.length !== 3)
      return fail("", "malformed-token", `a compact JWT has three dot-separated parts, not ${parts.length}`);
    const bytes = decodeSegment(parts[1]!);
    const json = bytes ? readJsonText(bytes) : null;
    if (!json?.ok || !isRecord(json.value))
      return fail("", "malformed-token", "the token's payload is not base64url JSON object");
    return { ok: true, claims: json.value };
  } catch (e) {
    return unreadable("malformed-token", e);
  }
}
