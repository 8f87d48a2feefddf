// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// TypeBox schemas for every titled schema. Check with typebox/compile or typebox/value; put on Fastify routes.
import { Type, type Static } from "typebox";

/** Correlation information for a scope. Source: common/sbdh.schema.json#/definitions/scopeInformation. */
export const ScopeInformation = Type.Object(
  {
    expectedResponseDateTime: Type.Optional(
      Type.String({
        description: "When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it).",
      }),
    ),
  },
  { description: "Correlation information for a scope.", additionalProperties: false },
);
/** Correlation information for a scope. Source: common/sbdh.schema.json#/definitions/scopeInformation. */
export type ScopeInformation = Static<typeof ScopeInformation>;

/** One scope. For DPI: type ConversationId, the conversation id and the DPI process identifier. Source: common/sbdh.schema.json#/definitions/scope. */
export const Scope = Type.Object(
  {
    type: Type.String({
      description: 'Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and others).',
    }),
    instanceIdentifier: Type.Optional(
      Type.String({
        description:
          "The conversation id: created by the sender, reused by every receipt and error in the conversation.",
        format: "uuid",
      }),
    ),
    identifier: Type.Optional(Type.String({ description: "The process identifier (a DPI process URN)." })),
    scopeInformation: Type.Optional(Type.Array(ScopeInformation)),
  },
  {
    description: "One scope. For DPI: type ConversationId, the conversation id and the DPI process identifier.",
    additionalProperties: false,
  },
);
/** One scope. For DPI: type ConversationId, the conversation id and the DPI process identifier. Source: common/sbdh.schema.json#/definitions/scope. */
export type Scope = Static<typeof Scope>;

/** The scopes the document belongs to; DPI uses one scope of type ConversationId. Source: common/sbdh.schema.json#/definitions/businessScope. */
export const BusinessScope = Type.Object(
  {
    scope: Type.Array(Scope),
  },
  {
    description: "The scopes the document belongs to; DPI uses one scope of type ConversationId.",
    additionalProperties: false,
  },
);
/** The scopes the document belongs to; DPI uses one scope of type ConversationId. Source: common/sbdh.schema.json#/definitions/businessScope. */
export type BusinessScope = Static<typeof BusinessScope>;

/** What the document is: its standard, type, version, id and creation time. Source: common/sbdh.schema.json#/definitions/documentIdentification. */
export const DocumentIdentification = Type.Object(
  {
    standard: Type.String({
      description:
        "The document-type URN, e.g. urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.",
    }),
    typeVersion: Type.String({ description: '"1.0" in DPI.' }),
    instanceIdentifier: Type.String({
      description: "The message id: unique per message, created by the sender of that message.",
      format: "uuid",
    }),
    type: Type.String({ description: "The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...)." }),
    creationDateAndTime: Type.String({
      description: "When the document was created, with a time zone offset.",
      format: "date-time",
    }),
  },
  {
    description: "What the document is: its standard, type, version, id and creation time.",
    additionalProperties: false,
  },
);
/** What the document is: its standard, type, version, id and creation time. Source: common/sbdh.schema.json#/definitions/documentIdentification. */
export type DocumentIdentification = Static<typeof DocumentIdentification>;

/** Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number> for organisations. Source: common/sbdh.schema.json#/definitions/identifier. */
export const PartnerIdentification = Type.Object(
  {
    authority: Type.String({ description: 'The identifier scheme, "iso6523-actorid-upis" for organisation numbers.' }),
    value: Type.String({ description: 'The identifier, "0192:<organisation number>" for Norwegian organisations.' }),
  },
  {
    description:
      "Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number> for organisations.",
    additionalProperties: false,
  },
);
/** Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number> for organisations. Source: common/sbdh.schema.json#/definitions/identifier. */
export type PartnerIdentification = Static<typeof PartnerIdentification>;

/** A sender or receiver in the header. Source: common/sbdh.schema.json#/definitions/actor. */
export const Partner = Type.Object(
  {
    identifier: PartnerIdentification,
  },
  { description: "A sender or receiver in the header.", additionalProperties: false },
);
/** A sender or receiver in the header. Source: common/sbdh.schema.json#/definitions/actor. */
export type Partner = Static<typeof Partner>;

