/**
 * @internal The fast path of opening a CMS: an EnvelopedData shaped exactly as the profile writes it (one
 * KeyTransRecipientInfo, RSAES-OAEP, AES-256-CBC, the content primitive or chunked), read by its BER headers
 * alone. asn1js builds an object tree of the whole skeleton and asn1-cms converts it again by schema: for the
 * half-kilobyte structure of a package that cost more than the OAEP decryption it serves. Only tags and lengths
 * are read here (with the walker of cms-locate.ts); object identifiers are compared with the DER asn1js writes
 * for them, versions with their one-byte encodings. Anything else, however small the difference, returns null
 * and the whole CMS goes to the library (asn1js + asn1-cms), which also writes every refusal. The one part whose
 * contents are not compared, the RecipientIdentifier (issuer and serial), is accepted only once the library
 * has parsed the same bytes (see `decryptCms`).
 */
import * as asn1js from "asn1js";
import { chunks, children, type Tlv, tlv, type Walk } from "./cms-locate.js";
import { OID } from "./profile.js";

/** What the fast path read: views into the CMS, never copied. */
export interface ProfileEnvelope {
  /** The RecipientIdentifier's DER (an IssuerAndSerialNumber SEQUENCE). */
  readonly rid: Uint8Array;
  /** The RSAES-OAEP parameters element, or undefined when absent. */
  readonly keyParameters: Uint8Array | undefined;
  readonly encryptedKey: Uint8Array;
  readonly iv: Uint8Array;
  /** The ciphertext's parts in order. */
  readonly parts: Uint8Array[];
}

const oidDer = (oid: string): Buffer => Buffer.from(new asn1js.ObjectIdentifier({ value: oid }).toBER(false));
const ENVELOPED_DATA = oidDer(OID.envelopedData);
const DATA = oidDer(OID.data);
const RSA_OAEP = oidDer(OID.rsaOaep);
const AES_256_CBC = oidDer(OID.aes256Cbc);

/** True when the element's bytes are exactly `der`. */
function is(b: Uint8Array, t: Tlv, der: Buffer): boolean {
  return t.end - t.start === der.length && der.equals(b.subarray(t.start, t.end));
}

/** A version INTEGER in its one-byte DER, one of `allowed`. */
function isVersion(b: Uint8Array, t: Tlv, allowed: readonly number[]): boolean {
  return t.tag === 0x02 && !t.indefinite && t.contentEnd - t.contentStart === 1 && allowed.includes(b[t.contentStart]!);
}

const contentOf = (b: Uint8Array, t: Tlv): Uint8Array => b.subarray(t.contentStart, t.contentEnd);

/** @internal The profile's EnvelopedData fields, or null when the CMS is shaped in any other way. */
export function readProfileEnvelope(b: Uint8Array, maxNodes: number): ProfileEnvelope | null {
  const w: Walk = { b, left: maxNodes, ends: new Map() };
  const info = tlv(w, 0, b.length, 0);
  if (info?.tag !== 0x30 || info.end !== b.length) return null;
  const top = children(w, info, 0);
  if (top?.length !== 2 || !is(b, top[0]!, ENVELOPED_DATA) || top[1]!.tag !== 0xa0) return null;
  const explicit = children(w, top[1]!, 1);
  if (explicit?.length !== 1 || explicit[0]!.tag !== 0x30) return null;
  // version, recipientInfos, encryptedContentInfo: no originatorInfo, no unprotectedAttrs.
  const enveloped = children(w, explicit[0]!, 2);
  if (enveloped?.length !== 3) return null;
  const [version, set, eci] = enveloped as [Tlv, Tlv, Tlv];
  if (!isVersion(b, version, [0, 2]) || set.tag !== 0x31 || eci.tag !== 0x30) return null;
  const recipients = children(w, set, 3);
  if (recipients?.length !== 1 || recipients[0]!.tag !== 0x30) return null;
  const ktri = children(w, recipients[0]!, 4);
  if (ktri?.length !== 4) return null;
  const [ktriVersion, rid, keyAlgorithm, encryptedKey] = ktri as [Tlv, Tlv, Tlv, Tlv];
  if (!isVersion(b, ktriVersion, [0]) || rid.tag !== 0x30 || keyAlgorithm.tag !== 0x30 || encryptedKey.tag !== 0x04)
    return null;
  const key = children(w, keyAlgorithm, 5);
  if (!key || key.length < 1 || key.length > 2 || !is(b, key[0]!, RSA_OAEP)) return null;
  const eciParts = children(w, eci, 3);
  if (eciParts?.length !== 3) return null;
  const [contentType, contentAlgorithm, content] = eciParts as [Tlv, Tlv, Tlv];
  if (!is(b, contentType, DATA) || contentAlgorithm.tag !== 0x30) return null;
  const cipher = children(w, contentAlgorithm, 4);
  if (cipher?.length !== 2 || !is(b, cipher[0]!, AES_256_CBC)) return null;
  const iv = cipher[1]!;
  if (iv.tag !== 0x04 || iv.contentEnd - iv.contentStart !== 16) return null;
  const parts: Uint8Array[] = [];
  if (content.tag === 0x80) parts.push(contentOf(b, content));
  else if (content.tag !== 0xa0 || !chunks(w, content, parts, 4)) return null;
  const parameters = key[1];
  return {
    rid: b.subarray(rid.start, rid.end),
    keyParameters: parameters ? b.subarray(parameters.start, parameters.end) : undefined,
    encryptedKey: contentOf(b, encryptedKey),
    iv: contentOf(b, iv),
    parts,
  };
}
