import type { Failure, TrustDecision } from "@innbyggerpost/runtime";
import type { Manifest } from "./manifest.js";
import type { CmsErrorCode } from "./cms.js";
import type { CertificateInput, PrivateKeyInput } from "./keys.js";
import type { XmlErrorCode } from "./xml-dom.js";
import type { ZipErrorCode, ZipLimits } from "./zip-read.js";

/** A document or attachment to put in a package. */
export interface DocumentInput {
  readonly bytes: Uint8Array;
  /** The file name in the package: UTF-8, 4..100 characters, no path separators, not `..`. */
  readonly fileName: string;
  /** One of {@link MIME_TYPES} (not an extension type). */
  readonly mimeType: string;
  /** The title shown in the mailbox, 1..255 characters. */
  readonly title: string;
  /** ISO 639-1 language of the title (2 letters); default `no`. */
  readonly language?: string;
  /** An optional metadata document (MIME `application/vnd.difi.dpi.{bevis,lenke,arrangement}+xml`). */
  readonly data?: { readonly bytes: Uint8Array; readonly fileName: string; readonly mimeType: string };
}

/**
 * The sender's signing key and certificate, as PEM text or parsed (`KeyObject`, `X509Certificate`: parse once
 * when signing many packages); `chain` up to and including the root.
 */
export interface Signer {
  readonly privateKey: PrivateKeyInput;
  readonly certificate: CertificateInput;
  readonly chain?: readonly CertificateInput[];
}

/**
 * Error codes of the dokumentpakke functions. Input: `bad-input`, `bad-option`, `bad-letter`, `bad-document`,
 * `bad-key`, `bad-certificate`. Build refusals: `mime-type-not-allowed`, `duplicate-file-name`,
 * `invalid-file-name` (not UTF-8, separators, `..`, length), `too-many-attachments`, `package-too-large`,
 * `party-mismatch`, `signing-failed`. CMS: `malformed-cms`, `unsupported-cms`, `decryption-failed` (every
 * failure to decrypt, whatever the cause). Zip: `malformed-zip`, `unsupported-zip-feature`, `unsafe-entry-name`,
 * `duplicate-entry`, `header-mismatch`, `hidden-data`, `zip-limit-exceeded`, `crc-mismatch`, `bad-mimetype-entry`,
 * `missing-entry`, `unexpected-entry`. XML: `invalid-encoding`, `forbidden-xml` (DOCTYPE, entities),
 * `malformed-xml`. Signature: `malformed-signature`, `unsupported-algorithm`, `signature-wrapping`,
 * `digest-mismatch`, `bad-signature`, `missing-file`, `duplicate-reference`, `unsigned-file`,
 * `signing-certificate-mismatch`, `certificate-expired`, `certificate-not-yet-valid`,
 * `certificate-validity-unreadable` (any doubt refuses), `untrusted-certificate`.
 * Manifest: `invalid-manifest`, `unlisted-file`, `party-mismatch`, `fingerprint-mismatch`.
 */
export type DokumentpakkeErrorCode =
  | CmsErrorCode
  | ZipErrorCode
  | XmlErrorCode
  | "bad-input"
  | "bad-option"
  | "bad-letter"
  | "bad-document"
  | "bad-key"
  | "bad-certificate"
  | "mime-type-not-allowed"
  | "duplicate-file-name"
  | "invalid-file-name"
  | "too-many-attachments"
  | "package-too-large"
  | "party-mismatch"
  | "signing-failed"
  | "bad-mimetype-entry"
  | "missing-entry"
  | "unexpected-entry"
  | "malformed-signature"
  | "unsupported-algorithm"
  | "signature-wrapping"
  | "digest-mismatch"
  | "bad-signature"
  | "missing-file"
  | "duplicate-reference"
  | "unsigned-file"
  | "signing-certificate-mismatch"
  | "certificate-expired"
  | "certificate-not-yet-valid"
  | "certificate-validity-unreadable"
  | "untrusted-certificate"
  | "invalid-manifest"
  | "unlisted-file"
  | "fingerprint-mismatch";

/** A document as opened from a package, with its manifest entry. */
export interface OpenedDocument {
  readonly role: "hoveddokument" | "vedlegg";
  readonly fileName: string;
  readonly mimeType: string;
  readonly title?: string;
  readonly language?: string;
  readonly bytes: Uint8Array;
  readonly data?: { readonly fileName: string; readonly mimeType: string; readonly bytes: Uint8Array };
}

/** Who signed a package: the signing certificate and its chain (PEM, leaf first). */
export interface PackageSigner {
  readonly certificate: string;
  readonly chain: readonly string[];
  readonly signingTime: string;
  /** The caller's trust decision: true when it trusted the signer, null when no `trust` was given. */
  readonly trusted: boolean | null;
}

/** Options of {@link verifyPackage}. */
export interface VerifyPackageInput {
  readonly zip: Uint8Array;
  /** The letter the package came with: the manifest's parties (and, when opening, the fingerprint) must match. */
  readonly letter?: unknown;
  /** Who may sign (the runtime's shape): pinned certificates (leaf or any CA of its chain) or a function. */
  readonly trust?: TrustDecision;
  readonly limits?: ZipLimits & { readonly maxBytes?: number };
}

/** What a verified package holds. */
export interface VerifiedPackage {
  readonly ok: true;
  readonly documents: readonly OpenedDocument[];
  readonly manifest: Manifest;
  readonly signer: PackageSigner;
}

/** What {@link verifyPackage} returns. */
export type VerifyPackageResult = VerifiedPackage | Failure<DokumentpakkeErrorCode>;

/** Options of {@link openPackage}. */
export interface OpenPackageInput extends Omit<VerifyPackageInput, "zip"> {
  /** The encrypted package (CMS EnvelopedData, DER or BER). */
  readonly cms: Uint8Array;
  /** The receiver's private key: PEM (PKCS#8 or PKCS#1) or a parsed `KeyObject` (parse once, open many). */
  readonly privateKey: PrivateKeyInput;
}

/** What {@link openPackage} returns: the verified package and the zip that was inside. */
export type OpenPackageResult = (VerifiedPackage & { readonly zip: Uint8Array }) | Failure<DokumentpakkeErrorCode>;
