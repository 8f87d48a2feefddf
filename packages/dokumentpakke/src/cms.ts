import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import type { X509Certificate } from "node:crypto";
import {
  type EncryptedContent,
  EncryptedContentInfo,
  EnvelopedData,
  IssuerAndSerialNumber,
  KeyTransRecipientInfo,
  RecipientIdentifier,
  RecipientInfo,
  RecipientInfos,
} from "@peculiar/asn1-cms";
import { RsaEsOaepParams } from "@peculiar/asn1-rsa";
import { AsnConvert, AsnParser, OctetString } from "@peculiar/asn1-schema";
import * as asn1js from "asn1js";
import { AlgorithmIdentifier, Certificate } from "@peculiar/asn1-x509";
import { OID } from "./profile.js";
import { decryptParts, splitEncryptedContent } from "./cms-content.js";
import { derHeader, locateContent } from "./cms-locate.js";
import { readProfileEnvelope } from "./cms-read.js";
import { reason, view } from "./support.js";

const NULL_PARAMS = new Uint8Array([5, 0]).buffer;
const sha256Id = (): AlgorithmIdentifier => new AlgorithmIdentifier({ algorithm: OID.sha256, parameters: NULL_PARAMS });

/** A DER header: tag and definite length. */
const header = (tag: number, length: number): Buffer => Buffer.from(derHeader(tag, length));

/** The content of a DER element (its header stripped). */
function contentOf(der: ArrayBuffer): Buffer {
  const b = Buffer.from(der);
  const first = b[1]!;
  return b.subarray(first < 0x80 ? 2 : 2 + (first & 0x7f));
}

/**
 * @internal Encrypts the zip to one recipient: EnvelopedData v0, RSAES-OAEP SHA-256/MGF1-SHA-256, AES-256-CBC.
 * Every structure comes from asn1-cms; only the one large field, the ciphertext, is framed here (DER, definite
 * lengths), so it is encrypted straight into the output buffer instead of being copied through the encoder.
 */
export function encryptZip(zip: Uint8Array, recipient: X509Certificate): Uint8Array {
  const parsed = AsnConvert.parse(recipient.raw, Certificate);
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const encryptedKey = publicEncrypt(
    {
      key: recipient.publicKey,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: "sha256",
    },
    key,
  );
  const oaep = new RsaEsOaepParams({
    hashAlgorithm: sha256Id(),
    maskGenAlgorithm: new AlgorithmIdentifier({
      algorithm: OID.mgf1,
      parameters: AsnConvert.serialize(sha256Id()),
    }),
  });
  const ktri = new KeyTransRecipientInfo({
    version: 0,
    rid: new RecipientIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: parsed.tbsCertificate.issuer,
        serialNumber: parsed.tbsCertificate.serialNumber,
      }),
    }),
    keyEncryptionAlgorithm: new AlgorithmIdentifier({
      algorithm: OID.rsaOaep,
      parameters: AsnConvert.serialize(oaep),
    }),
    encryptedKey: new OctetString(encryptedKey),
  });
  // version INTEGER 0, recipientInfos SET, and encryptedContentInfo without its content.
  const head = Buffer.concat([
    Buffer.from([0x02, 0x01, 0x00]),
    Buffer.from(AsnConvert.serialize(new RecipientInfos([new RecipientInfo({ ktri })]))),
  ]);
  const eciHead = contentOf(
    AsnConvert.serialize(
      new EncryptedContentInfo({
        contentType: OID.data,
        contentEncryptionAlgorithm: new AlgorithmIdentifier({
          algorithm: OID.aes256Cbc,
          parameters: AsnConvert.serialize(new OctetString(iv)),
        }),
      }),
    ),
  );
  const cipherLength = (Math.floor(zip.length / 16) + 1) * 16;
  const content = header(0x80, cipherLength); // [0] IMPLICIT OCTET STRING
  const eci = header(0x30, eciHead.length + content.length + cipherLength);
  const eciLength = eci.length + eciHead.length + content.length + cipherLength;
  const enveloped = header(0x30, head.length + eciLength);
  const envelopedLength = enveloped.length + head.length + eciLength;
  const explicit = header(0xa0, envelopedLength);
  // The OID's DER, as the library writes it inside an AlgorithmIdentifier without parameters.
  const oidTlv = contentOf(AsnConvert.serialize(new AlgorithmIdentifier({ algorithm: OID.envelopedData })));
  const outerLength = oidTlv.length + explicit.length + envelopedLength;
  const prefix = Buffer.concat([header(0x30, outerLength), oidTlv, explicit, enveloped, head, eci, eciHead, content]);
  const out = Buffer.allocUnsafe(prefix.length + cipherLength);
  prefix.copy(out, 0);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  key.fill(0);
  let p = prefix.length;
  const CHUNK = 1024 * 1024;
  for (let i = 0; i < zip.length; i += CHUNK) p += cipher.update(zip.subarray(i, i + CHUNK)).copy(out, p);
  p += cipher.final().copy(out, p);
  if (p !== out.length) throw new Error("CMS length mismatch");
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** @internal Why a CMS could not be opened. */
export type CmsErrorCode = "malformed-cms" | "unsupported-cms" | "decryption-failed";

