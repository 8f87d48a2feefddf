// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json, schemas/catalogue.json, schemas/strict-rules.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// fast-check arbitraries for every titled schema (wire) and every message type (wire and strict).
import * as fc from "fast-check";
import * as kit from "../support/arbitrary-kit.js";
import type * as T from "./types.js";
import type { DpiType } from "./catalogue.js";

/** ScopeInformation values valid under the wire schema (common/sbdh.schema.json#/definitions/scopeInformation). */
const wireScopeInformation: fc.Arbitrary<T.ScopeInformation> = kit.typed(
  fc.record({ expectedResponseDateTime: kit.text(0) }, { requiredKeys: [], noNullPrototype: true }),
);

/** Scope values valid under the wire schema (common/sbdh.schema.json#/definitions/scope). */
const wireScope: fc.Arbitrary<T.Scope> = kit.typed(
  fc.record(
    {
      type: kit.text(0),
      instanceIdentifier: kit.formats["uuid"],
      identifier: kit.text(0),
      scopeInformation: fc.array(wireScopeInformation, { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ["type"], noNullPrototype: true },
  ),
);

/** BusinessScope values valid under the wire schema (common/sbdh.schema.json#/definitions/businessScope). */
const wireBusinessScope: fc.Arbitrary<T.BusinessScope> = kit.typed(
  fc.record(
    { scope: fc.array(wireScope, { minLength: 0, maxLength: 4 }) },
    { requiredKeys: ["scope"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values valid under the wire schema (common/sbdh.schema.json#/definitions/documentIdentification). */
const wireDocumentIdentification: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: kit.text(0),
      typeVersion: kit.text(0),
      instanceIdentifier: kit.formats["uuid"],
      type: kit.text(0),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** PartnerIdentification values valid under the wire schema (common/sbdh.schema.json#/definitions/identifier). */
const wirePartnerIdentification: fc.Arbitrary<T.PartnerIdentification> = kit.typed(
  fc.record(
    { authority: kit.text(0), value: kit.text(0) },
    { requiredKeys: ["authority", "value"], noNullPrototype: true },
  ),
);

/** Partner values valid under the wire schema (common/sbdh.schema.json#/definitions/actor). */
const wirePartner: fc.Arbitrary<T.Partner> = kit.typed(
  fc.record({ identifier: wirePartnerIdentification }, { requiredKeys: ["identifier"], noNullPrototype: true }),
);

/** StandardBusinessDocumentHeader values valid under the wire schema (common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader). */
const wireStandardBusinessDocumentHeader: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: kit.text(0),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: wireDocumentIdentification,
      businessScope: wireBusinessScope,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Avsenderidentifikator values valid under the wire schema (dpi/commons.schema.json#/definitions/avsenderidentifikator). */
const wireAvsenderidentifikator: fc.Arbitrary<T.Avsenderidentifikator> = kit.typed(kit.text(0, 100));

/** Virksomhetsidentifikator values valid under the wire schema (dpi/commons.schema.json#/definitions/virksomhetsidentifikator). */
const wireVirksomhetsidentifikator: fc.Arbitrary<T.Virksomhetsidentifikator> = kit.typed(
  fc.record(
    { authority: fc.constant("iso6523-actorid-upis"), value: fc.stringMatching(new RegExp("[0-9]{4}:\\w{1,35}")) },
    { requiredKeys: ["authority", "value"], noNullPrototype: true },
  ),
);

/** Avsender values valid under the wire schema (dpi/commons.schema.json#/definitions/avsender). */
const wireAvsender: fc.Arbitrary<T.Avsender> = kit.typed(
  fc.record(
    {
      virksomhetsidentifikator: wireVirksomhetsidentifikator,
      avsenderidentifikator: wireAvsenderidentifikator,
      fakturaReferanse: kit.text(0, 40),
    },
    { requiredKeys: ["virksomhetsidentifikator"], noNullPrototype: true },
  ),
);

/** Motakeridentifikator values valid under the wire schema (dpi/commons.schema.json#/definitions/motakeridentifikator). */
const wireMotakeridentifikator: fc.Arbitrary<T.Motakeridentifikator> = kit.typed(kit.text(0, 100));

/** Virksomhetmottaker values valid under the wire schema (dpi/commons.schema.json#/definitions/virksomhetmottaker). */
const wireVirksomhetmottaker: fc.Arbitrary<T.Virksomhetmottaker> = kit.typed(
  kit.open(
    fc.record(
      { virksomhetsidentifikator: wireVirksomhetsidentifikator, motakeridentifikator: wireMotakeridentifikator },
      { requiredKeys: ["virksomhetsidentifikator"], noNullPrototype: true },
    ),
  ),
);

/** Tidspunkt values valid under the wire schema (dpi/commons.schema.json#/definitions/tidspunkt). */
const wireTidspunkt: fc.Arbitrary<T.Tidspunkt> = kit.typed(kit.formats["date-time"]);

/** Kvittering values valid under the wire schema (dpi/commons.schema.json#/definitions/kvittering). */
const wireKvittering: fc.Arbitrary<T.Kvittering> = kit.typed(
  fc.record(
    { avsender: wireAvsender, mottaker: wireVirksomhetmottaker, tidspunkt: wireTidspunkt },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt"], noNullPrototype: true },
  ),
);

/** AapningskvitteringDocument values valid under the wire schema (dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument). */
const wireAapningskvitteringDocument: fc.Arbitrary<T.AapningskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, aapningskvittering: wireKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "aapningskvittering"], noNullPrototype: true },
  ),
);

/** AapningskvitteringMessage values valid under the wire schema (dpi/aapningskvittering.schema.json). */
const wireAapningskvitteringMessage: fc.Arbitrary<T.AapningskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireAapningskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** Postkasseadresse values valid under the wire schema (dpi/commons.schema.json#/definitions/postkasseadresse). */
const wirePostkasseadresse: fc.Arbitrary<T.Postkasseadresse> = kit.typed(kit.text(0));

/** Personmottaker values valid under the wire schema (dpi/commons.schema.json#/definitions/personmottaker). */
const wirePersonmottaker: fc.Arbitrary<T.Personmottaker> = kit.typed(
  fc.record({ postkasseadresse: wirePostkasseadresse }, { requiredKeys: ["postkasseadresse"], noNullPrototype: true }),
);

/** Maskinportentoken values valid under the wire schema (dpi/commons.schema.json#/definitions/maskinportentoken). */
const wireMaskinportentoken: fc.Arbitrary<T.Maskinportentoken> = kit.typed(kit.text(0));

/** Dokumentpakkefingeravtrykk values valid under the wire schema (dpi/commons.schema.json#/definitions/dokumentpakkefingeravtrykk). */
const wireDokumentpakkefingeravtrykk: fc.Arbitrary<T.Dokumentpakkefingeravtrykk> = kit.typed(
  fc.record(
    { digestMethod: kit.text(0), digestValue: kit.text(0) },
    { requiredKeys: ["digestMethod", "digestValue"], noNullPrototype: true },
  ),
);

/** Sikkerhetsnivaa values valid under the wire schema (dpi/commons.schema.json#/definitions/sikkerhetsnivaa). */
const wireSikkerhetsnivaa: fc.Arbitrary<T.Sikkerhetsnivaa> = kit.typed(fc.constantFrom(3, 4));

/** Virkningsdato values valid under the wire schema (dpi/commons.schema.json#/definitions/virkningsdato). */
const wireVirkningsdato: fc.Arbitrary<T.Virkningsdato> = kit.typed(kit.formats["date"]);

/** Virkningstidspunkt values valid under the wire schema (dpi/commons.schema.json#/definitions/virkningstidspunkt). */
const wireVirkningstidspunkt: fc.Arbitrary<T.Virkningstidspunkt> = kit.typed(kit.formats["date-time"]);

/** AapningskvitteringRequested values valid under the wire schema (dpi/commons.schema.json#/definitions/aapningskvittering). */
const wireAapningskvitteringRequested: fc.Arbitrary<T.AapningskvitteringRequested> = kit.typed(fc.boolean());

/** Repetisjoner values valid under the wire schema (dpi/commons.schema.json#/definitions/repetisjoner). */
const wireRepetisjoner: fc.Arbitrary<T.Repetisjoner> = kit.typed(
  fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 10 }),
);

/** Epostvarsel values valid under the wire schema (dpi/commons.schema.json#/definitions/epostvarsel). */
const wireEpostvarsel: fc.Arbitrary<T.Epostvarsel> = kit.typed(
  fc.record(
    { epostadresse: kit.formats["email"], varslingstekst: kit.text(1, 500), repetisjoner: wireRepetisjoner },
    { requiredKeys: ["epostadresse", "varslingstekst", "repetisjoner"], noNullPrototype: true },
  ),
);

/** Smsvarsel values valid under the wire schema (dpi/commons.schema.json#/definitions/smsvarsel). */
const wireSmsvarsel: fc.Arbitrary<T.Smsvarsel> = kit.typed(
  fc.record(
    {
      mobiltelefonnummer: fc.stringMatching(new RegExp("^\\+?[- _0-9]+$")).filter((s) => kit.lengthWithin(s, 8, 20)),
      varslingstekst: kit.text(1, 160),
      repetisjoner: wireRepetisjoner,
    },
    { requiredKeys: ["mobiltelefonnummer", "varslingstekst", "repetisjoner"], noNullPrototype: true },
  ),
);

/** Varsler values valid under the wire schema (dpi/commons.schema.json#/definitions/varsler). */
const wireVarsler: fc.Arbitrary<T.Varsler> = kit.typed(
  fc.oneof(
    {
      weight: 4,
      arbitrary: kit.open(
        fc.record(
          { epostvarsel: wireEpostvarsel, smsvarsel: wireSmsvarsel },
          { requiredKeys: [], noNullPrototype: true },
        ),
      ),
    },
    { weight: 1, arbitrary: kit.nonObjectJson },
  ),
);

/** Ikkesensitivtittel values valid under the wire schema (dpi/commons.schema.json#/definitions/ikkesensitivtittel). */
const wireIkkesensitivtittel: fc.Arbitrary<T.Ikkesensitivtittel> = kit.typed(kit.text(1, 255));

/** Spraak values valid under the wire schema (dpi/commons.schema.json#/definitions/spraak). */
const wireSpraak: fc.Arbitrary<T.Spraak> = kit.typed(kit.text(2, 2));

/** Digital values valid under the wire schema (dpi/digital.schema.json#/definitions/digital). */
const wireDigital: fc.Arbitrary<T.Digital> = kit.typed(
  fc.record(
    {
      avsender: wireAvsender,
      mottaker: wirePersonmottaker,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      maskinportentoken: wireMaskinportentoken,
      sikkerhetsnivaa: wireSikkerhetsnivaa,
      virkningsdato: wireVirkningsdato,
      virkningstidspunkt: wireVirkningstidspunkt,
      aapningskvittering: wireAapningskvitteringRequested,
      ikkesensitivtittel: wireIkkesensitivtittel,
      spraak: wireSpraak,
      varsler: wireVarsler,
    },
    {
      requiredKeys: [
        "avsender",
        "mottaker",
        "dokumentpakkefingeravtrykk",
        "maskinportentoken",
        "sikkerhetsnivaa",
        "ikkesensitivtittel",
        "spraak",
      ],
      noNullPrototype: true,
    },
  ),
);

/** DigitalDocument values valid under the wire schema (dpi/digital.schema.json#/definitions/standardBusinessDocument). */
const wireDigitalDocument: fc.Arbitrary<T.DigitalDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, digital: wireDigital },
    { requiredKeys: ["standardBusinessDocumentHeader", "digital"], noNullPrototype: true },
  ),
);

/** DigitalMessage values valid under the wire schema (dpi/digital.schema.json). */
const wireDigitalMessage: fc.Arbitrary<T.DigitalMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireDigitalDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** Feil values valid under the wire schema (dpi/feil.schema.json#/definitions/feil). */
const wireFeil: fc.Arbitrary<T.Feil> = kit.typed(
  fc.record(
    {
      avsender: wireAvsender,
      mottaker: wireVirksomhetmottaker,
      tidspunkt: wireTidspunkt,
      feiltype: fc.constantFrom("KLIENT", "SERVER"),
      detaljer: kit.text(0),
    },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "feiltype"], noNullPrototype: true },
  ),
);

