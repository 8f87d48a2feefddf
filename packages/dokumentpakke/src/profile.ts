/** The fixed facts of the DPI ASiC-E / XAdES / CMS profile (dokumentpakke_sikkerhet.md). */

/** Content of the `mimetype` entry. */
export const ASICE_MIMETYPE = "application/vnd.etsi.asic-e+zip";
/** Namespace of manifest.xml. */
export const SDP_NS = "http://begrep.difi.no/sdp/schema_v10";
/** Namespace of the XAdESSignatures root (ETSI TS 102 918). */
export const ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#";
/** XML-DSig namespace. */
export const DS_NS = "http://www.w3.org/2000/09/xmldsig#";
/** XAdES 1.3.2 namespace. */
export const XADES_NS = "http://uri.etsi.org/01903/v1.3.2#";
/** Canonical XML 1.0 (without comments). */
export const C14N_10 = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
/** RSA PKCS#1 v1.5 with SHA-256. */
export const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
/** SHA-256 digest. */
export const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
/** SHA-1 digest (CertDigest only). */
export const SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
/** Type of the SignedProperties reference. */
export const SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";
/** The manifest's own MIME type in DataObjectFormat. */
export const MANIFEST_MIME = "application/xml";
/** Entry names the package reserves. */
export const MIMETYPE_ENTRY = "mimetype";
export const MANIFEST_ENTRY = "manifest.xml";
export const SIGNATURES_ENTRY = "META-INF/signatures.xml";
/** Most attachments (vedlegg) a package may carry. */
export const MAX_ATTACHMENTS = 200;
/** Default size limit of a whole package (the zip), 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Length limits of the manifest's schema. */
export const HREF_MIN = 4;
export const HREF_MAX = 100;
export const MIME_MAX = 100;
export const TITLE_MAX = 255;

/** CMS object identifiers. */
export const OID = {
  data: "1.2.840.113549.1.7.1",
  envelopedData: "1.2.840.113549.1.7.3",
  rsaOaep: "1.2.840.113549.1.1.7",
  mgf1: "1.2.840.113549.1.1.8",
  pSpecified: "1.2.840.113549.1.1.9",
  sha1: "1.3.14.3.2.26",
  sha256: "2.16.840.1.101.3.4.2.1",
  aes256Cbc: "2.16.840.1.101.3.4.1.42",
} as const;
