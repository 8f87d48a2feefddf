import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { X509Certificate } from "node:crypto";
import {
  ContentInfo,
  EncryptedContent,
  EncryptedContentInfo,
  EnvelopedData,
  IssuerAndSerialNumber,
  KeyTransRecipientInfo,
  RecipientIdentifier,
  RecipientInfo,
  RecipientInfos,
} from "@peculiar/asn1-cms";
import { RsaEsOaepParams } from "@peculiar/asn1-rsa";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier, Certificate } from "@peculiar/asn1-x509";
import { OID } from "./profile.js";
import { reason, view } from "./support.js";

const NULL_PARAMS = new Uint8Array([5, 0]).buffer;
const sha256Id = (): AlgorithmIdentifier => new AlgorithmIdentifier({ algorithm: OID.sha256, parameters: NULL_PARAMS });

/** @internal Encrypts the zip to one recipient: EnvelopedData v0, RSAES-OAEP SHA-256/MGF1-SHA-256, AES-256-CBC. */
export function encryptZip(zip: Uint8Array, recipient: X509Certificate): Uint8Array {
  const parsed = AsnConvert.parse(recipient.raw, Certificate);
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const encrypted = Buffer.concat([cipher.update(zip), cipher.final()]);
  const encryptedKey = publicEncrypt(
    { key: recipient.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
    key,
  );
  key.fill(0);
  const oaep = new RsaEsOaepParams({
    hashAlgorithm: sha256Id(),
    maskGenAlgorithm: new AlgorithmIdentifier({ algorithm: OID.mgf1, parameters: AsnConvert.serialize(sha256Id()) }),
  });
  const ktri = new KeyTransRecipientInfo({
    version: 0,
    rid: new RecipientIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: parsed.tbsCertificate.issuer,
        serialNumber: parsed.tbsCertificate.serialNumber,
      }),
    }),
    keyEncryptionAlgorithm: new AlgorithmIdentifier({ algorithm: OID.rsaOaep, parameters: AsnConvert.serialize(oaep) }),
    encryptedKey: new OctetString(encryptedKey),
  });
  const enveloped = new EnvelopedData({
    version: 0,
    recipientInfos: new RecipientInfos([new RecipientInfo({ ktri })]),
    encryptedContentInfo: new EncryptedContentInfo({
      contentType: OID.data,
      contentEncryptionAlgorithm: new AlgorithmIdentifier({
        algorithm: OID.aes256Cbc,
        parameters: AsnConvert.serialize(new OctetString(iv)),
      }),
      encryptedContent: new EncryptedContent({ value: new OctetString(encrypted) }),
    }),
  });
  const info = new ContentInfo({ contentType: OID.envelopedData, content: AsnConvert.serialize(enveloped) });
  return new Uint8Array(AsnConvert.serialize(info));
}

/** @internal Why a CMS could not be opened. */
export type CmsErrorCode = "malformed-cms" | "unsupported-cms" | "decryption-failed";

type Opened = { ok: true; zip: Uint8Array } | { ok: false; code: CmsErrorCode; message: string };

function oaepHash(parameters: ArrayBuffer | null | undefined): "sha1" | "sha256" | null {
  // Absent parameters: all defaults (SHA-1, MGF1-SHA-1, empty label).
  if (!parameters || parameters.byteLength === 0) return "sha1";
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
  if (label && label.byteLength && Buffer.from(label.buffer).toString("hex") !== defaultLabel) return null;
  // node:crypto uses the OAEP hash for MGF1 too: mixed pairs are not supported.
  return hash && hash === mgfHash ? hash : null;
}

function joinContent(c: EncryptedContent | undefined): Buffer | null {
  if (!c) return null;
  if (c.value) return Buffer.from(c.value.buffer);
  if (c.constructedValue) return Buffer.concat(c.constructedValue.map((o) => Buffer.from(o.buffer)));
  return null;
}

/**
 * @internal Decrypts an EnvelopedData with one KeyTransRecipientInfo. Every failure after the structure
 * was accepted (wrong key, bad OAEP, bad padding, truncated ciphertext) is one `decryption-failed`.
 */
export function decryptCms(cms: Uint8Array, privateKey: KeyObject): Opened {
  let enveloped: EnvelopedData;
  try {
    const info = AsnConvert.parse(view(cms), ContentInfo);
    if (info.contentType !== OID.envelopedData)
      return { ok: false, code: "unsupported-cms", message: `content type ${info.contentType}, not envelopedData` };
    enveloped = AsnConvert.parse(info.content, EnvelopedData);
  } catch (e) {
    return { ok: false, code: "malformed-cms", message: `not a CMS ContentInfo: ${reason(e)}` };
  }
  if (enveloped.version !== 0 && enveloped.version !== 2)
    return { ok: false, code: "unsupported-cms", message: `EnvelopedData version ${enveloped.version}` };
  if (enveloped.recipientInfos.length !== 1) {
    return {
      ok: false,
      code: "unsupported-cms",
      message: `${enveloped.recipientInfos.length} recipients; the profile has exactly one`,
    };
  }
  const ktri = enveloped.recipientInfos[0]!.ktri;
  if (!ktri) return { ok: false, code: "unsupported-cms", message: "the recipient is not a KeyTransRecipientInfo" };
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
    return { ok: false, code: "malformed-cms", message: `bad RSAES-OAEP parameters: ${reason(e)}` };
  }
  if (!hash)
    return {
      ok: false,
      code: "unsupported-cms",
      message: "RSAES-OAEP parameters other than SHA-1 or SHA-256 with the same MGF1 hash and no label",
    };
  const eci = enveloped.encryptedContentInfo;
  if (eci.contentType !== OID.data)
    return { ok: false, code: "unsupported-cms", message: `encrypted content type ${eci.contentType}, not data` };
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
    return { ok: false, code: "malformed-cms", message: `bad AES IV: ${reason(e)}` };
  }
  if (iv.length !== 16) return { ok: false, code: "malformed-cms", message: "the AES-256-CBC IV is 16 bytes" };
  const ciphertext = joinContent(eci.encryptedContent);
  if (!ciphertext) return { ok: false, code: "malformed-cms", message: "no encrypted content" };
  const failed: Opened = {
    ok: false,
    code: "decryption-failed",
    message: "the package could not be decrypted with this key",
  };
  let key: Buffer;
  try {
    key = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: hash },
      Buffer.from(ktri.encryptedKey.buffer),
    );
  } catch {
    return failed;
  }
  if (key.length !== 32 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return failed;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key, iv);
    const zip = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return { ok: true, zip: new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength) };
  } catch {
    return failed;
  } finally {
    key.fill(0);
  }
}