/** FeilDocument values valid under the wire schema (dpi/feil.schema.json#/definitions/standardBusinessDocument). */
const wireFeilDocument: fc.Arbitrary<T.FeilDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, feil: wireFeil },
    { requiredKeys: ["standardBusinessDocumentHeader", "feil"], noNullPrototype: true },
  ),
);

/** FeilMessage values valid under the wire schema (dpi/feil.schema.json). */
const wireFeilMessage: fc.Arbitrary<T.FeilMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireFeilDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** Flyttet values valid under the wire schema (dpi/flyttet.schema.json#/definitions/flyttet). */
const wireFlyttet: fc.Arbitrary<T.Flyttet> = kit.typed(
  fc.record(
    {
      avsender: wireAvsender,
      mottaker: wirePersonmottaker,
      maskinportentoken: wireMaskinportentoken,
      tidspunkt: wireTidspunkt,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      mottakstidspunkt: kit.formats["date"],
      aapnet: fc.boolean(),
      sikkerhetsnivaa: wireSikkerhetsnivaa,
      virkningsdato: wireVirkningsdato,
      virkningstidspunkt: wireVirkningstidspunkt,
      aapningskvittering: wireAapningskvitteringRequested,
      ikkesensitivtittel: wireIkkesensitivtittel,
      spraak: wireSpraak,
      varsler: wireVarsler,
    },
    {
      requiredKeys: [
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
      noNullPrototype: true,
    },
  ),
);

/** FlyttetDocument values valid under the wire schema (dpi/flyttet.schema.json#/definitions/standardBusinessDocument). */
const wireFlyttetDocument: fc.Arbitrary<T.FlyttetDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, flyttet: wireFlyttet },
    { requiredKeys: ["standardBusinessDocumentHeader", "flyttet"], noNullPrototype: true },
  ),
);

/** FlyttetMessage values valid under the wire schema (dpi/flyttet.schema.json). */
const wireFlyttetMessage: fc.Arbitrary<T.FlyttetMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireFlyttetDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** LeveringskvitteringDocument values valid under the wire schema (dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument). */
const wireLeveringskvitteringDocument: fc.Arbitrary<T.LeveringskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, leveringskvittering: wireKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "leveringskvittering"], noNullPrototype: true },
  ),
);

/** LeveringskvitteringMessage values valid under the wire schema (dpi/leveringskvittering.schema.json). */
const wireLeveringskvitteringMessage: fc.Arbitrary<T.LeveringskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireLeveringskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** MottakskvitteringDocument values valid under the wire schema (dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument). */
const wireMottakskvitteringDocument: fc.Arbitrary<T.MottakskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, mottakskvittering: wireKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "mottakskvittering"], noNullPrototype: true },
  ),
);

