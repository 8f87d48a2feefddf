// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import type * as types from "./types.js";
import * as v from "./validators-first-error.js";

/** True when `value` is a valid StandardBusinessDocumentHeader under the wire schema (common/sbdh.schema.json#/definitions/standardBusinessDocumentHeader). */
export function isStandardBusinessDocumentHeader(value: unknown): value is types.StandardBusinessDocumentHeader {
  try {
    return v.StandardBusinessDocumentHeader(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid BusinessScope under the wire schema (common/sbdh.schema.json#/definitions/businessScope). */
export function isBusinessScope(value: unknown): value is types.BusinessScope {
  try {
    return v.BusinessScope(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Scope under the wire schema (common/sbdh.schema.json#/definitions/scope). */
export function isScope(value: unknown): value is types.Scope {
  try {
    return v.Scope(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid ScopeInformation under the wire schema (common/sbdh.schema.json#/definitions/scopeInformation). */
export function isScopeInformation(value: unknown): value is types.ScopeInformation {
  try {
    return v.ScopeInformation(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid DocumentIdentification under the wire schema (common/sbdh.schema.json#/definitions/documentIdentification). */
export function isDocumentIdentification(value: unknown): value is types.DocumentIdentification {
  try {
    return v.DocumentIdentification(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Partner under the wire schema (common/sbdh.schema.json#/definitions/actor). */
export function isPartner(value: unknown): value is types.Partner {
  try {
    return v.Partner(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid PartnerIdentification under the wire schema (common/sbdh.schema.json#/definitions/identifier). */
export function isPartnerIdentification(value: unknown): value is types.PartnerIdentification {
  try {
    return v.PartnerIdentification(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid AapningskvitteringDocument under the wire schema (dpi/aapningskvittering.schema.json#/definitions/standardBusinessDocument). */
export function isAapningskvitteringDocument(value: unknown): value is types.AapningskvitteringDocument {
  try {
    return v.AapningskvitteringDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid AapningskvitteringMessage under the wire schema (dpi/aapningskvittering.schema.json). */
export function isAapningskvitteringMessage(value: unknown): value is types.AapningskvitteringMessage {
  try {
    return v.AapningskvitteringMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Avsender under the wire schema (dpi/commons.schema.json#/definitions/avsender). */
export function isAvsender(value: unknown): value is types.Avsender {
  try {
    return v.Avsender(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Virksomhetmottaker under the wire schema (dpi/commons.schema.json#/definitions/virksomhetmottaker). */
export function isVirksomhetmottaker(value: unknown): value is types.Virksomhetmottaker {
  try {
    return v.Virksomhetmottaker(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Avsenderidentifikator under the wire schema (dpi/commons.schema.json#/definitions/avsenderidentifikator). */
export function isAvsenderidentifikator(value: unknown): value is types.Avsenderidentifikator {
  try {
    return v.Avsenderidentifikator(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Personmottaker under the wire schema (dpi/commons.schema.json#/definitions/personmottaker). */
export function isPersonmottaker(value: unknown): value is types.Personmottaker {
  try {
    return v.Personmottaker(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Virksomhetsidentifikator under the wire schema (dpi/commons.schema.json#/definitions/virksomhetsidentifikator). */
export function isVirksomhetsidentifikator(value: unknown): value is types.Virksomhetsidentifikator {
  try {
    return v.Virksomhetsidentifikator(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Postkasseadresse under the wire schema (dpi/commons.schema.json#/definitions/postkasseadresse). */
export function isPostkasseadresse(value: unknown): value is types.Postkasseadresse {
  try {
    return v.Postkasseadresse(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Motakeridentifikator under the wire schema (dpi/commons.schema.json#/definitions/motakeridentifikator). */
export function isMotakeridentifikator(value: unknown): value is types.Motakeridentifikator {
  try {
    return v.Motakeridentifikator(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Maskinportentoken under the wire schema (dpi/commons.schema.json#/definitions/maskinportentoken). */
export function isMaskinportentoken(value: unknown): value is types.Maskinportentoken {
  try {
    return v.Maskinportentoken(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Tidspunkt under the wire schema (dpi/commons.schema.json#/definitions/tidspunkt). */
export function isTidspunkt(value: unknown): value is types.Tidspunkt {
  try {
    return v.Tidspunkt(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Dokumentpakkefingeravtrykk under the wire schema (dpi/commons.schema.json#/definitions/dokumentpakkefingeravtrykk). */
export function isDokumentpakkefingeravtrykk(value: unknown): value is types.Dokumentpakkefingeravtrykk {
  try {
    return v.Dokumentpakkefingeravtrykk(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Kvittering under the wire schema (dpi/commons.schema.json#/definitions/kvittering). */
export function isKvittering(value: unknown): value is types.Kvittering {
  try {
    return v.Kvittering(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Sikkerhetsnivaa under the wire schema (dpi/commons.schema.json#/definitions/sikkerhetsnivaa). */
export function isSikkerhetsnivaa(value: unknown): value is types.Sikkerhetsnivaa {
  try {
    return v.Sikkerhetsnivaa(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Virkningsdato under the wire schema (dpi/commons.schema.json#/definitions/virkningsdato). */
export function isVirkningsdato(value: unknown): value is types.Virkningsdato {
  try {
    return v.Virkningsdato(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Virkningstidspunkt under the wire schema (dpi/commons.schema.json#/definitions/virkningstidspunkt). */
export function isVirkningstidspunkt(value: unknown): value is types.Virkningstidspunkt {
  try {
    return v.Virkningstidspunkt(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid AapningskvitteringRequested under the wire schema (dpi/commons.schema.json#/definitions/aapningskvittering). */
export function isAapningskvitteringRequested(value: unknown): value is types.AapningskvitteringRequested {
  try {
    return v.AapningskvitteringRequested(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Varsler under the wire schema (dpi/commons.schema.json#/definitions/varsler). */
export function isVarsler(value: unknown): value is types.Varsler {
  try {
    return v.Varsler(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Ikkesensitivtittel under the wire schema (dpi/commons.schema.json#/definitions/ikkesensitivtittel). */
export function isIkkesensitivtittel(value: unknown): value is types.Ikkesensitivtittel {
  try {
    return v.Ikkesensitivtittel(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Epostvarsel under the wire schema (dpi/commons.schema.json#/definitions/epostvarsel). */
export function isEpostvarsel(value: unknown): value is types.Epostvarsel {
  try {
    return v.Epostvarsel(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Repetisjoner under the wire schema (dpi/commons.schema.json#/definitions/repetisjoner). */
export function isRepetisjoner(value: unknown): value is types.Repetisjoner {
  try {
    return v.Repetisjoner(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Spraak under the wire schema (dpi/commons.schema.json#/definitions/spraak). */
export function isSpraak(value: unknown): value is types.Spraak {
  try {
    return v.Spraak(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Smsvarsel under the wire schema (dpi/commons.schema.json#/definitions/smsvarsel). */
export function isSmsvarsel(value: unknown): value is types.Smsvarsel {
  try {
    return v.Smsvarsel(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid DigitalDocument under the wire schema (dpi/digital.schema.json#/definitions/standardBusinessDocument). */
export function isDigitalDocument(value: unknown): value is types.DigitalDocument {
  try {
    return v.DigitalDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Digital under the wire schema (dpi/digital.schema.json#/definitions/digital). */
export function isDigital(value: unknown): value is types.Digital {
  try {
    return v.Digital(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid DigitalMessage under the wire schema (dpi/digital.schema.json). */
export function isDigitalMessage(value: unknown): value is types.DigitalMessage {
  try {
    return v.DigitalMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid FeilDocument under the wire schema (dpi/feil.schema.json#/definitions/standardBusinessDocument). */
export function isFeilDocument(value: unknown): value is types.FeilDocument {
  try {
    return v.FeilDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Feil under the wire schema (dpi/feil.schema.json#/definitions/feil). */
export function isFeil(value: unknown): value is types.Feil {
  try {
    return v.Feil(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid FeilMessage under the wire schema (dpi/feil.schema.json). */
export function isFeilMessage(value: unknown): value is types.FeilMessage {
  try {
    return v.FeilMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid FlyttetDocument under the wire schema (dpi/flyttet.schema.json#/definitions/standardBusinessDocument). */
export function isFlyttetDocument(value: unknown): value is types.FlyttetDocument {
  try {
    return v.FlyttetDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Flyttet under the wire schema (dpi/flyttet.schema.json#/definitions/flyttet). */
export function isFlyttet(value: unknown): value is types.Flyttet {
  try {
    return v.Flyttet(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid FlyttetMessage under the wire schema (dpi/flyttet.schema.json). */
export function isFlyttetMessage(value: unknown): value is types.FlyttetMessage {
  try {
    return v.FlyttetMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid LeveringskvitteringDocument under the wire schema (dpi/leveringskvittering.schema.json#/definitions/standardBusinessDocument). */
export function isLeveringskvitteringDocument(value: unknown): value is types.LeveringskvitteringDocument {
  try {
    return v.LeveringskvitteringDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid LeveringskvitteringMessage under the wire schema (dpi/leveringskvittering.schema.json). */
export function isLeveringskvitteringMessage(value: unknown): value is types.LeveringskvitteringMessage {
  try {
    return v.LeveringskvitteringMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid MottakskvitteringDocument under the wire schema (dpi/mottakskvittering.schema.json#/definitions/standardBusinessDocument). */
export function isMottakskvitteringDocument(value: unknown): value is types.MottakskvitteringDocument {
  try {
    return v.MottakskvitteringDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid MottakskvitteringMessage under the wire schema (dpi/mottakskvittering.schema.json). */
export function isMottakskvitteringMessage(value: unknown): value is types.MottakskvitteringMessage {
  try {
    return v.MottakskvitteringMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid ReturpostkvitteringDocument under the wire schema (dpi/returpostkvittering.schema.json#/definitions/standardBusinessDocument). */
export function isReturpostkvitteringDocument(value: unknown): value is types.ReturpostkvitteringDocument {
  try {
    return v.ReturpostkvitteringDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid ReturpostkvitteringMessage under the wire schema (dpi/returpostkvittering.schema.json). */
export function isReturpostkvitteringMessage(value: unknown): value is types.ReturpostkvitteringMessage {
  try {
    return v.ReturpostkvitteringMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid UtskriftDocument under the wire schema (dpi/utskrift.schema.json#/definitions/standardBusinessDocument). */
export function isUtskriftDocument(value: unknown): value is types.UtskriftDocument {
  try {
    return v.UtskriftDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Utskrift under the wire schema (dpi/utskrift.schema.json#/definitions/utskrift). */
export function isUtskrift(value: unknown): value is types.Utskrift {
  try {
    return v.Utskrift(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Utskriftstype under the wire schema (dpi/utskrift.schema.json#/definitions/utskriftstype). */
export function isUtskriftstype(value: unknown): value is types.Utskriftstype {
  try {
    return v.Utskriftstype(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Retur under the wire schema (dpi/utskrift.schema.json#/definitions/retur). */
export function isRetur(value: unknown): value is types.Retur {
  try {
    return v.Retur(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Returposthaandtering under the wire schema (dpi/utskrift.schema.json#/definitions/returposthaandtering). */
export function isReturposthaandtering(value: unknown): value is types.Returposthaandtering {
  try {
    return v.Returposthaandtering(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Posttype under the wire schema (dpi/utskrift.schema.json#/definitions/posttype). */
export function isPosttype(value: unknown): value is types.Posttype {
  try {
    return v.Posttype(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid AdresseInformasjon under the wire schema (dpi/utskrift.schema.json#/definitions/adresseInformasjon). */
export function isAdresseInformasjon(value: unknown): value is types.AdresseInformasjon {
  try {
    return v.AdresseInformasjon(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid UtskriftMessage under the wire schema (dpi/utskrift.schema.json). */
export function isUtskriftMessage(value: unknown): value is types.UtskriftMessage {
  try {
    return v.UtskriftMessage(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid VarslingfeiletkvitteringDocument under the wire schema (dpi/varslingfeiletkvittering.schema.json#/definitions/standardBusinessDocument). */
export function isVarslingfeiletkvitteringDocument(value: unknown): value is types.VarslingfeiletkvitteringDocument {
  try {
    return v.VarslingfeiletkvitteringDocument(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid Varslingfeiletkvittering under the wire schema (dpi/varslingfeiletkvittering.schema.json#/definitions/varslingfeiletkvittering). */
export function isVarslingfeiletkvittering(value: unknown): value is types.Varslingfeiletkvittering {
  try {
    return v.Varslingfeiletkvittering(value);
  } catch {
    return false;
  }
}

/** True when `value` is a valid VarslingfeiletkvitteringMessage under the wire schema (dpi/varslingfeiletkvittering.schema.json). */
export function isVarslingfeiletkvitteringMessage(value: unknown): value is types.VarslingfeiletkvitteringMessage {
  try {
    return v.VarslingfeiletkvitteringMessage(value);
  } catch {
    return false;
  }
}
