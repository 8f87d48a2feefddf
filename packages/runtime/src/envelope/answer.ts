import {
  answerTypes,
  catalogue,
  headerVersion,
  typeVersion,
  type DpiType,
  type Feiltype,
  type StandardBusinessDocumentHeader,
  type Varslingskanal,
} from "@innbyggerpost/contracts";
import { organisationIdentification, parseOrganisationIdentifier } from "../identifiers/iso6523.js";
import { copyJson } from "../support/json-value.js";
import { fail, isRecord, kindOf, unreadable, type Failure, type Problem } from "../support/problem.js";
import {
  dateOption,
  finish,
  headerOptions,
  inputPointer,
  type BuildErrorCode,
  type BuiltMessage,
  type HeaderOptions,
} from "./build.js";
import { parseMessage } from "./parse.js";

/** The types a postbox or print service answers a letter with: every receipt type and feil (from the catalogue). */
export type AnswerType = (typeof answerTypes)[number];
/** The answers that carry no fields of their own (feil and varslingfeiletkvittering do). */
type PlainReceipt = Exclude<AnswerType, "feil" | "varslingfeiletkvittering">;

/** What every answer needs besides its type. */
export interface AnswerCommon extends HeaderOptions {
  /** The letter answered (digital, utskrift or flyttet), as an object or JSON text; must pass the strict profile. */
  readonly original: unknown;
  /**
   * The organisation issuing the answer, written as the payload's `avsender` (organisation number, bare or `0192:`).
   * Default: the letter's header receiver (the postbox or print service).
   */
  readonly provider?: string;
  /** The payload's `tidspunkt`. Default: `createdAt` (itself default now). */
  readonly tidspunkt?: Date | string;
}

/** Input of {@link buildAnswer}: the answer type and the fields that type adds. */
export type AnswerInput = AnswerCommon &
  (
    | { readonly type: PlainReceipt }
    | { readonly type: "feil"; readonly feiltype: Feiltype; readonly detaljer?: string }
    | {
        readonly type: "varslingfeiletkvittering";
        readonly varslingskanal: Varslingskanal;
        readonly beskrivelse?: string;
      }
  );

/**
 * Why {@link buildAnswer} failed: any {@link BuildErrorCode} (pointers name the input field; payload problems
 * point at the answer field that produced them, such as `/feiltype`), or:
 * - `bad-answer-type`: `type` is not a receipt type or feil;
 * - `invalid-original`: `original` is not a valid DPI message (`rule` says which check; pointers under `/original`);
 * - `not-a-letter`: `original` is a receipt or feil, which are not answered.
 */
export type AnswerErrorCode = BuildErrorCode | "bad-answer-type" | "invalid-original" | "not-a-letter";

/** What {@link buildAnswer} returns; it never throws. */
export type AnswerResult<T extends AnswerType = AnswerType> = BuiltMessage<T> | Failure<AnswerErrorCode>;

/**
 * Builds a receipt or feil in answer to a letter, the way a postbox does: header sender and receiver swapped,
 * the ConversationId scope (with its process) copied, a new message id; payload `avsender` = the provider,
 * `mottaker.virksomhetsidentifikator` = the letter's `avsender` (and `motakeridentifikator` = its
 * `avsenderidentifikator`, when it has one). The result passes the strict profile. The input is never changed.
 */
