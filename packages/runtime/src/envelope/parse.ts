import { validate, type DpiMessageByType, type DpiType, type Issue, type Profile } from "@innbyggerpost/contracts";
import { copyJson } from "../support/json-value.js";
import { fail, fromIssues, isRecord, kindOf, reasonOf, unreadable, type Failure } from "../support/problem.js";
import { decodeUtf8 } from "../support/utf8.js";
import { envelopeOf, type Envelope } from "./envelope.js";

/**
 * Why {@link parseMessage} failed:
 * - `not-json`: text that is not JSON, or an object holding something JSON cannot carry (or that cannot be read);
 * - `invalid-encoding`: bytes that are not UTF-8 (see {@link decodeUtf8});
 * - `not-an-object`: JSON, but not an object;
 * - `unknown-type`: no DPI payload key and no known documentIdentification.type;
 * - `invalid-message`: fails validation under the chosen profile (`rule` is the schema keyword or strict-rule code);
 * - `bad-option`: an unknown profile.
 */
export type ParseErrorCode =
  | "not-json"
  | "invalid-encoding"
  | "not-an-object"
  | "unknown-type"
  | "invalid-message"
  | "bad-option";

/** A parsed, valid message, typed by its DPI type. */
export type ParsedMessage<T extends DpiType = DpiType> = {
  [K in T]: {
    readonly ok: true;
    readonly type: K;
    /** A fresh copy (header first, then the payload); never the caller's object. */
    readonly message: DpiMessageByType[K];
    readonly envelope: Envelope;
    /** Strict-profile warnings (e.g. a print receipt carrying the digital process). */
    readonly warnings: readonly Issue[];
  };
}[T];

/** What {@link parseMessage} returns; it never throws. */
export type ParseResult = ParsedMessage | (Failure<ParseErrorCode> & { readonly type?: DpiType });

/** Options for {@link parseMessage}. */
export interface ParseOptions {
  /** `strict` (default) or `wire` (only what the official schemas check). */
  readonly profile?: Profile;
}

/**
 * @internal Decodes text or bytes to a JSON value, or returns the problem. Bytes follow {@link decodeUtf8}
 * (`invalid-encoding` when they are not UTF-8). Of duplicate keys the last one counts (JSON.parse, as jose,
 * RFC 7515 §5.2 and Jackson read them), so the same bytes always give the same message.
 */
export function readJsonText(
  input: string | Uint8Array,
): { ok: true; value: unknown } | Failure<"not-json" | "invalid-encoding"> {
  let text: string;
  if (typeof input === "string")
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // editors write a BOM
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return fail("", "not-json", `not JSON: ${reasonOf(e)}`);
  }
}

/**
 * Parses a DPI message (SBD) from JSON text, UTF-8 bytes or an object, and validates it.
 * Accepts what real traffic sends: the payload before the header, the capital-I `Innbyggerpost` standard,
 * and `scopeInformation: []`. The message in the result is a fresh copy with the header first;
 * the input is never changed. Pointers in errors point into the input.
 */
export function parseMessage(input: unknown, options?: ParseOptions): ParseResult {
  try {
    const profile = profileOption(options);
    if (typeof profile !== "string") return profile;
    const read = typeof input === "string" || input instanceof Uint8Array ? readJsonText(input) : copyJson(input);
    if (!read.ok) return read;
    return parseOwned(read.value, profile);
  } catch (e) {
    return unreadable("not-json", e);
  }
}

/** @internal The `profile` of an options object (read once), or the `bad-option` failure at `/options/…`. */
export function profileOption(options: unknown): Profile | Failure<"bad-option"> {
  if (options === undefined) return "strict";
  if (!isRecord(options)) return fail("/options", "bad-option", `options must be an object, not ${kindOf(options)}`);
  const profile = options.profile ?? "strict";
  if (profile !== "strict" && profile !== "wire")
    return fail("/options/profile", "bad-option", `profile must be "strict" or "wire", not ${kindOf(profile)}`);
  return profile;
}

/**
 * @internal {@link parseMessage} of a JSON value the caller owns outright (freshly parsed from JSON, or
 * already copied): validated and reordered without another copy. `profile` must be `strict` or `wire`.
 */
export function parseOwned(value: unknown, profile: Profile): ParseResult {
  if (!isRecord(value)) return fail("", "not-an-object", `a DPI message is a JSON object, not ${kindOf(value)}`);
  const r = validate(value, { profile });
  if (!r.ok) {
    const errors = r.errors.map((i) =>
      i.code === "not-an-object" || i.code === "unknown-type"
        ? { pointer: i.pointer, code: i.code as ParseErrorCode, message: i.message }
        : fromIssues([i], "invalid-message" as const)[0]!,
    );
    return r.type === undefined ? { ok: false, errors } : { ok: false, type: r.type, errors };
  }
  const sbd = (value as { standardBusinessDocument: Record<string, unknown> }).standardBusinessDocument;
  // Header first, as every implementation writes it; the payload key is the only other key.
  const ordered = {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: sbd.standardBusinessDocumentHeader,
      [r.type]: sbd[r.type],
    },
  };
  const message = ordered as unknown as DpiMessageByType[typeof r.type];
  return {
    ok: true,
    type: r.type,
    message,
    envelope: envelopeOf(r.type, message),
    warnings: r.warnings,
  } as ParsedMessage;
}
