import { describe, expect, it } from "vitest";
import { catalogue, dpiTypes, validate, type DpiType } from "@innbyggerpost/contracts";
import { validMessage } from "../fixtures/messages.js";
import { officialValidators, officialVerdict } from "../support/official.js";
import { deleteAt, setAt } from "../support/pointer.js";
import { digdirSkipReason, hasDigdir } from "../support/shared.js";

type Case = { name: string; apply: (m: unknown) => void };

const H = "/standardBusinessDocument/standardBusinessDocumentHeader";
const drop = (p: string): Case => ({ name: `missing ${p}`, apply: (m) => deleteAt(m, p) });
const set = (p: string, v: unknown, why = JSON.stringify(v)?.slice(0, 40)): Case => ({
  name: `${p} = ${why}`,
  apply: (m) => setAt(m, p, v),
});

const REQUIRED_PAYLOAD: Record<string, string[]> = {
  letterDigital: [
    "avsender",
    "mottaker",
    "dokumentpakkefingeravtrykk",
    "maskinportentoken",
    "sikkerhetsnivaa",
    "ikkesensitivtittel",
    "spraak",
  ],
  utskrift: ["avsender", "mottaker", "dokumentpakkefingeravtrykk", "maskinportentoken", "utskriftstype", "retur"],
  flyttet: [
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
  kvittering: ["avsender", "mottaker", "tidspunkt"],
};

/** Hand-made negative (and boundary) cases per type: each required field missing, enums, lengths, patterns, formats. */
function cases(type: DpiType): Case[] {
  const P = `/standardBusinessDocument/${catalogue[type].payloadKey}`;
  const header: Case[] = [
    drop(`${H}/headerVersion`),
    drop(`${H}/sender`),
    drop(`${H}/documentIdentification/instanceIdentifier`),
    drop(`${H}/businessScope`),
    set(`${H}/sender`, []),
    set(`${H}/documentIdentification/instanceIdentifier`, "not-a-uuid"),
    set(
      `${H}/documentIdentification/instanceIdentifier`,
      "urn:uuid:5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c",
      "urn:uuid form (format accepts it)",
    ),
    set(`${H}/documentIdentification/creationDateAndTime`, "2026-11-23T10:15:30", "date-time without offset"),
    set(`${H}/documentIdentification/multipleType`, "x"),
    set(
      `${H}/businessScope/scope/0/scopeInformation/0/expectedResponseDateTime`,
      "tomorrow",
      "unformatted (wire accepts)",
    ),
    set(`${H}/businessScope/scope/0/type`, "Whatever"),
    set(`${H}/receiver/0/identifier/value`, 991825827),
    set(`${P}/unknownField`, 1),
    set(`${P}/avsender/virksomhetsidentifikator/authority`, "iso6523"),
    set(`${P}/avsender/virksomhetsidentifikator/value`, "991825827", "no ICD"),
    set(`${P}/avsender/virksomhetsidentifikator/value`, "x0192:991825827 junk", "unanchored match (wire accepts)"),
    set(`${P}/avsender/avsenderidentifikator`, "a".repeat(100), "100 chars (boundary)"),
    set(`${P}/avsender/avsenderidentifikator`, "a".repeat(101), "101 chars"),
    set(`${P}/avsender/fakturaReferanse`, "ø".repeat(40), "40 code points (boundary)"),
    set(`${P}/avsender/fakturaReferanse`, "😀".repeat(41), "41 astral code points"),
  ];
  const swap: Case = {
    name: "payload under another type's key",
    apply: (m) => {
      const sbd = (m as { standardBusinessDocument: Record<string, unknown> }).standardBusinessDocument;
      const other = type === "digital" ? "utskrift" : "digital";
      sbd[other] = sbd[catalogue[type].payloadKey];
      delete sbd[catalogue[type].payloadKey];
    },
  };
  const kind = catalogue[type].kind;
  const letterFields = (t: DpiType): Case[] => [
    set(`${P}/sikkerhetsnivaa`, 2),
    set(`${P}/sikkerhetsnivaa`, "3"),
    set(`${P}/ikkesensitivtittel`, ""),
    set(`${P}/ikkesensitivtittel`, "t".repeat(255), "255 chars (boundary)"),
    set(`${P}/ikkesensitivtittel`, "t".repeat(256), "256 chars"),
    set(`${P}/ikkesensitivtittel`, { tittel: "x" }),
    set(`${P}/spraak`, "NO", "upper case (accepted)"),
    set(`${P}/spraak`, "nob"),
    set(`${P}/virkningsdato`, "2026-02-30"),
    set(`${P}/virkningstidspunkt`, "2026-11-24T08:00:00", "no offset"),
    set(`${P}/varsler`, "abc", "a string (wire accepts)"),
    set(`${P}/varsler`, { epostvarsel: { epostadresse: "not-an-email", varslingstekst: "x", repetisjoner: [0] } }),
    set(
      `${P}/varsler`,
      { smsvarsel: { mobiltelefonnummer: "+47 999 99 999", varslingstekst: "x".repeat(160), repetisjoner: [0] } },
      "160-char SMS (boundary)",
    ),
    set(
      `${P}/varsler`,
      { smsvarsel: { mobiltelefonnummer: "+4799999999", varslingstekst: "x".repeat(161), repetisjoner: [0] } },
      "161-char SMS",
    ),
    set(
      `${P}/varsler`,
      { smsvarsel: { mobiltelefonnummer: "99abc999", varslingstekst: "x", repetisjoner: [0] } },
      "letters in phone number",
    ),
    set(
      `${P}/varsler`,
      { epostvarsel: { epostadresse: "a@b.no", varslingstekst: "x", repetisjoner: [] } },
      "no repetitions",
    ),
    set(`${P}/varsler`, { epostvarsel: { epostadresse: "a@b.no", varslingstekst: "x", repetisjoner: [26] } }, "day 26"),
    set(
      `${P}/varsler`,
      { epostvarsel: { epostadresse: "a@b.no", varslingstekst: "x", repetisjoner: [7, 7] } },
      "duplicate days (wire accepts)",
    ),
    set(
      `${P}/varsler`,
      {
        epostvarsel: { epostadresse: "a@b.no", varslingstekst: "x", repetisjoner: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
      },
      "11 days",
    ),
    set(
      `${P}/varsler`,
      { epostvarsel: { epostadresse: "a@b.no", varslingstekst: "x", repetisjoner: [0], spraak: "no" } },
      "spraak inside a varsel",
    ),
    set(`${P}/mottaker`, { postkasseadresse: "x", personidentifikator: { value: "NO:17050411111" } }),
    set(`${P}/dokumentpakkefingeravtrykk`, { digestMethod: "", digestValue: "" }, "empty digest (wire accepts)"),
    set(`${P}/maskinportentoken`, ""),
    ...(t === "flyttet"
      ? [set(`${P}/mottakstidspunkt`, "2026-11-20T10:00:00Z", "a date-time"), set(`${P}/aapnet`, "false")]
      : []),
  ];
  const address = (a: string): Case[] => [
    set(`${P}/${a}/land`, "Norge", "Norwegian address plus land"),
    set(`${P}/${a}/landkode`, "NO", "Norwegian address plus landkode"),
    set(
      `${P}/${a}`,
      { navn: "n", adresselinje1: "a", postnummer: "1234", poststed: "p", land: "X", landkode: "SE" },
      "all of them",
    ),
    set(`${P}/${a}`, { navn: "n", adresselinje1: "a", land: "Sverige" }, "foreign by land"),
    set(`${P}/${a}`, { navn: "n", adresselinje1: "a", landkode: "SE" }, "foreign by landkode"),
    set(`${P}/${a}`, { navn: "n", adresselinje1: "a", land: "Sverige", landkode: "SE" }, "foreign with both"),
    set(
      `${P}/${a}`,
      { navn: "n", adresselinje1: "a", postnummer: "1234", land: "Sverige" },
      "postnummer without poststed",
    ),
    set(`${P}/${a}`, { navn: "n", postnummer: "1234", poststed: "p" }, "no adresselinje1"),
    set(`${P}/${a}/postnummer`, "12345"),
    set(`${P}/${a}/landkode`, "NOR"),
    set(`${P}/${a}/adresselinje2`, "x".repeat(101)),
    set(`${P}/${a}/poststed`, "x".repeat(81)),
  ];
  const specific: Record<string, Case[]> = {
    digital: [...REQUIRED_PAYLOAD.letterDigital!.map((f) => drop(`${P}/${f}`)), ...letterFields("digital")],
    flyttet: [...REQUIRED_PAYLOAD.flyttet!.map((f) => drop(`${P}/${f}`)), ...letterFields("flyttet")],
    utskrift: [
      ...REQUIRED_PAYLOAD.utskrift!.map((f) => drop(`${P}/${f}`)),
      set(`${P}/utskriftstype`, "SORT_HVITT"),
      set(`${P}/posttype`, "B_OEKONOMI"),
      set(`${P}/retur/returposthaandtering`, "MAKULERING"),
      set(`${P}/retur/returhaandtering`, "DIREKTE_RETUR"),
      ...address("mottaker"),
      ...address("retur/mottaker"),
    ],
    feil: [
      set(`${P}/feiltype`, "klient"),
      set(`${P}/feiltype`, "KlIENT"),
      drop(`${P}/feiltype`),
      set(`${P}/detaljer`, 1),
      set(`${P}/maskinportentoken`, "x"),
    ],
    varslingfeiletkvittering: [
      set(`${P}/varslingskanal`, "SMS"),
      drop(`${P}/varslingskanal`),
      set(`${P}/beskrivelse`, null),
    ],
  };
  const receiptish: Case[] =
    kind === "letter"
      ? []
      : [
          ...REQUIRED_PAYLOAD.kvittering!.map((f) => drop(`${P}/${f}`)),
          set(`${P}/maskinportentoken`, "ABCDE"),
          set(`${P}/tidspunkt`, "2026-11-23"),
          set(`${P}/mottaker/mottakeridentifikator`, "open object (wire accepts)"),
          set(`${P}/mottaker/motakeridentifikator`, "m".repeat(101)),
        ];
  return [...header, swap, ...(specific[type] ?? []), ...receiptish];
}

describe.skipIf(!hasDigdir)("differential: our wire verdict equals the official schemas on hand-made cases", () => {
  if (!hasDigdir) console.warn(digdirSkipReason);
  const official = hasDigdir ? officialValidators() : new Map();
  for (const type of dpiTypes) {
    const list = cases(type);
    it(`${type}: ${list.length} cases (≥ 10) agree with ajv over the official schemas`, () => {
      expect(list.length).toBeGreaterThanOrEqual(10);
      const base = validMessage(type);
      expect(officialVerdict(official, base)).toBe(true);
      let invalid = 0;
      const disagreements: string[] = [];
      for (const c of list) {
        const m = validMessage(type);
        c.apply(m);
        const theirs = officialVerdict(official, m);
        const ours = validate(m, { profile: "wire" }).ok;
        if (!theirs) invalid++;
        if (ours !== theirs) disagreements.push(`${c.name}: ours ${ours}, official ${theirs}`);
      }
      expect(disagreements).toEqual([]);
      expect(invalid).toBeGreaterThanOrEqual(10);
    });
  }
});