/** Routing and identification of one business document: who sends, who receives, what it is and which conversation it belongs to. Source: common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader. */
export const StandardBusinessDocumentHeader = Type.Object(
  {
    headerVersion: Type.String({ description: 'Always "1.0" in DPI.' }),
    sender: Type.Unsafe<[Static<typeof Partner>, ...Static<typeof Partner>[]]>(
      Type.Array(Partner, {
        description: "The technical sender, who signs the message and receives every receipt.",
        minItems: 1,
        maxItems: 1,
      }),
    ),
    receiver: Type.Unsafe<[Static<typeof Partner>, ...Static<typeof Partner>[]]>(
      Type.Array(Partner, {
        description:
          "The technical receiver: a mailbox provider, the print service, or (for receipts) the original sender.",
        minItems: 1,
        maxItems: 1,
      }),
    ),
    documentIdentification: DocumentIdentification,
    businessScope: BusinessScope,
  },
  {
    description:
      "Routing and identification of one business document: who sends, who receives, what it is and which conversation it belongs to.",
    additionalProperties: false,
  },
);
/** Routing and identification of one business document: who sends, who receives, what it is and which conversation it belongs to. Source: common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader. */
export type StandardBusinessDocumentHeader = Static<typeof StandardBusinessDocumentHeader>;

/** A sub-unit of the sending organisation, agreed with the mailbox providers (e.g. "991825827:avsenderid"). Source: dpi/commons.schema.json#/definitions/avsenderidentifikator. */
export const Avsenderidentifikator = Type.String({
  description:
    'A sub-unit of the sending organisation, agreed with the mailbox providers (e.g. "991825827:avsenderid").',
  maxLength: 100,
});
/** A sub-unit of the sending organisation, agreed with the mailbox providers (e.g. "991825827:avsenderid"). Source: dpi/commons.schema.json#/definitions/avsenderidentifikator. */
export type Avsenderidentifikator = Static<typeof Avsenderidentifikator>;

/** An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation number>"). Source: dpi/commons.schema.json#/definitions/virksomhetsidentifikator. */
export const Virksomhetsidentifikator = Type.Object(
  {
    authority: Type.Enum(["iso6523-actorid-upis"], { type: "string" }),
    value: Type.String({
      description: "The wire pattern is unanchored, as upstream; the strict profile anchors it.",
      pattern: "[0-9]{4}:\\w{1,35}",
    }),
  },
  {
    description: 'An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation number>").',
    additionalProperties: false,
  },
);
/** An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation number>"). Source: dpi/commons.schema.json#/definitions/virksomhetsidentifikator. */
export type Virksomhetsidentifikator = Static<typeof Virksomhetsidentifikator>;

/** The organisation responsible for the letter (behandlingsansvarlig); in receipts, the party issuing the receipt. Source: dpi/commons.schema.json#/definitions/avsender. */
export const Avsender = Type.Object(
  {
    virksomhetsidentifikator: Virksomhetsidentifikator,
    avsenderidentifikator: Type.Optional(Avsenderidentifikator),
    fakturaReferanse: Type.Optional(Type.String({ description: "The sender's invoice reference.", maxLength: 40 })),
  },
  {
    description:
      "The organisation responsible for the letter (behandlingsansvarlig); in receipts, the party issuing the receipt.",
    additionalProperties: false,
  },
);
/** The organisation responsible for the letter (behandlingsansvarlig); in receipts, the party issuing the receipt. Source: dpi/commons.schema.json#/definitions/avsender. */
export type Avsender = Static<typeof Avsender>;

/** A point in time with a time zone offset (RFC 3339). Source: dpi/commons.schema.json#/definitions/tidspunkt. */
export const Tidspunkt = Type.String({
  description: "A point in time with a time zone offset (RFC 3339).",
  format: "date-time",
});
/** A point in time with a time zone offset (RFC 3339). Source: dpi/commons.schema.json#/definitions/tidspunkt. */
export type Tidspunkt = Static<typeof Tidspunkt>;

/** A sub-unit of the receiving organisation (the original avsenderidentifikator). The single-t spelling is the wire name. Source: dpi/commons.schema.json#/definitions/motakeridentifikator. */
export const Motakeridentifikator = Type.String({
  description:
    "A sub-unit of the receiving organisation (the original avsenderidentifikator). The single-t spelling is the wire name.",
  maxLength: 100,
});
/** A sub-unit of the receiving organisation (the original avsenderidentifikator). The single-t spelling is the wire name. Source: dpi/commons.schema.json#/definitions/motakeridentifikator. */
export type Motakeridentifikator = Static<typeof Motakeridentifikator>;

