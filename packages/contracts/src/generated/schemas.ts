// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import type { DpiType } from "./catalogue.js";

/** The `$id` of every schema shipped in this package. */
export type SchemaId =
  | "https://innbyggerpost.dev/schemas/common/sbdh.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/commons.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/digital.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/feil.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json"
  | "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json";

/** A JSON Schema document (draft-07) as shipped: plain JSON with an absolute `$id`. */
export interface SchemaDocument {
  readonly $id: SchemaId;
  readonly [keyword: string]: unknown;
}

/**
 * The fixed `$id` → file map: each schema's file, relative to the package root
 * (`@innbyggerpost/contracts/schemas/...`). The ids are names, never fetched.
 */
export const schemaFiles: { readonly [Id in SchemaId]: string } = {
  "https://innbyggerpost.dev/schemas/common/sbdh.schema.json": "schemas/common/sbdh.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json": "schemas/dpi/aapningskvittering.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/commons.schema.json": "schemas/dpi/commons.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/digital.schema.json": "schemas/dpi/digital.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/feil.schema.json": "schemas/dpi/feil.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json": "schemas/dpi/flyttet.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json":
    "schemas/dpi/leveringskvittering.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json": "schemas/dpi/mottakskvittering.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json":
    "schemas/dpi/returpostkvittering.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json": "schemas/dpi/utskrift.schema.json",
  "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json":
    "schemas/dpi/varslingfeiletkvittering.schema.json",
};

/** The `$id` of each message type's root schema. */
export const messageSchemaIds: { readonly [T in DpiType]: SchemaId } = {
  digital: "https://innbyggerpost.dev/schemas/dpi/digital.schema.json",
  utskrift: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json",
  flyttet: "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json",
  feil: "https://innbyggerpost.dev/schemas/dpi/feil.schema.json",
  leveringskvittering: "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json",
  aapningskvittering: "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json",
  varslingfeiletkvittering: "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json",
  mottakskvittering: "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json",
  returpostkvittering: "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json",
};

/**
 * Every schema, embedded: the same JSON as the shipped files. Register them all with a validator
 * (e.g. `ajv.addSchema(Object.values(schemas))`) and its `$ref`s resolve offline.
 */
