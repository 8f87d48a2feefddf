import { X509Certificate } from "node:crypto";
import { fail, kindOf, type Failure } from "../support/problem.js";
import { parseOrganisationNumber } from "../identifiers/organisation-number.js";

/** A certificate as callers hold it: PEM text, base64 DER (as in `x5c`), DER bytes, or a parsed certificate. */
export type CertificateInput = string | Uint8Array | X509Certificate;

/** Why {@link readCertificate} failed: `bad-certificate`, the input is not one X.509 certificate. */
export type CertificateErrorCode = "bad-certificate";

/** What {@link readCertificate} returns; it never throws. */
export type CertificateResult = { readonly ok: true; readonly certificate: X509Certificate } | Failure<CertificateErrorCode>;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Reads one certificate. PEM text may hold several (a chain or a bundle): use {@link readCertificates};
 * here the first is taken.
 */
export function readCertificate(input: CertificateInput): CertificateResult {
  const all = readCertificates(input);
  return all.ok ? { ok: true, certificate: all.certificates[0]! } : all;
}

/** Reads every certificate of PEM text (or the one of base64 DER, DER bytes or a parsed certificate). Never throws. */
export function readCertificates(input: CertificateInput): { readonly ok: true; readonly certificates: readonly X509Certificate[] } | Failure<CertificateErrorCode> {
  try {
    if (input instanceof X509Certificate) return { ok: true, certificates: [input] };
    if (input instanceof Uint8Array) return { ok: true, certificates: [new X509Certificate(input)] };
    if (typeof input !== "string") return fail("", "bad-certificate", `a certificate is PEM text, base64 DER, DER bytes or an X509Certificate, not ${kindOf(input)}`);
    const blocks = input.match(PEM_BLOCK);
    if (blocks) return { ok: true, certificates: blocks.map((b) => new X509Certificate(b)) };
    const compact = input.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return fail("", "bad-certificate", "neither PEM nor base64 DER");
    return { ok: true, certificates: [new X509Certificate(Buffer.from(compact, "base64"))] };
  } catch (e) {
    return fail("", "bad-certificate", `not an X.509 certificate: ${e instanceof Error ? e.message : String(e)}`);
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