/** An organisation receiving a receipt or error: the original sender. The wire schema leaves this object open. Source: dpi/commons.schema.json#/definitions/virksomhetmottaker. */
export const Virksomhetmottaker = Type.Unsafe<{
  virksomhetsidentifikator: Static<typeof Virksomhetsidentifikator>;
  motakeridentifikator?: Static<typeof Motakeridentifikator>;
  [k: string]: unknown;
}>(
  Type.Object(
    {
      virksomhetsidentifikator: Virksomhetsidentifikator,
      motakeridentifikator: Type.Optional(Motakeridentifikator),
    },
    {
      description:
        "An organisation receiving a receipt or error: the original sender. The wire schema leaves this object open.",
    },
  ),
);
/** An organisation receiving a receipt or error: the original sender. The wire schema leaves this object open. Source: dpi/commons.schema.json#/definitions/virksomhetmottaker. */
export type Virksomhetmottaker = Static<typeof Virksomhetmottaker>;

/** A receipt: who issues it, whom it is for, and when. Source: dpi/commons.schema.json#/definitions/kvittering. */
export const Kvittering = Type.Object(
  {
    avsender: Avsender,
    mottaker: Virksomhetmottaker,
    tidspunkt: Tidspunkt,
  },
  { description: "A receipt: who issues it, whom it is for, and when.", additionalProperties: false },
);
/** A receipt: who issues it, whom it is for, and when. Source: dpi/commons.schema.json#/definitions/kvittering. */
export type Kvittering = Static<typeof Kvittering>;

/** AapningskvitteringDocument (dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument. */
export const AapningskvitteringDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    aapningskvittering: Kvittering,
  },
  { additionalProperties: false },
);
/** AapningskvitteringDocument (dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument. */
export type AapningskvitteringDocument = Static<typeof AapningskvitteringDocument>;

/** Opening receipt: the citizen opened the letter (only when the sender asked for one). Source: dpi/aapningskvittering.schema.json. */
export const AapningskvitteringMessage = Type.Object(
  {
    standardBusinessDocument: AapningskvitteringDocument,
  },
  {
    description: "Opening receipt: the citizen opened the letter (only when the sender asked for one).",
    additionalProperties: false,
  },
);
/** Opening receipt: the citizen opened the letter (only when the sender asked for one). Source: dpi/aapningskvittering.schema.json. */
export type AapningskvitteringMessage = Static<typeof AapningskvitteringMessage>;

/** The citizen's address at their mailbox provider, as the contact register returns it (opaque). Source: dpi/commons.schema.json#/definitions/postkasseadresse. */
export const Postkasseadresse = Type.String({
  description: "The citizen's address at their mailbox provider, as the contact register returns it (opaque).",
});
/** The citizen's address at their mailbox provider, as the contact register returns it (opaque). Source: dpi/commons.schema.json#/definitions/postkasseadresse. */
export type Postkasseadresse = Static<typeof Postkasseadresse>;

/** The citizen receiving a digital letter, by mailbox address. Source: dpi/commons.schema.json#/definitions/personmottaker. */
export const Personmottaker = Type.Object(
  {
    postkasseadresse: Postkasseadresse,
  },
  { description: "The citizen receiving a digital letter, by mailbox address.", additionalProperties: false },
);
/** The citizen receiving a digital letter, by mailbox address. Source: dpi/commons.schema.json#/definitions/personmottaker. */
export type Personmottaker = Static<typeof Personmottaker>;

/** The Maskinporten access token (compact JWT) the sender used as Bearer towards its access point. Source: dpi/commons.schema.json#/definitions/maskinportentoken. */
export const Maskinportentoken = Type.String({
  description: "The Maskinporten access token (compact JWT) the sender used as Bearer towards its access point.",
});
/** The Maskinporten access token (compact JWT) the sender used as Bearer towards its access point. Source: dpi/commons.schema.json#/definitions/maskinportentoken. */
export type Maskinportentoken = Static<typeof Maskinportentoken>;

/** Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64). Source: dpi/commons.schema.json#/definitions/dokumentpakkefingeravtrykk. */
export const Dokumentpakkefingeravtrykk = Type.Object(
  {
    digestMethod: Type.String({ description: "The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256." }),
    digestValue: Type.String({ description: "Standard base64 of the digest." }),
  },
  {
    description: "Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64).",
    additionalProperties: false,
  },
);
/** Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64). Source: dpi/commons.schema.json#/definitions/dokumentpakkefingeravtrykk. */
export type Dokumentpakkefingeravtrykk = Static<typeof Dokumentpakkefingeravtrykk>;

/** The authentication level the citizen needs to open the letter. Source: dpi/commons.schema.json#/definitions/sikkerhetsnivaa. */
export const Sikkerhetsnivaa = Type.Enum([3, 4], {
  description: "The authentication level the citizen needs to open the letter.",
  type: "integer",
});
/** The authentication level the citizen needs to open the letter. Source: dpi/commons.schema.json#/definitions/sikkerhetsnivaa. */
export type Sikkerhetsnivaa = Static<typeof Sikkerhetsnivaa>;