type Opened = { ok: true; zip: Uint8Array } | { ok: false; code: CmsErrorCode; message: string };

/** OAEP parameters by their DER (hex): senders use one or two encodings, and the schema parser is slow. */
const OAEP_SEEN = new Map<string, "sha1" | "sha256" | null>();

function oaepHash(parameters: ArrayBuffer | Uint8Array | null | undefined): "sha1" | "sha256" | null {
  // Absent parameters: all defaults (SHA-1, MGF1-SHA-1, empty label).
  if (!parameters || parameters.byteLength === 0) return "sha1";
  const bytes = parameters instanceof Uint8Array ? parameters : new Uint8Array(parameters);
  const der = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("hex");
  const seen = OAEP_SEEN.get(der);
  if (seen !== undefined) return seen;
  const hash = readOaepHash(parameters);
  if (OAEP_SEEN.size < 64 && der.length <= 512) OAEP_SEEN.set(der, hash);
  return hash;
}

function readOaepHash(parameters: ArrayBuffer | Uint8Array): "sha1" | "sha256" | null {
  const p = AsnConvert.parse(parameters, RsaEsOaepParams);
  const hashOf = (id: AlgorithmIdentifier): "sha1" | "sha256" | null =>
    id.algorithm === OID.sha1 ? "sha1" : id.algorithm === OID.sha256 ? "sha256" : null;
  const hash = hashOf(p.hashAlgorithm);
  if (p.maskGenAlgorithm.algorithm !== OID.mgf1 || !p.maskGenAlgorithm.parameters) return null;
  const mgfHash = hashOf(AsnConvert.parse(p.maskGenAlgorithm.parameters, AlgorithmIdentifier));
  if (p.pSourceAlgorithm.algorithm !== OID.pSpecified) return null;
  const label = p.pSourceAlgorithm.parameters ? AsnConvert.parse(p.pSourceAlgorithm.parameters, OctetString) : null;
  // asn1-rsa fills an omitted pSourceAlgorithm with the SHA-1 of the empty label: that is the default too.
  const defaultLabel = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  if (label?.byteLength && Buffer.from(label.buffer).toString("hex") !== defaultLabel) return null;
  // node:crypto uses the OAEP hash for MGF1 too: mixed pairs are not supported.
  return hash && hash === mgfHash ? hash : null;
}

/** The ciphertext's parts as the schema parser read them (only where the content was not split off). */
function contentParts(c: EncryptedContent | undefined): Uint8Array[] | null {
  if (!c) return null;
  if (c.value) return [new Uint8Array(c.value.buffer)];
  if (c.constructedValue) return c.constructedValue.map((o) => new Uint8Array(o.buffer));
  return null;
}

/** What both readers give the decryption: the OAEP hash, the wrapped key, the IV and the ciphertext's parts. */
type Fields = { ok: true; hash: "sha1" | "sha256"; encryptedKey: Uint8Array; iv: Uint8Array; parts: Uint8Array[] };

/** RecipientIdentifiers (DER, hex) the library has parsed in a CMS it accepted: one recipient, many packages. */
const RECIPIENTS_SEEN = new Set<string>();

