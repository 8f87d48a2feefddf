import {
  dpiReceiptMapping,
  dpiUnknownReceipt,
  feiltypeTable,
  validate,
  type DpiMessage,
  type DpiType,
  type EformidlingStatus,
  type FeiltypeInfo,
  type Issue,
  type Varslingskanal,
} from "@innbyggerpost/contracts";
import { optionTime, str, timeFields, type TimeSource } from "./fields.js";
import { readTime, type ReadTime } from "./time.js";
import { reasonOf, isRecord } from "../support/problem.js";
import { decodeUtf8 } from "../support/utf8.js";
import { copyJson } from "../support/json-value.js";

/** Options for {@link receiptToStatus}. */
export interface ReceiptToStatusOptions {
  /** The compact JWS the receipt arrived in, kept verbatim so it can be verified again later. */
  readonly jws?: string;
  /** The time to use when the receipt has no valid `tidspunkt` (RFC 3339 date-time with an offset). */
  readonly fallbackTime?: string;
}

/**
 * A DPI receipt (or `feil`) projected onto an eFormidling status, keeping everything the receipt said.
 *
 * `status` and `description` are exactly what the reference integration point records
 * ({@link dpiReceiptMapping}); the rest is what it throws away: blame, details, channel, ids and the raw
 * JWS. Anything that is not a valid DPI receipt gives `ANNET` with `reason` and `issues` saying why.
 */
