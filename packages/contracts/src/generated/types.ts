// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
/* eslint-disable */
/**
 * A sub-unit of the sending organisation, agreed with the mailbox providers (e.g. "991825827:avsenderid").
 */
export type Avsenderidentifikator = string;
/**
 * A sub-unit of the receiving organisation (the original avsenderidentifikator). The single-t spelling is the wire name.
 */
export type Motakeridentifikator = string;
/**
 * A point in time with a time zone offset (RFC 3339).
 */
export type Tidspunkt = string;
/**
 * The citizen's address at their mailbox provider, as the contact register returns it (opaque).
 */
export type Postkasseadresse = string;
/**
 * The Maskinporten access token (compact JWT) the sender used as Bearer towards its access point.
 */
export type Maskinportentoken = string;
/**
 * The authentication level the citizen needs to open the letter.
 */
export type Sikkerhetsnivaa = 3 | 4;
/**
 * The date the letter becomes visible to the citizen (a date only; it appears during that night).
 */
export type Virkningsdato = string;
/**
 * The time the letter becomes visible to the citizen, with a time zone offset.
 */
export type Virkningstidspunkt = string;
/**
 * Whether the sender wants an opening receipt (the citizen must consent before reading).
 */
export type AapningskvitteringRequested = boolean;
/**
 * Days after virkningsdato on which to notify (0 = the same day). Meant to be unique; the strict profile checks it.
 *
 * @minItems 1
 * @maxItems 10
 */
export type Repetisjoner = [number, ...number[]];
/**
 * A title without sensitive content, shown in the mailbox and in notifications.
 */
export type Ikkesensitivtittel = string;
/**
 * The letter's language, an ISO 639-1 code such as "no".
 */
export type Spraak = string;
/**
 * KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the infrastructure or at the provider.
 */
export type Feiltype = "KLIENT" | "SERVER";
/**
 * A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The oneOf is kept exactly as upstream, so a Norwegian address that also names a land is refused.
 */
export type AdresseInformasjon =
  | {
      navn: string;
      adresselinje1: string;
      adresselinje2?: string;
      adresselinje3?: string;
      adresselinje4?: string;
      postnummer: string;
      poststed: string;
      land?: string;
      /**
       * ISO 3166-1 alpha-2 country code.
       */
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
      /**
       * ISO 3166-1 alpha-2 country code.
       */
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
      /**
       * ISO 3166-1 alpha-2 country code.
       */
      landkode: string;
    };
/**
 * Black and white or colour printing.
 */
export type Utskriftstype = "SORT_HVIT" | "FARGE";
/**
 * DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported (returpostkvittering) and shredded.
 */
export type Returposthaandtering = "DIREKTE_RETUR" | "MAKULERING_MED_MELDING";
/**
 * A = A-prioritert, B = B-økonomi.
 */
export type Posttype = "A" | "B";
/**
 * The channel that failed.
 */
export type Varslingskanal = "epost" | "sms";

/**
 * Routing and identification of one business document: who sends, who receives, what it is and which conversation it belongs to.
 */
export interface StandardBusinessDocumentHeader {
  /**
   * Always "1.0" in DPI.
   */
  headerVersion: string;
  /**
   * The technical sender, who signs the message and receives every receipt.
   *
   * @minItems 1
   * @maxItems 1
   */
  sender: [Partner, ...Partner[]];
  /**
   * The technical receiver: a mailbox provider, the print service, or (for receipts) the original sender.
   *
   * @minItems 1
   * @maxItems 1
   */
  receiver: [Partner, ...Partner[]];
  documentIdentification: DocumentIdentification;
  businessScope: BusinessScope;
}
/**
 * A sender or receiver in the header.
 */
export interface Partner {
  identifier: PartnerIdentification;
}
/**
 * Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number> for organisations.
 */
export interface PartnerIdentification {
  /**
   * The identifier scheme, "iso6523-actorid-upis" for organisation numbers.
   */
  authority: string;
  /**
   * The identifier, "0192:<organisation number>" for Norwegian organisations.
   */
  value: string;
}
/**
 * What the document is: its standard, type, version, id and creation time.
 */
export interface DocumentIdentification {
  /**
   * The document-type URN, e.g. urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.
   */
  standard: string;
  /**
   * "1.0" in DPI.
   */
  typeVersion: string;
  /**
   * The message id: unique per message, created by the sender of that message.
   */
  instanceIdentifier: string;
  /**
   * The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...).
   */
  type: string;
  /**
   * When the document was created, with a time zone offset.
   */
  creationDateAndTime: string;
}
/**
 * The scopes the document belongs to; DPI uses one scope of type ConversationId.
 */
export interface BusinessScope {
  scope: Scope[];
}
/**
 * One scope. For DPI: type ConversationId, the conversation id and the DPI process identifier.
 */