/** MottakskvitteringMessage values valid under the wire schema (dpi/mottakskvittering.schema.json). */
const wireMottakskvitteringMessage: fc.Arbitrary<T.MottakskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireMottakskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** ReturpostkvitteringDocument values valid under the wire schema (dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument). */
const wireReturpostkvitteringDocument: fc.Arbitrary<T.ReturpostkvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, returpostkvittering: wireKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "returpostkvittering"], noNullPrototype: true },
  ),
);

/** ReturpostkvitteringMessage values valid under the wire schema (dpi/returpostkvittering.schema.json). */
const wireReturpostkvitteringMessage: fc.Arbitrary<T.ReturpostkvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireReturpostkvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** Utskriftstype values valid under the wire schema (dpi/utskrift.schema.json#/definitions/utskriftstype). */
const wireUtskriftstype: fc.Arbitrary<T.Utskriftstype> = kit.typed(fc.constantFrom("SORT_HVIT", "FARGE"));

/** Returposthaandtering values valid under the wire schema (dpi/utskrift.schema.json#/definitions/returposthaandtering). */
const wireReturposthaandtering: fc.Arbitrary<T.Returposthaandtering> = kit.typed(
  fc.constantFrom("DIREKTE_RETUR", "MAKULERING_MED_MELDING"),
);

/** AdresseInformasjon values valid under the wire schema (dpi/utskrift.schema.json#/definitions/adresseInformasjon). */
const wireAdresseInformasjon: fc.Arbitrary<T.AdresseInformasjon> = kit.typed(
  kit.withPresence(
    {
      navn: kit.text(0),
      adresselinje1: kit.text(0, 100),
      adresselinje2: kit.text(0, 100),
      adresselinje3: kit.text(0, 100),
      adresselinje4: kit.text(0, 100),
      postnummer: fc.stringMatching(new RegExp("^\\d{4}$")),
      poststed: kit.text(0, 80),
      land: kit.text(0, 80),
      landkode: fc.stringMatching(new RegExp("^[a-zA-Z]{2}$")),
    },
    [],
    [
      ["adresselinje1", "land", "navn"],
      ["adresselinje1", "landkode", "navn"],
      ["adresselinje1", "land", "navn", "postnummer"],
      ["adresselinje1", "landkode", "navn", "postnummer"],
      ["adresselinje1", "land", "navn", "poststed"],
      ["adresselinje1", "landkode", "navn", "poststed"],
      ["adresselinje1", "navn", "postnummer", "poststed"],
      ["adresselinje1", "land", "landkode", "navn", "postnummer", "poststed"],
    ],
  ),
);

/** Retur values valid under the wire schema (dpi/utskrift.schema.json#/definitions/retur). */
const wireRetur: fc.Arbitrary<T.Retur> = kit.typed(
  fc.record(
    { mottaker: wireAdresseInformasjon, returposthaandtering: wireReturposthaandtering },
    { requiredKeys: ["mottaker", "returposthaandtering"], noNullPrototype: true },
  ),
);

/** Posttype values valid under the wire schema (dpi/utskrift.schema.json#/definitions/posttype). */
const wirePosttype: fc.Arbitrary<T.Posttype> = kit.typed(fc.constantFrom("A", "B"));

/** Utskrift values valid under the wire schema (dpi/utskrift.schema.json#/definitions/utskrift). */
const wireUtskrift: fc.Arbitrary<T.Utskrift> = kit.typed(
  fc.record(
    {
      avsender: wireAvsender,
      mottaker: wireAdresseInformasjon,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      maskinportentoken: wireMaskinportentoken,
      utskriftstype: wireUtskriftstype,
      retur: wireRetur,
      posttype: wirePosttype,
    },
    {
      requiredKeys: [
        "avsender",
        "mottaker",
        "dokumentpakkefingeravtrykk",
        "maskinportentoken",
        "utskriftstype",
        "retur",
      ],
      noNullPrototype: true,
    },
  ),
);

/** UtskriftDocument values valid under the wire schema (dpi/utskrift.schema.json#/definitions/standardBusinessDocument). */
const wireUtskriftDocument: fc.Arbitrary<T.UtskriftDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader, utskrift: wireUtskrift },
    { requiredKeys: ["standardBusinessDocumentHeader", "utskrift"], noNullPrototype: true },
  ),
);

/** UtskriftMessage values valid under the wire schema (dpi/utskrift.schema.json). */
const wireUtskriftMessage: fc.Arbitrary<T.UtskriftMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireUtskriftDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** Varslingfeiletkvittering values valid under the wire schema (dpi/varslingfeiletkvittering.schema.json#/definitions/varslingfeiletkvittering). */
const wireVarslingfeiletkvittering: fc.Arbitrary<T.Varslingfeiletkvittering> = kit.typed(
  fc.record(
    {
      avsender: wireAvsender,
      mottaker: wireVirksomhetmottaker,
      tidspunkt: wireTidspunkt,
      beskrivelse: kit.text(0),
      varslingskanal: fc.constantFrom("epost", "sms"),
    },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "varslingskanal"], noNullPrototype: true },
  ),
);

/** VarslingfeiletkvitteringDocument values valid under the wire schema (dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument). */
const wireVarslingfeiletkvitteringDocument: fc.Arbitrary<T.VarslingfeiletkvitteringDocument> = kit.typed(
  fc.record(
    {
      standardBusinessDocumentHeader: wireStandardBusinessDocumentHeader,
      varslingfeiletkvittering: wireVarslingfeiletkvittering,
    },
    { requiredKeys: ["standardBusinessDocumentHeader", "varslingfeiletkvittering"], noNullPrototype: true },
  ),
);

