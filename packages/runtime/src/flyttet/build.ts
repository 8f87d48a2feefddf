import { flyttetCarriedFields, type FlyttetMessage } from "@innbyggerpost/contracts";
import { buildMessage, type BuildErrorCode } from "../envelope/build.js";
import { parseDateTime } from "../status/time.js";
import {
  checkFlyttetEligibility,
  digitalPayload,
  type DeliveryTime,
  type FlyttetEligibility,
  type FlyttetReason,
  type LetterState,
} from "./eligibility.js";
import { reasonOf, type Failure, type Problem } from "../support/problem.js";

/** Options for {@link buildFlyttet}. */
export interface BuildFlyttetOptions {
  /**
   * Now (RFC 3339 date-time with offset): the eligibility check's clock and the message's `tidspunkt` and creation
   * time.
   */
  readonly now: string;
  /** The old mailbox provider (header sender): organisation number, bare or `0192:`. */
  readonly sender: string;
  /** The new mailbox provider (header receiver). */
  readonly receiver: string;
  /** The old provider's own Maskinporten token for this message. */
  readonly maskinportentoken: string;
  /** The citizen's address in the new mailbox; default: the original letter's. */
  readonly postkasseadresse?: string;
  /** Default: new UUIDs. */
  readonly conversationId?: string;
  readonly messageId?: string;
}

/** A flyttet message built from an eligible letter. */
export interface BuiltFlyttet {
  readonly ok: true;
  readonly message: FlyttetMessage;
  readonly deliveryTime: DeliveryTime;
  readonly eligibility: FlyttetEligibility;
}

/**
 * Why {@link buildFlyttet} refused: `invalid-input` (the letter state or an option), `bad-input` (the input
 * could not be read), or the envelope builder's code for the moved letter.
 */
export type FlyttetErrorCode = "invalid-input" | "bad-input" | BuildErrorCode;

/**
 * Why a flyttet message was not built: the letter may not be moved (reasons), or the input is wrong
 * (errors, with JSON pointers: `/options/...` for options, `/letter/...` for the letter).
 */
export interface FlyttetFailure extends Failure<FlyttetErrorCode> {
  /** The reasons the letter may not be moved (empty when the failure is invalid input only). */
  readonly reasons: readonly FlyttetReason[];
}

/**
 * Builds the `flyttet` message that moves an eligible digital letter to another mailbox provider: the
 * original letter's fields, `mottakstidspunkt` (the date it was received), `aapnet`, a new `tidspunkt`
 * and the old provider's token, in an SBD from the old provider to the new one (process flyttet).
 * Refuses a letter that may not be moved, with every reason. Never throws, never changes its input.
 */
export function buildFlyttet(state: LetterState, options: BuildFlyttetOptions): BuiltFlyttet | FlyttetFailure {
  try {
    const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
    const eligibility = checkFlyttetEligibility(state, { now: o.now as string });
    const invalid = eligibility.reasons.filter((r) => r.code === "invalid-input");
    const reasons = eligibility.reasons.filter((r) => r.code !== "invalid-input");
    const errors: Problem<FlyttetErrorCode>[] = invalid.map((r) => ({
      pointer: r.pointer,
      code: "invalid-input",
      message: r.message,
    }));
    if (typeof o.maskinportentoken !== "string" || o.maskinportentoken === "")
      errors.push({
        pointer: "/options/maskinportentoken",
        code: "invalid-input",
        message: "options.maskinportentoken must be a non-empty string",
      });
    if (o.postkasseadresse !== undefined && typeof o.postkasseadresse !== "string")
      errors.push({
        pointer: "/options/postkasseadresse",
        code: "invalid-input",
        message: "options.postkasseadresse must be a string",
      });
    if (errors.length || reasons.length || !eligibility.deliveryTime) return { ok: false, reasons, errors };

    const digital = digitalPayload(state.letter)!.payload;
    const received = state.receivedAt;
    // mottakstidspunkt is a date despite its name: the receiving date as written.
    const mottakstidspunkt = parseDateTime(received) !== null ? received.slice(0, 10) : received;
    const payload: Record<string, unknown> = {
      avsender: digital.avsender,
      mottaker: {
        postkasseadresse:
          (o.postkasseadresse as string | undefined) ?? (digital.mottaker as Record<string, unknown>).postkasseadresse,
      },
      maskinportentoken: o.maskinportentoken,
      tidspunkt: o.now,
      mottakstidspunkt,
      aapnet: state.opened === true,
    };
    // Every other field both payload schemas declare is copied as it is (the list is generated from them).
    for (const k of flyttetCarriedFields) if (!(k in payload) && digital[k] !== undefined) payload[k] = digital[k];
    const built = buildMessage({
      type: "flyttet",
      payload: payload as never,
      sender: o.sender as string,
      receiver: o.receiver as string,
      createdAt: o.now as string,
      expectedResponseAt: null,
      ...(o.conversationId !== undefined ? { conversationId: o.conversationId as string } : {}),
      ...(o.messageId !== undefined ? { messageId: o.messageId as string } : {}),
    });
    if (!built.ok) {
      // Map the builder's pointers onto ours: header options under /options, payload fields under the letter.
      return {
        ok: false,
        reasons: [],
        errors: built.errors.map((e) => ({
          ...e,
          pointer: e.pointer.startsWith("/payload")
            ? `/letter${e.pointer.slice("/payload".length)}`
            : `/options${e.pointer}`,
        })),
      };
    }
    return { ok: true, message: built.message as FlyttetMessage, deliveryTime: eligibility.deliveryTime, eligibility };
  } catch (e) {
    return {
      ok: false,
      reasons: [],
      errors: [{ pointer: "", code: "bad-input", message: `could not read the input: ${reasonOf(e)}` }],
    };
  }
}
