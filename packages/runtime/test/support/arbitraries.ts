import fc from "fast-check";
import { catalogue, type DpiPayloadByType, type DpiType } from "@innbyggerpost/contracts";
import { organisationNumberCheckDigit } from "@innbyggerpost/runtime";

/** Seed and run count shared by the property tests: reproducible, overridable with FC_SEED. */
export const fcOptions = (numRuns: number) => ({ seed: Number(process.env.FC_SEED ?? 20261123), numRuns });

/** A valid organisation number (mod-11). */
export const orgnr = fc
  .stringMatching(/^[1-9]\d{7}$/)
  .map((first) => ({ first, check: organisationNumberCheckDigit(first) }))
  .filter((x) => x.check !== null)
  .map((x) => `${x.first}${x.check}`);

const org = orgnr.map((n) => ({ authority: "iso6523-actorid-upis" as const, value: `0192:${n}` }));
/** Free text, any code point (lone surrogates included): JSON and the JWS must carry it unchanged. */
const text = (min: number, max: number) => fc.string({ unit: "binary", minLength: min, maxLength: max });
const instant = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const dateTime = instant.map((d) => d.toISOString());
const date = instant.map((d) => d.toISOString().slice(0, 10));
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => ({
  digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
  digestValue: Buffer.from(b).toString("base64"),
}));
const token = fc
  .tuple(fc.base64String(), fc.base64String())
  .map(
    ([a, b]) =>
      `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(a).toString("base64url") || "e30"}.${Buffer.from(b).toString("base64url")}`,
  );
const repetisjoner = fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 10 }) as fc.Arbitrary<
  [number, ...number[]]
>;
const varsler = fc.record(
  {
    epostvarsel: fc.record({
      epostadresse: fc.stringMatching(/^[a-z]{1,10}@[a-z]{1,10}\.no$/),
      varslingstekst: text(1, 500),
      repetisjoner,
    }),
    smsvarsel: fc.record({
      mobiltelefonnummer: fc.stringMatching(/^\+47[0-9]{8}$/),
      varslingstekst: text(1, 160),
      repetisjoner,
    }),
  },
  { requiredKeys: [] },
);
const avsender = fc.record(
  { virksomhetsidentifikator: org, avsenderidentifikator: text(0, 100), fakturaReferanse: text(0, 40) },
  { requiredKeys: ["virksomhetsidentifikator"] },
);
const letterCommon = {
  avsender,
  mottaker: fc.record({ postkasseadresse: text(0, 40) }),
  dokumentpakkefingeravtrykk: digest,
  maskinportentoken: token,
  sikkerhetsnivaa: fc.constantFrom(3 as const, 4 as const),
  virkningsdato: date,
  virkningstidspunkt: dateTime,
  aapningskvittering: fc.boolean(),
  ikkesensitivtittel: text(1, 255),
  spraak: fc.stringMatching(/^[A-Za-z]{2}$/),
  varsler,
};
const letterRequired = [
  "avsender",
  "mottaker",
  "dokumentpakkefingeravtrykk",
  "maskinportentoken",
  "sikkerhetsnivaa",
  "ikkesensitivtittel",
  "spraak",
] as const;
const line = text(0, 100);
const address = fc.oneof(
  fc.record(
    {
      navn: text(0, 50),
      adresselinje1: line,
      adresselinje2: line,
      postnummer: fc.stringMatching(/^\d{4}$/),
      poststed: text(0, 80),
    },
    { requiredKeys: ["navn", "adresselinje1", "postnummer", "poststed"] },
  ),
  fc.record(
    { navn: text(0, 50), adresselinje1: line, adresselinje3: line, land: text(0, 80) },
    { requiredKeys: ["navn", "adresselinje1", "land"] },
  ),
  fc.record(
    { navn: text(0, 50), adresselinje1: line, adresselinje4: line, landkode: fc.stringMatching(/^[a-zA-Z]{2}$/) },
    { requiredKeys: ["navn", "adresselinje1", "landkode"] },
  ),
);
const kvittering = {
  avsender,
  mottaker: fc.record(
    { virksomhetsidentifikator: org, motakeridentifikator: text(0, 100) },
    { requiredKeys: ["virksomhetsidentifikator"] },
  ),
  tidspunkt: dateTime,
};

/** Strict-valid payloads of every DPI type. */
export const payloads: { [K in DpiType]: fc.Arbitrary<DpiPayloadByType[K]> } = {
  digital: fc.record(letterCommon, { requiredKeys: [...letterRequired] }) as fc.Arbitrary<DpiPayloadByType["digital"]>,
  flyttet: fc.record(
    { ...letterCommon, tidspunkt: dateTime, mottakstidspunkt: date, aapnet: fc.boolean() },
    { requiredKeys: [...letterRequired, "tidspunkt", "mottakstidspunkt"] },
  ) as fc.Arbitrary<DpiPayloadByType["flyttet"]>,
  utskrift: fc.record(
    {
      avsender,
      mottaker: address,
      dokumentpakkefingeravtrykk: digest,
      maskinportentoken: token,
      utskriftstype: fc.constantFrom("SORT_HVIT" as const, "FARGE" as const),
      retur: fc.record({
        mottaker: address,
        returposthaandtering: fc.constantFrom("DIREKTE_RETUR" as const, "MAKULERING_MED_MELDING" as const),
      }),
      posttype: fc.constantFrom("A" as const, "B" as const),
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
    },
  ) as fc.Arbitrary<DpiPayloadByType["utskrift"]>,
  feil: fc.record(
    { ...kvittering, feiltype: fc.constantFrom("KLIENT" as const, "SERVER" as const), detaljer: text(0, 200) },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "feiltype"] },
  ),
  varslingfeiletkvittering: fc.record(
    { ...kvittering, varslingskanal: fc.constantFrom("epost" as const, "sms" as const), beskrivelse: text(0, 200) },
    { requiredKeys: ["avsender", "mottaker", "tidspunkt", "varslingskanal"] },
  ),
  leveringskvittering: fc.record(kvittering),
  aapningskvittering: fc.record(kvittering),
  mottakskvittering: fc.record(kvittering),
  returpostkvittering: fc.record(kvittering),
};

/** The options of a build, for any type (the process is one the type belongs to). */
export const buildOptions = (type: DpiType) =>
  fc.record({
    receiver: orgnr,
    conversationId: fc.uuid(),
    messageId: fc.uuid(),
    createdAt: instant,
    process: fc.constantFrom(...catalogue[type].processes),
    timeZone: fc.constantFrom("Europe/Oslo", "UTC", "America/St_Johns", "Asia/Kathmandu"),
  });

/** Deep-freezes a value, so any change to it throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !ArrayBuffer.isView(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