/** The date the letter becomes visible to the citizen (a date only; it appears during that night). Source: dpi/commons.schema.json#/definitions/virkningsdato. */
export const Virkningsdato = Type.String({
  description: "The date the letter becomes visible to the citizen (a date only; it appears during that night).",
  format: "date",
});
/** The date the letter becomes visible to the citizen (a date only; it appears during that night). Source: dpi/commons.schema.json#/definitions/virkningsdato. */
export type Virkningsdato = Static<typeof Virkningsdato>;

/** The time the letter becomes visible to the citizen, with a time zone offset. Source: dpi/commons.schema.json#/definitions/virkningstidspunkt. */
export const Virkningstidspunkt = Type.String({
  description: "The time the letter becomes visible to the citizen, with a time zone offset.",
  format: "date-time",
});
/** The time the letter becomes visible to the citizen, with a time zone offset. Source: dpi/commons.schema.json#/definitions/virkningstidspunkt. */
export type Virkningstidspunkt = Static<typeof Virkningstidspunkt>;

/** Whether the sender wants an opening receipt (the citizen must consent before reading). Source: dpi/commons.schema.json#/definitions/aapningskvittering. */
export const AapningskvitteringRequested = Type.Boolean({
  description: "Whether the sender wants an opening receipt (the citizen must consent before reading).",
});
/** Whether the sender wants an opening receipt (the citizen must consent before reading). Source: dpi/commons.schema.json#/definitions/aapningskvittering. */
export type AapningskvitteringRequested = Static<typeof AapningskvitteringRequested>;

/** Days after virkningsdato on which to notify (0 = the same day). Meant to be unique; the strict profile checks it. Source: dpi/commons.schema.json#/definitions/repetisjoner. */
export const Repetisjoner = Type.Unsafe<[number, ...number[]]>(
  Type.Array(Type.Integer({ minimum: 0, maximum: 25 }), {
    description:
      "Days after virkningsdato on which to notify (0 = the same day). Meant to be unique; the strict profile checks it.",
    minItems: 1,
    maxItems: 10,
  }),
);
/** Days after virkningsdato on which to notify (0 = the same day). Meant to be unique; the strict profile checks it. Source: dpi/commons.schema.json#/definitions/repetisjoner. */
export type Repetisjoner = Static<typeof Repetisjoner>;

/** An e-mail notification. Source: dpi/commons.schema.json#/definitions/epostvarsel. */
export const Epostvarsel = Type.Object(
  {
    epostadresse: Type.String({ format: "email" }),
    varslingstekst: Type.String({ minLength: 1, maxLength: 500 }),
    repetisjoner: Repetisjoner,
  },
  { description: "An e-mail notification.", additionalProperties: false },
);
/** An e-mail notification. Source: dpi/commons.schema.json#/definitions/epostvarsel. */
export type Epostvarsel = Static<typeof Epostvarsel>;

/** An SMS notification. Source: dpi/commons.schema.json#/definitions/smsvarsel. */
export const Smsvarsel = Type.Object(
  {
    mobiltelefonnummer: Type.String({ minLength: 8, maxLength: 20, pattern: "^\\+?[- _0-9]+$" }),
    varslingstekst: Type.String({ minLength: 1, maxLength: 160 }),
    repetisjoner: Repetisjoner,
  },
  { description: "An SMS notification.", additionalProperties: false },
);
/** An SMS notification. Source: dpi/commons.schema.json#/definitions/smsvarsel. */
export type Smsvarsel = Static<typeof Smsvarsel>;

/** Notifications the mailbox sends the citizen. Upstream gives this no type; the strict profile requires an object. Source: dpi/commons.schema.json#/definitions/varsler. */
export const Varsler = Type.Unsafe<{
  epostvarsel?: Static<typeof Epostvarsel>;
  smsvarsel?: Static<typeof Smsvarsel>;
  [k: string]: unknown;
}>({
  description:
    "Notifications the mailbox sends the citizen. Upstream gives this no type; the strict profile requires an object.",
  properties: { epostvarsel: Epostvarsel, smsvarsel: Smsvarsel },
});
/** Notifications the mailbox sends the citizen. Upstream gives this no type; the strict profile requires an object. Source: dpi/commons.schema.json#/definitions/varsler. */
export type Varsler = Static<typeof Varsler>;

/** A title without sensitive content, shown in the mailbox and in notifications. Source: dpi/commons.schema.json#/definitions/ikkesensitivtittel. */
export const Ikkesensitivtittel = Type.String({
  description: "A title without sensitive content, shown in the mailbox and in notifications.",
  minLength: 1,
  maxLength: 255,
});
/** A title without sensitive content, shown in the mailbox and in notifications. Source: dpi/commons.schema.json#/definitions/ikkesensitivtittel. */
export type Ikkesensitivtittel = Static<typeof Ikkesensitivtittel>;