export interface Scope {
  /**
   * Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and others).
   */
  type: string;
  /**
   * The conversation id: created by the sender, reused by every receipt and error in the conversation.
   */
  instanceIdentifier?: string;
  /**
   * The process identifier (a DPI process URN).
   */
  identifier?: string;
  scopeInformation?: ScopeInformation[];
}
/**
 * Correlation information for a scope.
 */
export interface ScopeInformation {
  /**
   * When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it).
   */
  expectedResponseDateTime?: string;
}
export interface AapningskvitteringDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  aapningskvittering: Kvittering;
}
/**
 * A receipt: who issues it, whom it is for, and when.
 */
export interface Kvittering {
  avsender: Avsender;
  mottaker: Virksomhetmottaker;
  tidspunkt: Tidspunkt;
}
/**
 * The organisation responsible for the letter (behandlingsansvarlig); in receipts, the party issuing the receipt.
 */
export interface Avsender {
  virksomhetsidentifikator: Virksomhetsidentifikator;
  avsenderidentifikator?: Avsenderidentifikator;
  /**
   * The sender's invoice reference.
   */
  fakturaReferanse?: string;
}
/**
 * An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation number>").
 */
export interface Virksomhetsidentifikator {
  authority: "iso6523-actorid-upis";
  /**
   * The wire pattern is unanchored, as upstream; the strict profile anchors it.
   */
  value: string;
}
/**
 * An organisation receiving a receipt or error: the original sender. The wire schema leaves this object open.
 */
export interface Virksomhetmottaker {
  virksomhetsidentifikator: Virksomhetsidentifikator;
  motakeridentifikator?: Motakeridentifikator;
  [k: string]: unknown;
}
/**
 * Opening receipt: the citizen opened the letter (only when the sender asked for one).
 */
export interface AapningskvitteringMessage {
  standardBusinessDocument: AapningskvitteringDocument;
}
/**
 * The citizen receiving a digital letter, by mailbox address.
 */
export interface Personmottaker {
  postkasseadresse: Postkasseadresse;
}
/**
 * Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64).
 */
export interface Dokumentpakkefingeravtrykk {
  /**
   * The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256.
   */
  digestMethod: string;
  /**
   * Standard base64 of the digest.
   */
  digestValue: string;
}
/**
 * Notifications the mailbox sends the citizen. Upstream gives this no type; the strict profile requires an object.
 */
export interface Varsler {
  epostvarsel?: Epostvarsel;
  smsvarsel?: Smsvarsel;
  [k: string]: unknown;
}
/**
 * An e-mail notification.
 */
export interface Epostvarsel {
  epostadresse: string;
  varslingstekst: string;
  repetisjoner: Repetisjoner;
}
/**
 * An SMS notification.
 */
export interface Smsvarsel {
  mobiltelefonnummer: string;
  varslingstekst: string;
  repetisjoner: Repetisjoner;
}
export interface DigitalDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  digital: Digital;
}
/**
 * The digital letter: sender, recipient mailbox, package digest, authorisation and presentation.
 */
export interface Digital {
  avsender: Avsender;
  mottaker: Personmottaker;
  dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk;
  maskinportentoken: Maskinportentoken;
  sikkerhetsnivaa: Sikkerhetsnivaa;
  virkningsdato?: Virkningsdato;
  virkningstidspunkt?: Virkningstidspunkt;
  aapningskvittering?: AapningskvitteringRequested;
  ikkesensitivtittel: Ikkesensitivtittel;
  spraak: Spraak;
  varsler?: Varsler;
}
/**
 * A letter to a citizen's digital mailbox (Digipost, e-Boks).
 */
export interface DigitalMessage {
  standardBusinessDocument: DigitalDocument;
}
export interface FeilDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  feil: Feil;
}
/**
 * The error: who reports it, for whom, when, whose fault, and details.
 */
export interface Feil {
  avsender: Avsender;
  mottaker: Virksomhetmottaker;
  tidspunkt: Tidspunkt;
  feiltype: Feiltype;
  /**
   * Details of the error.
   */
  detaljer?: string;
}
/**
 * Error from a mailbox or the print service about a letter that cannot be handled.
 */
export interface FeilMessage {
  standardBusinessDocument: FeilDocument;
}
export interface FlyttetDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  flyttet: Flyttet;
}
/**
 * The moved letter: the original letter's fields plus when it was received and whether it was opened.
 */
