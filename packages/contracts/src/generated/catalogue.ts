// generated — do not edit.
// Source: schemas/catalogue.json, schemas/strict-rules.json, schemas/dpi/digital.schema.json, schemas/dpi/flyttet.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import type { CatalogueEntry, MessageKind, StrictRuleInfo } from "../catalogue-types.js";
import type { Digital, Flyttet } from "./types.js";

export type { CatalogueEntry, MessageKind, MessageSender, Severity, StrictRuleInfo } from "../catalogue-types.js";

/** The 9 DPI message types, named by their payload key. */
export type DpiType =
  | "digital"
  | "utskrift"
  | "flyttet"
  | "feil"
  | "leveringskvittering"
  | "aapningskvittering"
  | "varslingfeiletkvittering"
  | "mottakskvittering"
  | "returpostkvittering";

/** Every DPI message type, in catalogue order. */
export const dpiTypes: readonly DpiType[] = [
  "digital",
  "utskrift",
  "flyttet",
  "feil",
  "leveringskvittering",
  "aapningskvittering",
  "varslingfeiletkvittering",
  "mottakskvittering",
  "returpostkvittering",
];

/** The message catalogue: each type's payload key, standard URN, process URN and schema. */
export const catalogue: Readonly<Record<DpiType, CatalogueEntry>> = {
  digital: {
    type: "digital",
    payloadKey: "digital",
    typeName: "Digital",
    kind: "letter",
    sentBy: "agency",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0",
    process: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/digital.schema.json",
    schemaFile: "dpi/digital.schema.json",
    description: "Letter to a citizen's digital mailbox",
  },
  utskrift: {
    type: "utskrift",
    payloadKey: "utskrift",
    typeName: "Utskrift",
    kind: "letter",
    sentBy: "agency",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:utskrift::1.0",
    process: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json",
    schemaFile: "dpi/utskrift.schema.json",
    description: "Letter to be printed and posted",
  },
  flyttet: {
    type: "flyttet",
    payloadKey: "flyttet",
    typeName: "Flyttet",
    kind: "letter",
    sentBy: "mailbox-provider",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:flyttet::1.0",
    process: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json",
    schemaFile: "dpi/flyttet.schema.json",
    description: "Letter moved between mailbox providers",
  },
  feil: {
    type: "feil",
    payloadKey: "feil",
    typeName: "Feil",
    kind: "error",
    sentBy: "mailbox-provider-or-print-service",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:feil::1.0",
    process: null,
    processes: [
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
    ],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/feil.schema.json",
    schemaFile: "dpi/feil.schema.json",
    description: "Error about a letter, with KLIENT/SERVER blame",
  },
  leveringskvittering: {
    type: "leveringskvittering",
    payloadKey: "leveringskvittering",
    typeName: "Leveringskvittering",
    kind: "receipt",
    sentBy: "mailbox-provider-or-print-service",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:leveringskvittering::1.0",
    process: null,
    processes: [
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
      "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
    ],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json",
    schemaFile: "dpi/leveringskvittering.schema.json",
    description: "Delivery receipt: available in the mailbox, or ready for posting",
  },
  aapningskvittering: {
    type: "aapningskvittering",
    payloadKey: "aapningskvittering",
    typeName: "Aapningskvittering",
    kind: "receipt",
    sentBy: "mailbox-provider",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:aapningskvittering::1.0",
    process: null,
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json",
    schemaFile: "dpi/aapningskvittering.schema.json",
    description: "Opening receipt: the citizen opened the letter",
  },
  varslingfeiletkvittering: {
    type: "varslingfeiletkvittering",
    payloadKey: "varslingfeiletkvittering",
    typeName: "Varslingfeiletkvittering",
    kind: "receipt",
    sentBy: "mailbox-provider",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1.0",
    process: null,
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json",
    schemaFile: "dpi/varslingfeiletkvittering.schema.json",
    description: "Notification-failed receipt, one per channel and failure",
  },
  mottakskvittering: {
    type: "mottakskvittering",
    payloadKey: "mottakskvittering",
    typeName: "Mottakskvittering",
    kind: "receipt",
    sentBy: "print-service",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:mottakskvittering::1.0",
    process: null,
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json",
    schemaFile: "dpi/mottakskvittering.schema.json",
    description: "Reception receipt: the print service queued the letter",
  },
  returpostkvittering: {
    type: "returpostkvittering",
    payloadKey: "returpostkvittering",
    typeName: "Returpostkvittering",
    kind: "receipt",
    sentBy: "print-service",
    standard:
      "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:returpostkvittering::1.0",
    process: null,
    processes: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"],
    schemaId: "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json",
    schemaFile: "dpi/returpostkvittering.schema.json",
    description: "Returned-mail receipt: the printed letter came back and was shredded",
  },
};

