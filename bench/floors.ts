/**
 * The floor: hand-written, straight-line checkers for digital and leveringskvittering that check exactly
 * what the official schemas (../shared/reference/digdir/schemas) say, no more, no less: every type,
 * required list, closed object, enum, length (in code points), pattern and format. They use the same
 * format functions as our validators (ajv-formats' semantics), so the floor measures the cost of walking
 * and checking a message, which is what a generated validator could at best match on this engine.
 * bench/rows/floor.ts checks that their verdicts equal the official schemas' on every pooled message.
 */
import { date, dateTime } from "../packages/contracts/dist/support/formats.js";
import { ucs2length } from "../packages/contracts/dist/support/ucs2length.js";

type O = Record<string, unknown>;
const isObject = (v: unknown): v is O => typeof v === "object" && v !== null && !Array.isArray(v);
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// ajv-formats' "email", in two halves.
const EMAIL = new RegExp(
  "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*" +
    "@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
  "i",
);
const ORG = /[0-9]{4}:\w{1,35}/u;
const PHONE = /^\+?[- _0-9]+$/u;

/** min ≤ code points ≤ max; the UTF-16 length settles most strings without counting. */
function length(s: string, min: number, max: number): boolean {
  const n = s.length; // UTF-16 units; the code points c lie in [ceil(n / 2), n]
  if (n <= max && (n + 1) >> 1 >= min) return true;
  const c = ucs2length(s);
  return c >= min && c <= max;
}

const str = (v: unknown): v is string => typeof v === "string";

function identifier(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const k in v) if (k !== "authority" && k !== "value") return false;
  return str(v.authority) && str(v.value);
}

function actors(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 1) return false;
  const a = v[0];
  if (!isObject(a)) return false;
  for (const k in a) if (k !== "identifier") return false;
  return identifier(a.identifier);
}

function header(h: unknown): boolean {
  if (!isObject(h)) return false;
  for (const k in h) {
    switch (k) {
      case "headerVersion":
      case "sender":
      case "receiver":
      case "documentIdentification":
      case "businessScope":
        break;
      default:
        return false;
    }
  }
  if (!str(h.headerVersion) || !actors(h.sender) || !actors(h.receiver)) return false;
  const d = h.documentIdentification;
  if (!isObject(d)) return false;
  for (const k in d) {
    switch (k) {
      case "standard":
      case "typeVersion":
      case "instanceIdentifier":
      case "type":
      case "creationDateAndTime":
        break;
      default:
        return false;
    }
  }
  if (!str(d.standard) || !str(d.typeVersion) || !str(d.type)) return false;
  if (!str(d.instanceIdentifier) || !UUID.test(d.instanceIdentifier)) return false;
  if (!str(d.creationDateAndTime) || !dateTime(d.creationDateAndTime)) return false;
  const b = h.businessScope;
  if (!isObject(b)) return false;
  for (const k in b) if (k !== "scope") return false;
  if (!Array.isArray(b.scope)) return false;
  for (const s of b.scope) {
    if (!isObject(s)) return false;
    for (const k in s) {
      switch (k) {
        case "type":
        case "instanceIdentifier":
        case "identifier":
        case "scopeInformation":
          break;
        default:
          return false;
      }
    }
    if (!str(s.type)) return false;
    if (s.instanceIdentifier !== undefined && !(str(s.instanceIdentifier) && UUID.test(s.instanceIdentifier)))
      return false;
    if (s.identifier !== undefined && !str(s.identifier)) return false;
    if (s.scopeInformation !== undefined) {
      if (!Array.isArray(s.scopeInformation)) return false;
      for (const i of s.scopeInformation) {
        if (!isObject(i)) return false;
        for (const k in i) if (k !== "expectedResponseDateTime") return false;
        if (i.expectedResponseDateTime !== undefined && !str(i.expectedResponseDateTime)) return false;
      }
    }
  }
  return true;
}

function virksomhetsidentifikator(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const k in v) if (k !== "authority" && k !== "value") return false;
  return v.authority === "iso6523-actorid-upis" && str(v.value) && ORG.test(v.value);
}

function avsender(a: unknown): boolean {
  if (!isObject(a)) return false;
  for (const k in a)
    if (k !== "virksomhetsidentifikator" && k !== "avsenderidentifikator" && k !== "fakturaReferanse") return false;
  if (!virksomhetsidentifikator(a.virksomhetsidentifikator)) return false;
  if (
    a.avsenderidentifikator !== undefined &&
    !(str(a.avsenderidentifikator) && length(a.avsenderidentifikator, 0, 100))
  )
    return false;
  return a.fakturaReferanse === undefined || (str(a.fakturaReferanse) && length(a.fakturaReferanse, 0, 40));
}