export const schemas: { readonly [Id in SchemaId]: SchemaDocument } = {
  "https://innbyggerpost.dev/schemas/common/sbdh.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/common/sbdh.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/common/sbdh.schema.json",
    title: "Sbdh",
    description: "Standard Business Document Header (SBDH) as DPI and eFormidling use it in JSON.",
    definitions: {
      standardBusinessDocumentHeader: {
        title: "StandardBusinessDocumentHeader",
        description:
          "Routing and identification of one business document: who sends, who receives, what it is and which conversation it belongs to.",
        type: "object",
        additionalProperties: false,
        properties: {
          headerVersion: { type: "string", default: "1.0", description: 'Always "1.0" in DPI.' },
          sender: {
            type: "array",
            minItems: 1,
            maxItems: 1,
            description: "The technical sender, who signs the message and receives every receipt.",
            items: { $ref: "#/definitions/actor" },
          },
          receiver: {
            type: "array",
            minItems: 1,
            maxItems: 1,
            description:
              "The technical receiver: a mailbox provider, the print service, or (for receipts) the original sender.",
            items: { $ref: "#/definitions/actor" },
          },
          documentIdentification: { $ref: "#/definitions/documentIdentification" },
          businessScope: { $ref: "#/definitions/businessScope" },
        },
        required: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      },
      businessScope: {
        title: "BusinessScope",
        description: "The scopes the document belongs to; DPI uses one scope of type ConversationId.",
        type: "object",
        additionalProperties: false,
        properties: { scope: { type: "array", items: { $ref: "#/definitions/scope" } } },
        required: ["scope"],
      },
      scope: {
        title: "Scope",
        description: "One scope. For DPI: type ConversationId, the conversation id and the DPI process identifier.",
        type: "object",
        additionalProperties: false,
        properties: {
          type: {
            type: "string",
            description:
              'Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and others).',
          },
          instanceIdentifier: {
            type: "string",
            format: "uuid",
            description:
              "The conversation id: created by the sender, reused by every receipt and error in the conversation.",
          },
          identifier: { type: "string", description: "The process identifier (a DPI process URN)." },
          scopeInformation: { type: "array", items: { $ref: "#/definitions/scopeInformation" } },
        },
        required: ["type"],
      },
      scopeInformation: {
        title: "ScopeInformation",
        description: "Correlation information for a scope.",
        type: "object",
        additionalProperties: false,
        properties: {
          expectedResponseDateTime: {
            type: "string",
            description: "When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it).",
          },
        },
      },
      documentIdentification: {
        title: "DocumentIdentification",
        description: "What the document is: its standard, type, version, id and creation time.",
        type: "object",
        additionalProperties: false,
        properties: {
          standard: {
            type: "string",
            description:
              "The document-type URN, e.g. urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.",
          },
          typeVersion: { type: "string", description: '"1.0" in DPI.' },
          instanceIdentifier: {
            type: "string",
            format: "uuid",
            description: "The message id: unique per message, created by the sender of that message.",
          },
          type: {
            type: "string",
            description: "The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...).",
          },
          creationDateAndTime: {
            type: "string",
            format: "date-time",
            description: "When the document was created, with a time zone offset.",
          },
        },
        required: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      },
      actor: {
        title: "Partner",
        description: "A sender or receiver in the header.",
        type: "object",
        additionalProperties: false,
        properties: { identifier: { $ref: "#/definitions/identifier" } },
        required: ["identifier"],
      },
      identifier: {
        title: "PartnerIdentification",
        description:
          "Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number> for organisations.",
        type: "object",
        additionalProperties: false,
        properties: {
          authority: {
            type: "string",
            description: 'The identifier scheme, "iso6523-actorid-upis" for organisation numbers.',
          },
          value: {
            type: "string",
            description: 'The identifier, "0192:<organisation number>" for Norwegian organisations.',
          },
        },
        required: ["authority", "value"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/aapningskvittering.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json",
    title: "AapningskvitteringMessage",
    description: "Opening receipt: the citizen opened the letter (only when the sender asked for one).",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "AapningskvitteringDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          aapningskvittering: { $ref: "commons.schema.json#/definitions/kvittering" },
        },
        required: ["standardBusinessDocumentHeader", "aapningskvittering"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/commons.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/commons.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json",
    title: "DpiCommons",
    description: "Definitions shared by the DPI business messages.",
    definitions: {
      avsender: {
        title: "Avsender",
        description:
          "The organisation responsible for the letter (behandlingsansvarlig); in receipts, the party issuing the receipt.",
        type: "object",
        additionalProperties: false,
        properties: {
          virksomhetsidentifikator: { $ref: "#/definitions/virksomhetsidentifikator" },
          avsenderidentifikator: { $ref: "#/definitions/avsenderidentifikator" },
          fakturaReferanse: { type: "string", maxLength: 40, description: "The sender's invoice reference." },
        },
        required: ["virksomhetsidentifikator"],
      },
      virksomhetmottaker: {
        title: "Virksomhetmottaker",
        description:
          "An organisation receiving a receipt or error: the original sender. The wire schema leaves this object open.",
        type: "object",
        properties: {
          virksomhetsidentifikator: { $ref: "#/definitions/virksomhetsidentifikator" },
          motakeridentifikator: { $ref: "#/definitions/motakeridentifikator" },
        },
        required: ["virksomhetsidentifikator"],
      },
      avsenderidentifikator: {
        title: "Avsenderidentifikator",
        description:
          'A sub-unit of the sending organisation, agreed with the mailbox providers (e.g. "991825827:avsenderid").',
        type: "string",
        maxLength: 100,
      },
      personmottaker: {
        title: "Personmottaker",
        description: "The citizen receiving a digital letter, by mailbox address.",
        type: "object",
        additionalProperties: false,
        properties: { postkasseadresse: { $ref: "#/definitions/postkasseadresse" } },
        required: ["postkasseadresse"],
      },
      virksomhetsidentifikator: {
        title: "Virksomhetsidentifikator",
        description: 'An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation number>").',
        type: "object",
        additionalProperties: false,
        properties: {
          authority: { type: "string", enum: ["iso6523-actorid-upis"] },
          value: {
            type: "string",
            pattern: "[0-9]{4}:\\w{1,35}",
            description: "The wire pattern is unanchored, as upstream; the strict profile anchors it.",
          },
        },
        required: ["authority", "value"],
      },
      postkasseadresse: {
        title: "Postkasseadresse",
        description: "The citizen's address at their mailbox provider, as the contact register returns it (opaque).",
        type: "string",
      },
      motakeridentifikator: {
        title: "Motakeridentifikator",
        description:
          "A sub-unit of the receiving organisation (the original avsenderidentifikator). The single-t spelling is the wire name.",
        type: "string",
        maxLength: 100,
      },
      maskinportentoken: {
        title: "Maskinportentoken",
        description: "The Maskinporten access token (compact JWT) the sender used as Bearer towards its access point.",
        type: "string",
      },
      tidspunkt: {
        title: "Tidspunkt",
        description: "A point in time with a time zone offset (RFC 3339).",
        type: "string",
        format: "date-time",
      },
      dokumentpakkefingeravtrykk: {
        title: "Dokumentpakkefingeravtrykk",
        description: "Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64).",
        type: "object",
        additionalProperties: false,
        properties: {
          digestMethod: {
            type: "string",
            description: "The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256.",
          },
          digestValue: { type: "string", description: "Standard base64 of the digest." },
        },
        required: ["digestMethod", "digestValue"],
      },
      kvittering: {
        title: "Kvittering",
        description: "A receipt: who issues it, whom it is for, and when.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "#/definitions/avsender" },
          mottaker: { $ref: "#/definitions/virksomhetmottaker" },
          tidspunkt: { $ref: "#/definitions/tidspunkt" },
        },
        required: ["avsender", "mottaker", "tidspunkt"],
      },
      sikkerhetsnivaa: {
        title: "Sikkerhetsnivaa",
        description: "The authentication level the citizen needs to open the letter.",
        type: "integer",
        enum: [3, 4],
      },
      virkningsdato: {
        title: "Virkningsdato",
        description: "The date the letter becomes visible to the citizen (a date only; it appears during that night).",
        type: "string",
        format: "date",
      },
      virkningstidspunkt: {
        title: "Virkningstidspunkt",
        description: "The time the letter becomes visible to the citizen, with a time zone offset.",
        type: "string",
        format: "date-time",
      },
      aapningskvittering: {
        title: "AapningskvitteringRequested",
        description: "Whether the sender wants an opening receipt (the citizen must consent before reading).",
        type: "boolean",
        default: false,
      },
      varsler: {
        title: "Varsler",
        description:
          "Notifications the mailbox sends the citizen. Upstream gives this no type; the strict profile requires an object.",
        properties: {
          epostvarsel: { $ref: "#/definitions/epostvarsel" },
          smsvarsel: { $ref: "#/definitions/smsvarsel" },
        },
      },
      ikkesensitivtittel: {
        title: "Ikkesensitivtittel",
        description: "A title without sensitive content, shown in the mailbox and in notifications.",
        type: "string",
        minLength: 1,
        maxLength: 255,
      },
      epostvarsel: {
        title: "Epostvarsel",
        description: "An e-mail notification.",
        type: "object",
        additionalProperties: false,
        properties: {
          epostadresse: { type: "string", format: "email" },
          varslingstekst: { type: "string", minLength: 1, maxLength: 500 },
          repetisjoner: { $ref: "#/definitions/repetisjoner" },
        },
        required: ["epostadresse", "varslingstekst", "repetisjoner"],
      },
      repetisjoner: {
        title: "Repetisjoner",
        description:
          "Days after virkningsdato on which to notify (0 = the same day). Meant to be unique; the strict profile checks it.",
        type: "array",
        minItems: 1,
        maxItems: 10,
        items: { type: "integer", minimum: 0, maximum: 25 },
      },
      spraak: {
        title: "Spraak",
        description: 'The letter\'s language, an ISO 639-1 code such as "no".',
        type: "string",
        minLength: 2,
        maxLength: 2,
      },
      smsvarsel: {
        title: "Smsvarsel",
        description: "An SMS notification.",
        type: "object",
        additionalProperties: false,
        properties: {
          mobiltelefonnummer: { type: "string", minLength: 8, maxLength: 20, pattern: "^\\+?[- _0-9]+$" },
          varslingstekst: { type: "string", minLength: 1, maxLength: 160 },
          repetisjoner: { $ref: "#/definitions/repetisjoner" },
        },
        required: ["mobiltelefonnummer", "varslingstekst", "repetisjoner"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/digital.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/digital.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/digital.schema.json",
    title: "DigitalMessage",
    description: "A letter to a citizen's digital mailbox (Digipost, e-Boks).",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "DigitalDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          digital: { $ref: "#/definitions/digital" },
        },
        required: ["standardBusinessDocumentHeader", "digital"],
      },
      digital: {
        title: "Digital",
        description: "The digital letter: sender, recipient mailbox, package digest, authorisation and presentation.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "commons.schema.json#/definitions/avsender" },
          mottaker: { $ref: "commons.schema.json#/definitions/personmottaker" },
          dokumentpakkefingeravtrykk: { $ref: "commons.schema.json#/definitions/dokumentpakkefingeravtrykk" },
          maskinportentoken: { $ref: "commons.schema.json#/definitions/maskinportentoken" },
          sikkerhetsnivaa: { $ref: "commons.schema.json#/definitions/sikkerhetsnivaa" },
          virkningsdato: { $ref: "commons.schema.json#/definitions/virkningsdato" },
          virkningstidspunkt: { $ref: "commons.schema.json#/definitions/virkningstidspunkt" },
          aapningskvittering: { $ref: "commons.schema.json#/definitions/aapningskvittering" },
          ikkesensitivtittel: { $ref: "commons.schema.json#/definitions/ikkesensitivtittel" },
          spraak: { $ref: "commons.schema.json#/definitions/spraak" },
          varsler: { $ref: "commons.schema.json#/definitions/varsler" },
        },
        required: [
          "avsender",
          "mottaker",
          "dokumentpakkefingeravtrykk",
          "maskinportentoken",
          "sikkerhetsnivaa",
          "ikkesensitivtittel",
          "spraak",
        ],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/feil.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/feil.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/feil.schema.json",
    title: "FeilMessage",
    description: "Error from a mailbox or the print service about a letter that cannot be handled.",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "FeilDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          feil: { $ref: "#/definitions/feil" },
        },
        required: ["standardBusinessDocumentHeader", "feil"],
      },
      feil: {
        title: "Feil",
        description: "The error: who reports it, for whom, when, whose fault, and details.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "commons.schema.json#/definitions/avsender" },
          mottaker: { $ref: "commons.schema.json#/definitions/virksomhetmottaker" },
          tidspunkt: { $ref: "commons.schema.json#/definitions/tidspunkt" },
          feiltype: {
            title: "Feiltype",
            description:
              "KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the infrastructure or at the provider.",
            type: "string",
            enum: ["KLIENT", "SERVER"],
          },
          detaljer: { type: "string", description: "Details of the error." },
        },
        required: ["avsender", "mottaker", "tidspunkt", "feiltype"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/flyttet.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json",
    title: "FlyttetMessage",
    description:
      "A digital letter moved from one mailbox provider to another when the citizen changes provider (provider to provider only).",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "FlyttetDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          flyttet: { $ref: "#/definitions/flyttet" },
        },
        required: ["standardBusinessDocumentHeader", "flyttet"],
      },
      flyttet: {
        title: "Flyttet",
        description:
          "The moved letter: the original letter's fields plus when it was received and whether it was opened.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "commons.schema.json#/definitions/avsender" },
          mottaker: { $ref: "commons.schema.json#/definitions/personmottaker" },
          maskinportentoken: { $ref: "commons.schema.json#/definitions/maskinportentoken" },
          tidspunkt: { $ref: "commons.schema.json#/definitions/tidspunkt" },
          dokumentpakkefingeravtrykk: { $ref: "commons.schema.json#/definitions/dokumentpakkefingeravtrykk" },
          mottakstidspunkt: {
            type: "string",
            format: "date",
            description: "The date the first mailbox received the letter (a date, despite the name).",
          },
          aapnet: { type: "boolean", description: "Whether the citizen had already opened the letter." },
          sikkerhetsnivaa: { $ref: "commons.schema.json#/definitions/sikkerhetsnivaa" },
          virkningsdato: { $ref: "commons.schema.json#/definitions/virkningsdato" },
          virkningstidspunkt: { $ref: "commons.schema.json#/definitions/virkningstidspunkt" },
          aapningskvittering: { $ref: "commons.schema.json#/definitions/aapningskvittering" },
          ikkesensitivtittel: { $ref: "commons.schema.json#/definitions/ikkesensitivtittel" },
          spraak: { $ref: "commons.schema.json#/definitions/spraak" },
          varsler: { $ref: "commons.schema.json#/definitions/varsler" },
        },
        required: [
          "avsender",
          "mottaker",
          "maskinportentoken",
          "tidspunkt",
          "dokumentpakkefingeravtrykk",
          "mottakstidspunkt",
          "sikkerhetsnivaa",
          "ikkesensitivtittel",
          "spraak",
        ],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/leveringskvittering.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json",
    title: "LeveringskvitteringMessage",
    description:
      "Delivery receipt: the mailbox has made the letter available, or the print service has it ready for posting.",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "LeveringskvitteringDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          leveringskvittering: { $ref: "commons.schema.json#/definitions/kvittering" },
        },
        required: ["standardBusinessDocumentHeader", "leveringskvittering"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/mottakskvittering.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json",
    title: "MottakskvitteringMessage",
    description: "Reception receipt: the print service received and validated the letter and queued it for printing.",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "MottakskvitteringDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          mottakskvittering: { $ref: "commons.schema.json#/definitions/kvittering" },
        },
        required: ["standardBusinessDocumentHeader", "mottakskvittering"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/returpostkvittering.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json",
    title: "ReturpostkvitteringMessage",
    description:
      "Returned-mail receipt: the printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING).",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "ReturpostkvitteringDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          returpostkvittering: { $ref: "commons.schema.json#/definitions/kvittering" },
        },
        required: ["standardBusinessDocumentHeader", "returpostkvittering"],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/utskrift.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json",
    title: "UtskriftMessage",
    description: "A letter to be printed and posted by the print service.",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "UtskriftDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          utskrift: { $ref: "#/definitions/utskrift" },
        },
        required: ["standardBusinessDocumentHeader", "utskrift"],
      },
      utskrift: {
        title: "Utskrift",
        description:
          "The print letter: sender, postal address, package digest, authorisation, colour, return handling and postage class.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "commons.schema.json#/definitions/avsender" },
          mottaker: { $ref: "#/definitions/adresseInformasjon" },
          dokumentpakkefingeravtrykk: { $ref: "commons.schema.json#/definitions/dokumentpakkefingeravtrykk" },
          maskinportentoken: { $ref: "commons.schema.json#/definitions/maskinportentoken" },
          utskriftstype: { $ref: "#/definitions/utskriftstype" },
          retur: { $ref: "#/definitions/retur" },
          posttype: { $ref: "#/definitions/posttype" },
        },
        required: ["avsender", "mottaker", "dokumentpakkefingeravtrykk", "maskinportentoken", "utskriftstype", "retur"],
      },
      utskriftstype: {
        title: "Utskriftstype",
        description: "Black and white or colour printing.",
        type: "string",
        enum: ["SORT_HVIT", "FARGE"],
      },
      retur: {
        title: "Retur",
        description: "Where returned letters go and how they are handled.",
        type: "object",
        additionalProperties: false,
        properties: {
          mottaker: { $ref: "#/definitions/adresseInformasjon" },
          returposthaandtering: { $ref: "#/definitions/returposthaandtering" },
        },
        required: ["mottaker", "returposthaandtering"],
      },
      returposthaandtering: {
        title: "Returposthaandtering",
        description:
          "DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported (returpostkvittering) and shredded.",
        type: "string",
        enum: ["DIREKTE_RETUR", "MAKULERING_MED_MELDING"],
      },
      posttype: {
        title: "Posttype",
        description: "A = A-prioritert, B = B-økonomi.",
        type: "string",
        enum: ["A", "B"],
      },
      adresseInformasjon: {
        title: "AdresseInformasjon",
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
          {
            oneOf: [
              { required: ["navn", "adresselinje1", "land"] },
              { required: ["navn", "adresselinje1", "landkode"] },
            ],
          },
        ],
      },
    },
  },
  "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json": {
    $comment:
      "generated — do not edit. Source: schemas/dpi/varslingfeiletkvittering.schema.json. Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.",
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json",
    title: "VarslingfeiletkvitteringMessage",
    description:
      "Notification-failed receipt: one notification on one channel could not be sent. The letter itself stays available.",
    type: "object",
    additionalProperties: false,
    properties: { standardBusinessDocument: { $ref: "#/definitions/standardBusinessDocument" } },
    required: ["standardBusinessDocument"],
    definitions: {
      standardBusinessDocument: {
        title: "VarslingfeiletkvitteringDocument",
        type: "object",
        additionalProperties: false,
        properties: {
          standardBusinessDocumentHeader: {
            $ref: "../common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader",
          },
          varslingfeiletkvittering: { $ref: "#/definitions/varslingfeiletkvittering" },
        },
        required: ["standardBusinessDocumentHeader", "varslingfeiletkvittering"],
      },
      varslingfeiletkvittering: {
        title: "Varslingfeiletkvittering",
        description: "Which notification channel failed, and why.",
        type: "object",
        additionalProperties: false,
        properties: {
          avsender: { $ref: "commons.schema.json#/definitions/avsender" },
          mottaker: { $ref: "commons.schema.json#/definitions/virksomhetmottaker" },
          tidspunkt: { $ref: "commons.schema.json#/definitions/tidspunkt" },
          beskrivelse: { type: "string", description: "Free-text description of the failure." },
          varslingskanal: {
            title: "Varslingskanal",
            description: "The channel that failed.",
            type: "string",
            enum: ["epost", "sms"],
          },
        },
        required: ["avsender", "mottaker", "tidspunkt", "varslingskanal"],
      },
    },
  },
};