/** The message types of each kind, in catalogue order. */
export const dpiTypesByKind = {
  letter: ["digital", "utskrift", "flyttet"],
  receipt: [
    "leveringskvittering",
    "aapningskvittering",
    "varslingfeiletkvittering",
    "mottakskvittering",
    "returpostkvittering",
  ],
  error: ["feil"],
} as const satisfies Readonly<Record<MessageKind, readonly DpiType[]>>;

/** A letter type: what an agency sends or a mailbox provider moves. */
export type LetterType = (typeof dpiTypesByKind.letter)[number];

/** A receipt type (kind receipt: not feil). */
export type ReceiptType = (typeof dpiTypesByKind.receipt)[number];

/** The receipt types (kind receipt), in catalogue order. */
export const receiptTypes = dpiTypesByKind.receipt;

/** What answers a letter: every receipt type and feil. */
export const answerTypes = [
  "leveringskvittering",
  "aapningskvittering",
  "varslingfeiletkvittering",
  "mottakskvittering",
  "returpostkvittering",
  "feil",
] as const satisfies readonly DpiType[];

/** The letters an agency sends: the ones that start a conversation and its status flow. */
export const agencyLetterTypes = ["digital", "utskrift"] as const satisfies readonly LetterType[];

/**
 * The DigitalMessage payload fields a FlyttetMessage carries over (the fields both payload schemas declare).
 * A field added to both schemas appears here on the next `npm run codegen`; the type below fails to compile if
 * the list misses one.
 */
export const flyttetCarriedFields = [
  "avsender",
  "mottaker",
  "maskinportentoken",
  "dokumentpakkefingeravtrykk",
  "sikkerhetsnivaa",
  "virkningsdato",
  "virkningstidspunkt",
  "aapningskvittering",
  "ikkesensitivtittel",
  "spraak",
  "varsler",
] as const satisfies readonly (keyof Digital & keyof Flyttet)[];

/** Compiles only while flyttetCarriedFields names every field the digital and flyttet payload types share. */
export type FlyttetCarriedFieldsComplete =
  Exclude<Extract<keyof Digital, keyof Flyttet>, (typeof flyttetCarriedFields)[number]> extends never ? true : never;

const flyttetCarriedFieldsComplete: FlyttetCarriedFieldsComplete = true;
void flyttetCarriedFieldsComplete;

/** The DPI process identifiers by name. */
export const processes = {
  digital: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
  utskrift: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
  flyttet: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
} as const;

/** headerVersion and typeVersion written on the DPI wire. */
export const headerVersion = "1.0";
export const typeVersion = "1.0";

/** The code of a strict overlay rule. */
export type StrictRuleCode =
  | "type-matches-payload"
  | "standard-matches-type"
  | "header-version"
  | "type-version"
  | "conversation-scope"
  | "conversation-process"
  | "letter-process"
  | "receipt-process"
  | "plain-uuid"
  | "expected-response-date-time"
  | "scope-type-known"
  | "partner-identifier"
  | "organisation-identifier-anchored"
  | "repetisjoner-unique"
  | "varsler-object"
  | "spraak-letters"
  | "virkning-one-of"
  | "mottaker-closed"
  | "digest-sha256"
  | "maskinportentoken-jwt";