/**
 * @internal Decrypts an EnvelopedData with one KeyTransRecipientInfo. Every failure after the structure
 * was accepted (wrong key, bad OAEP, bad padding, truncated ciphertext) is one `decryption-failed`.
 * A CMS shaped exactly as the profile writes it is read by its headers (cms-read.ts) once the library has
 * accepted its RecipientIdentifier before; any other CMS, and every refusal, is the library's. `fastPath: false`
 * (tests) always takes the library's reading.
 */
export function decryptCms(cms: Uint8Array, privateKey: KeyObject, maxBytes: number, fastPath = true): Opened {
  // asn1js's defaults (16 MiB content, 10 000 nodes) refuse real packages: BouncyCastle writes the content in
  // 1000-byte chunks, so a 50 MB package has ~52 000 nodes. Bounded by the package limit instead; the
  // ciphertext is never parsed as embedded ASN.1.
  const berOptions = {
    maxContentLength: maxBytes + 1024 * 1024,
    maxNodes: Math.ceil(maxBytes / 256) + 10_000,
    parseEmbedded: false,
    copyInput: false, // the tree views the input (never written); the ciphertext is not copied
  };
  const fast = fastPath ? readProfileEnvelope(cms, berOptions.maxNodes) : null;
  const rid = fast ? Buffer.from(fast.rid.buffer, fast.rid.byteOffset, fast.rid.length).toString("hex") : "";
  let fields: Fields | null = null;
  if (fast && RECIPIENTS_SEEN.has(rid)) {
    let hash: "sha1" | "sha256" | null = null;
    try {
      hash = oaepHash(fast.keyParameters);
    } catch {
      // the library explains
    }
    if (hash) fields = { ok: true, hash, encryptedKey: fast.encryptedKey, iv: fast.iv, parts: fast.parts };
  }
  if (!fields) {
    const read = libraryFields(cms, berOptions);
    if (!read.ok) return read;
    fields = read;
    if (fast && RECIPIENTS_SEEN.size < 256 && rid.length <= 2048) RECIPIENTS_SEEN.add(rid);
  }
  return decryptFields(fields, privateKey);
}