export interface ReceiptStatus {
  /** The eFormidling status (LEVERT, LEST, FEIL or ANNET for receipts). */
  readonly status: EformidlingStatus;
  /** The reference implementation's Norwegian description, verbatim. */
  readonly description: string;
  /**
   * The receipt's `tidspunkt`, else the caller's fallback time, else null: any time the `date-time` format
   * accepts, spelled canonically (`T`, `Z`, `±hh:mm`; a leap second as `:59.999`).
   */
  readonly time: string | null;
  /** The time as written, only when its spelling differs from `time` (e.g. `2016-12-31 23:59:60z`). */
  readonly originalTime?: string;
  /** Which of those `time` is. */
  readonly timeSource: TimeSource;
  /** The DPI type (documentIdentification.type / payload key) when it could be told, even for invalid input. */
  readonly type: DpiType | null;
  /** The ConversationId scope's instanceIdentifier: the conversation the receipt answers. */
  readonly conversationId: string | null;
  /** The process identifier of the ConversationId scope. */
  readonly process: string | null;
  /**
   * The receipt's own documentIdentification.instanceIdentifier. Not a unique receipt id: real postboxes
   * reuse the original message's id here.
   */
  readonly messageId: string | null;
  /** The compact JWS the receipt came in (given, or the input itself when it was a JWS string). */
  readonly jws: string | null;
  /** For `feil`: the feiltype with its blame (KLIENT/SERVER) and whether a retry can help. */
  readonly feiltype: FeiltypeInfo | null;
  /** For `feil`: the details text. */
  readonly detaljer: string | null;
  /** For `varslingfeiletkvittering`: the channel that failed. */
  readonly varslingskanal: Varslingskanal | null;
  /** For `varslingfeiletkvittering`: the description of the failure. */
  readonly beskrivelse: string | null;
  /** Why the status is ANNET; null otherwise. */
  readonly reason: string | null;
  /** Problems with the input (JSON pointers into it) or the options (pointer `/options/...`). */
  readonly issues: readonly Issue[];
  /** The valid message, a copy of the input (never the caller's object); null when it is not a valid DPI message. */
  readonly message: DpiMessage | null;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

// The JWS a receipt came in is passed again with every mapping of it (and the pattern scans all its
// kilobytes): strings that matched are remembered, a bounded number, since the same string always matches.
const COMPACT_JWS_SEEN_SIZE = 64;
const compactJwsSeen = new Set<string>();

function isCompactJws(text: string): boolean {
  if (compactJwsSeen.has(text)) return true;
  if (!COMPACT_JWS.test(text)) return false;
  if (compactJwsSeen.size >= COMPACT_JWS_SEEN_SIZE) compactJwsSeen.delete(compactJwsSeen.values().next().value!);
  compactJwsSeen.add(text);
  return true;
}

/** Items of a header list looked at: a real one has a handful; a huge sparse array must not cost billions of steps. */
const MAX_LIST = 1024;

/** The first of at most MAX_LIST items of `list` that passes `test`, each read once. */
function firstOf<T>(list: unknown, test: (v: unknown) => v is T): T | undefined {
  if (!Array.isArray(list)) return undefined;
  const n = Math.min(list.length, MAX_LIST);
  for (let i = 0; i < n; i++) {
    const v: unknown = list[i];
    if (test(v)) return v;
  }
  return undefined;
}

/** The header fields every status result carries, read without trusting the shape. */
export function headerFacts(input: unknown): {
  type: string | null;
  conversationId: string | null;
  process: string | null;
  messageId: string | null;
  expectedResponseTime: string | null;
} {
  const sbd = isRecord(input) ? input.standardBusinessDocument : undefined;
  const header = isRecord(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const doc = isRecord(header) ? header.documentIdentification : undefined;
  const scope = isRecord(header) && isRecord(header.businessScope) ? header.businessScope.scope : undefined;
  const conv = firstOf(scope, (s): s is Record<string, unknown> => isRecord(s) && s.type === "ConversationId");
  const info = conv ? firstOf(conv.scopeInformation, isRecord) : undefined;
  return {
    type: isRecord(doc) ? str(doc.type) : null,
    conversationId: conv ? str(conv.instanceIdentifier) : null,
    process: conv ? str(conv.identifier) : null,
    messageId: isRecord(doc) ? str(doc.instanceIdentifier) : null,
    expectedResponseTime: info ? str(info.expectedResponseDateTime) : null,
  };
}

/** Decodes a receipt given as text: a compact JWS (payload decoded, not verified) or JSON. */
function decodeText(text: string): { value: unknown; jws: string | null } | { error: string } {
  const t = text.trim();
  if (COMPACT_JWS.test(t)) {
    const text = decodeUtf8(Buffer.from(t.split(".")[1]!, "base64url"));
    if (!text.ok) return { error: "the compact JWS's payload is not base64url-encoded JSON: its bytes are not UTF-8" };
    try {
      return { value: JSON.parse(text.text), jws: t };
    } catch {
      return { error: "the compact JWS's payload is not base64url-encoded JSON" };
    }
  }
  try {
    return { value: JSON.parse(t), jws: null };
  } catch (e) {
    return { error: `neither a compact JWS nor JSON (${(e as Error).message})` };
  }
}

/**
 * Maps a DPI receipt or `feil` to its eFormidling status, losslessly. Accepts the SBD object, its JSON
 * text, or the compact JWS it came in (decoded, not verified: verify with verifyMessage first when it
 * matters). Never throws; anything unknown or invalid maps to ANNET with the reason.
 */
export function receiptToStatus(message: unknown, options: ReceiptToStatusOptions = {}): ReceiptStatus {
  return mapReceipt(message, options, false);
}

/**
 * @internal receiptToStatus for a value the caller already owns: a copy made by copyJson (or text). It is
 * not copied again, so a reader that copied the receipt once (the reducer) reads it once.
 */
export function receiptToStatusOwned(message: unknown, options: ReceiptToStatusOptions = {}): ReceiptStatus {
  return mapReceipt(message, options, true);
}

function mapReceipt(message: unknown, options: ReceiptToStatusOptions, owned: boolean): ReceiptStatus {
  try {
    const issues: Issue[] = [];
    const opts: Record<string, unknown> = isRecord(options) ? options : {};
    if (!isRecord(options) && options !== undefined)
      issues.push({ pointer: "/options", code: "bad-option", message: "options must be an object" });
    // Each option read once.
    const fallback = optionTime(opts.fallbackTime, "fallbackTime", issues);
    const jwsOption = opts.jws;
    let jws: string | null = null;
    if (jwsOption !== undefined) {
      const trimmed = typeof jwsOption === "string" ? jwsOption.trim() : null;
      if (trimmed !== null && isCompactJws(trimmed)) jws = trimmed;
      else
        issues.push({
          pointer: "/options/jws",
          code: "bad-option",
          message: "options.jws must be a compact JWS string (three base64url parts)",
        });
    }

    let input = message;
    if (typeof message === "string") {
      const decoded = decodeText(message);
      if ("error" in decoded)
        return annet(
          `not a DPI message: ${decoded.error}`,
          [{ pointer: "", code: "not-a-message", message: decoded.error }, ...issues],
          fallback,
          jws,
          emptyFacts,
        );
      input = decoded.value;
      jws ??= decoded.jws;
    }

    // One read of the caller's value, into a copy that the facts, the validation and the result share: the
    // result never aliases the input, and a getter cannot answer the header one thing and the validator another.
    if (typeof message !== "string" && !owned) {
      const copied = copyJson(message);
      if (!copied.ok) {
        const first = copied.errors[0]!;
        return annet(
          `not a DPI message: ${first.pointer || "/"} ${first.message}`,
          [...copied.errors, ...issues],
          fallback,
          jws,
          emptyFacts,
        );
      }
      input = copied.value;
    }
    const facts = headerFacts(input);
    const result = validate(input, { profile: "wire" });
    if (!result.ok) {
      const first = result.errors[0];
      const what = result.type ? `an invalid ${result.type}` : "not a DPI message";
      return annet(
        `${what}: ${first ? `${first.pointer || "/"} ${first.message}` : "invalid"}`,
        [...result.errors, ...issues],
        fallback,
        jws,
        { ...facts, type: result.type ?? null },
      );
    }

    const type = result.type;
    const row = dpiReceiptMapping[type];
    const payload = (result.message.standardBusinessDocument as unknown as Record<string, Record<string, unknown>>)[
      type
    ]!;
    const tidspunkt = readTime(payload.tidspunkt);
    const feiltype =
      type === "feil" && typeof payload.feiltype === "string"
        ? (feiltypeTable[payload.feiltype as keyof typeof feiltypeTable] ?? null)
        : null;
    return {
      status: row.status,
      description: row.description,
      ...timeFields(tidspunkt ?? fallback),
      timeSource: tidspunkt ? "tidspunkt" : fallback ? "fallback" : "none",
      type,
      conversationId: facts.conversationId,
      process: facts.process,
      messageId: facts.messageId,
      jws,
      feiltype,
      detaljer: type === "feil" ? str(payload.detaljer) : null,
      varslingskanal:
        type === "varslingfeiletkvittering" ? (str(payload.varslingskanal) as Varslingskanal | null) : null,
      beskrivelse: type === "varslingfeiletkvittering" ? str(payload.beskrivelse) : null,
      reason: row.status === "ANNET" ? `${type} is not a receipt: ${row.meaning}` : null,
      issues,
      message: result.message,
    };
  } catch (e) {
    return annet(
      `not a DPI message: it could not be read (${reasonOf(e)})`,
      [{ pointer: "", code: "bad-input", message: `could not read the input: ${reasonOf(e)}` }],
      null,
      null,
      emptyFacts,
    );
  }
}

const emptyFacts = { type: null, conversationId: null, process: null, messageId: null, expectedResponseTime: null };

function annet(
  reason: string,
  issues: Issue[],
  fallback: ReadTime | null,
  jws: string | null,
  facts: ReturnType<typeof headerFacts>,
): ReceiptStatus {
  const known = facts.type !== null && Object.hasOwn(dpiReceiptMapping, facts.type) ? (facts.type as DpiType) : null;
  return {
    status: dpiUnknownReceipt.status,
    description: dpiUnknownReceipt.description,
    ...timeFields(fallback),
    timeSource: fallback ? "fallback" : "none",
    type: known,
    conversationId: facts.conversationId,
    process: facts.process,
    messageId: facts.messageId,
    jws,
    feiltype: null,
    detaljer: null,
    varslingskanal: null,
    beskrivelse: null,
    reason,
    issues,
    message: null,
  };
}

export type { TimeSource } from "./fields.js";
