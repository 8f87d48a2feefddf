// Test oracle: the implementation before the performance rewrite (git HEAD at the time), kept verbatim
// apart from import paths. Only reduce-reference.test.ts uses it; do not import it from src.
import {
  dpiApiStatusMapping,
  dpiReceiptMapping,
  dpiUnknownApiStatus,
  dpiUnknownReceipt,
  feiltypeTable,
  validate,
  type DpiApiStatus,
  type DpiMessage,
  type DpiType,
  type EformidlingStatus,
  type FeiltypeInfo,
  type Issue,
  type Varslingskanal,
} from "@innbyggerpost/contracts";
import { parseDateTime } from "./time.js";

/** Where a status's time came from. */
export type TimeSource = "tidspunkt" | "timestamp" | "fallback" | "none";

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
  /** The receipt's `tidspunkt`, else the caller's fallback time, else null. */
  readonly time: string | null;
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
  /** The valid message, as given (not copied); null when it is not a valid DPI message. */
  readonly message: DpiMessage | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The header fields every status result carries, read without trusting the shape. */
export function headerFacts(input: unknown): {
  type: string | null;
  conversationId: string | null;
  process: string | null;
  messageId: string | null;
  expectedResponseTime: string | null;
} {
  const sbd = isObject(input) ? input.standardBusinessDocument : undefined;
  const header = isObject(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const doc = isObject(header) ? header.documentIdentification : undefined;
  const scopes =
    isObject(header) && isObject(header.businessScope) && Array.isArray(header.businessScope.scope)
      ? header.businessScope.scope
      : [];
  const conv = scopes.find((s): s is Record<string, unknown> => isObject(s) && s.type === "ConversationId");
  const info = conv && Array.isArray(conv.scopeInformation) ? conv.scopeInformation.find(isObject) : undefined;
  return {
    type: isObject(doc) ? str(doc.type) : null,
    conversationId: conv ? str(conv.instanceIdentifier) : null,
    process: conv ? str(conv.identifier) : null,
    messageId: isObject(doc) ? str(doc.instanceIdentifier) : null,
    expectedResponseTime: info ? str(info.expectedResponseDateTime) : null,
  };
}

/** Decodes a receipt given as text: a compact JWS (payload decoded, not verified) or JSON. */
function decodeText(text: string): { value: unknown; jws: string | null } | { error: string } {
  const t = text.trim();
  if (COMPACT_JWS.test(t)) {
    try {
      return { value: JSON.parse(Buffer.from(t.split(".")[1]!, "base64url").toString("utf8")), jws: t };
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

function optionTime(value: unknown, name: string, issues: Issue[]): string | null {
  if (value === undefined) return null;
  if (parseDateTime(value) !== null) return value as string;
  issues.push({
    pointer: `/options/${name}`,
    code: "bad-option",
    message: `options.${name} must be an RFC 3339 date-time with an offset, not ${JSON.stringify(value)}`,
  });
  return null;
}

/**
 * Maps a DPI receipt or `feil` to its eFormidling status, losslessly. Accepts the SBD object, its JSON
 * text, or the compact JWS it came in (decoded, not verified: verify with verifyMessage first when it
 * matters). Never throws; anything unknown or invalid maps to ANNET with the reason.
 */
export function receiptToStatus(message: unknown, options: ReceiptToStatusOptions = {}): ReceiptStatus {
  const issues: Issue[] = [];
  const opts: Record<string, unknown> = isObject(options) ? options : {};
  if (!isObject(options) && options !== undefined)
    issues.push({ pointer: "/options", code: "bad-option", message: "options must be an object" });
  const fallback = optionTime(opts.fallbackTime, "fallbackTime", issues);
  let jws: string | null = null;
  if (opts.jws !== undefined) {
    if (typeof opts.jws === "string" && COMPACT_JWS.test(opts.jws.trim())) jws = opts.jws.trim();
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
  const tidspunkt = parseDateTime(payload.tidspunkt) !== null ? (payload.tidspunkt as string) : null;
  const feiltype =
    type === "feil" && typeof payload.feiltype === "string"
      ? (feiltypeTable[payload.feiltype as keyof typeof feiltypeTable] ?? null)
      : null;
  return {
    status: row.status,
    description: row.description,
    time: tidspunkt ?? fallback,
    timeSource: tidspunkt ? "tidspunkt" : fallback ? "fallback" : "none",
    type,
    conversationId: facts.conversationId,
    process: facts.process,
    messageId: facts.messageId,
    jws,
    feiltype,
    detaljer: type === "feil" ? str(payload.detaljer) : null,
    varslingskanal: type === "varslingfeiletkvittering" ? (str(payload.varslingskanal) as Varslingskanal | null) : null,
    beskrivelse: type === "varslingfeiletkvittering" ? str(payload.beskrivelse) : null,
    reason: row.status === "ANNET" ? `${type} is not a receipt: ${row.meaning}` : null,
    issues,
    message: result.message,
  };
}

const emptyFacts = { type: null, conversationId: null, process: null, messageId: null, expectedResponseTime: null };

function annet(
  reason: string,
  issues: Issue[],
  fallback: string | null,
  jws: string | null,
  facts: ReturnType<typeof headerFacts>,
): ReceiptStatus {
  const known = facts.type !== null && facts.type in dpiReceiptMapping ? (facts.type as DpiType) : null;
  return {
    status: dpiUnknownReceipt.status,
    description: dpiUnknownReceipt.description,
    time: fallback,
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

/** Options for {@link apiStatusToStatus}. */
export interface ApiStatusOptions {
  /** The time to use when the status has no valid `timestamp`. */
  readonly fallbackTime?: string;
  /** The message the status belongs to (the id used in GET /messages/out/{id}/statuses). */
  readonly messageId?: string;
  /** The conversation the message belongs to. */
  readonly conversationId?: string;
}

/**
 * An access-point status (`{status, beskrivelse?, timestamp}` from GET /messages/out/{id}/statuses)
 * projected onto an eFormidling status, keeping `beskrivelse` and the API's timestamp.
 */
export interface ApiStatusResult {
  readonly status: EformidlingStatus;
  /** The reference implementation's description, verbatim ({@link dpiApiStatusMapping}). */
  readonly description: string;
  /** The API's `timestamp` for every status (the reference uses it only for SENDT), else the fallback. */
  readonly time: string | null;
  readonly timeSource: TimeSource;
  /** The access point's own status, when it is one of OPPRETTET, SENDT, FEILET. */
  readonly apiStatus: DpiApiStatus | null;
  /** The access point's description (the reference discards it). */
  readonly beskrivelse: string | null;
  readonly messageId: string | null;
  readonly conversationId: string | null;
  /** Why the status is ANNET; null otherwise. */
  readonly reason: string | null;
  readonly issues: readonly Issue[];
}

/**
 * Maps one access-point status to its eFormidling status: OPPRETTET → SENDT, SENDT → MOTTATT, FEILET →
 * FEIL. Accepts the API's object or a bare status string. Never throws; anything else gives ANNET with the reason.
 */
export function apiStatusToStatus(apiStatus: unknown, options: ApiStatusOptions = {}): ApiStatusResult {
  const issues: Issue[] = [];
  const opts: Record<string, unknown> = isObject(options) ? options : {};
  if (!isObject(options) && options !== undefined)
    issues.push({ pointer: "/options", code: "bad-option", message: "options must be an object" });
  const fallback = optionTime(opts.fallbackTime, "fallbackTime", issues);
  for (const k of ["messageId", "conversationId"] as const) {
    if (opts[k] !== undefined && typeof opts[k] !== "string")
      issues.push({ pointer: `/options/${k}`, code: "bad-option", message: `options.${k} must be a string` });
  }
  const base = { messageId: str(opts.messageId), conversationId: str(opts.conversationId) };
  const obj = typeof apiStatus === "string" ? { status: apiStatus } : apiStatus;
  const unknown = (
    reason: string,
    time: string | null,
    timeSource: TimeSource,
    beskrivelse: string | null,
  ): ApiStatusResult => ({
    status: dpiUnknownApiStatus.status,
    description: dpiUnknownApiStatus.description,
    time,
    timeSource,
    apiStatus: null,
    beskrivelse,
    ...base,
    reason,
    issues,
  });
  if (!isObject(obj)) {
    issues.push({
      pointer: "",
      code: "type",
      message: "an access-point status is an object {status, beskrivelse?, timestamp} or a status string",
    });
    return unknown("not an access-point status", fallback, fallback ? "fallback" : "none", null);
  }
  let timestamp: string | null = null;
  if (obj.timestamp !== undefined && obj.timestamp !== null) {
    if (parseDateTime(obj.timestamp) !== null) timestamp = obj.timestamp as string;
    else
      issues.push({
        pointer: "/timestamp",
        code: "format",
        message: `timestamp must be an RFC 3339 date-time with an offset, not ${JSON.stringify(obj.timestamp)}`,
      });
  }
  let beskrivelse: string | null = null;
  if (obj.beskrivelse !== undefined && obj.beskrivelse !== null) {
    if (typeof obj.beskrivelse === "string") beskrivelse = obj.beskrivelse;
    else issues.push({ pointer: "/beskrivelse", code: "type", message: "beskrivelse must be a string" });
  }
  const time = timestamp ?? fallback;
  const timeSource: TimeSource = timestamp ? "timestamp" : fallback ? "fallback" : "none";
  const s = obj.status;
  if (typeof s !== "string" || !Object.hasOwn(dpiApiStatusMapping, s)) {
    if (typeof s !== "string")
      issues.push({
        pointer: "/status",
        code: s === undefined ? "required" : "type",
        message: s === undefined ? "required property 'status' is missing" : "status must be a string",
      });
    else
      issues.push({
        pointer: "/status",
        code: "enum",
        message: `status must be one of ${Object.keys(dpiApiStatusMapping).join(", ")}, not ${JSON.stringify(s)}`,
      });
    return unknown(
      typeof s === "string"
        ? `unknown access-point status ${JSON.stringify(s)}`
        : "the access-point status has no status string",
      time,
      timeSource,
      beskrivelse,
    );
  }
  const row = dpiApiStatusMapping[s as DpiApiStatus];
  return {
    status: row.status,
    description: row.description,
    time,
    timeSource,
    apiStatus: row.apiStatus,
    beskrivelse,
    ...base,
    reason: null,
    issues,
  };
}