/** VarslingfeiletkvitteringMessage values valid under the wire schema (dpi/varslingfeiletkvittering.schema.json). */
const wireVarslingfeiletkvitteringMessage: fc.Arbitrary<T.VarslingfeiletkvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: wireVarslingfeiletkvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("digital"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** ScopeInformation values with the strict rules that apply to it merged in. */
const strictScopeInformation: fc.Arbitrary<T.ScopeInformation> = kit.typed(
  fc.record({ expectedResponseDateTime: kit.formats["date-time"] }, { requiredKeys: [], noNullPrototype: true }),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope: fc.Arbitrary<T.Scope> = kit.typed(
  fc.oneof(
    fc.record(
      {
        type: fc.constant("ConversationId"),
        instanceIdentifier: kit.formats["uuid"].filter((s) =>
          new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
        ),
        identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"),
        scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
      },
      { requiredKeys: ["type"], noNullPrototype: true },
    ),
    fc
      .record(
        {
          type: kit.text(0),
          instanceIdentifier: kit.formats["uuid"].filter((s) =>
            new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
          ),
          identifier: kit.text(0),
          scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
        },
        { requiredKeys: ["type"], noNullPrototype: true },
      )
      .filter(
        (v) =>
          !(
            kit.isObject(v) &&
            Object.prototype.hasOwnProperty.call(v, "type") &&
            (!Object.prototype.hasOwnProperty.call(v, "type") || kit.jsonEqual(v["type"], "ConversationId"))
          ),
      ),
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope2: fc.Arbitrary<T.Scope> = kit.typed(
  fc.record(
    {
      type: fc.constant("ConversationId"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"),
      scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ["type", "instanceIdentifier", "identifier"], noNullPrototype: true },
  ),
);

/** BusinessScope values with the strict rules that apply to it merged in. */
const strictBusinessScope: fc.Arbitrary<T.BusinessScope> = kit.typed(
  fc.record(
    { scope: kit.containing(strictScope2, fc.array(strictScope, { minLength: 0, maxLength: 4 })) },
    { requiredKeys: ["scope"], noNullPrototype: true },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification,
      businessScope: strictBusinessScope,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Virksomhetsidentifikator values with the strict rules that apply to it merged in. */
const strictVirksomhetsidentifikator: fc.Arbitrary<T.Virksomhetsidentifikator> = kit.typed(
  fc.record(
    {
      authority: fc.constant("iso6523-actorid-upis"),
      value: fc
        .stringMatching(new RegExp("^[0-9]{4}:\\w{1,35}$"))
        .filter((s) => new RegExp("[0-9]{4}:\\w{1,35}").test(s)),
    },
    { requiredKeys: ["authority", "value"], noNullPrototype: true },
  ),
);

/** Avsender values with the strict rules that apply to it merged in. */
const strictAvsender: fc.Arbitrary<T.Avsender> = kit.typed(
  fc.record(
    {
      virksomhetsidentifikator: strictVirksomhetsidentifikator,
      avsenderidentifikator: wireAvsenderidentifikator,
      fakturaReferanse: kit.text(0, 40),
    },
    { requiredKeys: ["virksomhetsidentifikator"], noNullPrototype: true },
  ),
);

/** Personmottaker values with the strict rules that apply to it merged in. */
const strictPersonmottaker: fc.Arbitrary<T.Personmottaker> = kit.typed(
  fc.record({ postkasseadresse: wirePostkasseadresse }, { requiredKeys: ["postkasseadresse"], noNullPrototype: true }),
);

/** Spraak values with the strict rules that apply to it merged in. */
const strictSpraak: fc.Arbitrary<T.Spraak> = kit.typed(
  fc.stringMatching(new RegExp("^[A-Za-z]{2}$")).filter((s) => kit.lengthWithin(s, 2, 2)),
);

/** Repetisjoner values with the strict rules that apply to it merged in. */
const strictRepetisjoner: fc.Arbitrary<T.Repetisjoner> = kit.typed(
  fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 10, comparator: kit.jsonEqual }),
);

/** Epostvarsel values with the strict rules that apply to it merged in. */
const strictEpostvarsel: fc.Arbitrary<T.Epostvarsel> = kit.typed(
  fc.record(
    { epostadresse: kit.formats["email"], varslingstekst: kit.text(1, 500), repetisjoner: strictRepetisjoner },
    { requiredKeys: ["epostadresse", "varslingstekst", "repetisjoner"], noNullPrototype: true },
  ),
);

/** Smsvarsel values with the strict rules that apply to it merged in. */
const strictSmsvarsel: fc.Arbitrary<T.Smsvarsel> = kit.typed(
  fc.record(
    {
      mobiltelefonnummer: fc.stringMatching(new RegExp("^\\+?[- _0-9]+$")).filter((s) => kit.lengthWithin(s, 8, 20)),
      varslingstekst: kit.text(1, 160),
      repetisjoner: strictRepetisjoner,
    },
    { requiredKeys: ["mobiltelefonnummer", "varslingstekst", "repetisjoner"], noNullPrototype: true },
  ),
);

/** Varsler values with the strict rules that apply to it merged in. */
const strictVarsler: fc.Arbitrary<T.Varsler> = kit.typed(
  fc.record(
    { epostvarsel: strictEpostvarsel, smsvarsel: strictSmsvarsel },
    { requiredKeys: [], noNullPrototype: true },
  ),
);

/** Digital values with the strict rules that apply to it merged in. */
const strictDigital: fc.Arbitrary<T.Digital> = kit.typed(
  fc.record(
    {
      avsender: strictAvsender,
      mottaker: strictPersonmottaker,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      maskinportentoken: wireMaskinportentoken,
      sikkerhetsnivaa: wireSikkerhetsnivaa,
      virkningsdato: wireVirkningsdato,
      virkningstidspunkt: wireVirkningstidspunkt,
      aapningskvittering: wireAapningskvitteringRequested,
      ikkesensitivtittel: wireIkkesensitivtittel,
      spraak: strictSpraak,
      varsler: strictVarsler,
    },
    {
      requiredKeys: [
        "avsender",
        "mottaker",
        "dokumentpakkefingeravtrykk",
        "maskinportentoken",
        "sikkerhetsnivaa",
        "ikkesensitivtittel",
        "spraak",
      ],
      noNullPrototype: true,
    },
  ),
);

/** DigitalDocument values with the strict rules that apply to it merged in. */
const strictDigitalDocument: fc.Arbitrary<T.DigitalDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader, digital: strictDigital },
    { requiredKeys: ["standardBusinessDocumentHeader", "digital"], noNullPrototype: true },
  ),
);

/** Whole digital messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictDigitalMessage: fc.Arbitrary<T.DigitalMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictDigitalDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification2: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("utskrift"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope3: fc.Arbitrary<T.Scope> = kit.typed(
  fc.oneof(
    fc.record(
      {
        type: fc.constant("ConversationId"),
        instanceIdentifier: kit.formats["uuid"].filter((s) =>
          new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
        ),
        identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"),
        scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
      },
      { requiredKeys: ["type"], noNullPrototype: true },
    ),
    fc
      .record(
        {
          type: kit.text(0),
          instanceIdentifier: kit.formats["uuid"].filter((s) =>
            new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
          ),
          identifier: kit.text(0),
          scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
        },
        { requiredKeys: ["type"], noNullPrototype: true },
      )
      .filter(
        (v) =>
          !(
            kit.isObject(v) &&
            Object.prototype.hasOwnProperty.call(v, "type") &&
            (!Object.prototype.hasOwnProperty.call(v, "type") || kit.jsonEqual(v["type"], "ConversationId"))
          ),
      ),
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope4: fc.Arbitrary<T.Scope> = kit.typed(
  fc.record(
    {
      type: fc.constant("ConversationId"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"),
      scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ["type", "instanceIdentifier", "identifier"], noNullPrototype: true },
  ),
);

/** BusinessScope values with the strict rules that apply to it merged in. */
const strictBusinessScope2: fc.Arbitrary<T.BusinessScope> = kit.typed(
  fc.record(
    { scope: kit.containing(strictScope4, fc.array(strictScope3, { minLength: 0, maxLength: 4 })) },
    { requiredKeys: ["scope"], noNullPrototype: true },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader2: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification2,
      businessScope: strictBusinessScope2,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** AdresseInformasjon values with the strict rules that apply to it merged in. */
const strictAdresseInformasjon: fc.Arbitrary<T.AdresseInformasjon> = kit.typed(
  kit.withPresence(
    {
      navn: kit.text(0),
      adresselinje1: kit.text(0, 100),
      adresselinje2: kit.text(0, 100),
      adresselinje3: kit.text(0, 100),
      adresselinje4: kit.text(0, 100),
      postnummer: fc.stringMatching(new RegExp("^\\d{4}$")),
      poststed: kit.text(0, 80),
      land: kit.text(0, 80),
      landkode: fc.stringMatching(new RegExp("^[a-zA-Z]{2}$")),
    },
    [],
    [
      ["adresselinje1", "land", "navn"],
      ["adresselinje1", "landkode", "navn"],
      ["adresselinje1", "land", "navn", "postnummer"],
      ["adresselinje1", "landkode", "navn", "postnummer"],
      ["adresselinje1", "land", "navn", "poststed"],
      ["adresselinje1", "landkode", "navn", "poststed"],
      ["adresselinje1", "navn", "postnummer", "poststed"],
      ["adresselinje1", "land", "landkode", "navn", "postnummer", "poststed"],
    ],
  ),
);

/** Utskrift values with the strict rules that apply to it merged in. */
const strictUtskrift: fc.Arbitrary<T.Utskrift> = kit.typed(
  fc.record(
    {
      avsender: strictAvsender,
      mottaker: strictAdresseInformasjon,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      maskinportentoken: wireMaskinportentoken,
      utskriftstype: wireUtskriftstype,
      retur: wireRetur,
      posttype: wirePosttype,
    },
    {
      requiredKeys: [
        "avsender",
        "mottaker",
        "dokumentpakkefingeravtrykk",
        "maskinportentoken",
        "utskriftstype",
        "retur",
      ],
      noNullPrototype: true,
    },
  ),
);

/** UtskriftDocument values with the strict rules that apply to it merged in. */
const strictUtskriftDocument: fc.Arbitrary<T.UtskriftDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader2, utskrift: strictUtskrift },
    { requiredKeys: ["standardBusinessDocumentHeader", "utskrift"], noNullPrototype: true },
  ),
);

/** Whole utskrift messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictUtskriftMessage: fc.Arbitrary<T.UtskriftMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictUtskriftDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification3: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("flyttet"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope5: fc.Arbitrary<T.Scope> = kit.typed(
  fc.oneof(
    fc.record(
      {
        type: fc.constant("ConversationId"),
        instanceIdentifier: kit.formats["uuid"].filter((s) =>
          new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
        ),
        identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"),
        scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
      },
      { requiredKeys: ["type"], noNullPrototype: true },
    ),
    fc
      .record(
        {
          type: kit.text(0),
          instanceIdentifier: kit.formats["uuid"].filter((s) =>
            new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
          ),
          identifier: kit.text(0),
          scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
        },
        { requiredKeys: ["type"], noNullPrototype: true },
      )
      .filter(
        (v) =>
          !(
            kit.isObject(v) &&
            Object.prototype.hasOwnProperty.call(v, "type") &&
            (!Object.prototype.hasOwnProperty.call(v, "type") || kit.jsonEqual(v["type"], "ConversationId"))
          ),
      ),
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope6: fc.Arbitrary<T.Scope> = kit.typed(
  fc.record(
    {
      type: fc.constant("ConversationId"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      identifier: fc.constant("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"),
      scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ["type", "instanceIdentifier", "identifier"], noNullPrototype: true },
  ),
);

/** BusinessScope values with the strict rules that apply to it merged in. */
const strictBusinessScope3: fc.Arbitrary<T.BusinessScope> = kit.typed(
  fc.record(
    { scope: kit.containing(strictScope6, fc.array(strictScope5, { minLength: 0, maxLength: 4 })) },
    { requiredKeys: ["scope"], noNullPrototype: true },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader3: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification3,
      businessScope: strictBusinessScope3,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Flyttet values with the strict rules that apply to it merged in. */
const strictFlyttet: fc.Arbitrary<T.Flyttet> = kit.typed(
  fc.record(
    {
      avsender: strictAvsender,
      mottaker: strictPersonmottaker,
      maskinportentoken: wireMaskinportentoken,
      tidspunkt: wireTidspunkt,
      dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
      mottakstidspunkt: kit.formats["date"],
      aapnet: fc.boolean(),
      sikkerhetsnivaa: wireSikkerhetsnivaa,
      virkningsdato: wireVirkningsdato,
      virkningstidspunkt: wireVirkningstidspunkt,
      aapningskvittering: wireAapningskvitteringRequested,
      ikkesensitivtittel: wireIkkesensitivtittel,
      spraak: strictSpraak,
      varsler: strictVarsler,
    },
    {
      requiredKeys: [
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
      noNullPrototype: true,
    },
  ),
);

/** FlyttetDocument values with the strict rules that apply to it merged in. */
const strictFlyttetDocument: fc.Arbitrary<T.FlyttetDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader3, flyttet: strictFlyttet },
    { requiredKeys: ["standardBusinessDocumentHeader", "flyttet"], noNullPrototype: true },
  ),
);

/** Whole flyttet messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictFlyttetMessage: fc.Arbitrary<T.FlyttetMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictFlyttetDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification4: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("feil"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope7: fc.Arbitrary<T.Scope> = kit.typed(
  fc.oneof(
    fc.record(
      {
        type: fc.constant("ConversationId"),
        instanceIdentifier: kit.formats["uuid"].filter((s) =>
          new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
        ),
        identifier: fc.constantFrom(
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
        ),
        scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
      },
      { requiredKeys: ["type"], noNullPrototype: true },
    ),
    fc
      .record(
        {
          type: kit.text(0),
          instanceIdentifier: kit.formats["uuid"].filter((s) =>
            new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
          ),
          identifier: kit.text(0),
          scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
        },
        { requiredKeys: ["type"], noNullPrototype: true },
      )
      .filter(
        (v) =>
          !(
            kit.isObject(v) &&
            Object.prototype.hasOwnProperty.call(v, "type") &&
            (!Object.prototype.hasOwnProperty.call(v, "type") || kit.jsonEqual(v["type"], "ConversationId"))
          ),
      ),
  ),
);

/** Scope values with the strict rules that apply to it merged in. */
const strictScope8: fc.Arbitrary<T.Scope> = kit.typed(
  fc.record(
    {
      type: fc.constant("ConversationId"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      identifier: fc.constantFrom(
        "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
        "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
        "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
      ),
      scopeInformation: fc.array(strictScopeInformation, { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ["type", "instanceIdentifier", "identifier"], noNullPrototype: true },
  ),
);

/** BusinessScope values with the strict rules that apply to it merged in. */
const strictBusinessScope4: fc.Arbitrary<T.BusinessScope> = kit.typed(
  fc.record(
    { scope: kit.containing(strictScope8, fc.array(strictScope7, { minLength: 0, maxLength: 4 })) },
    { requiredKeys: ["scope"], noNullPrototype: true },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader4: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification4,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Virksomhetmottaker values with the strict rules that apply to it merged in. */
const strictVirksomhetmottaker: fc.Arbitrary<T.Virksomhetmottaker> = kit.typed(
  kit.open(
    fc.record(
      { virksomhetsidentifikator: strictVirksomhetsidentifikator, motakeridentifikator: wireMotakeridentifikator },
      { requiredKeys: ["virksomhetsidentifikator"], noNullPrototype: true },
    ),
  ),
);

/** Feil values with the strict rules that apply to it merged in. */
const strictFeil: fc.Arbitrary<T.Feil> = kit.typed(
  fc.record(
    {
      avsender: strictAvsender,
      mottaker: strictVirksomhetmottaker,
      tidspunkt: wireTidspunkt,
      feiltype: fc.constantFrom("KLIENT", "SERVER"),
      detaljer: kit.text(0),
    },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "feiltype"], noNullPrototype: true },
  ),
);

/** FeilDocument values with the strict rules that apply to it merged in. */
const strictFeilDocument: fc.Arbitrary<T.FeilDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader4, feil: strictFeil },
    { requiredKeys: ["standardBusinessDocumentHeader", "feil"], noNullPrototype: true },
  ),
);

/** Whole feil messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictFeilMessage: fc.Arbitrary<T.FeilMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictFeilDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification5: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("leveringskvittering"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader5: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification5,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Kvittering values with the strict rules that apply to it merged in. */
const strictKvittering: fc.Arbitrary<T.Kvittering> = kit.typed(
  fc.record(
    { avsender: strictAvsender, mottaker: strictVirksomhetmottaker, tidspunkt: wireTidspunkt },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt"], noNullPrototype: true },
  ),
);

/** LeveringskvitteringDocument values with the strict rules that apply to it merged in. */
const strictLeveringskvitteringDocument: fc.Arbitrary<T.LeveringskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader5, leveringskvittering: strictKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "leveringskvittering"], noNullPrototype: true },
  ),
);