/** The letter's language, an ISO 639-1 code such as "no". Source: dpi/commons.schema.json#/definitions/spraak. */
export const Spraak = Type.String({
  description: 'The letter\'s language, an ISO 639-1 code such as "no".',
  minLength: 2,
  maxLength: 2,
});
/** The letter's language, an ISO 639-1 code such as "no". Source: dpi/commons.schema.json#/definitions/spraak. */
export type Spraak = Static<typeof Spraak>;

/** The digital letter: sender, recipient mailbox, package digest, authorisation and presentation. Source: dpi/digital.schema.json#/definitions/digital. */
export const Digital = Type.Object(
  {
    avsender: Avsender,
    mottaker: Personmottaker,
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,
    maskinportentoken: Maskinportentoken,
    sikkerhetsnivaa: Sikkerhetsnivaa,
    virkningsdato: Type.Optional(Virkningsdato),
    virkningstidspunkt: Type.Optional(Virkningstidspunkt),
    aapningskvittering: Type.Optional(AapningskvitteringRequested),
    ikkesensitivtittel: Ikkesensitivtittel,
    spraak: Spraak,
    varsler: Type.Optional(Varsler),
  },
  {
    description: "The digital letter: sender, recipient mailbox, package digest, authorisation and presentation.",
    additionalProperties: false,
  },
);
/** The digital letter: sender, recipient mailbox, package digest, authorisation and presentation. Source: dpi/digital.schema.json#/definitions/digital. */
export type Digital = Static<typeof Digital>;

/** DigitalDocument (dpi/digital.schema.json#/definitions/standardBusinessDocument). Source: dpi/digital.schema.json#/definitions/standardBusinessDocument. */
export const DigitalDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    digital: Digital,
  },
  { additionalProperties: false },
);
/** DigitalDocument (dpi/digital.schema.json#/definitions/standardBusinessDocument). Source: dpi/digital.schema.json#/definitions/standardBusinessDocument. */
export type DigitalDocument = Static<typeof DigitalDocument>;

/** A letter to a citizen's digital mailbox (Digipost, e-Boks). Source: dpi/digital.schema.json. */
export const DigitalMessage = Type.Object(
  {
    standardBusinessDocument: DigitalDocument,
  },
  { description: "A letter to a citizen's digital mailbox (Digipost, e-Boks).", additionalProperties: false },
);
/** A letter to a citizen's digital mailbox (Digipost, e-Boks). Source: dpi/digital.schema.json. */
export type DigitalMessage = Static<typeof DigitalMessage>;

/** The error: who reports it, for whom, when, whose fault, and details. Source: dpi/feil.schema.json#/definitions/feil. */
export const Feil = Type.Object(
  {
    avsender: Avsender,
    mottaker: Virksomhetmottaker,
    tidspunkt: Tidspunkt,
    feiltype: Type.Enum(["KLIENT", "SERVER"], {
      description:
        "KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the infrastructure or at the provider.",
      type: "string",
    }),
    detaljer: Type.Optional(Type.String({ description: "Details of the error." })),
  },
  { description: "The error: who reports it, for whom, when, whose fault, and details.", additionalProperties: false },
);
/** The error: who reports it, for whom, when, whose fault, and details. Source: dpi/feil.schema.json#/definitions/feil. */
export type Feil = Static<typeof Feil>;

/** FeilDocument (dpi/feil.schema.json#/definitions/standardBusinessDocument). Source: dpi/feil.schema.json#/definitions/standardBusinessDocument. */
export const FeilDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    feil: Feil,
  },
  { additionalProperties: false },
);
/** FeilDocument (dpi/feil.schema.json#/definitions/standardBusinessDocument). Source: dpi/feil.schema.json#/definitions/standardBusinessDocument. */
export type FeilDocument = Static<typeof FeilDocument>;

/** Error from a mailbox or the print service about a letter that cannot be handled. Source: dpi/feil.schema.json. */
export const FeilMessage = Type.Object(
  {
    standardBusinessDocument: FeilDocument,
  },
  {
    description: "Error from a mailbox or the print service about a letter that cannot be handled.",
    additionalProperties: false,
  },
);
/** Error from a mailbox or the print service about a letter that cannot be handled. Source: dpi/feil.schema.json. */
export type FeilMessage = Static<typeof FeilMessage>;