/** The strict profile's overlay rules. */
export const strictRules: readonly StrictRuleInfo[] = [
  {
    code: "type-matches-payload",
    severity: "error",
    doc: "documentIdentification.type equals the payload key.",
    why: 'The type names the payload; legacy values such as "digitalpost" over a digital payload are refused by the reference implementation\'s schema lookup.',
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "standard-matches-type",
    severity: "error",
    doc: "documentIdentification.standard is the DPI document-type URN of this type (innbyggerpost or Innbyggerpost).",
    why: "Every implementation writes the canonical URN; postboxes write a capital I, which is accepted.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "header-version",
    severity: "error",
    doc: 'headerVersion is "1.0".',
    why: "The only version DPI defines; every implementation writes it.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "type-version",
    severity: "error",
    doc: 'documentIdentification.typeVersion is "1.0".',
    why: 'All nine DPI schemas are version 1.0; NextMove\'s "2.0" never belongs on the DPI wire.',
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "conversation-scope",
    severity: "error",
    doc: "businessScope has a ConversationId scope with an instanceIdentifier (the conversation id) and an identifier (the process).",
    why: "Receipts are matched to their letter by this scope alone; the docs make both fields 1..1 although the wire schema only requires type.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "conversation-process",
    severity: "error",
    doc: "The ConversationId scope's identifier is one of the three DPI process URNs.",
    why: "Only the digital, utskrift and flyttet processes exist on the DPI wire; NextMove processes (info, vedtak) never do.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "letter-process",
    severity: "error",
    doc: "A digital, utskrift or flyttet letter carries its own process.",
    why: "The sender chooses the process with the letter; the reference implementation derives it from the type.",
    appliesTo: ["digital", "utskrift", "flyttet"],
  },
  {
    code: "receipt-process",
    severity: "warning",
    doc: "A receipt or error carries a process in which the specification lists its type.",
    why: "Warning only: real postbox print receipts carry the digital process, since a receipt copies its conversation's process.",
    appliesTo: [
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "plain-uuid",
    severity: "error",
    doc: "Message and conversation ids are plain UUIDs, without a urn:uuid: prefix.",
    why: "The wire format check lets urn:uuid: through; the Java side (UUID.fromString) and the access point API do not.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    doc: "expectedResponseDateTime is an RFC 3339 date-time with an offset.",
    why: "It drives LEVETID_UTLOPT; the wire schema forgot its format, but every implementation writes a date-time.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "scope-type-known",
    severity: "warning",
    doc: "Scope types are ones eFormidling defines (ConversationId, SenderRef, ReceiverRef, JournalpostId, ParentId, MessageChannel).",
    why: "Warning only: other scopes do no harm on the DPI wire, but are probably typos.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "partner-identifier",
    severity: "warning",
    doc: "Header sender and receiver are iso6523-actorid-upis identifiers of the form 0192:<organisation number>.",
    why: "Warning only: the shared SBDH also allows person identifiers elsewhere in eFormidling, and the official templates carry placeholders.",
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    doc: "virksomhetsidentifikator.value is exactly ICD:identifier (^[0-9]{4}:\\w{1,35}$).",
    why: 'The pattern was copied from an XSD, where patterns are anchored; unanchored it lets "x0192:1 junk" through.',
    appliesTo: [
      "digital",
      "utskrift",
      "flyttet",
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "repetisjoner-unique",
    severity: "error",
    doc: "Notification days in repetisjoner are unique.",
    why: "The specification requires it (the old XSD enforced it); the JSON schema forgot uniqueItems.",
    appliesTo: ["digital", "flyttet"],
  },
  {
    code: "varsler-object",
    severity: "error",
    doc: "varsler is an object holding only epostvarsel and smsvarsel ({} is fine).",
    why: 'Upstream gives varsler no type, so "abc" or {"foo":1} pass the wire schema; mailboxes read only these two keys.',
    appliesTo: ["digital", "flyttet"],
  },
  {
    code: "spraak-letters",
    severity: "error",
    doc: 'spraak is two letters (ISO 639-1; either case, as real traffic sends "NO").',
    why: "Two letters is what ISO 639-1 means; upper case is real traffic from the reference implementation, so case is not checked.",
    appliesTo: ["digital", "flyttet"],
  },
  {
    code: "virkning-one-of",
    severity: "warning",
    doc: "Give virkningsdato or virkningstidspunkt, not both.",
    why: "Warning only: the old XML made them a choice, but the reference implementation's own messages carry both.",
    appliesTo: ["digital", "flyttet"],
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    doc: "A receipt's or error's mottaker holds only virksomhetsidentifikator and motakeridentifikator.",
    why: 'Warning only: the wire schema leaves it open, so a correctly spelt "mottakeridentifikator" is silently ignored.',
    appliesTo: [
      "feil",
      "leveringskvittering",
      "aapningskvittering",
      "varslingfeiletkvittering",
      "mottakskvittering",
      "returpostkvittering",
    ],
  },
  {
    code: "digest-sha256",
    severity: "warning",
    doc: "dokumentpakkefingeravtrykk is SHA-256 (http://www.w3.org/2001/04/xmlenc#sha256) in standard base64.",
    why: "Warning only: older official samples carry an empty digestMethod and a hex value.",
    appliesTo: ["digital", "utskrift", "flyttet"],
  },
  {
    code: "maskinportentoken-jwt",
    severity: "warning",
    doc: "maskinportentoken looks like a compact JWT: a base64url JSON header, a dot, a base64url JSON payload.",
    why: "Warning only: test messages carry dummy tokens, and the token's content is the access point's to check. Only the start is matched, so the check does not scan the whole ~1 KB token.",
    appliesTo: ["digital", "utskrift", "flyttet"],
  },
];
