import { X509Certificate } from "node:crypto";
import { fail, kindOf, reasonOf, type Failure } from "../support/problem.js";
import { parseOrganisationNumber } from "../identifiers/organisation-number.js";

/** A certificate as callers hold it: PEM text, base64 DER (as in `x5c`), DER bytes, or a parsed certificate. */
export type CertificateInput = string | Uint8Array | X509Certificate;

/** Why {@link readCertificate} failed: `bad-certificate`, the input is not one X.509 certificate. */
export type CertificateErrorCode = "bad-certificate";

/** What {@link readCertificate} returns; it never throws. */
export type CertificateResult =
  | { readonly ok: true; readonly certificate: X509Certificate }
  | Failure<CertificateErrorCode>;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Reads one certificate. PEM text may hold several (a chain or a bundle): use {@link readCertificates};
 * here the first is taken.
 */
export function readCertificate(input: CertificateInput): CertificateResult {
  const all = readCertificates(input);
  return all.ok ? { ok: true, certificate: all.certificates[0]! } : all;
}

/** PEM text longer than this is not a certificate or a chain but a way to make us scan it. */
const MAX_PEM_LENGTH = 16 * 1024 * 1024;

/** Reads every certificate of PEM text (or the one of base64 DER, DER bytes or a parsed certificate). Never throws. */
export function readCertificates(
  input: CertificateInput,
): { readonly ok: true; readonly certificates: readonly X509Certificate[] } | Failure<CertificateErrorCode> {
  try {
    if (input instanceof X509Certificate) return { ok: true, certificates: [input] };
    if (input instanceof Uint8Array) return { ok: true, certificates: [new X509Certificate(input)] };
    if (typeof input !== "string")
      return fail(
        "",
        "bad-certificate",
        `a certificate is PEM text, base64 DER, DER bytes or an X509Certificate, not ${kindOf(input)}`,
      );
    if (input.length > MAX_PEM_LENGTH)
      return fail("", "bad-certificate", `certificate text over ${MAX_PEM_LENGTH} characters is refused`);
    const blocks = input.match(PEM_BLOCK);
    if (blocks) return { ok: true, certificates: blocks.map((b) => new X509Certificate(b)) };
    const compact = input.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return fail("", "bad-certificate", "neither PEM nor base64 DER");
    return { ok: true, certificates: [new X509Certificate(Buffer.from(compact, "base64"))] };
  } catch (e) {
    return fail("", "bad-certificate", `not an X.509 certificate: ${reasonOf(e)}`);
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** How Node (OpenSSL's ASN1_TIME_print) writes validFrom/validTo: `Sep  3 21:40:37 2022 GMT`. */
const OPENSSL_TIME = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/;

/**
 * @internal Epoch milliseconds of a certificate's validFrom/validTo text, or NaN for anything not exactly in
 * OpenSSL's form ("Bad time value", an impossible date): callers treat NaN as "in doubt" and refuse. Read
 * here rather than by Date.parse, which guesses (years 0–99 become 19xx/20xx, so year 0049 would read as 2049).
 */
export function certificateTime(text: string): number {
  const m = OPENSSL_TIME.exec(text);
  if (!m) return Number.NaN;
  const month = MONTHS.indexOf(m[1]!);
  const [day, hour, minute, second, year] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return Number.NaN;
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return Number.NaN;
  d.setUTCHours(hour, minute, Math.min(second, 59), 0);
  return d.getTime();
}

/** Why {@link certificateValidAt} refused: `bad-certificate` (not one), or the validity the code names. */
export type ValidityErrorCode =
  | "bad-certificate"
  | "bad-option"
  | "certificate-validity-unreadable"
  | "certificate-expired"
  | "certificate-not-yet-valid";

/**
 * Whether a certificate is valid at `at` (a Date or epoch milliseconds; default now), read strictly: any doubt
 * refuses. Dates Node cannot print ("Bad time value") or that are not exactly in OpenSSL's form are
 * `certificate-validity-unreadable`, never skipped, and the year is never guessed (Date.parse reads 0049 as
 * 2049). The one validity check of every package (runtime, dokumentpakke, simulator). Never throws.
 */
export function certificateValidAt(
  certificate: CertificateInput,
  at: Date | number = Date.now(),
): { readonly ok: true; readonly validFrom: number; readonly validTo: number } | Failure<ValidityErrorCode> {
  try {
    const when = typeof at === "number" ? at : at instanceof Date ? Date.prototype.getTime.call(at) : Number.NaN;
    if (!Number.isFinite(when)) return fail("/at", "bad-option", `at must be a valid Date or epoch milliseconds`);
    const read = readCertificate(certificate);
    if (!read.ok) return read;
    const fromText = String(read.certificate.validFrom);
    const toText = String(read.certificate.validTo);
    const validFrom = certificateTime(fromText);
    const validTo = certificateTime(toText);
    if (!Number.isFinite(validFrom) || !Number.isFinite(validTo))
      return fail(
        "",
        "certificate-validity-unreadable",
        `the certificate's validity period (${fromText} – ${toText}) cannot be read, so it is not valid`,
      );
    if (when > validTo) return fail("", "certificate-expired", `the certificate expired ${toText}`);
    if (when < validFrom) return fail("", "certificate-not-yet-valid", `the certificate is valid from ${fromText}`);
    return { ok: true, validFrom, validTo };
  } catch (e) {
    return fail("", "bad-certificate", `the certificate cannot be read: ${reasonOf(e)}`);
  }
}

function values(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * The Norwegian organisation number a business certificate (virksomhetssertifikat) is issued to:
 * the subject `serialNumber` (SEID 1) or `organizationIdentifier` `NTRNO-<orgnr>` (SEID 2).
 * Null when neither holds a valid organisation number (e.g. a self-signed test certificate).
 */
export function organisationNumberOfCertificate(certificate: X509Certificate): string | null {
  try {
    return organisationNumberOf(certificate);
  } catch {
    return null;
  }
}

function organisationNumberOf(certificate: X509Certificate): string | null {
  // toLegacyObject() re-reads the whole certificate (~50 µs); a certificate never changes, so the answer
  // is remembered per instance (weakly: it goes with the certificate).
  if (certificate instanceof X509Certificate) {
    const known = organisationNumbers.get(certificate);
    if (known !== undefined) return known;
    const found = readOrganisationNumber(certificate);
    organisationNumbers.set(certificate, found);
    return found;
  }
  return readOrganisationNumber(certificate);
}

const organisationNumbers = new WeakMap<X509Certificate, string | null>();

function readOrganisationNumber(certificate: X509Certificate): string | null {
  let subject: Record<string, string | string[] | undefined>;
  try {
    subject = certificate.toLegacyObject().subject as unknown as Record<string, string | string[] | undefined>;
  } catch {
    return null;
  }
  for (const v of values(subject.serialNumber)) {
    const r = parseOrganisationNumber(v);
    if (r.ok) return r.value;
  }
  // OpenSSL names OID 2.5.4.97 organizationIdentifier; older builds print the OID.
  for (const v of [...values(subject.organizationIdentifier), ...values(subject["2.5.4.97"])]) {
    const m = /^NTRNO-(\d{9})$/.exec(v);
    if (m) {
      const r = parseOrganisationNumber(m[1]);
      if (r.ok) return r.value;
    }
  }
  return null;
}