/** The moved letter: the original letter's fields plus when it was received and whether it was opened. Source: dpi/flyttet.schema.json#/definitions/flyttet. */
export const Flyttet = Type.Object(
  {
    avsender: Avsender,
    mottaker: Personmottaker,
    maskinportentoken: Maskinportentoken,
    tidspunkt: Tidspunkt,
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,
    mottakstidspunkt: Type.String({
      description: "The date the first mailbox received the letter (a date, despite the name).",
      format: "date",
    }),
    aapnet: Type.Optional(Type.Boolean({ description: "Whether the citizen had already opened the letter." })),
    sikkerhetsnivaa: Sikkerhetsnivaa,
    virkningsdato: Type.Optional(Virkningsdato),
    virkningstidspunkt: Type.Optional(Virkningstidspunkt),
    aapningskvittering: Type.Optional(AapningskvitteringRequested),
    ikkesensitivtittel: Ikkesensitivtittel,
    spraak: Spraak,
    varsler: Type.Optional(Varsler),
  },
  {
    description: "The moved letter: the original letter's fields plus when it was received and whether it was opened.",
    additionalProperties: false,
  },
);
/** The moved letter: the original letter's fields plus when it was received and whether it was opened. Source: dpi/flyttet.schema.json#/definitions/flyttet. */
export type Flyttet = Static<typeof Flyttet>;

/** FlyttetDocument (dpi/flyttet.schema.json#/definitions/standardBusinessDocument). Source: dpi/flyttet.schema.json#/definitions/standardBusinessDocument. */
export const FlyttetDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    flyttet: Flyttet,
  },
  { additionalProperties: false },
);
/** FlyttetDocument (dpi/flyttet.schema.json#/definitions/standardBusinessDocument). Source: dpi/flyttet.schema.json#/definitions/standardBusinessDocument. */
export type FlyttetDocument = Static<typeof FlyttetDocument>;

/** A digital letter moved from one mailbox provider to another when the citizen changes provider (provider to provider only). Source: dpi/flyttet.schema.json. */
export const FlyttetMessage = Type.Object(
  {
    standardBusinessDocument: FlyttetDocument,
  },
  {
    description:
      "A digital letter moved from one mailbox provider to another when the citizen changes provider (provider to provider only).",
    additionalProperties: false,
  },
);
/** A digital letter moved from one mailbox provider to another when the citizen changes provider (provider to provider only). Source: dpi/flyttet.schema.json. */
export type FlyttetMessage = Static<typeof FlyttetMessage>;

/** LeveringskvitteringDocument (dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument. */
export const LeveringskvitteringDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    leveringskvittering: Kvittering,
  },
  { additionalProperties: false },
);
/** LeveringskvitteringDocument (dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument. */
export type LeveringskvitteringDocument = Static<typeof LeveringskvitteringDocument>;

/** Delivery receipt: the mailbox has made the letter available, or the print service has it ready for posting. Source: dpi/leveringskvittering.schema.json. */
export const LeveringskvitteringMessage = Type.Object(
  {
    standardBusinessDocument: LeveringskvitteringDocument,
  },
  {
    description:
      "Delivery receipt: the mailbox has made the letter available, or the print service has it ready for posting.",
    additionalProperties: false,
  },
);
/** Delivery receipt: the mailbox has made the letter available, or the print service has it ready for posting. Source: dpi/leveringskvittering.schema.json. */
export type LeveringskvitteringMessage = Static<typeof LeveringskvitteringMessage>;

/** MottakskvitteringDocument (dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument. */
export const MottakskvitteringDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    mottakskvittering: Kvittering,
  },
  { additionalProperties: false },
);
/** MottakskvitteringDocument (dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument. */
export type MottakskvitteringDocument = Static<typeof MottakskvitteringDocument>;

/** Reception receipt: the print service received and validated the letter and queued it for printing. Source: dpi/mottakskvittering.schema.json. */
export const MottakskvitteringMessage = Type.Object(
  {
    standardBusinessDocument: MottakskvitteringDocument,
  },
  {
    description: "Reception receipt: the print service received and validated the letter and queued it for printing.",
    additionalProperties: false,
  },
);
/** Reception receipt: the print service received and validated the letter and queued it for printing. Source: dpi/mottakskvittering.schema.json. */
export type MottakskvitteringMessage = Static<typeof MottakskvitteringMessage>;

/** ReturpostkvitteringDocument (dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument. */
export const ReturpostkvitteringDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    returpostkvittering: Kvittering,
  },
  { additionalProperties: false },
);
/** ReturpostkvitteringDocument (dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument. */
export type ReturpostkvitteringDocument = Static<typeof ReturpostkvitteringDocument>;