/** The EnvelopedData read by the library (asn1js, asn1-cms), with every check and refusal. */
function libraryFields(
  cms: Uint8Array,
  berOptions: { maxContentLength: number; maxNodes: number; parseEmbedded: boolean; copyInput: boolean },
): Fields | Exclude<Opened, { ok: true }> {
  let enveloped: EnvelopedData;
  let parts: Uint8Array[] | null;
  try {
    // One BER pass (asn1js); the EnvelopedData is converted from that tree rather than parsed a second time.
    // The ciphertext found by its headers when it can be; else the whole CMS goes to the library.
    const located = locateContent(cms, berOptions.maxNodes);
    const bytes = located ? located.skeleton : cms;
    const tree = asn1js.fromBER(view(bytes), berOptions);
    if (tree.offset === -1) throw new Error(tree.result.error);
    if (tree.offset !== bytes.length) throw new Error("bytes after the ContentInfo");
    const [type, content] = tree.result instanceof asn1js.Sequence ? tree.result.valueBlock.value : [];
    if (!(type instanceof asn1js.ObjectIdentifier) || !(content instanceof asn1js.Constructed))
      throw new Error("not a ContentInfo");
    const contentType = type.valueBlock.toString();
    if (contentType !== OID.envelopedData)
      return {
        ok: false,
        code: "unsupported-cms",
        message: `content type ${contentType}, not envelopedData`,
      };
    const inner = content.idBlock.tagClass === 3 && content.idBlock.tagNumber === 0 ? content.valueBlock.value : [];
    if (inner.length !== 1) throw new Error("ContentInfo content is one [0] EXPLICIT value");
    const split = splitEncryptedContent(inner[0]!);
    if (!split) throw new Error("the EnvelopedData is not a SEQUENCE");
    enveloped = AsnParser.fromASN(split.envelope, EnvelopedData, {
      berOptions,
    });
    parts = located ? located.parts : (split.parts ?? contentParts(enveloped.encryptedContentInfo.encryptedContent));
  } catch (e) {
    return {
      ok: false,
      code: "malformed-cms",
      message: `not a CMS ContentInfo: ${reason(e)}`,
    };
  }
  if (enveloped.version !== 0 && enveloped.version !== 2)
    return {
      ok: false,
      code: "unsupported-cms",
      message: `EnvelopedData version ${enveloped.version}`,
    };
  if (enveloped.recipientInfos.length !== 1) {
    return {
      ok: false,
      code: "unsupported-cms",
      message: `${enveloped.recipientInfos.length} recipients; the profile has exactly one`,
    };
  }
  const ktri = enveloped.recipientInfos[0]!.ktri;
  if (!ktri)
    return {
      ok: false,
      code: "unsupported-cms",
      message: "the recipient is not a KeyTransRecipientInfo",
    };
  if (ktri.keyEncryptionAlgorithm.algorithm !== OID.rsaOaep) {
    return {
      ok: false,
      code: "unsupported-cms",
      message: `key transport ${ktri.keyEncryptionAlgorithm.algorithm}, not RSAES-OAEP`,
    };
  }
  let hash: "sha1" | "sha256" | null;
  try {
    hash = oaepHash(ktri.keyEncryptionAlgorithm.parameters);
  } catch (e) {
    return {
      ok: false,
      code: "malformed-cms",
      message: `bad RSAES-OAEP parameters: ${reason(e)}`,
    };
  }
  if (!hash)
    return {
      ok: false,
      code: "unsupported-cms",
      message: "RSAES-OAEP parameters other than SHA-1 or SHA-256 with the same MGF1 hash and no label",
    };
  const eci = enveloped.encryptedContentInfo;
  if (eci.contentType !== OID.data)
    return {
      ok: false,
      code: "unsupported-cms",
      message: `encrypted content type ${eci.contentType}, not data`,
    };
  if (eci.contentEncryptionAlgorithm.algorithm !== OID.aes256Cbc) {
    return {
      ok: false,
      code: "unsupported-cms",
      message: `content encryption ${eci.contentEncryptionAlgorithm.algorithm}, not AES-256-CBC`,
    };
  }
  let iv: Buffer;
  try {
    const p = eci.contentEncryptionAlgorithm.parameters;
    iv = Buffer.from(p ? AsnConvert.parse(p, OctetString).buffer : new ArrayBuffer(0));
  } catch (e) {
    return {
      ok: false,
      code: "malformed-cms",
      message: `bad AES IV: ${reason(e)}`,
    };
  }
  if (iv.length !== 16)
    return {
      ok: false,
      code: "malformed-cms",
      message: "the AES-256-CBC IV is 16 bytes",
    };
  if (!parts)
    return {
      ok: false,
      code: "malformed-cms",
      message: "no encrypted content",
    };
  return { ok: true, hash, encryptedKey: new Uint8Array(ktri.encryptedKey.buffer), iv, parts };
}

/** Unwraps the key and decrypts the content; every failure is one `decryption-failed`. */
function decryptFields(fields: Fields, privateKey: KeyObject): Opened {
  const { hash, encryptedKey, iv, parts } = fields;
  const cipherLength = parts.reduce((n, part) => n + part.length, 0);
  const failed: Opened = {
    ok: false,
    code: "decryption-failed",
    message: "the package could not be decrypted with this key",
  };
  let key: Buffer;
  try {
    key = privateDecrypt(
      {
        key: privateKey,
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: hash,
      },
      encryptedKey,
    );
  } catch {
    return failed;
  }
  if (key.length !== 32 || cipherLength === 0 || cipherLength % 16 !== 0) return failed;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key, iv);
    // Padding checked below: then one update over a primitive content's view returns the plaintext itself, with
    // no chunk outputs to copy and collect (they raised the peak by ~1x the package).
    decipher.setAutoPadding(false);
    const zip = parts.length === 1 ? decipher.update(parts[0]!) : decryptParts(decipher, parts, cipherLength);
    if (decipher.final().length !== 0 || zip.length !== cipherLength) return failed;
    // PKCS#7: the last byte n (1..16) and the n bytes before the end all equal n.
    const n = zip[zip.length - 1]!;
    if (n < 1 || n > 16 || zip.subarray(zip.length - n).some((x) => x !== n)) return failed;
    zip.fill(0, zip.length - n); // the padding's room: no stale memory behind the view
    return { ok: true, zip: new Uint8Array(zip.buffer, zip.byteOffset, zip.length - n) };
  } catch {
    return failed;
  } finally {
    key.fill(0);
  }
}
