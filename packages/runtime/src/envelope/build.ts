import { randomUUID } from "node:crypto";
import {
  catalogue,
  dpiTypes,
  headerVersion,
  processes,
  typeVersion,
  validateAs,
  type DpiMessageByType,
  type DpiPayloadByType,
  type DpiType,
  type Scope,
  type StandardBusinessDocumentHeader,
} from "@innbyggerpost/contracts";
import { organisationIdentification, parseOrganisationIdentifier } from "../identifiers/iso6523.js";
import { formatDateTime, isDateTime, isFormattableDate, isTimeZone, UUID } from "../support/date-time.js";
import { copyJson } from "../support/json-value.js";
import { fail, isRecord, kindOf, unreadable, type Failure, type Problem } from "../support/problem.js";
import { envelopeOf } from "./envelope.js";
import type { ParsedMessage } from "./parse.js";

/** The default time zone of written date-times: the offset Norwegian senders write. */
export const DEFAULT_TIME_ZONE = "Europe/Oslo";

/**
 * How long after creation a letter's expectedResponseDateTime falls by default (the reference implementation's TTL).
 */
export const DEFAULT_RESPONSE_HOURS = 24;

/**
 * Why {@link buildMessage} failed:
 * - `bad-input`: the input is not an object;
 * - `unknown-type`: `type` is not one of the nine DPI types;
 * - `bad-organisation-number`: `sender` or `receiver` is not a valid organisation number (bare or `0192:`);
 * - `bad-uuid`: `messageId` or `conversationId` is not a plain UUID;
 * - `bad-date-time`: `createdAt`/`expectedResponseAt` is neither a valid Date nor an RFC 3339 date-time with offset;
 * - `bad-time-zone`: `timeZone` is not an IANA time zone;
 * - `bad-process`: `process` is not one of the three DPI process URNs;
 * - `missing-process`: a receipt or feil whose type belongs to several processes, without `process`;
 * - `not-json`: the payload holds something JSON cannot carry;
 * - `invalid-payload`: the built message fails the strict profile (`rule` says which check; the pointer is into
 *   `payload` or names the option that produced the header field).
 */
export type BuildErrorCode =
  | "bad-input"
  | "unknown-type"
  | "bad-organisation-number"
  | "bad-uuid"
  | "bad-date-time"
  | "bad-time-zone"
  | "bad-process"
  | "missing-process"
  | "not-json"
  | "invalid-payload";

/** The envelope options shared by {@link buildMessage} and {@link buildAnswer}. */
export interface HeaderOptions {
  /** The message id (documentIdentification.instanceIdentifier). Default: a new UUID. */
  readonly messageId?: string;
  /**
   * creationDateAndTime: a Date (written with the offset of `timeZone`) or an RFC 3339 string kept as given. Default:
   * now.
   */
  readonly createdAt?: Date | string;
  /** The zone whose offset written date-times carry. Default Europe/Oslo. */
  readonly timeZone?: string;
}

/** Input of {@link buildMessage}. */
export interface BuildInput<T extends DpiType = DpiType> extends HeaderOptions {
  readonly type: T;
  /** The business message; copied, never changed. */
  readonly payload: DpiPayloadByType[T];
  /** The header sender: the organisation that signs (organisation number, bare or `0192:`). */
  readonly sender: string;
  /** The header receiver: the postbox provider, the print service, or for receipts the original sender. */
  readonly receiver: string;
  /** The conversation id (ConversationId scope). Default: a new UUID. */
  readonly conversationId?: string;
  /** The process URN. Default: the letter's own process, or the only process a receipt type belongs to. */
  readonly process?: string;
  /**
   * expectedResponseDateTime. Default: for a letter, `createdAt` + 24 h; for a receipt or feil, none.
   * `null` leaves scopeInformation out.
   */
  readonly expectedResponseAt?: Date | string | null;
}

/** A built message, valid under the strict profile: the same shape as a parsed one (warnings, never errors). */
export type BuiltMessage<T extends DpiType = DpiType> = ParsedMessage<T>;

/** What {@link buildMessage} returns; it never throws. */
export type BuildResult<T extends DpiType = DpiType> = BuiltMessage<T> | Failure<BuildErrorCode>;

const allProcesses: readonly string[] = Object.values(processes);