export interface Flyttet {
  avsender: Avsender;
  mottaker: Personmottaker;
  maskinportentoken: Maskinportentoken;
  tidspunkt: Tidspunkt;
  dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk;
  /**
   * The date the first mailbox received the letter (a date, despite the name).
   */
  mottakstidspunkt: string;
  /**
   * Whether the citizen had already opened the letter.
   */
  aapnet?: boolean;
  sikkerhetsnivaa: Sikkerhetsnivaa;
  virkningsdato?: Virkningsdato;
  virkningstidspunkt?: Virkningstidspunkt;
  aapningskvittering?: AapningskvitteringRequested;
  ikkesensitivtittel: Ikkesensitivtittel;
  spraak: Spraak;
  varsler?: Varsler;
}
/**
 * A digital letter moved from one mailbox provider to another when the citizen changes provider (provider to provider only).
 */
export interface FlyttetMessage {
  standardBusinessDocument: FlyttetDocument;
}
export interface LeveringskvitteringDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  leveringskvittering: Kvittering;
}
/**
 * Delivery receipt: the mailbox has made the letter available, or the print service has it ready for posting.
 */
export interface LeveringskvitteringMessage {
  standardBusinessDocument: LeveringskvitteringDocument;
}
export interface MottakskvitteringDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  mottakskvittering: Kvittering;
}
/**
 * Reception receipt: the print service received and validated the letter and queued it for printing.
 */
export interface MottakskvitteringMessage {
  standardBusinessDocument: MottakskvitteringDocument;
}
export interface ReturpostkvitteringDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  returpostkvittering: Kvittering;
}
/**
 * Returned-mail receipt: the printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING).
 */
export interface ReturpostkvitteringMessage {
  standardBusinessDocument: ReturpostkvitteringDocument;
}
export interface UtskriftDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  utskrift: Utskrift;
}
/**
 * The print letter: sender, postal address, package digest, authorisation, colour, return handling and postage class.
 */
export interface Utskrift {
  avsender: Avsender;
  mottaker: AdresseInformasjon;
  dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk;
  maskinportentoken: Maskinportentoken;
  utskriftstype: Utskriftstype;
  retur: Retur;
  posttype?: Posttype;
}
/**
 * Where returned letters go and how they are handled.
 */
export interface Retur {
  mottaker: AdresseInformasjon;
  returposthaandtering: Returposthaandtering;
}
/**
 * A letter to be printed and posted by the print service.
 */
export interface UtskriftMessage {
  standardBusinessDocument: UtskriftDocument;
}
export interface VarslingfeiletkvitteringDocument {
  standardBusinessDocumentHeader: StandardBusinessDocumentHeader;
  varslingfeiletkvittering: Varslingfeiletkvittering;
}
/**
 * Which notification channel failed, and why.
 */
export interface Varslingfeiletkvittering {
  avsender: Avsender;
  mottaker: Virksomhetmottaker;
  tidspunkt: Tidspunkt;
  /**
   * Free-text description of the failure.
   */
  beskrivelse?: string;
  varslingskanal: Varslingskanal;
}
/**
 * Notification-failed receipt: one notification on one channel could not be sent. The letter itself stays available.
 */
export interface VarslingfeiletkvitteringMessage {
  standardBusinessDocument: VarslingfeiletkvitteringDocument;
}

/** The leveringskvittering payload (Delivery receipt: available in the mailbox, or ready for posting). */
export type Leveringskvittering = Kvittering;

/** The aapningskvittering payload (Opening receipt: the citizen opened the letter). */
export type Aapningskvittering = Kvittering;

/** The mottakskvittering payload (Reception receipt: the print service queued the letter). */
export type Mottakskvittering = Kvittering;

/** The returpostkvittering payload (Returned-mail receipt: the printed letter came back and was shredded). */
export type Returpostkvittering = Kvittering;

/** The payload type of each DPI message type. */
export interface DpiPayloadByType {
  digital: Digital;
  utskrift: Utskrift;
  flyttet: Flyttet;
  feil: Feil;
  leveringskvittering: Leveringskvittering;
  aapningskvittering: Aapningskvittering;
  varslingfeiletkvittering: Varslingfeiletkvittering;
  mottakskvittering: Mottakskvittering;
  returpostkvittering: Returpostkvittering;
}

/** The whole message ({ standardBusinessDocument }) of each DPI message type. */
export interface DpiMessageByType {
  digital: DigitalMessage;
  utskrift: UtskriftMessage;
  flyttet: FlyttetMessage;
  feil: FeilMessage;
  leveringskvittering: LeveringskvitteringMessage;
  aapningskvittering: AapningskvitteringMessage;
  varslingfeiletkvittering: VarslingfeiletkvitteringMessage;
  mottakskvittering: MottakskvitteringMessage;
  returpostkvittering: ReturpostkvitteringMessage;
}

/** Any DPI message; tell them apart by payload key (`"digital" in msg.standardBusinessDocument`) or use validate(), whose result carries the type. */
export type DpiMessage = DpiMessageByType[keyof DpiMessageByType];

/** Any DPI payload. */
export type DpiPayload = DpiPayloadByType[keyof DpiPayloadByType];
