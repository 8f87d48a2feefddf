import { catalogue, type DpiType } from "@innbyggerpost/contracts";

/** Our own strict-valid DPI messages for status tests (not copied from any reference). */
export const SENDER = "991825827";
export const POSTBOX = "984661185";
export const PRINT = "974761076";
export const CONVERSATION = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
export const ORIGINAL_ID = "5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c";
const org = (n: string) => ({ authority: "iso6523-actorid-upis", value: `0192:${n}` });

export interface Opts {
  conversationId?: string;
  /** The receipt's own instanceIdentifier; real postboxes reuse the original message's, so that is the default. */
  instanceIdentifier?: string;
  tidspunkt?: string;
  created?: string;
  expected?: string | null;
}

function header(type: DpiType, from: string, to: string, process: string, o: Opts) {
  return {
    headerVersion: "1.0",
    sender: [{ identifier: org(from) }],
    receiver: [{ identifier: org(to) }],
    documentIdentification: {
      standard: catalogue[type].standard,
      typeVersion: "1.0",
      instanceIdentifier: o.instanceIdentifier ?? ORIGINAL_ID,
      type,
      creationDateAndTime: o.created ?? "2026-11-23T10:15:30+01:00",
    },
    businessScope: {
      scope: [
        {
          type: "ConversationId",
          instanceIdentifier: o.conversationId ?? CONVERSATION,
          identifier: `urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:${process}:ver1.0`,
          scopeInformation:
            o.expected === null ? [] : [{ expectedResponseDateTime: o.expected ?? "2026-11-24T10:15:30+01:00" }],
        },
      ],
    },
  };
}

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6ImRpZ2l0YWxwb3N0aW5uYnlnZ2VyOnNlbmQifQ.c2lnbmF0dXJl";
const DIGEST = {
  digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
  digestValue: "BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=",
};
export const norwegianAddress = (navn: string) => ({
  navn,
  adresselinje1: "Storgata 1",
  postnummer: "0155",
  poststed: "OSLO",
});

export function digital(
  o: Opts & {
    virkningsdato?: string;
    virkningstidspunkt?: string;
    aapningskvittering?: boolean;
    varsler?: Record<string, unknown>;
  } = {},
) {
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: header("digital", SENDER, POSTBOX, "digital", o),
      digital: {
        avsender: { virksomhetsidentifikator: org(SENDER) },
        mottaker: { postkasseadresse: "ola.nordmann#9YDT" },
        dokumentpakkefingeravtrykk: { ...DIGEST },
        maskinportentoken: TOKEN,
        sikkerhetsnivaa: 4,
        ...(o.virkningsdato ? { virkningsdato: o.virkningsdato } : {}),
        ...(o.virkningstidspunkt ? { virkningstidspunkt: o.virkningstidspunkt } : {}),
        aapningskvittering: o.aapningskvittering ?? false,
        ikkesensitivtittel: "Vedtak om barnehageplass",
        spraak: "nb",
        varsler: o.varsler ?? {},
      },
    },
  };
}

export function utskrift(o: Opts & { returposthaandtering?: "DIREKTE_RETUR" | "MAKULERING_MED_MELDING" } = {}) {
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: header("utskrift", SENDER, PRINT, "utskrift", o),
      utskrift: {
        avsender: { virksomhetsidentifikator: org(SENDER) },
        mottaker: norwegianAddress("Kari Nordmann"),
        dokumentpakkefingeravtrykk: { ...DIGEST },
        maskinportentoken: TOKEN,
        utskriftstype: "SORT_HVIT",
        retur: {
          mottaker: norwegianAddress("Kommunen"),
          returposthaandtering: o.returposthaandtering ?? "MAKULERING_MED_MELDING",
        },
        posttype: "B",
      },
    },
  };
}

export type ReceiptType =
  | "leveringskvittering"
  | "mottakskvittering"
  | "aapningskvittering"
  | "varslingfeiletkvittering"
  | "returpostkvittering"
  | "feil";

/** A receipt or feil answering the original message. */
export function receipt(
  type: ReceiptType,
  o: Opts & {
    feiltype?: "KLIENT" | "SERVER";
    detaljer?: string;
    varslingskanal?: "epost" | "sms";
    beskrivelse?: string;
  } = {},
) {
  const print = type === "mottakskvittering" || type === "returpostkvittering";
  const issuer = print ? PRINT : POSTBOX;
  const payload: Record<string, unknown> = {
    avsender: { virksomhetsidentifikator: org(issuer) },
    mottaker: { virksomhetsidentifikator: org(SENDER) },
    tidspunkt: o.tidspunkt ?? "2026-11-23T10:20:00+01:00",
  };
  if (type === "feil") {
    payload.feiltype = o.feiltype ?? "KLIENT";
    if (o.detaljer !== undefined) payload.detaljer = o.detaljer;
  }
  if (type === "varslingfeiletkvittering") {
    payload.varslingskanal = o.varslingskanal ?? "sms";
    if (o.beskrivelse !== undefined) payload.beskrivelse = o.beskrivelse;
  }
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: header(type, issuer, SENDER, print ? "utskrift" : "digital", {
        expected: null,
        ...o,
      }),
      [type]: payload,
    },
  };
}

/** A compact JWS around a payload, unsigned (the signature part is a placeholder: status mapping does not verify). */
export function fakeJws(payload: unknown): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  return `${b64({ alg: "RS512", x5c: ["MIIB"] })}.${b64(payload)}.c2ln`;
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