/** Whole leveringskvittering messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictLeveringskvitteringMessage: fc.Arbitrary<T.LeveringskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictLeveringskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification6: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("aapningskvittering"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader6: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification6,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** AapningskvitteringDocument values with the strict rules that apply to it merged in. */
const strictAapningskvitteringDocument: fc.Arbitrary<T.AapningskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader6, aapningskvittering: strictKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "aapningskvittering"], noNullPrototype: true },
  ),
);

/** Whole aapningskvittering messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictAapningskvitteringMessage: fc.Arbitrary<T.AapningskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictAapningskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification7: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("varslingfeiletkvittering"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader7: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification7,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** Varslingfeiletkvittering values with the strict rules that apply to it merged in. */
const strictVarslingfeiletkvittering: fc.Arbitrary<T.Varslingfeiletkvittering> = kit.typed(
  fc.record(
    {
      avsender: strictAvsender,
      mottaker: strictVirksomhetmottaker,
      tidspunkt: wireTidspunkt,
      beskrivelse: kit.text(0),
      varslingskanal: fc.constantFrom("epost", "sms"),
    },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "varslingskanal"], noNullPrototype: true },
  ),
);

/** VarslingfeiletkvitteringDocument values with the strict rules that apply to it merged in. */
const strictVarslingfeiletkvitteringDocument: fc.Arbitrary<T.VarslingfeiletkvitteringDocument> = kit.typed(
  fc.record(
    {
      standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader7,
      varslingfeiletkvittering: strictVarslingfeiletkvittering,
    },
    { requiredKeys: ["standardBusinessDocumentHeader", "varslingfeiletkvittering"], noNullPrototype: true },
  ),
);