function repetisjoner(r: unknown): boolean {
  if (!Array.isArray(r) || r.length < 1 || r.length > 10) return false;
  for (const n of r) if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > 25) return false;
  return true;
}

function varsler(v: unknown): boolean {
  if (!isObject(v)) return true; // the schema gives varsler no type
  const e = v.epostvarsel;
  if (e !== undefined) {
    if (!isObject(e)) return false;
    for (const k in e) if (k !== "epostadresse" && k !== "varslingstekst" && k !== "repetisjoner") return false;
    if (!str(e.epostadresse) || !EMAIL.test(e.epostadresse)) return false;
    if (!str(e.varslingstekst) || !length(e.varslingstekst, 1, 500) || !repetisjoner(e.repetisjoner)) return false;
  }
  const s = v.smsvarsel;
  if (s !== undefined) {
    if (!isObject(s)) return false;
    for (const k in s) if (k !== "mobiltelefonnummer" && k !== "varslingstekst" && k !== "repetisjoner") return false;
    const m = s.mobiltelefonnummer;
    if (!str(m) || !length(m, 8, 20) || !PHONE.test(m)) return false;
    if (!str(s.varslingstekst) || !length(s.varslingstekst, 1, 160) || !repetisjoner(s.repetisjoner)) return false;
  }
  return true;
}

function digitalPayload(d: unknown): boolean {
  if (!isObject(d)) return false;
  for (const k in d) {
    switch (k) {
      case "avsender":
      case "mottaker":
      case "dokumentpakkefingeravtrykk":
      case "maskinportentoken":
      case "sikkerhetsnivaa":
      case "virkningsdato":
      case "virkningstidspunkt":
      case "aapningskvittering":
      case "ikkesensitivtittel":
      case "spraak":
      case "varsler":
        break;
      default:
        return false;
    }
  }
  if (!avsender(d.avsender)) return false;
  const m = d.mottaker;
  if (!isObject(m)) return false;
  for (const k in m) if (k !== "postkasseadresse") return false;
  if (!str(m.postkasseadresse)) return false;
  const f = d.dokumentpakkefingeravtrykk;
  if (!isObject(f)) return false;
  for (const k in f) if (k !== "digestMethod" && k !== "digestValue") return false;
  if (!str(f.digestMethod) || !str(f.digestValue) || !str(d.maskinportentoken)) return false;
  if (d.sikkerhetsnivaa !== 3 && d.sikkerhetsnivaa !== 4) return false;
  if (d.virkningsdato !== undefined && !(str(d.virkningsdato) && date(d.virkningsdato))) return false;
  if (d.virkningstidspunkt !== undefined && !(str(d.virkningstidspunkt) && dateTime(d.virkningstidspunkt)))
    return false;
  if (d.aapningskvittering !== undefined && typeof d.aapningskvittering !== "boolean") return false;
  if (!str(d.ikkesensitivtittel) || !length(d.ikkesensitivtittel, 1, 255)) return false;
  if (!str(d.spraak) || !length(d.spraak, 2, 2)) return false;
  return d.varsler === undefined || varsler(d.varsler);
}

function kvittering(q: unknown): boolean {
  if (!isObject(q)) return false;
  for (const k in q) if (k !== "avsender" && k !== "mottaker" && k !== "tidspunkt") return false;
  if (!avsender(q.avsender)) return false;
  const m = q.mottaker;
  if (!isObject(m) || !virksomhetsidentifikator(m.virksomhetsidentifikator)) return false; // open object
  if (m.motakeridentifikator !== undefined && !(str(m.motakeridentifikator) && length(m.motakeridentifikator, 0, 100)))
    return false;
  return str(q.tidspunkt) && dateTime(q.tidspunkt);
}

/** `{ standardBusinessDocument: { standardBusinessDocumentHeader, <key> } }`, both closed and required. */
function envelope(m: unknown, key: string, payload: (p: unknown) => boolean): boolean {
  if (!isObject(m)) return false;
  for (const k in m) if (k !== "standardBusinessDocument") return false;
  const sbd = m.standardBusinessDocument;
  if (!isObject(sbd)) return false;
  for (const k in sbd) if (k !== "standardBusinessDocumentHeader" && k !== key) return false;
  return (
    sbd.standardBusinessDocumentHeader !== undefined &&
    sbd[key] !== undefined &&
    header(sbd.standardBusinessDocumentHeader) &&
    payload(sbd[key])
  );
}

/** The official digital schema, by hand. */
export const floorDigital = (m: unknown): boolean => envelope(m, "digital", digitalPayload);

/** The official leveringskvittering schema, by hand. */
export const floorLeveringskvittering = (m: unknown): boolean => envelope(m, "leveringskvittering", kvittering);
