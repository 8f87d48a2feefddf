import { fail, kindOf, unreadable, type Failure } from "../support/problem.js";

/**
 * Why an organisation number was refused:
 * - `not-a-string`: the input is not a string;
 * - `not-nine-digits`: not exactly nine digits (spaces between digit groups are allowed, e.g. "991 825 827");
 * - `bad-check-digit`: the ninth digit is not the mod-11 check digit of the first eight.
 */
export type OrganisationNumberErrorCode = "not-a-string" | "not-nine-digits" | "bad-check-digit" | "bad-input";

/** What {@link parseOrganisationNumber} returns; it never throws. */
export type OrganisationNumberResult =
  | { readonly ok: true; readonly value: string }
  | Failure<OrganisationNumberErrorCode>;

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The mod-11 check digit of the first eight digits of a Norwegian organisation number
 * (Enhetsregisteret: weights 3 2 7 6 5 4 3 2), or null when no digit fits (remainder 1: such numbers are never issued).
 * Hand-written: it is eight multiplications, and the npm packages that have it are little used or wrong at the edges.
 */
export function organisationNumberCheckDigit(firstEight: string): number | null {
  try {
    if (typeof firstEight !== "string" || !/^\d{8}$/.test(firstEight)) return null; // a regex would stringify an array
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += WEIGHTS[i]! * Number(firstEight[i]);
    const digit = (11 - (sum % 11)) % 11;
    return digit === 10 ? null : digit;
  } catch {
    return null;
  }
}

/**
 * Parses a Norwegian organisation number (organisasjonsnummer): nine digits with a valid mod-11 check digit.
 * Spaces between digit groups ("991 825 827") are removed; the value is the nine digits.
 */
export function parseOrganisationNumber(input: unknown): OrganisationNumberResult {
  try {
    if (typeof input !== "string")
      return fail("", "not-a-string", `an organisation number is a string, not ${kindOf(input)}`);
    const digits = /^\d+( \d+)*$/.test(input) ? input.replace(/ /g, "") : input;
    if (!/^\d{9}$/.test(digits))
      return fail("", "not-nine-digits", `an organisation number is nine digits, not ${JSON.stringify(input)}`);
    if (organisationNumberCheckDigit(digits.slice(0, 8)) !== Number(digits[8])) {
      return fail("", "bad-check-digit", `${digits} fails the mod-11 check: its last digit is not the check digit`);
    }
    return { ok: true, value: digits };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}

/** Whether `input` is a valid organisation number (nine digits, mod-11), without spaces. */
export function isOrganisationNumber(input: unknown): input is string {
  try {
    return typeof input === "string" && /^\d{9}$/.test(input) && parseOrganisationNumber(input).ok;
  } catch {
    return false;
  }
}

/** Formats a valid organisation number for people, "991 825 827"; null when it is not one. */
export function formatOrganisationNumber(input: string): string | null {
  try {
    const r = parseOrganisationNumber(input);
    return r.ok ? `${r.value.slice(0, 3)} ${r.value.slice(3, 6)} ${r.value.slice(6)}` : null;
  } catch {
    return null;
  }
}
