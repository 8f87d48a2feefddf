import { createPublicKey, type KeyObject, type X509Certificate } from "node:crypto";
import { computeFingerprint, copyJson, SHA256_DIGEST_METHOD, type Failure, type Problem } from "@innbyggerpost/runtime";
import { encryptZip } from "./cms.js";
import { chainOf } from "./certificates.js";
import { readCertificateList, readPrivateKey, type CertificateInput } from "./keys.js";
import { letterBody, readLetter } from "./letter.js";
import { manifestOf, writeManifest, type Manifest, type ManifestDocument } from "./manifest.js";
import { isDataMimeType, isDocumentMimeType } from "./mime-types.js";
import {
  DEFAULT_MAX_BYTES,
  HREF_MAX,
  HREF_MIN,
  MANIFEST_ENTRY,
  MANIFEST_MIME,
  MAX_ATTACHMENTS,
  SIGNATURES_ENTRY,
  TITLE_MAX,
} from "./profile.js";
import { writeSignatures, type SignedFile } from "./signature-write.js";
import { asBytes, fail, isRecord, kindOf, reason } from "./support.js";
import type { DocumentInput, DokumentpakkeErrorCode, Signer } from "./types.js";
import { isXmlText } from "./xml-text.js";
import { unsafeName } from "./zip-read.js";
import { writeZip } from "./zip-write.js";

/** Input of {@link buildPackage}. */
export interface BuildPackageInput {
  /** The letter (SBD of type digital or utskrift, object or JSON text): it gives the manifest's parties. */
  readonly letter: unknown;
  readonly document: DocumentInput;
  /** 0..200 attachments (vedlegg), in the order given. */
  readonly attachments?: readonly DocumentInput[];
  readonly signer: Signer;
  /** Most bytes the zip may have; default 50 MB. */
  readonly maxBytes?: number;
  /** SigningTime (and the zip entries' time); default now. */
  readonly signingTime?: Date;
}

/** What {@link buildPackage} returns. */
export type BuildPackageResult =
  | { readonly ok: true; readonly zip: Uint8Array; readonly entries: readonly string[]; readonly manifest: Manifest }
  | Failure<DokumentpakkeErrorCode>;

type Problems = Problem<DokumentpakkeErrorCode>[];
const length = (s: string): number => [...s].length;