/** Whole varslingfeiletkvittering messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictVarslingfeiletkvitteringMessage: fc.Arbitrary<T.VarslingfeiletkvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictVarslingfeiletkvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification8: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("mottakskvittering"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader8: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification8,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** MottakskvitteringDocument values with the strict rules that apply to it merged in. */
const strictMottakskvitteringDocument: fc.Arbitrary<T.MottakskvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader8, mottakskvittering: strictKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "mottakskvittering"], noNullPrototype: true },
  ),
);

/** Whole mottakskvittering messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictMottakskvitteringMessage: fc.Arbitrary<T.MottakskvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictMottakskvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** DocumentIdentification values with the strict rules that apply to it merged in. */
const strictDocumentIdentification9: fc.Arbitrary<T.DocumentIdentification> = kit.typed(
  fc.record(
    {
      standard: fc.stringMatching(
        new RegExp(
          "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$",
        ),
      ),
      typeVersion: fc.constant("1.0"),
      instanceIdentifier: kit.formats["uuid"].filter((s) =>
        new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").test(s),
      ),
      type: fc.constant("returpostkvittering"),
      creationDateAndTime: kit.formats["date-time"],
    },
    {
      requiredKeys: ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"],
      noNullPrototype: true,
    },
  ),
);

/** StandardBusinessDocumentHeader values with the strict rules that apply to it merged in. */
const strictStandardBusinessDocumentHeader9: fc.Arbitrary<T.StandardBusinessDocumentHeader> = kit.typed(
  fc.record(
    {
      headerVersion: fc.constant("1.0"),
      sender: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      receiver: fc.array(wirePartner, { minLength: 1, maxLength: 1 }),
      documentIdentification: strictDocumentIdentification9,
      businessScope: strictBusinessScope4,
    },
    {
      requiredKeys: ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"],
      noNullPrototype: true,
    },
  ),
);

/** ReturpostkvitteringDocument values with the strict rules that apply to it merged in. */
const strictReturpostkvitteringDocument: fc.Arbitrary<T.ReturpostkvitteringDocument> = kit.typed(
  fc.record(
    { standardBusinessDocumentHeader: strictStandardBusinessDocumentHeader9, returpostkvittering: strictKvittering },
    { requiredKeys: ["standardBusinessDocumentHeader", "returpostkvittering"], noNullPrototype: true },
  ),
);

/** Whole returpostkvittering messages valid under the strict profile (wire plus every error-severity overlay rule). */
const strictReturpostkvitteringMessage: fc.Arbitrary<T.ReturpostkvitteringMessage> = kit.typed(
  fc.record(
    { standardBusinessDocument: strictReturpostkvitteringDocument },
    { requiredKeys: ["standardBusinessDocument"], noNullPrototype: true },
  ),
);