export function buildAnswer<T extends AnswerType>(input: AnswerInput & { readonly type: T }): AnswerResult<T> {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is an object {original, type, …}, not ${kindOf(input)}`);
    const type = input.type as unknown;
    if (typeof type !== "string" || !(answerTypes as readonly string[]).includes(type))
      return fail("/type", "bad-answer-type", `type must be one of ${answerTypes.join(", ")}, not ${kindOf(type)}`);
    const t = type as T;
    const original = parseMessage(input.original, { profile: "strict" });
    if (!original.ok) {
      return {
        ok: false,
        errors: original.errors.map((e) => ({
          ...e,
          pointer: `/original${e.pointer}`,
          code: "invalid-original" as const,
        })),
      };
    }
    if (catalogue[original.type].kind !== "letter") {
      return {
        ok: false,
        errors: [
          {
            pointer: "/original/standardBusinessDocument",
            code: "not-a-letter",
            message: `a ${original.type} is not answered; answer the digital, utskrift or flyttet letter`,
          },
        ],
      };
    }
    const errors: Problem<AnswerErrorCode>[] = [];
    const { messageId, createdAt, timeZone } = headerOptions(input as unknown as Record<string, unknown>, errors);
    const letterHeader = original.message.standardBusinessDocument.standardBusinessDocumentHeader;
    const letter = (
      original.message.standardBusinessDocument as unknown as Record<
        string,
        { avsender: { virksomhetsidentifikator: unknown; avsenderidentifikator?: string } }
      >
    )[original.type]!;

    let provider: unknown = letterHeader.receiver[0].identifier.value;
    if (input.provider !== undefined) provider = input.provider;
    const p = parseOrganisationIdentifier(provider, { allowBare: true });
    if (!p.ok)
      errors.push({
        pointer:
          input.provider === undefined
            ? "/original/standardBusinessDocument/standardBusinessDocumentHeader/receiver/0/identifier/value"
            : "/provider",
        code: "bad-organisation-number",
        message: `provider: ${p.errors[0]!.message}`,
      });

    let tidspunkt = createdAt;
    if (input.tidspunkt !== undefined) {
      const d = dateOption(input.tidspunkt, "/tidspunkt", timeZone);
      if (typeof d === "string") tidspunkt = d;
      else errors.push(d);
    }

    const extra: Record<string, unknown> = {};
    const fields =
      t === "feil"
        ? (["feiltype", "detaljer"] as const)
        : t === "varslingfeiletkvittering"
          ? (["beskrivelse", "varslingskanal"] as const)
          : [];
    const raw = input as unknown as Record<string, unknown>;
    for (const f of fields) {
      if (raw[f] === undefined) continue;
      const c = copyJson(raw[f], `/${f}`);
      if (c.ok) extra[f] = c.value;
      else errors.push(...c.errors);
    }
    if (errors.length || !p.ok) return { ok: false, errors };

    const mottaker: Record<string, unknown> = { virksomhetsidentifikator: letter.avsender.virksomhetsidentifikator };
    if (letter.avsender.avsenderidentifikator !== undefined)
      mottaker.motakeridentifikator = letter.avsender.avsenderidentifikator;
    const payload = {
      avsender: { virksomhetsidentifikator: organisationIdentification(p.organisationNumber)! },
      mottaker,
      tidspunkt,
      ...extra,
    };
    // parseMessage returned a fresh copy, so the copied scope does not alias the caller's letter.
    const scope = letterHeader.businessScope.scope.find((s) => s.type === "ConversationId")!;
    const header: StandardBusinessDocumentHeader = {
      headerVersion,
      sender: [{ identifier: { ...letterHeader.receiver[0].identifier } }],
      receiver: [{ identifier: { ...letterHeader.sender[0].identifier } }],
      documentIdentification: {
        standard: catalogue[t].standard,
        typeVersion,
        instanceIdentifier: messageId,
        type: t,
        creationDateAndTime: createdAt,
      },
      businessScope: { scope: [scope] },
    };
    const message = { standardBusinessDocument: { standardBusinessDocumentHeader: header, [t]: payload } };
    return finish(t, message, (ptr) => {
      const payloadBase = `/standardBusinessDocument/${t}`;
      if (ptr.startsWith(`${payloadBase}/`)) {
        const field = ptr.slice(payloadBase.length + 1).split("/")[0]!;
        if ((fields as readonly string[]).includes(field)) return ptr.slice(payloadBase.length);
        if (field === "tidspunkt") return "/tidspunkt";
        if (field === "avsender") return "/provider";
        if (field === "mottaker") return `/original/standardBusinessDocument/${original.type}/avsender`;
      }
      return inputPointer(t as DpiType, ptr, "");
    });
  } catch (e) {
    return unreadable("bad-input", e);
  }
}
