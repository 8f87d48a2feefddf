import {
  dpiApiStatusMapping,
  dpiUnknownApiStatus,
  type DpiApiStatus,
  type EformidlingStatus,
  type Issue,
} from "@innbyggerpost/contracts";
import { isRecord, reasonOf, shown } from "../support/problem.js";
import { optionTime, str, timeFields, type TimeSource } from "./fields.js";
import { readTime, type ReadTime } from "./time.js";

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
  /**
   * The API's `timestamp` for every status (the reference uses it only for SENDT), else the fallback; spelled
   * canonically.
   */
  readonly time: string | null;
  /** The time as written, only when its spelling differs from `time`. */
  readonly originalTime?: string;
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
export function apiStatusToStatus(apiStatus: unknown, options?: ApiStatusOptions): ApiStatusResult {
  try {
    // The reducer maps every polled status through here: the no-options case allocates nothing extra.
    const issues: Issue[] = [];
    let fallback: ReadTime | null = null;
    let messageId: string | null = null;
    let conversationId: string | null = null;
    if (options !== undefined) {
      const opts: Record<string, unknown> = isRecord(options) ? options : {};
      if (!isRecord(options))
        issues.push({ pointer: "/options", code: "bad-option", message: "options must be an object" });
      // Each option read once.
      const { fallbackTime, messageId: id, conversationId: conversation } = opts;
      fallback = optionTime(fallbackTime, "fallbackTime", issues);
      if (id !== undefined && typeof id !== "string")
        issues.push({
          pointer: "/options/messageId",
          code: "bad-option",
          message: "options.messageId must be a string",
        });
      if (conversation !== undefined && typeof conversation !== "string")
        issues.push({
          pointer: "/options/conversationId",
          code: "bad-option",
          message: "options.conversationId must be a string",
        });
      messageId = str(id);
      conversationId = str(conversation);
    }
    const obj = typeof apiStatus === "string" ? { status: apiStatus } : apiStatus;
    if (!isRecord(obj)) {
      issues.push({
        pointer: "",
        code: "type",
        message: "an access-point status is an object {status, beskrivelse?, timestamp} or a status string",
      });
      return unknownApiStatus(
        "not an access-point status",
        fallback,
        fallback ? "fallback" : "none",
        null,
        messageId,
        conversationId,
        issues,
      );
    }
    // Each field read once.
    const { timestamp: given, beskrivelse: text, status: s } = obj;
    let timestamp: ReadTime | null = null;
    if (given !== undefined && given !== null) {
      timestamp = readTime(given);
      if (timestamp === null)
        issues.push({
          pointer: "/timestamp",
          code: "format",
          message: `timestamp must be an RFC 3339 date-time with an offset, not ${shown(given)}`,
        });
    }
    let beskrivelse: string | null = null;
    if (text !== undefined && text !== null) {
      if (typeof text === "string") beskrivelse = text;
      else issues.push({ pointer: "/beskrivelse", code: "type", message: "beskrivelse must be a string" });
    }
    const time = timestamp ?? fallback;
    const timeSource: TimeSource = timestamp ? "timestamp" : fallback ? "fallback" : "none";
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
      return unknownApiStatus(
        typeof s === "string"
          ? `unknown access-point status ${JSON.stringify(s)}`
          : "the access-point status has no status string",
        time,
        timeSource,
        beskrivelse,
        messageId,
        conversationId,
        issues,
      );
    }
    const row = dpiApiStatusMapping[s as DpiApiStatus];
    // timeFields gives `originalTime` only when the spelling changed, so the result's keys stay in one order.
    return {
      status: row.status,
      description: row.description,
      ...timeFields(time),
      timeSource,
      apiStatus: row.apiStatus,
      beskrivelse,
      messageId,
      conversationId,
      reason: null,
      issues,
    };
  } catch (e) {
    const why = `could not read the input: ${reasonOf(e)}`;
    return unknownApiStatus(why, null, "none", null, null, null, [{ pointer: "", code: "bad-input", message: why }]);
  }
}

function unknownApiStatus(
  reason: string,
  time: ReadTime | null,
  timeSource: TimeSource,
  beskrivelse: string | null,
  messageId: string | null,
  conversationId: string | null,
  issues: Issue[],
): ApiStatusResult {
  return {
    status: dpiUnknownApiStatus.status,
    description: dpiUnknownApiStatus.description,
    ...timeFields(time),
    timeSource,
    apiStatus: null,
    beskrivelse,
    messageId,
    conversationId,
    reason,
    issues,
  };
}
