import { reasonOf } from "../support/problem.js";
/** The print and notification business rules beyond the schema, each with its own code. Data, not code: the checks look their text up here. */
export const businessRules = {
  PRINT_ADRESSELINJE1_REQUIRED: { severity: "error", doc: "adresselinje1 is always required, for the recipient and the return address.", source: "reference-implementation.md §6; efm-integrasjonspunkt#1187" },
  PRINT_POSTNUMMER_REQUIRED: { severity: "error", doc: "A Norwegian address (land empty, Norge or Norway) needs postnummer.", source: "reference-implementation.md §6" },
  PRINT_POSTNUMMER_FORMAT: { severity: "error", doc: "postnummer is four digits.", source: "utskrift schema adresseInformasjon; reference-implementation.md §6" },
  PRINT_POSTSTED_REQUIRED: { severity: "error", doc: "A Norwegian address needs poststed.", source: "reference-implementation.md §6" },
  PRINT_LAND_OR_LANDKODE_REQUIRED: { severity: "error", doc: "A foreign address needs land or landkode; an address with neither and no postnummer/poststed is neither Norwegian nor foreign.", source: "utskrift schema oneOf; dpi-spec.md §3.2" },
  PRINT_FOLDED_LINE_TOO_LONG: { severity: "warning", doc: "Folding postnummer and poststed into an address line made it longer than 100 characters.", source: "utskrift schema adresselinje maxLength 100" },
  PRINT_RETURPOST_REQUIRES_MAKULERING: { severity: "error", doc: "A returpostkvittering only follows a letter with returposthaandtering MAKULERING_MED_MELDING.", source: "dpi-spec.md §3.2, §3.4" },
  NOTIFY_SMS_TOO_LONG: { severity: "error", doc: "An SMS notification text is at most 160 characters.", source: "commons smsvarsel varslingstekst maxLength 160" },
  NOTIFY_REPETISJONER_RANGE: { severity: "error", doc: "Notification days are whole numbers 0–25 (days after virkningsdato; 0 = the same day).", source: "commons repetisjoner; dpi-spec.md §3.9" },
  NOTIFY_REPETISJONER_UNIQUE: { severity: "error", doc: "Notification days must be unique (the schema says so in words, without uniqueItems).", source: "commons repetisjoner description; dpi-spec.md §1.2" },
  NOTIFY_REPETISJONER_TOO_MANY: { severity: "error", doc: "At most 10 notification days.", source: "commons repetisjoner maxItems 10" },
  NOTIFY_LINK: { severity: "warning", doc: "Avoid links (URLs) in SMS and e-mail notification texts.", source: "varsling.md; dpi-spec.md §3.9" },
} as const;

/** The code of a print or notification business rule. */
export type BusinessRuleCode = keyof typeof businessRules;

/** One broken business rule, naming the field. */
export interface RuleIssue {
  readonly code: BusinessRuleCode | "invalid-input";
  readonly severity: "error" | "warning";
  /** JSON pointer into the input. */
  readonly pointer: string;
  readonly message: string;
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