/** A wire-valid arbitrary for every titled schema, by its TypeScript name. */
export const wireArbitraries: {
  readonly AapningskvitteringDocument: fc.Arbitrary<T.AapningskvitteringDocument>;
  readonly AapningskvitteringMessage: fc.Arbitrary<T.AapningskvitteringMessage>;
  readonly AapningskvitteringRequested: fc.Arbitrary<T.AapningskvitteringRequested>;
  readonly AdresseInformasjon: fc.Arbitrary<T.AdresseInformasjon>;
  readonly Avsender: fc.Arbitrary<T.Avsender>;
  readonly Avsenderidentifikator: fc.Arbitrary<T.Avsenderidentifikator>;
  readonly BusinessScope: fc.Arbitrary<T.BusinessScope>;
  readonly Digital: fc.Arbitrary<T.Digital>;
  readonly DigitalDocument: fc.Arbitrary<T.DigitalDocument>;
  readonly DigitalMessage: fc.Arbitrary<T.DigitalMessage>;
  readonly DocumentIdentification: fc.Arbitrary<T.DocumentIdentification>;
  readonly Dokumentpakkefingeravtrykk: fc.Arbitrary<T.Dokumentpakkefingeravtrykk>;
  readonly Epostvarsel: fc.Arbitrary<T.Epostvarsel>;
  readonly Feil: fc.Arbitrary<T.Feil>;
  readonly FeilDocument: fc.Arbitrary<T.FeilDocument>;
  readonly FeilMessage: fc.Arbitrary<T.FeilMessage>;
  readonly Flyttet: fc.Arbitrary<T.Flyttet>;
  readonly FlyttetDocument: fc.Arbitrary<T.FlyttetDocument>;
  readonly FlyttetMessage: fc.Arbitrary<T.FlyttetMessage>;
  readonly Ikkesensitivtittel: fc.Arbitrary<T.Ikkesensitivtittel>;
  readonly Kvittering: fc.Arbitrary<T.Kvittering>;
  readonly LeveringskvitteringDocument: fc.Arbitrary<T.LeveringskvitteringDocument>;
  readonly LeveringskvitteringMessage: fc.Arbitrary<T.LeveringskvitteringMessage>;
  readonly Maskinportentoken: fc.Arbitrary<T.Maskinportentoken>;
  readonly Motakeridentifikator: fc.Arbitrary<T.Motakeridentifikator>;
  readonly MottakskvitteringDocument: fc.Arbitrary<T.MottakskvitteringDocument>;
  readonly MottakskvitteringMessage: fc.Arbitrary<T.MottakskvitteringMessage>;
  readonly Partner: fc.Arbitrary<T.Partner>;
  readonly PartnerIdentification: fc.Arbitrary<T.PartnerIdentification>;
  readonly Personmottaker: fc.Arbitrary<T.Personmottaker>;
  readonly Postkasseadresse: fc.Arbitrary<T.Postkasseadresse>;
  readonly Posttype: fc.Arbitrary<T.Posttype>;
  readonly Repetisjoner: fc.Arbitrary<T.Repetisjoner>;
  readonly Retur: fc.Arbitrary<T.Retur>;
  readonly Returposthaandtering: fc.Arbitrary<T.Returposthaandtering>;
  readonly ReturpostkvitteringDocument: fc.Arbitrary<T.ReturpostkvitteringDocument>;
  readonly ReturpostkvitteringMessage: fc.Arbitrary<T.ReturpostkvitteringMessage>;
  readonly Scope: fc.Arbitrary<T.Scope>;
  readonly ScopeInformation: fc.Arbitrary<T.ScopeInformation>;
  readonly Sikkerhetsnivaa: fc.Arbitrary<T.Sikkerhetsnivaa>;
  readonly Smsvarsel: fc.Arbitrary<T.Smsvarsel>;
  readonly Spraak: fc.Arbitrary<T.Spraak>;
  readonly StandardBusinessDocumentHeader: fc.Arbitrary<T.StandardBusinessDocumentHeader>;
  readonly Tidspunkt: fc.Arbitrary<T.Tidspunkt>;
  readonly Utskrift: fc.Arbitrary<T.Utskrift>;
  readonly UtskriftDocument: fc.Arbitrary<T.UtskriftDocument>;
  readonly UtskriftMessage: fc.Arbitrary<T.UtskriftMessage>;
  readonly Utskriftstype: fc.Arbitrary<T.Utskriftstype>;
  readonly Varsler: fc.Arbitrary<T.Varsler>;
  readonly Varslingfeiletkvittering: fc.Arbitrary<T.Varslingfeiletkvittering>;
  readonly VarslingfeiletkvitteringDocument: fc.Arbitrary<T.VarslingfeiletkvitteringDocument>;
  readonly VarslingfeiletkvitteringMessage: fc.Arbitrary<T.VarslingfeiletkvitteringMessage>;
  readonly Virkningsdato: fc.Arbitrary<T.Virkningsdato>;
  readonly Virkningstidspunkt: fc.Arbitrary<T.Virkningstidspunkt>;
  readonly Virksomhetmottaker: fc.Arbitrary<T.Virksomhetmottaker>;
  readonly Virksomhetsidentifikator: fc.Arbitrary<T.Virksomhetsidentifikator>;
} = {
  AapningskvitteringDocument: wireAapningskvitteringDocument,
  AapningskvitteringMessage: wireAapningskvitteringMessage,
  AapningskvitteringRequested: wireAapningskvitteringRequested,
  AdresseInformasjon: wireAdresseInformasjon,
  Avsender: wireAvsender,
  Avsenderidentifikator: wireAvsenderidentifikator,
  BusinessScope: wireBusinessScope,
  Digital: wireDigital,
  DigitalDocument: wireDigitalDocument,
  DigitalMessage: wireDigitalMessage,
  DocumentIdentification: wireDocumentIdentification,
  Dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
  Epostvarsel: wireEpostvarsel,
  Feil: wireFeil,
  FeilDocument: wireFeilDocument,
  FeilMessage: wireFeilMessage,
  Flyttet: wireFlyttet,
  FlyttetDocument: wireFlyttetDocument,
  FlyttetMessage: wireFlyttetMessage,
  Ikkesensitivtittel: wireIkkesensitivtittel,
  Kvittering: wireKvittering,
  LeveringskvitteringDocument: wireLeveringskvitteringDocument,
  LeveringskvitteringMessage: wireLeveringskvitteringMessage,
  Maskinportentoken: wireMaskinportentoken,
  Motakeridentifikator: wireMotakeridentifikator,
  MottakskvitteringDocument: wireMottakskvitteringDocument,
  MottakskvitteringMessage: wireMottakskvitteringMessage,
  Partner: wirePartner,
  PartnerIdentification: wirePartnerIdentification,
  Personmottaker: wirePersonmottaker,
  Postkasseadresse: wirePostkasseadresse,
  Posttype: wirePosttype,
  Repetisjoner: wireRepetisjoner,
  Retur: wireRetur,
  Returposthaandtering: wireReturposthaandtering,
  ReturpostkvitteringDocument: wireReturpostkvitteringDocument,
  ReturpostkvitteringMessage: wireReturpostkvitteringMessage,
  Scope: wireScope,
  ScopeInformation: wireScopeInformation,
  Sikkerhetsnivaa: wireSikkerhetsnivaa,
  Smsvarsel: wireSmsvarsel,
  Spraak: wireSpraak,
  StandardBusinessDocumentHeader: wireStandardBusinessDocumentHeader,
  Tidspunkt: wireTidspunkt,
  Utskrift: wireUtskrift,
  UtskriftDocument: wireUtskriftDocument,
  UtskriftMessage: wireUtskriftMessage,
  Utskriftstype: wireUtskriftstype,
  Varsler: wireVarsler,
  Varslingfeiletkvittering: wireVarslingfeiletkvittering,
  VarslingfeiletkvitteringDocument: wireVarslingfeiletkvitteringDocument,
  VarslingfeiletkvitteringMessage: wireVarslingfeiletkvitteringMessage,
  Virkningsdato: wireVirkningsdato,
  Virkningstidspunkt: wireVirkningstidspunkt,
  Virksomhetmottaker: wireVirksomhetmottaker,
  Virksomhetsidentifikator: wireVirksomhetsidentifikator,
};

/**
 * Strict-valid arbitraries for the titled schemas whose strict constraints are the same in every message
 * that uses them: all but StandardBusinessDocumentHeader, BusinessScope, Scope, DocumentIdentification, whose strict form depends on the message type (use arbitraryMessage).
 */
