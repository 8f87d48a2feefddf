import { catalogue } from "@innbyggerpost/contracts";
import { parseMessage } from "../envelope/parse.js";
import { parseOrganisationIdentification, parseOrganisationIdentifier } from "../identifiers/iso6523.js";
import { at, fail, isRecord, kindOf, unreadable, type Failure, type Problem } from "../support/problem.js";
import { decodeTokenClaims } from "./claims.js";

/**
 * The rules a receiving postbox checks (dpi-spec §4.2 (d), (e)), and why {@link checkAuthorisation} failed:
 * - `consumer-not-avsender`: the token's `consumer` is not the letter's `avsender`;
 * - `supplier-not-sender`: a `supplier` (databehandler) is present and is not the SBD header sender;
 * - `supplier-not-signer`: a `supplier` is present and is not the signer;
 * - `consumer-not-sender`: no `supplier`, and the SBD header sender is not the `consumer`;
 * - `consumer-not-signer`: no `supplier`, and the signer is not the `consumer`;
 * Input problems:
 * - `bad-input`: the input is not an object;
 * - `invalid-message`: `message` is not a valid DPI message (strict; `rule` says which check);
 * - `not-a-letter`: a receipt or feil, which carry no token;
 * - `malformed-token`: no `claims` given and the letter's `maskinportentoken` is not a decodable JWT;
 * - `bad-claims`: the claims are not an object, or `consumer` is missing;
 * - `bad-claim`: `consumer` or `supplier` is not `{authority|Authority: "iso6523-actorid-upis", ID: "0192:<orgnr>"}`;
 * - `bad-signer`: `signer` is not an organisation number.
 */
export type AuthorisationErrorCode =
  | "consumer-not-avsender"
  | "supplier-not-sender"
  | "supplier-not-signer"
  | "consumer-not-sender"
  | "consumer-not-signer"
  | "bad-input"
  | "invalid-message"
  | "not-a-letter"
  | "malformed-token"
  | "bad-claims"
  | "bad-claim"
  | "bad-signer";

/** Input of {@link checkAuthorisation}. */
export interface AuthorisationInput {
  /** The letter (digital, utskrift or flyttet), object or JSON text. */
  readonly message: unknown;
  /** The decoded Maskinporten token claims. Default: decoded (unverified) from the letter's `maskinportentoken`. */
  readonly claims?: unknown;
  /**
   * The signer's organisation number (e.g. `signature.organisationNumber` from verifyMessage). Without it the signer
   * rules are skipped.
   */
  readonly signer?: string;
}

/** The consistent parties of a letter. */
export interface Authorised {
  readonly ok: true;
  /** The organisation the letter is sent for (token `consumer` = payload `avsender`). */
  readonly consumer: string;
  /** The databehandler sending on its behalf (token `supplier`), or null when the consumer sends itself. */
  readonly supplier: string | null;
  /** The rules that were checked (the signer rules only when `signer` was given). */
  readonly checked: readonly string[];
}

/** What {@link checkAuthorisation} returns; it never throws. */
export type AuthorisationResult = Authorised | Failure<AuthorisationErrorCode>;

/**
 * Checks that a letter's parties agree with its Maskinporten token, as a receiving postbox must:
 * `consumer` = the payload's `avsender`; when a `supplier` is present it is the SBD sender and the signer;
 * otherwise the sender (and signer) is the consumer. Every failed rule is listed.
 */
