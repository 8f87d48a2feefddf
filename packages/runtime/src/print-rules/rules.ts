import { copyJson } from "../support/json-value.js";
import { reasonOf, type Problem } from "../support/problem.js";
/**
 * The print and notification business rules beyond the schema, each with its own code. Data, not code: the checks look
 * their text up here.
 */
export const businessRules = {
  "print-adresselinje1-required": {
    severity: "error",
    doc: "adresselinje1 is always required, for the recipient and the return address.",
    source: "reference-implementation.md §6; efm-integrasjonspunkt#1187",
  },
  "print-postnummer-required": {
    severity: "error",
    doc: "A Norwegian address (land empty, Norge or Norway) needs postnummer.",
    source: "reference-implementation.md §6",
  },
  "print-postnummer-format": {
    severity: "error",
    doc: "postnummer is four digits.",
    source: "utskrift schema adresseInformasjon; reference-implementation.md §6",
  },
  "print-poststed-required": {
    severity: "error",
    doc: "A Norwegian address needs poststed.",
    source: "reference-implementation.md §6",
  },
  "print-land-or-landkode-required": {
    severity: "error",
    doc:
      "A foreign address needs land or landkode; an address with neither and no " +
      "postnummer/poststed is neither Norwegian nor foreign.",
    source: "utskrift schema oneOf; dpi-spec.md §3.2",
  },
  "print-folded-line-too-long": {
    severity: "warning",
    doc: "Folding postnummer and poststed into an address line made it longer than 100 characters.",
    source: "utskrift schema adresselinje maxLength 100",
  },
  "print-returpost-requires-makulering": {
    severity: "error",
    doc: "A returpostkvittering only follows a letter with returposthaandtering MAKULERING_MED_MELDING.",
    source: "dpi-spec.md §3.2, §3.4",
  },
  "notify-sms-too-long": {
    severity: "error",
    doc: "An SMS notification text is at most 160 characters.",
    source: "commons smsvarsel varslingstekst maxLength 160",
  },
  "notify-repetisjoner-range": {
    severity: "error",
    doc: "Notification days are whole numbers 0–25 (days after virkningsdato; 0 = the same day).",
    source: "commons repetisjoner; dpi-spec.md §3.9",
  },
  "notify-repetisjoner-unique": {
    severity: "error",
    doc: "Notification days must be unique (the schema says so in words, without uniqueItems).",
    source: "commons repetisjoner description; dpi-spec.md §1.2",
  },
  "notify-repetisjoner-too-many": {
    severity: "error",
    doc: "At most 10 notification days.",
    source: "commons repetisjoner maxItems 10",
  },
  "notify-link": {
    severity: "warning",
    doc: "Avoid links (URLs) in SMS and e-mail notification texts.",
    source: "varsling.md; dpi-spec.md §3.9",
  },
} as const;

/** The code of a print or notification business rule. */
export type BusinessRuleCode = keyof typeof businessRules;

/** One broken business rule, naming the field. */
export interface RuleIssue extends Problem<BusinessRuleCode | "invalid-input"> {
  readonly severity: "error" | "warning";
}

/** @internal The issue every rule check returns when reading its input threw (a throwing getter or proxy). */
export function unreadableRule(e: unknown, pointer = ""): RuleIssue {
  return { code: "invalid-input", severity: "error", pointer, message: `could not read the input: ${reasonOf(e)}` };
}

/** @internal */
export function issue(code: BusinessRuleCode, pointer: string, detail?: string): RuleIssue {
  const r = businessRules[code];
  return { code, severity: r.severity, pointer, message: detail ? `${r.doc} ${detail}` : r.doc };
}

/**
 * @internal The caller's value copied once (each field read once, as copyJson reads it), so that a rule may read
 * the copy as often as it likes; a value JSON cannot carry is an `invalid-input` issue at its pointer.
 */
export function owned(value: unknown, pointer = ""): { ok: true; value: unknown } | { ok: false; issue: RuleIssue } {
  const copied = copyJson(value, pointer);
  if (copied.ok) return copied;
  const e = copied.errors[0]!;
  return { ok: false, issue: { code: "invalid-input", severity: "error", pointer: e.pointer, message: e.message } };
}
