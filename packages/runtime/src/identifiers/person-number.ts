import { idnr } from "@navikt/fnrvalidator";
import { fail, kindOf, unreadable, type Failure } from "../support/problem.js";

/** The kinds of Norwegian person numbers: fødselsnummer, D-nummer (first digit + 4) and H-nummer (month + 40). */
export type PersonNumberKind = "fodselsnummer" | "d-nummer" | "h-nummer";

/**
 * Why a person number was refused:
 * - `not-a-string`: the input is not a string;
 * - `not-eleven-digits`: not exactly eleven digits (one space after the six-digit date is allowed);
 * - `bad-check-digits`: the two mod-11 check digits do not match (the 2032 rule for the first digit is accepted);
 * - `bad-date`: the first six digits are not a date (after the D-, H- and synthetic offsets);
 * - `kind-not-allowed`: a valid number of a kind the caller did not allow (H-nummer, or a synthetic test number).
 */
export type PersonNumberErrorCode =
  | "not-a-string"
  | "not-eleven-digits"
  | "bad-check-digits"
  | "bad-date"
  | "kind-not-allowed"
  | "bad-input";

/** A valid person number. */
export interface PersonNumber {
  readonly ok: true;
  /** The eleven digits. */
  readonly value: string;
  readonly kind: PersonNumberKind;
  /** A synthetic test number (Tenor/Skatteetaten: month + 80), as in the official test messages. */
  readonly synthetic: boolean;
}

/** What {@link parsePersonNumber} returns; it never throws. */
export type PersonNumberResult = PersonNumber | Failure<PersonNumberErrorCode>;

/** Options for {@link parsePersonNumber}. */
export interface PersonNumberOptions {
  /** The kinds to accept. Default fødselsnummer and D-nummer (what a DPI recipient has). */
  readonly kinds?: readonly PersonNumberKind[];
  /** Accept synthetic test numbers (month + 80). Default true: test environments use them. */
  readonly allowSynthetic?: boolean;
}

const KIND: Record<string, { kind: PersonNumberKind; synthetic: boolean }> = {
  fnr: { kind: "fodselsnummer", synthetic: false },
  dnr: { kind: "d-nummer", synthetic: false },
  hnr: { kind: "h-nummer", synthetic: false },
  tnr: { kind: "fodselsnummer", synthetic: true },
  "dnr-and-hnr": { kind: "h-nummer", synthetic: false },
  "dnr-and-tnr": { kind: "d-nummer", synthetic: true },
};

/**
 * Parses a Norwegian fødselsnummer or D-nummer: eleven digits, a real birth date and two mod-11 check digits.
 * The check digits and dates come from NAV's `@navikt/fnrvalidator` (it knows the 2032 rule and synthetic numbers);
 * this adds typed errors, the kind, and the allow-list.
 */
export function parsePersonNumber(input: unknown, options?: PersonNumberOptions): PersonNumberResult {
  try {
    if (typeof input !== "string") return fail("", "not-a-string", `a person number is a string, not ${kindOf(input)}`);
    const digits = /^\d{6} \d{5}$/.test(input) ? input.replace(" ", "") : input;
    if (!/^\d{11}$/.test(digits))
      return fail(
        "",
        "not-eleven-digits",
        `a fødselsnummer or D-nummer is eleven digits, not ${JSON.stringify(input)}`,
      );
    const r = idnr(digits);
    if (r.status === "invalid") {
      const errors = r.reasons.map((reason) =>
        reason === "invalid date"
          ? { pointer: "", code: "bad-date" as const, message: `${digits} does not start with a valid birth date` }
          : { pointer: "", code: "bad-check-digits" as const, message: `${digits} fails the mod-11 check digits` },
      );
      return { ok: false, errors };
    }
    const info = KIND[r.type] ?? { kind: "fodselsnummer", synthetic: false };
    const kinds = options?.kinds ?? ["fodselsnummer", "d-nummer"];
    if (!kinds.includes(info.kind))
      return fail(
        "",
        "kind-not-allowed",
        `${digits} is a valid ${info.kind}, which is not allowed here (allowed: ${kinds.join(", ")})`,
      );
    if (info.synthetic && options?.allowSynthetic === false)
      return fail("", "kind-not-allowed", `${digits} is a synthetic test number, which is not allowed here`);
    return { ok: true, value: digits, kind: info.kind, synthetic: info.synthetic };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}

/** Formats a valid person number for people, "071267 00169"; null when it is not one. */
export function formatPersonNumber(input: string, options?: PersonNumberOptions): string | null {
  try {
    const r = parsePersonNumber(input, options);
    return r.ok ? `${r.value.slice(0, 6)} ${r.value.slice(6)}` : null;
  } catch {
    return null;
  }
}
