import { createHash, createSign, type KeyObject, type X509Certificate } from "node:crypto";
import { issuerSerial, sha1Digest } from "./certificates.js";
import { ASIC_NS, C14N_10, DS_NS, RSA_SHA256, SHA1, SHA256, SIGNED_PROPERTIES_TYPE, XADES_NS } from "./profile.js";
import { escapeAttribute as attr, escapeText as text } from "./xml-text.js";

/** @internal One signed file. */
export interface SignedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

/** @internal A file name as a URI reference (RFC 3986 path segment, UTF-8 percent-encoded). */
export function referenceUri(name: string): string {
  return encodeURIComponent(name);
}

const sha256 = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("base64");
const empty = (name: string, algorithm: string): string => `<${name} Algorithm="${attr(algorithm)}"></${name}>`;

/**
 * @internal META-INF/signatures.xml: XAdES-BES over every file, written from a fixed template in canonical
 * form (C14N 1.0): SignedInfo and SignedProperties are signed exactly as they stand in the document, with
 * the namespace declarations their ancestors put in scope.
 */
export function writeSignatures(
  files: readonly SignedFile[],
  key: KeyObject,
  chain: readonly X509Certificate[],
  time: Date,
): Uint8Array {
  const leaf = chain[0]!;
  const { issuer, serial } = issuerSerial(leaf);
  const formats = files
    .map(
      (f, i) =>
        `<DataObjectFormat ObjectReference="#ID_${i}"><MimeType>${text(f.mimeType)}</MimeType></DataObjectFormat>`,
    )
    .join("");
  const signedPropertiesInner =
    `<SignedSignatureProperties><SigningTime>${time.toISOString()}</SigningTime>` +
    "<SigningCertificate><Cert><CertDigest>" +
    `${empty("ds:DigestMethod", SHA1)}<ds:DigestValue>${sha1Digest(leaf)}</ds:DigestValue></CertDigest><IssuerSerial>` +
    `<ds:X509IssuerName>${text(issuer)}</ds:X509IssuerName><ds:X509SerialNumber>${serial}</ds:X509SerialNumber>` +
    `</IssuerSerial></Cert></SigningCertificate></SignedSignatureProperties>` +
    `<SignedDataObjectProperties>${formats}</SignedDataObjectProperties>`;
  const signedPropertiesCanonical =
    `<SignedProperties xmlns="${XADES_NS}" xmlns:ds="${DS_NS}" Id="SignedProperties">` +
    `${signedPropertiesInner}</SignedProperties>`;
  const references = files
    .map(
      (f, i) =>
        `<Reference Id="ID_${i}" URI="${attr(referenceUri(f.name))}">${empty("DigestMethod", SHA256)}` +
        `<DigestValue>${sha256(f.bytes)}</DigestValue></Reference>`,
    )
    .join("");
  const signedInfoInner =
    `${empty("CanonicalizationMethod", C14N_10)}${empty("SignatureMethod", RSA_SHA256)}${references}` +
    `<Reference Type="${SIGNED_PROPERTIES_TYPE}" URI="#SignedProperties">` +
    `<Transforms>${empty("Transform", C14N_10)}</Transforms>` +
    `${empty("DigestMethod", SHA256)}<DigestValue>${sha256(signedPropertiesCanonical)}</DigestValue></Reference>`;
  const signedInfoCanonical = `<SignedInfo xmlns="${DS_NS}">${signedInfoInner}</SignedInfo>`;
  const signatureValue = createSign("RSA-SHA256").update(signedInfoCanonical).sign(key, "base64");
  const certificates = chain.map((c) => `<X509Certificate>${c.raw.toString("base64")}</X509Certificate>`).join("");
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><XAdESSignatures xmlns="${ASIC_NS}">` +
    `<Signature xmlns="${DS_NS}" Id="Signature"><SignedInfo>${signedInfoInner}</SignedInfo>` +
    `<SignatureValue>${signatureValue}</SignatureValue><KeyInfo><X509Data>${certificates}</X509Data></KeyInfo>` +
    `<Object><QualifyingProperties xmlns="${XADES_NS}" xmlns:ds="${DS_NS}" Target="#Signature">` +
    `<SignedProperties Id="SignedProperties">${signedPropertiesInner}</SignedProperties>` +
    "</QualifyingProperties></Object>" +
    `</Signature></XAdESSignatures>`;
  return new TextEncoder().encode(xml);
}
