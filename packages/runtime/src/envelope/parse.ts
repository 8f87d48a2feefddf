import { validate, type DpiMessageByType, type DpiType, type Issue, type Profile } from "@innbyggerpost/contracts";
import { copyJson } from "../support/json-value.js";
import { fail, fromIssues, isRecord, kindOf, type Failure, type Problem } from "../support/problem.js";
import { envelopeOf, type Envelope } from "./envelope.js";

/**
 * Why {@link parseMessage} failed:
 * - `not-json`: text that is not JSON (or not UTF-8), or an object holding something JSON cannot carry;
 * - `not-an-object`: JSON, but not an object;
 * - `unknown-type`: no DPI payload key and no known documentIdentification.type;
 * - `invalid-message`: fails validation under the chosen profile (`rule` is the schema keyword or strict-rule code);
 * - `bad-option`: an unknown profile.
 */
export type ParseErrorCode = "not-json" | "not-an-object" | "unknown-type" | "invalid-message" | "bad-option";

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
export type ParseResult = ParsedMessage | { readonly ok: false; readonly type?: DpiType; readonly errors: readonly Problem<ParseErrorCode>[] };

/** Options for {@link parseMessage}. */
export interface ParseOptions {
  /** `strict` (default) or `wire` (only what the official schemas check). */
  readonly profile?: Profile;
}

// One decoder for every call: a non-streaming decode() starts afresh, and constructing one costs more than decoding a receipt.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** @internal Decodes text or bytes to a JSON value, or returns the problem. */
export function readJsonText(input: string | Uint8Array): { ok: true; value: unknown } | Failure<"not-json"> {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = utf8.decode(input);
    } catch {
      return fail("", "not-json", "the bytes are not UTF-8");
    }
  }
  try {
    // A byte-order mark is not JSON, but editors write one.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    return fail("", "not-json", `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Parses a DPI message (SBD) from JSON text, UTF-8 bytes or an object, and validates it.
 * Accepts what real traffic sends: the payload before the header, the capital-I `Innbyggerpost` standard,
 * and `scopeInformation: []`. The message in the result is a fresh copy with the header first;
 * the input is never changed. Pointers in errors point into the input.
 */
export function parseMessage(input: unknown, options?: ParseOptions): ParseResult {
  const profile = options?.profile ?? "strict";
  if (profile !== "strict" && profile !== "wire") return fail("/options/profile", "bad-option", `profile must be "strict" or "wire", not ${JSON.stringify(profile)}`);
  const read = typeof input === "string" || input instanceof Uint8Array ? readJsonText(input) : copyJson(input);
  if (!read.ok) return read;
  return parseOwned(read.value, profile);
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
  const ordered = { standardBusinessDocument: { standardBusinessDocumentHeader: sbd.standardBusinessDocumentHeader, [r.type]: sbd[r.type] } };
  const message = ordered as unknown as DpiMessageByType[typeof r.type];
  return { ok: true, type: r.type, message, envelope: envelopeOf(r.type, message), warnings: r.warnings } as ParsedMessage;
}
