// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// Precompiled ajv standalone validators (first error only), one per titled schema. No schema compilation at run time.
import type { CompiledValidator } from "../support/compiled-validator.js";

export declare const StandardBusinessDocumentHeader: CompiledValidator;
export declare const BusinessScope: CompiledValidator;
export declare const Scope: CompiledValidator;
export declare const ScopeInformation: CompiledValidator;
export declare const DocumentIdentification: CompiledValidator;
export declare const Partner: CompiledValidator;
export declare const PartnerIdentification: CompiledValidator;
export declare const AapningskvitteringDocument: CompiledValidator;
export declare const AapningskvitteringMessage: CompiledValidator;
export declare const Avsender: CompiledValidator;
export declare const Virksomhetmottaker: CompiledValidator;
export declare const Avsenderidentifikator: CompiledValidator;
export declare const Personmottaker: CompiledValidator;
export declare const Virksomhetsidentifikator: CompiledValidator;
export declare const Postkasseadresse: CompiledValidator;
export declare const Motakeridentifikator: CompiledValidator;
export declare const Maskinportentoken: CompiledValidator;
export declare const Tidspunkt: CompiledValidator;
export declare const Dokumentpakkefingeravtrykk: CompiledValidator;
export declare const Kvittering: CompiledValidator;
export declare const Sikkerhetsnivaa: CompiledValidator;
export declare const Virkningsdato: CompiledValidator;
export declare const Virkningstidspunkt: CompiledValidator;
export declare const AapningskvitteringRequested: CompiledValidator;
export declare const Varsler: CompiledValidator;
export declare const Ikkesensitivtittel: CompiledValidator;
export declare const Epostvarsel: CompiledValidator;
export declare const Repetisjoner: CompiledValidator;
export declare const Spraak: CompiledValidator;
export declare const Smsvarsel: CompiledValidator;
export declare const DigitalDocument: CompiledValidator;
export declare const Digital: CompiledValidator;
export declare const DigitalMessage: CompiledValidator;
export declare const FeilDocument: CompiledValidator;
export declare const Feil: CompiledValidator;
export declare const FeilMessage: CompiledValidator;
export declare const FlyttetDocument: CompiledValidator;
export declare const Flyttet: CompiledValidator;
export declare const FlyttetMessage: CompiledValidator;
export declare const LeveringskvitteringDocument: CompiledValidator;
export declare const LeveringskvitteringMessage: CompiledValidator;
export declare const MottakskvitteringDocument: CompiledValidator;
export declare const MottakskvitteringMessage: CompiledValidator;
export declare const ReturpostkvitteringDocument: CompiledValidator;
export declare const ReturpostkvitteringMessage: CompiledValidator;
export declare const UtskriftDocument: CompiledValidator;
export declare const Utskrift: CompiledValidator;
export declare const Utskriftstype: CompiledValidator;
export declare const Retur: CompiledValidator;
export declare const Returposthaandtering: CompiledValidator;
export declare const Posttype: CompiledValidator;
export declare const AdresseInformasjon: CompiledValidator;
export declare const UtskriftMessage: CompiledValidator;
export declare const VarslingfeiletkvitteringDocument: CompiledValidator;
export declare const Varslingfeiletkvittering: CompiledValidator;
export declare const VarslingfeiletkvitteringMessage: CompiledValidator;