export const strictArbitraries: {
  readonly AapningskvitteringDocument: fc.Arbitrary<T.AapningskvitteringDocument>;
  readonly AapningskvitteringMessage: fc.Arbitrary<T.AapningskvitteringMessage>;
  readonly AapningskvitteringRequested: fc.Arbitrary<T.AapningskvitteringRequested>;
  readonly AdresseInformasjon: fc.Arbitrary<T.AdresseInformasjon>;
  readonly Avsender: fc.Arbitrary<T.Avsender>;
  readonly Avsenderidentifikator: fc.Arbitrary<T.Avsenderidentifikator>;
  readonly Digital: fc.Arbitrary<T.Digital>;
  readonly DigitalDocument: fc.Arbitrary<T.DigitalDocument>;
  readonly DigitalMessage: fc.Arbitrary<T.DigitalMessage>;
  readonly Dokumentpakkefingeravtrykk: fc.Arbitrary<T.Dokumentpakkefingeravtrykk>;
  readonly Epostvarsel: fc.Arbitrary<T.Epostvarsel>;
  readonly Feil: fc.Arbitrary<T.Feil>;
  readonly FeilDocument: fc.Arbitrary<T.FeilDocument>;
  readonly FeilMessage: fc.Arbitrary<T.FeilMessage>;
  readonly Flyttet: fc.Arbitrary<T.Flyttet>;
  readonly FlyttetDocument: fc.Arbitrary<T.FlyttetDocument>;
  readonly FlyttetMessage: fc.Arbitrary<T.FlyttetMessage>;
  readonly Ikkesensitivtittel: fc.Arbitrary<T.Ikkesensitivtittel>;
  readonly Kvittering: fc.Arbitrary<T.Kvittering>;
  readonly LeveringskvitteringDocument: fc.Arbitrary<T.LeveringskvitteringDocument>;
  readonly LeveringskvitteringMessage: fc.Arbitrary<T.LeveringskvitteringMessage>;
  readonly Maskinportentoken: fc.Arbitrary<T.Maskinportentoken>;
  readonly Motakeridentifikator: fc.Arbitrary<T.Motakeridentifikator>;
  readonly MottakskvitteringDocument: fc.Arbitrary<T.MottakskvitteringDocument>;
  readonly MottakskvitteringMessage: fc.Arbitrary<T.MottakskvitteringMessage>;
  readonly Partner: fc.Arbitrary<T.Partner>;
  readonly PartnerIdentification: fc.Arbitrary<T.PartnerIdentification>;
  readonly Personmottaker: fc.Arbitrary<T.Personmottaker>;
  readonly Postkasseadresse: fc.Arbitrary<T.Postkasseadresse>;
  readonly Posttype: fc.Arbitrary<T.Posttype>;
  readonly Repetisjoner: fc.Arbitrary<T.Repetisjoner>;
  readonly Retur: fc.Arbitrary<T.Retur>;
  readonly Returposthaandtering: fc.Arbitrary<T.Returposthaandtering>;
  readonly ReturpostkvitteringDocument: fc.Arbitrary<T.ReturpostkvitteringDocument>;
  readonly ReturpostkvitteringMessage: fc.Arbitrary<T.ReturpostkvitteringMessage>;
  readonly ScopeInformation: fc.Arbitrary<T.ScopeInformation>;
  readonly Sikkerhetsnivaa: fc.Arbitrary<T.Sikkerhetsnivaa>;
  readonly Smsvarsel: fc.Arbitrary<T.Smsvarsel>;
  readonly Spraak: fc.Arbitrary<T.Spraak>;
  readonly Tidspunkt: fc.Arbitrary<T.Tidspunkt>;
  readonly Utskrift: fc.Arbitrary<T.Utskrift>;
  readonly UtskriftDocument: fc.Arbitrary<T.UtskriftDocument>;
  readonly UtskriftMessage: fc.Arbitrary<T.UtskriftMessage>;
  readonly Utskriftstype: fc.Arbitrary<T.Utskriftstype>;
  readonly Varsler: fc.Arbitrary<T.Varsler>;
  readonly Varslingfeiletkvittering: fc.Arbitrary<T.Varslingfeiletkvittering>;
  readonly VarslingfeiletkvitteringDocument: fc.Arbitrary<T.VarslingfeiletkvitteringDocument>;
  readonly VarslingfeiletkvitteringMessage: fc.Arbitrary<T.VarslingfeiletkvitteringMessage>;
  readonly Virkningsdato: fc.Arbitrary<T.Virkningsdato>;
  readonly Virkningstidspunkt: fc.Arbitrary<T.Virkningstidspunkt>;
  readonly Virksomhetmottaker: fc.Arbitrary<T.Virksomhetmottaker>;
  readonly Virksomhetsidentifikator: fc.Arbitrary<T.Virksomhetsidentifikator>;
} = {
  AapningskvitteringDocument: strictAapningskvitteringDocument,
  AapningskvitteringMessage: strictAapningskvitteringMessage,
  AapningskvitteringRequested: wireAapningskvitteringRequested,
  AdresseInformasjon: strictAdresseInformasjon,
  Avsender: strictAvsender,
  Avsenderidentifikator: wireAvsenderidentifikator,
  Digital: strictDigital,
  DigitalDocument: strictDigitalDocument,
  DigitalMessage: strictDigitalMessage,
  Dokumentpakkefingeravtrykk: wireDokumentpakkefingeravtrykk,
  Epostvarsel: strictEpostvarsel,
  Feil: strictFeil,
  FeilDocument: strictFeilDocument,
  FeilMessage: strictFeilMessage,
  Flyttet: strictFlyttet,
  FlyttetDocument: strictFlyttetDocument,
  FlyttetMessage: strictFlyttetMessage,
  Ikkesensitivtittel: wireIkkesensitivtittel,
  Kvittering: strictKvittering,
  LeveringskvitteringDocument: strictLeveringskvitteringDocument,
  LeveringskvitteringMessage: strictLeveringskvitteringMessage,
  Maskinportentoken: wireMaskinportentoken,
  Motakeridentifikator: wireMotakeridentifikator,
  MottakskvitteringDocument: strictMottakskvitteringDocument,
  MottakskvitteringMessage: strictMottakskvitteringMessage,
  Partner: wirePartner,
  PartnerIdentification: wirePartnerIdentification,
  Personmottaker: strictPersonmottaker,
  Postkasseadresse: wirePostkasseadresse,
  Posttype: wirePosttype,
  Repetisjoner: strictRepetisjoner,
  Retur: wireRetur,
  Returposthaandtering: wireReturposthaandtering,
  ReturpostkvitteringDocument: strictReturpostkvitteringDocument,
  ReturpostkvitteringMessage: strictReturpostkvitteringMessage,
  ScopeInformation: strictScopeInformation,
  Sikkerhetsnivaa: wireSikkerhetsnivaa,
  Smsvarsel: strictSmsvarsel,
  Spraak: strictSpraak,
  Tidspunkt: wireTidspunkt,
  Utskrift: strictUtskrift,
  UtskriftDocument: strictUtskriftDocument,
  UtskriftMessage: strictUtskriftMessage,
  Utskriftstype: wireUtskriftstype,
  Varsler: strictVarsler,
  Varslingfeiletkvittering: strictVarslingfeiletkvittering,
  VarslingfeiletkvitteringDocument: strictVarslingfeiletkvitteringDocument,
  VarslingfeiletkvitteringMessage: strictVarslingfeiletkvitteringMessage,
  Virkningsdato: wireVirkningsdato,
  Virkningstidspunkt: wireVirkningstidspunkt,
  Virksomhetmottaker: strictVirksomhetmottaker,
  Virksomhetsidentifikator: strictVirksomhetsidentifikator,
};

/** The wire and strict arbitrary of each message type (see arbitraryMessage in ../arbitrary-message.ts). */
export const messageArbitraries: {
  readonly [K in DpiType]: {
    readonly wire: fc.Arbitrary<T.DpiMessageByType[K]>;
    readonly strict: fc.Arbitrary<T.DpiMessageByType[K]>;
  };
} = {
  digital: { wire: wireDigitalMessage, strict: strictDigitalMessage },
  utskrift: { wire: wireUtskriftMessage, strict: strictUtskriftMessage },
  flyttet: { wire: wireFlyttetMessage, strict: strictFlyttetMessage },
  feil: { wire: wireFeilMessage, strict: strictFeilMessage },
  leveringskvittering: { wire: wireLeveringskvitteringMessage, strict: strictLeveringskvitteringMessage },
  aapningskvittering: { wire: wireAapningskvitteringMessage, strict: strictAapningskvitteringMessage },
  varslingfeiletkvittering: {
    wire: wireVarslingfeiletkvitteringMessage,
    strict: strictVarslingfeiletkvitteringMessage,
  },
  mottakskvittering: { wire: wireMottakskvitteringMessage, strict: strictMottakskvitteringMessage },
  returpostkvittering: { wire: wireReturpostkvitteringMessage, strict: strictReturpostkvitteringMessage },
};