/** Returned-mail receipt: the printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING). Source: dpi/returpostkvittering.schema.json. */
export const ReturpostkvitteringMessage = Type.Object(
  {
    standardBusinessDocument: ReturpostkvitteringDocument,
  },
  {
    description:
      "Returned-mail receipt: the printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING).",
    additionalProperties: false,
  },
);
/** Returned-mail receipt: the printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING). Source: dpi/returpostkvittering.schema.json. */
export type ReturpostkvitteringMessage = Static<typeof ReturpostkvitteringMessage>;

/** A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The oneOf is kept exactly as upstream, so a Norwegian address that also names a land is refused. Source: dpi/utskrift.schema.json#/definitions/adresseInformasjon. */
export const AdresseInformasjon = Type.Unsafe<
  | {
      navn: string;
      adresselinje1: string;
      adresselinje2?: string;
      adresselinje3?: string;
      adresselinje4?: string;
      postnummer: string;
      poststed: string;
      land?: string;
      landkode?: string;
    }
  | {
      navn: string;
      adresselinje1: string;
      adresselinje2?: string;
      adresselinje3?: string;
      adresselinje4?: string;
      postnummer?: string;
      poststed?: string;
      land: string;
      landkode?: string;
    }
  | {
      navn: string;
      adresselinje1: string;
      adresselinje2?: string;
      adresselinje3?: string;
      adresselinje4?: string;
      postnummer?: string;
      poststed?: string;
      land?: string;
      landkode: string;
    }
>({
  description:
    "A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The oneOf is kept exactly as upstream, so a Norwegian address that also names a land is refused.",
  type: "object",
  additionalProperties: false,
  properties: {
    navn: { type: "string" },
    adresselinje1: { type: "string", maxLength: 100 },
    adresselinje2: { type: "string", maxLength: 100 },
    adresselinje3: { type: "string", maxLength: 100 },
    adresselinje4: { type: "string", maxLength: 100 },
    postnummer: { type: "string", pattern: "^\\d{4}$" },
    poststed: { type: "string", maxLength: 80 },
    land: { type: "string", maxLength: 80 },
    landkode: { type: "string", pattern: "^[a-zA-Z]{2}$", description: "ISO 3166-1 alpha-2 country code." },
  },
  oneOf: [
    { required: ["navn", "adresselinje1", "postnummer", "poststed"] },
    { oneOf: [{ required: ["navn", "adresselinje1", "land"] }, { required: ["navn", "adresselinje1", "landkode"] }] },
  ],
});
/** A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The oneOf is kept exactly as upstream, so a Norwegian address that also names a land is refused. Source: dpi/utskrift.schema.json#/definitions/adresseInformasjon. */
export type AdresseInformasjon = Static<typeof AdresseInformasjon>;

/** A = A-prioritert, B = B-økonomi. Source: dpi/utskrift.schema.json#/definitions/posttype. */
export const Posttype = Type.Enum(["A", "B"], { description: "A = A-prioritert, B = B-økonomi.", type: "string" });
/** A = A-prioritert, B = B-økonomi. Source: dpi/utskrift.schema.json#/definitions/posttype. */
export type Posttype = Static<typeof Posttype>;

/** DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported (returpostkvittering) and shredded. Source: dpi/utskrift.schema.json#/definitions/returposthaandtering. */
export const Returposthaandtering = Type.Enum(["DIREKTE_RETUR", "MAKULERING_MED_MELDING"], {
  description:
    "DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported (returpostkvittering) and shredded.",
  type: "string",
});
/** DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported (returpostkvittering) and shredded. Source: dpi/utskrift.schema.json#/definitions/returposthaandtering. */
export type Returposthaandtering = Static<typeof Returposthaandtering>;

/** Where returned letters go and how they are handled. Source: dpi/utskrift.schema.json#/definitions/retur. */
export const Retur = Type.Object(
  {
    mottaker: AdresseInformasjon,
    returposthaandtering: Returposthaandtering,
  },
  { description: "Where returned letters go and how they are handled.", additionalProperties: false },
);
/** Where returned letters go and how they are handled. Source: dpi/utskrift.schema.json#/definitions/retur. */
export type Retur = Static<typeof Retur>;

/** Black and white or colour printing. Source: dpi/utskrift.schema.json#/definitions/utskriftstype. */
export const Utskriftstype = Type.Enum(["SORT_HVIT", "FARGE"], {
  description: "Black and white or colour printing.",
  type: "string",
});
/** Black and white or colour printing. Source: dpi/utskrift.schema.json#/definitions/utskriftstype. */
export type Utskriftstype = Static<typeof Utskriftstype>;