/** @internal Checks a date option; returns the wire string or a problem. */
export function dateOption(value: unknown, pointer: string, timeZone: string): string | Problem<"bad-date-time"> {
  if (typeof value === "string") {
    return isDateTime(value)
      ? value
      : {
          pointer,
          code: "bad-date-time",
          message:
            `must be an RFC 3339 date-time with an offset, such as ` +
            `2026-11-23T10:15:30+01:00, not ${JSON.stringify(value)}`,
        };
  }
  if (isFormattableDate(value)) return formatDateTime(value, timeZone);
  return {
    pointer,
    code: "bad-date-time",
    message:
      `must be a valid Date or an RFC 3339 date-time string, not ` +
      `${value instanceof Date ? "an invalid Date" : kindOf(value)}`,
  };
}

/** @internal Reads the header options every builder shares. */
export function headerOptions(
  input: Record<string, unknown>,
  errors: Problem<string>[],
): { messageId: string; createdAt: string; createdDate: Date | null; timeZone: string } {
  let timeZone = DEFAULT_TIME_ZONE;
  if (input.timeZone !== undefined) {
    if (isTimeZone(input.timeZone)) timeZone = input.timeZone;
    else
      errors.push({
        pointer: "/timeZone",
        code: "bad-time-zone",
        message: `must be an IANA time zone such as "Europe/Oslo", not ${kindOf(input.timeZone)}`,
      });
  }
  let messageId = "";
  if (input.messageId === undefined) messageId = randomUUID();
  else if (typeof input.messageId === "string" && UUID.test(input.messageId)) messageId = input.messageId;
  else
    errors.push({
      pointer: "/messageId",
      code: "bad-uuid",
      message: `must be a plain UUID, not ${kindOf(input.messageId)}`,
    });
  const now = new Date();
  const rawCreated = input.createdAt ?? now;
  const created = dateOption(rawCreated, "/createdAt", timeZone);
  let createdAt = "";
  if (typeof created === "string") createdAt = created;
  else errors.push(created);
  const createdDate =
    rawCreated instanceof Date
      ? rawCreated
      : typeof rawCreated === "string" && typeof created === "string"
        ? new Date(rawCreated)
        : null;
  return { messageId, createdAt, createdDate, timeZone };
}

/** @internal Maps a message pointer back to the builder input field that produced it. */
export function inputPointer(type: DpiType, pointer: string, payloadPointer: string): string {
  const payload = `/standardBusinessDocument/${type}`;
  if (pointer === payload || pointer.startsWith(`${payload}/`)) return payloadPointer + pointer.slice(payload.length);
  const header = "/standardBusinessDocument/standardBusinessDocumentHeader";
  const rest = pointer.startsWith(header) ? pointer.slice(header.length) : pointer;
  const rules: [RegExp, string][] = [
    [/^\/sender\b/, "/sender"],
    [/^\/receiver\b/, "/receiver"],
    [/^\/documentIdentification\/instanceIdentifier/, "/messageId"],
    [/^\/documentIdentification\/creationDateAndTime/, "/createdAt"],
    [/^\/businessScope\/scope\/\d+\/instanceIdentifier/, "/conversationId"],
    [/^\/businessScope\/scope\/\d+\/identifier/, "/process"],
    [/^\/businessScope\/scope\/\d+\/scopeInformation/, "/expectedResponseAt"],
  ];
  for (const [re, to] of rules) if (re.test(rest)) return to;
  return "";
}

/** @internal Validates an assembled message strictly and shapes the result. */
export function finish<T extends DpiType>(
  type: T,
  message: unknown,
  mapPointer: (p: string) => string,
): BuildResult<T> {
  const r = validateAs(type, message, { profile: "strict" });
  if (!r.ok) {
    return {
      ok: false,
      errors: r.errors.map((i) => ({
        pointer: mapPointer(i.pointer),
        code: "invalid-payload" as const,
        message: i.message,
        rule: i.code,
      })),
    };
  }
  const m = message as DpiMessageByType[T];
  return { ok: true, type, message: m, envelope: envelopeOf(type, m), warnings: r.warnings } as BuiltMessage<T>;
}