function fileNameProblem(name: string): string | null {
  if (!isXmlText(name) || /[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")))
    return "is not encodable as UTF-8 XML text";
  if (/[/\\]/.test(name)) return "holds a path separator";
  if (name.includes("..")) return "holds ..";
  if (length(name) < HREF_MIN || length(name) > HREF_MAX) return `is not ${HREF_MIN}..${HREF_MAX} characters`;
  const unsafe = unsafeName(name);
  if (unsafe) return `has ${unsafe}`;
  if (/^(mimetype|manifest\.xml|META-INF)$/i.test(name)) return "is a name the package reserves";
  return null;
}

function readDocument(
  d: unknown,
  at: string,
  problems: Problems,
  names: Map<string, string>,
): (ManifestDocument & { files: SignedFile[] }) | null {
  if (!isRecord(d)) {
    problems.push({
      pointer: at,
      code: "bad-document",
      message: `a document is {bytes, fileName, mimeType, title}, not ${kindOf(d)}`,
    });
    return null;
  }
  const [bytes, fileName, mimeType, title, language, data] = [
    asBytes(d.bytes),
    d.fileName,
    d.mimeType,
    d.title,
    d.language,
    d.data,
  ];
  const start = problems.length;
  if (!bytes)
    problems.push({
      pointer: `${at}/bytes`,
      code: "bad-document",
      message: `bytes is a Uint8Array, not ${kindOf(d.bytes)}`,
    });
  const name = (value: unknown, where: string): string | null => {
    if (typeof value !== "string") {
      problems.push({ pointer: where, code: "invalid-file-name", message: "the file name is a string" });
      return null;
    }
    const bad = fileNameProblem(value);
    if (bad)
      problems.push({
        pointer: where,
        code: "invalid-file-name",
        message: `the file name ${JSON.stringify(value)} ${bad}`,
      });
    const folded = value.normalize("NFC").toLowerCase();
    if (names.has(folded)) {
      problems.push({
        pointer: where,
        code: "duplicate-file-name",
        message: `${JSON.stringify(value)} is also ${names.get(folded)}`,
      });
    } else names.set(folded, where);
    return bad ? null : value;
  };
  const href = name(fileName, `${at}/fileName`);
  if (typeof mimeType !== "string" || !isDocumentMimeType(mimeType)) {
    problems.push({
      pointer: `${at}/mimeType`,
      code: "mime-type-not-allowed",
      message: `${JSON.stringify(mimeType)} is not an allowed MIME type`,
    });
  }
  if (typeof title !== "string" || !title.length || length(title) > TITLE_MAX || !isXmlText(title)) {
    problems.push({
      pointer: `${at}/title`,
      code: "bad-document",
      message: `the title is 1..${TITLE_MAX} characters of text`,
    });
  }
  if (language !== undefined && (typeof language !== "string" || !/^[A-Za-z]{2}$/.test(language))) {
    problems.push({
      pointer: `${at}/language`,
      code: "bad-document",
      message: "the language is a 2-letter ISO 639-1 code",
    });
  }
  let dataFile: SignedFile | undefined;
  if (data !== undefined) {
    if (!isRecord(data))
      problems.push({ pointer: `${at}/data`, code: "bad-document", message: "data is {bytes, fileName, mimeType}" });
    else {
      const [dBytes, dName, dMime] = [asBytes(data.bytes), data.fileName, data.mimeType];
      if (!dBytes)
        problems.push({ pointer: `${at}/data/bytes`, code: "bad-document", message: "bytes is a Uint8Array" });
      const dHref = name(dName, `${at}/data/fileName`);
      if (typeof dMime !== "string" || !isDataMimeType(dMime)) {
        problems.push({
          pointer: `${at}/data/mimeType`,
          code: "mime-type-not-allowed",
          message: `${JSON.stringify(dMime)} is not a metadata MIME type`,
        });
      } else if (dBytes && dHref) dataFile = { name: dHref, bytes: dBytes, mimeType: dMime };
    }
  }
  if (problems.length > start || !bytes || !href) return null;
  const files: SignedFile[] = [{ name: href, bytes, mimeType: mimeType as string }, ...(dataFile ? [dataFile] : [])];
  return {
    href,
    mime: mimeType as string,
    title: title as string,
    lang: typeof language === "string" ? language : "no",
    ...(dataFile ? { data: { href: dataFile.name, mime: dataFile.mimeType } } : {}),
    files,
  };
}

function readSigner(s: unknown, problems: Problems): { key: KeyObject; chain: X509Certificate[] } | null {
  if (!isRecord(s)) {
    problems.push({ pointer: "/signer", code: "bad-input", message: "signer is {privateKey, certificate, chain?}" });
    return null;
  }
  const [privateKey, certificate, chain] = [s.privateKey, s.certificate, s.chain];
  const read = readPrivateKey(privateKey, "/signer/privateKey");
  const key = "key" in read ? read.key : null;
  if ("problem" in read) problems.push(read.problem);
  const leaf = readCertificateList(certificate, "/signer/certificate");
  if ("problem" in leaf) {
    problems.push(leaf.problem);
    return null;
  }
  const others: X509Certificate[] = [];
  if (chain !== undefined) {
    if (!Array.isArray(chain))
      problems.push({ pointer: "/signer/chain", code: "bad-option", message: "chain is an array of certificates" });
    else
      chain.forEach((c: unknown, i) => {
        const r = readCertificateList(c, `/signer/chain/${i}`);
        if ("problem" in r) problems.push(r.problem);
        else others.push(...r.certificates);
      });
  }
  const cert = leaf.certificates[0]!;
  others.push(...leaf.certificates.slice(1));
  if (key) {
    const a = createPublicKey(key).export({ type: "spki", format: "der" });
    if (!a.equals(cert.publicKey.export({ type: "spki", format: "der" }))) {
      problems.push({
        pointer: "/signer/privateKey",
        code: "bad-key",
        message: "the private key does not belong to the certificate",
      });
      return null;
    }
  }
  if (!key) return null;
  // Leaf first, then issuers in order; certificates off the path are kept after it (the caller asked for them).
  const path = chainOf(cert, others);
  return { key, chain: [...path, ...others.filter((c) => !path.includes(c))] };
}

/** Builds the ASiC-E document package (the plain zip): manifest.xml, the documents and META-INF/signatures.xml. */
export async function buildPackage(input: BuildPackageInput): Promise<BuildPackageResult> {
  try {
    return build(input);
  } catch (e) {
    return fail("", "signing-failed", `the package could not be built: ${reason(e)}`);
  }
}

function build(input: BuildPackageInput): BuildPackageResult {
  if (!isRecord(input))
    return fail("", "bad-input", `the input is {letter, document, attachments?, signer, …}, not ${kindOf(input)}`);
  const [letter, document, attachments, signer, maxBytesIn, timeIn] = [
    input.letter,
    input.document,
    input.attachments,
    input.signer,
    input.maxBytes,
    input.signingTime,
  ];
  const problems: Problems = [];
  const maxBytes = maxBytesIn === undefined ? DEFAULT_MAX_BYTES : maxBytesIn;
  if (typeof maxBytes !== "number" || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    problems.push({ pointer: "/maxBytes", code: "bad-option", message: "maxBytes is a positive integer" });
  }
  const time = timeIn === undefined ? new Date() : timeIn;
  if (
    !(time instanceof Date) ||
    Number.isNaN(time.getTime()) ||
    time.getFullYear() < 1980 ||
    time.getFullYear() > 2099
  ) {
    problems.push({
      pointer: "/signingTime",
      code: "bad-option",
      message: "signingTime is a Date between 1980 and 2099",
    });
  }
  const parties = readLetter(letter, "/letter");
  if (!parties.ok) problems.push(...parties.errors);
  const names = new Map<string, string>();
  const main = readDocument(document, "/document", problems, names);
  const list = attachments === undefined ? [] : attachments;
  if (!Array.isArray(list))
    problems.push({ pointer: "/attachments", code: "bad-input", message: "attachments is an array" });
  else if (list.length > MAX_ATTACHMENTS) {
    problems.push({
      pointer: "/attachments",
      code: "too-many-attachments",
      message: `${list.length} attachments; at most ${MAX_ATTACHMENTS}`,
    });
  }
  const vedlegg =
    Array.isArray(list) && list.length <= MAX_ATTACHMENTS
      ? list.map((a, i) => readDocument(a, `/attachments/${i}`, problems, names))
      : [];
  const keys = readSigner(signer, problems);
  if (problems.length || !parties.ok || !main || !keys) return { ok: false, errors: problems };
  const docs = [main, ...(vedlegg as NonNullable<(typeof vedlegg)[number]>[])];
  const total = docs.flatMap((d) => d.files).reduce((n, f) => n + f.bytes.length, 0);
  if (total > (maxBytes as number))
    return fail("", "package-too-large", `the documents hold ${total} bytes; the package may hold ${maxBytes}`);
  const strip = ({ files: _files, ...doc }: (typeof docs)[number]): ManifestDocument => doc;
  const manifest = manifestOf(parties.parties, strip(main), docs.slice(1).map(strip));
  const files: SignedFile[] = [
    { name: MANIFEST_ENTRY, bytes: writeManifest(manifest), mimeType: MANIFEST_MIME },
    ...docs.flatMap((d) => d.files),
  ];
  const signatures = writeSignatures(files, keys.key, keys.chain, time as Date);
  const zip = writeZip(
    [...files, { name: SIGNATURES_ENTRY, bytes: signatures, mimeType: "application/xml" }],
    time as Date,
  );
  if (zip.length > (maxBytes as number))
    return fail("", "package-too-large", `the package is ${zip.length} bytes; at most ${maxBytes}`);
  return { ok: true, zip, entries: ["mimetype", ...files.map((f) => f.name), SIGNATURES_ENTRY], manifest };
}

/** Input of {@link encryptPackage}. */
export interface EncryptPackageInput {
  readonly zip: Uint8Array;
  /**
   * The receiver's encryption certificate (PEM or a parsed `X509Certificate`): the postbox's for digital, the
   * print provider's for utskrift.
   */
  readonly recipientCertificate: CertificateInput;
}

/** What {@link encryptPackage} returns: the CMS and its fingerprint (base64 SHA-256 of the CMS bytes). */
export type EncryptPackageResult =
  | { readonly ok: true; readonly cms: Uint8Array; readonly fingerprint: string }
  | Failure<DokumentpakkeErrorCode>;

/** Encrypts a package: CMS EnvelopedData v0, RSAES-OAEP (SHA-256, MGF1-SHA-256), AES-256-CBC, a fresh key. */
export function encryptPackage(input: EncryptPackageInput): EncryptPackageResult {
  try {
    return encryptUnsafely(input);
  } catch (e) {
    // A throwing getter or a revoked Proxy in the input: a typed failure, never a throw.
    return fail("", "bad-input", `the input could not be read: ${reason(e)}`);
  }
}

function encryptUnsafely(input: EncryptPackageInput): EncryptPackageResult {
  if (!isRecord(input)) return fail("", "bad-input", `the input is {zip, recipientCertificate}, not ${kindOf(input)}`);
  const [zipIn, certIn] = [input.zip, input.recipientCertificate];
  const zip = asBytes(zipIn);
  if (!zip) return fail("/zip", "bad-input", `zip is bytes, not ${kindOf(zipIn)}`);
  const cert = readCertificateList(certIn, "/recipientCertificate");
  if ("problem" in cert) return { ok: false, errors: [cert.problem] };
  const recipient = cert.certificates[0]!;
  if (recipient.publicKey.asymmetricKeyType !== "rsa")
    return fail("/recipientCertificate", "bad-certificate", "the recipient key is not RSA");
  let cms: Uint8Array;
  try {
    cms = encryptZip(zip, recipient);
  } catch (e) {
    return fail("/recipientCertificate", "bad-certificate", `could not encrypt to this certificate: ${reason(e)}`);
  }
  const fp = computeFingerprint(cms);
  if (!fp.ok) return fail("", "bad-input", "no fingerprint");
  return { ok: true, cms, fingerprint: fp.fingerprint.digestValue };
}

/** Input of {@link createPackage}: {@link buildPackage}'s and the receiver's certificate. */
export interface CreatePackageInput extends BuildPackageInput {
  readonly recipientCertificate: CertificateInput;
}

/** What {@link createPackage} returns: the CMS, the zip inside, the fingerprint, a copy of the letter carrying it. */
export type CreatePackageResult =
  | {
      readonly ok: true;
      readonly cms: Uint8Array;
      readonly zip: Uint8Array;
      readonly fingerprint: string;
      /** The zip's entry names, in order. */
      readonly entries: readonly string[];
      readonly letter: unknown;
    }
  | Failure<DokumentpakkeErrorCode>;

/** Builds, signs and encrypts a package in one call; fills the letter's dokumentpakkefingeravtrykk in (in a copy). */
export async function createPackage(input: CreatePackageInput): Promise<CreatePackageResult> {
  try {
    return await create(input);
  } catch (e) {
    return fail("", "bad-input", `the package could not be created: ${reason(e)}`);
  }
}

async function create(given: CreatePackageInput): Promise<CreatePackageResult> {
  if (!isRecord(given))
    return fail(
      "",
      "bad-input",
      `the input is {letter, document, signer, recipientCertificate, …}, not ${kindOf(given)}`,
    );
  // Each field of the caller's input read once: buildPackage gets these, not the caller's object.
  const input = { ...given };
  const recipientCertificate = input.recipientCertificate;
  let letter: unknown = input.letter;
  if (typeof letter === "string") {
    try {
      letter = JSON.parse(letter);
    } catch {
      return fail("/letter", "bad-letter", "the letter is not JSON");
    }
  }
  // One read of the letter (hardening): the package and the returned letter come from the same copy.
  const copied = copyJson(letter, "/letter");
  if (!copied.ok) return fail(copied.errors[0]!.pointer, "bad-letter", copied.errors[0]!.message);
  const copy = copied.value;
  const built = await buildPackage({ ...input, letter: copy } as BuildPackageInput);
  if (!built.ok) return built;
  const encrypted = encryptPackage({ zip: built.zip, recipientCertificate: recipientCertificate as CertificateInput });
  if (!encrypted.ok) return encrypted;
  const found = letterBody(copy)!;
  found.body.dokumentpakkefingeravtrykk = { digestMethod: SHA256_DIGEST_METHOD, digestValue: encrypted.fingerprint };
  return {
    ok: true,
    cms: encrypted.cms,
    zip: built.zip,
    fingerprint: encrypted.fingerprint,
    entries: built.entries,
    letter: copy,
  };
}