/** The print letter: sender, postal address, package digest, authorisation, colour, return handling and postage class. Source: dpi/utskrift.schema.json#/definitions/utskrift. */
export const Utskrift = Type.Object(
  {
    avsender: Avsender,
    mottaker: AdresseInformasjon,
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,
    maskinportentoken: Maskinportentoken,
    utskriftstype: Utskriftstype,
    retur: Retur,
    posttype: Type.Optional(Posttype),
  },
  {
    description:
      "The print letter: sender, postal address, package digest, authorisation, colour, return handling and postage class.",
    additionalProperties: false,
  },
);
/** The print letter: sender, postal address, package digest, authorisation, colour, return handling and postage class. Source: dpi/utskrift.schema.json#/definitions/utskrift. */
export type Utskrift = Static<typeof Utskrift>;

/** UtskriftDocument (dpi/utskrift.schema.json#/definitions/standardBusinessDocument). Source: dpi/utskrift.schema.json#/definitions/standardBusinessDocument. */
export const UtskriftDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    utskrift: Utskrift,
  },
  { additionalProperties: false },
);
/** UtskriftDocument (dpi/utskrift.schema.json#/definitions/standardBusinessDocument). Source: dpi/utskrift.schema.json#/definitions/standardBusinessDocument. */
export type UtskriftDocument = Static<typeof UtskriftDocument>;

/** A letter to be printed and posted by the print service. Source: dpi/utskrift.schema.json. */
export const UtskriftMessage = Type.Object(
  {
    standardBusinessDocument: UtskriftDocument,
  },
  { description: "A letter to be printed and posted by the print service.", additionalProperties: false },
);
/** A letter to be printed and posted by the print service. Source: dpi/utskrift.schema.json. */
export type UtskriftMessage = Static<typeof UtskriftMessage>;

/** Which notification channel failed, and why. Source: dpi/varslingfeiletkvittering.schema.json#/definitions/varslingfeiletkvittering. */
export const Varslingfeiletkvittering = Type.Object(
  {
    avsender: Avsender,
    mottaker: Virksomhetmottaker,
    tidspunkt: Tidspunkt,
    beskrivelse: Type.Optional(Type.String({ description: "Free-text description of the failure." })),
    varslingskanal: Type.Enum(["epost", "sms"], { description: "The channel that failed.", type: "string" }),
  },
  { description: "Which notification channel failed, and why.", additionalProperties: false },
);
/** Which notification channel failed, and why. Source: dpi/varslingfeiletkvittering.schema.json#/definitions/varslingfeiletkvittering. */
export type Varslingfeiletkvittering = Static<typeof Varslingfeiletkvittering>;

/** VarslingfeiletkvitteringDocument (dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument. */
export const VarslingfeiletkvitteringDocument = Type.Object(
  {
    standardBusinessDocumentHeader: StandardBusinessDocumentHeader,
    varslingfeiletkvittering: Varslingfeiletkvittering,
  },
  { additionalProperties: false },
);
/** VarslingfeiletkvitteringDocument (dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument). Source: dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument. */
export type VarslingfeiletkvitteringDocument = Static<typeof VarslingfeiletkvitteringDocument>;

/** Notification-failed receipt: one notification on one channel could not be sent. The letter itself stays available. Source: dpi/varslingfeiletkvittering.schema.json. */
export const VarslingfeiletkvitteringMessage = Type.Object(
  {
    standardBusinessDocument: VarslingfeiletkvitteringDocument,
  },
  {
    description:
      "Notification-failed receipt: one notification on one channel could not be sent. The letter itself stays available.",
    additionalProperties: false,
  },
);
/** Notification-failed receipt: one notification on one channel could not be sent. The letter itself stays available. Source: dpi/varslingfeiletkvittering.schema.json. */
export type VarslingfeiletkvitteringMessage = Static<typeof VarslingfeiletkvitteringMessage>;

/** The whole-message schema of each DPI type. */
export const messageSchemas = {
  digital: DigitalMessage,
  utskrift: UtskriftMessage,
  flyttet: FlyttetMessage,
  feil: FeilMessage,
  leveringskvittering: LeveringskvitteringMessage,
  aapningskvittering: AapningskvitteringMessage,
  varslingfeiletkvittering: VarslingfeiletkvitteringMessage,
  mottakskvittering: MottakskvitteringMessage,
  returpostkvittering: ReturpostkvitteringMessage,
} as const;

/** The `format`s these schemas use (see useWireFormats in @innbyggerpost/contracts/typebox). */
export const formatsUsed = ["date", "date-time", "email", "uuid"] as const;

/** The formats ajv-formats (full mode, what the official schemas are checked with) defines by a regular expression. */
export const wireFormatPatterns: { readonly [format: string]: RegExp } = {
  email: new RegExp(
    "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
    "i",
  ),
  uuid: new RegExp("^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", "i"),
};