/**
 * Builds a DPI message (SBD) of any of the nine types from its payload and a few options, filling the header
 * as the specification says: headerVersion and typeVersion "1.0", the type's `standard` URN, the process URN,
 * UUIDs, and date-times with an offset. The result always passes `validate(…, { profile: "strict" })`;
 * otherwise it is a list of typed errors whose pointers name the input field. The input is never changed.
 */
export function buildMessage<T extends DpiType>(input: BuildInput<T>): BuildResult<T> {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is {type, payload, sender, receiver, …}, not ${kindOf(input)}`);
    const errors: Problem<BuildErrorCode>[] = [];
    const type = input.type as unknown;
    if (typeof type !== "string" || !(dpiTypes as readonly string[]).includes(type))
      return fail("/type", "unknown-type", `type must be one of ${dpiTypes.join(", ")}, not ${kindOf(type)}`);
    const t = type as T;
    const entry = catalogue[t];
    const party = (key: "sender" | "receiver") => {
      const r = parseOrganisationIdentifier(input[key], { allowBare: true });
      if (r.ok) return organisationIdentification(r.organisationNumber)!;
      errors.push({ pointer: `/${key}`, code: "bad-organisation-number", message: `${key}: ${r.errors[0]!.message}` });
      return null;
    };
    const sender = party("sender");
    const receiver = party("receiver");
    const { messageId, createdAt, createdDate, timeZone } = headerOptions(input, errors);

    let conversationId = "";
    if (input.conversationId === undefined) conversationId = randomUUID();
    else if (typeof input.conversationId === "string" && UUID.test(input.conversationId))
      conversationId = input.conversationId;
    else
      errors.push({
        pointer: "/conversationId",
        code: "bad-uuid",
        message: `must be a plain UUID, not ${kindOf(input.conversationId)}`,
      });

    let process = entry.process ?? (entry.processes.length === 1 ? entry.processes[0]! : null);
    if (input.process !== undefined) {
      if (typeof input.process === "string" && allProcesses.includes(input.process)) process = input.process;
      else
        errors.push({
          pointer: "/process",
          code: "bad-process",
          message: `must be one of ${allProcesses.join(", ")}, not ${kindOf(input.process)}`,
        });
    } else if (process === null) {
      errors.push({
        pointer: "/process",
        code: "missing-process",
        message: `a ${t} belongs to several processes (${entry.processes.join(", ")}): give the conversation's process`,
      });
    }

    let expected: string | null = null;
    if (input.expectedResponseAt === undefined) {
      if (entry.kind === "letter" && createdDate && isFormattableDate(createdDate)) {
        const later = new Date(createdDate.getTime() + DEFAULT_RESPONSE_HOURS * 3_600_000);
        if (isFormattableDate(later)) expected = formatDateTime(later, timeZone);
      }
    } else if (input.expectedResponseAt !== null) {
      const e = dateOption(input.expectedResponseAt, "/expectedResponseAt", timeZone);
      if (typeof e === "string") expected = e;
      else errors.push(e);
    }

    const payload = copyJson(input.payload, "/payload");
    if (!payload.ok) errors.push(...payload.errors);
    else if (!isRecord(payload.value))
      errors.push({
        pointer: "/payload",
        code: "invalid-payload",
        message: `the ${t} payload is an object, not ${kindOf(payload.value)}`,
        rule: "type",
      });
    if (errors.length || !sender || !receiver || !process || !payload.ok) return { ok: false, errors };

    const scope: Scope = { type: "ConversationId", instanceIdentifier: conversationId, identifier: process };
    if (expected !== null) scope.scopeInformation = [{ expectedResponseDateTime: expected }];
    const header: StandardBusinessDocumentHeader = {
      headerVersion,
      sender: [{ identifier: sender }],
      receiver: [{ identifier: receiver }],
      documentIdentification: {
        standard: entry.standard,
        typeVersion,
        instanceIdentifier: messageId,
        type: t,
        creationDateAndTime: createdAt,
      },
      businessScope: { scope: [scope] },
    };
    const message = {
      standardBusinessDocument: { standardBusinessDocumentHeader: header, [entry.payloadKey]: payload.value },
    };
    return finish(t, message, (p) => inputPointer(t, p, "/payload"));
  } catch (e) {
    return unreadable("bad-input", e);
  }
}