export function checkAuthorisation(input: AuthorisationInput): AuthorisationResult {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is an object {message, claims?, signer?}, not ${kindOf(input)}`);
    const parsed = parseMessage(input.message);
    if (!parsed.ok)
      return {
        ok: false,
        errors: parsed.errors.map((e) => ({
          ...e,
          pointer: `/message${e.pointer}`,
          code: "invalid-message" as const,
          rule: e.rule ?? e.code,
        })),
      };
    if (catalogue[parsed.type].kind !== "letter")
      return fail(
        "/message/standardBusinessDocument",
        "not-a-letter",
        `a ${parsed.type} carries no Maskinporten token`,
      );
    const payloadPointer = `/message/standardBusinessDocument/${parsed.type}`;
    const letter = (
      parsed.message.standardBusinessDocument as unknown as Record<
        string,
        { avsender: { virksomhetsidentifikator: { value: string } }; maskinportentoken: string }
      >
    )[parsed.type]!;

    let claims: unknown = input.claims;
    let claimsPointer = "/claims";
    if (claims === undefined) {
      const decoded = decodeTokenClaims(letter.maskinportentoken);
      if (!decoded.ok)
        return fail(`${payloadPointer}/maskinportentoken`, "malformed-token", decoded.errors[0]!.message);
      claims = decoded.claims;
      claimsPointer = `${payloadPointer}/maskinportentoken`;
    }
    if (!isRecord(claims)) return fail(claimsPointer, "bad-claims", `the claims are an object, not ${kindOf(claims)}`);

    const errors: Problem<AuthorisationErrorCode>[] = [];
    const party = (key: "consumer" | "supplier"): string | null => {
      const r = parseOrganisationIdentification(claims[key]);
      if (r.ok) return r.organisationNumber;
      errors.push({
        pointer: at(claimsPointer, key) + r.errors[0]!.pointer,
        code: "bad-claim",
        message: `${key}: ${r.errors[0]!.message}`,
      });
      return null;
    };
    if (claims.consumer === undefined)
      return fail(at(claimsPointer, "consumer"), "bad-claims", "the token has no consumer claim");
    const consumer = party("consumer");
    const supplier = claims.supplier === undefined ? null : party("supplier");
    let signer: string | null = null;
    if (input.signer !== undefined) {
      const r = parseOrganisationIdentifier(input.signer, { allowBare: true });
      if (r.ok) signer = r.organisationNumber;
      else errors.push({ pointer: "/signer", code: "bad-signer", message: r.errors[0]!.message });
    }
    if (errors.length || consumer === null) return { ok: false, errors };

    const avsender = parseOrganisationIdentifier(letter.avsender.virksomhetsidentifikator.value);
    const sender = parseOrganisationIdentifier(parsed.envelope.sender);
    const avsenderNo = avsender.ok ? avsender.organisationNumber : letter.avsender.virksomhetsidentifikator.value;
    const senderNo = sender.ok ? sender.organisationNumber : parsed.envelope.sender;
    const senderPointer = "/message/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value";
    const checked: string[] = [];
    const rule = (name: AuthorisationErrorCode, holds: boolean, pointer: string, message: string) => {
      checked.push(name.replace("-not-", "-is-"));
      if (!holds) errors.push({ pointer, code: name, message });
    };
    rule(
      "consumer-not-avsender",
      consumer === avsenderNo,
      `${payloadPointer}/avsender/virksomhetsidentifikator/value`,
      `the avsender ${avsenderNo} is not the token's consumer ${consumer}`,
    );
    if (supplier !== null) {
      rule(
        "supplier-not-sender",
        supplier === senderNo,
        senderPointer,
        `the header sender ${senderNo} is not the token's supplier ${supplier}`,
      );
      if (signer !== null)
        rule(
          "supplier-not-signer",
          supplier === signer,
          "/signer",
          `the signer ${signer} is not the token's supplier ${supplier}`,
        );
    } else {
      rule(
        "consumer-not-sender",
        consumer === senderNo,
        senderPointer,
        `the header sender ${senderNo} is not the token's consumer ${consumer} (and the token names no supplier)`,
      );
      if (signer !== null)
        rule(
          "consumer-not-signer",
          consumer === signer,
          "/signer",
          `the signer ${signer} is not the token's consumer ${consumer} (and the token names no supplier)`,
        );
    }
    return errors.length ? { ok: false, errors } : { ok: true, consumer, supplier, checked };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}
