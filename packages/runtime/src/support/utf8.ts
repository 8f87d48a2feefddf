import type { Failure } from "./problem.js";

/** Why {@link decodeUtf8} failed: `invalid-encoding`, the bytes are not UTF-8 (or not bytes at all). */
export type Utf8ErrorCode = "invalid-encoding";

/** What {@link decodeUtf8} returns; it never throws. */
export type Utf8Result = { readonly ok: true; readonly text: string } | Failure<Utf8ErrorCode>;

// One decoder for every call: a non-streaming decode() starts afresh, and constructing one costs more than
// decoding a receipt. fatal: any invalid sequence refuses; ignoreBOM false: one leading BOM is skipped.
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as text by the one rule the library and the CLI share: the bytes are UTF-8, one leading
 * byte-order mark (U+FEFF) is skipped, and any invalid sequence refuses the input with `invalid-encoding`
 * (nothing is replaced with U+FFFD). Exactly `new TextDecoder("utf-8", { fatal: true })`.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    if (!(bytes instanceof Uint8Array)) {
      return {
        ok: false,
        errors: [{ pointer: "", code: "invalid-encoding", message: "expected bytes (a Uint8Array)" }],
      };
    }
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, errors: [{ pointer: "", code: "invalid-encoding", message: "the bytes are not UTF-8" }] };
  }
}
