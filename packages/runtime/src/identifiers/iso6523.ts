import type { PartnerIdentification, Virksomhetsidentifikator } from "@innbyggerpost/contracts";
import { at, fail, isRecord, kindOf, shown, unreadable, type Failure } from "../support/problem.js";
import { parseOrganisationNumber } from "./organisation-number.js";

/** The ISO 6523 ICD for Norwegian organisation numbers. */
export const NORWEGIAN_ICD = "0192";

/** The identifier scheme of organisations in the SBDH and in virksomhetsidentifikator. */
export const ISO6523_AUTHORITY = "iso6523-actorid-upis";

/**
 * Why an organisation identifier was refused:
 * - `not-a-string`: the input (or its `value`) is not a string;
 * - `bad-format`: not `ICD:identifier` (and not a bare organisation number where those are allowed);
 * - `unsupported-icd`: an ICD other than 0192 (DPI addresses Norwegian organisations only);
 * - `bad-authority`: an identification object whose authority is not iso6523-actorid-upis;
 * - `not-nine-digits`, `bad-check-digit`: the organisation number part is not valid.
 */
export type OrganisationIdentifierErrorCode =
  | "not-a-string"
  | "bad-format"
  | "unsupported-icd"
  | "bad-authority"
  | "not-nine-digits"
  | "bad-check-digit"
  | "bad-input";

/** What the organisation identifier parsers return; they never throw. */
export type OrganisationIdentifierResult =
  | {
      readonly ok: true;
      readonly icd: typeof NORWEGIAN_ICD;
      readonly organisationNumber: string;
      readonly value: string;
    }
  | Failure<OrganisationIdentifierErrorCode>;

/** Options for {@link parseOrganisationIdentifier}. */
export interface OrganisationIdentifierOptions {
  /** Also accept a bare organisation number and read it as 0192 (the reference implementation does). Default false. */
  readonly allowBare?: boolean;
}

/**
 * Parses a `0192:<organisation number>` value (ISO 6523 ICD, colon, number), checking the number's mod-11 digit.
 * `value` in the result is the canonical `0192:<nine digits>`.
 */
export function parseOrganisationIdentifier(
  input: unknown,
  options?: OrganisationIdentifierOptions,
): OrganisationIdentifierResult {
  try {
    if (typeof input !== "string")
      return fail(
        "",
        "not-a-string",
        `an organisation identifier is a string such as "0192:991825827", not ${kindOf(input)}`,
      );
    const m = /^(\d{4}):(.*)$/s.exec(input);
    let number: string;
    if (m) {
      if (m[1] !== NORWEGIAN_ICD)
        return fail("", "unsupported-icd", `ICD ${m[1]} is not ${NORWEGIAN_ICD} (Norwegian organisation number)`);
      number = m[2]!;
    } else if (options?.allowBare === true && /^\d{9}$/.test(input)) {
      number = input;
    } else {
      return fail("", "bad-format", `expected "${NORWEGIAN_ICD}:<organisation number>", not ${JSON.stringify(input)}`);
    }
    if (!/^\d{9}$/.test(number))
      return fail(
        "",
        "not-nine-digits",
        `the organisation number after "${NORWEGIAN_ICD}:" is nine digits, not ${JSON.stringify(number)}`,
      );
    const r = parseOrganisationNumber(number);
    if (!r.ok)
      return { ok: false, errors: r.errors.map((e) => ({ ...e, code: e.code as OrganisationIdentifierErrorCode })) };
    return { ok: true, icd: NORWEGIAN_ICD, organisationNumber: r.value, value: `${NORWEGIAN_ICD}:${r.value}` };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}

/**
 * Reads the organisation number from an identification object `{authority, value}` (SBDH partner,
 * virksomhetsidentifikator, or a Maskinporten claim with `Authority`/`authority` and `ID`).
 * Pointers name the field inside the object.
 */
export function parseOrganisationIdentification(input: unknown): OrganisationIdentifierResult {
  try {
    if (!isRecord(input))
      return fail("", "bad-format", `an identification is an object {authority, value}, not ${kindOf(input)}`);
    const authorityKey = "authority" in input ? "authority" : "Authority" in input ? "Authority" : "authority";
    const valueKey = "value" in input ? "value" : "ID" in input ? "ID" : "value";
    if (input[authorityKey] !== ISO6523_AUTHORITY) {
      return fail(
        at("", authorityKey),
        "bad-authority",
        `authority must be "${ISO6523_AUTHORITY}", not ${shown(input[authorityKey] ?? null)}`,
      );
    }
    const r = parseOrganisationIdentifier(input[valueKey]);
    if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ ...e, pointer: at("", valueKey) + e.pointer })) };
    return r;
  } catch (e) {
    return unreadable("bad-input", e);
  }
}

/**
 * `0192:<organisation number>` for a valid organisation number (bare or already `0192:`-prefixed); null when it is not
 * one.
 */
export function formatOrganisationIdentifier(organisationNumber: string): string | null {
  try {
    const r = parseOrganisationIdentifier(organisationNumber, { allowBare: true });
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
}

/**
 * The identification object DPI writes for an organisation: `{authority: "iso6523-actorid-upis", value:
 * "0192:<orgnr>"}`, usable both as an SBDH partner identifier and as a virksomhetsidentifikator. Null when the number
 * is not valid.
 */
export function organisationIdentification(
  organisationNumber: string,
): (PartnerIdentification & Virksomhetsidentifikator) | null {
  try {
    const value = formatOrganisationIdentifier(organisationNumber);
    return value === null ? null : { authority: ISO6523_AUTHORITY, value };
  } catch {
    return null;
  }
}
