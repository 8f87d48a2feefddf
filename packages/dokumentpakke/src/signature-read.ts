import { createHash, createVerify, X509Certificate } from "node:crypto";
import type { Problem } from "@innbyggerpost/runtime";
import { canonicalize, hasInheritedXmlAttributes, isCanonicalization } from "./c14n.js";
import { chainOf, sha1Digest } from "./certificates.js";
import {
  ASIC_NS,
  C14N_10,
  DS_NS,
  RSA_SHA256,
  SHA1,
  SHA256,
  SIGNATURES_ENTRY,
  SIGNED_PROPERTIES_TYPE,
  XADES_NS,
} from "./profile.js";
import { token } from "./support.js";
import type { DokumentpakkeErrorCode } from "./types.js";
import { attributesOf, childElements, isElement, parseXml, textOf } from "./xml-dom.js";

/** @internal What a valid signatures.xml says. */
export interface SignatureFacts {
  readonly certificate: X509Certificate;
  readonly chain: readonly X509Certificate[];
  readonly signingTime: Date;
  /** File name → MimeType from DataObjectFormat, where given. */
  readonly mimeTypes: ReadonlyMap<string, string>;
}

const AT = `/zip${token(SIGNATURES_ENTRY)}`;
const CERT_DIGESTS: Record<string, string> = {
  [SHA1]: "sha1",
  [SHA256]: "sha256",
  "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
};
type Result = { ok: true; facts: SignatureFacts } | { ok: false; errors: Problem<DokumentpakkeErrorCode>[] };

class Refusal extends Error {
  constructor(
    readonly code: DokumentpakkeErrorCode,
    message: string,
    readonly pointer = AT,
  ) {
    super(message);
  }
}

function one(parent: Element, ns: string, local: string, what: string): Element {
  const found = childElements(parent).filter((e) => isElement(e, ns, local));
  if (found.length !== 1)
    throw new Refusal("malformed-signature", `${what} holds exactly one ${local}, not ${found.length}`);
  return found[0]!;
}

function algorithmOf(el: Element): string {
  return attributesOf(el).get("Algorithm") ?? "";
}

function base64(el: Element): Buffer {
  const t = textOf(el).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t)) throw new Refusal("malformed-signature", `${el.localName} is not base64`);
  return Buffer.from(t, "base64");
}

function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    stack.push(...childElements(el));
  }
  return out;
}

function fileOfUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/**
 * @internal Verifies META-INF/signatures.xml against the package's files (name → bytes, every file outside
 * META-INF except `mimetype`): structure, no wrapping, every reference digest, SignedProperties, the signature.
 */
export function verifySignatures(bytes: Uint8Array, files: ReadonlyMap<string, Uint8Array>): Result {
  try {
    return { ok: true, facts: check(bytes, files) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, errors: [{ pointer: e.pointer, code: e.code, message: e.message }] };
    return {
      ok: false,
      errors: [{ pointer: AT, code: "malformed-signature", message: e instanceof Error ? e.message : String(e) }],
    };
  }
}

function check(bytes: Uint8Array, files: ReadonlyMap<string, Uint8Array>): SignatureFacts {
  const parsed = parseXml(bytes);
  if (!parsed.ok) throw new Refusal(parsed.code, `signatures.xml: ${parsed.message}`);
  const root = parsed.document.documentElement;
  if (!isElement(root, ASIC_NS, "XAdESSignatures"))
    throw new Refusal("malformed-signature", `the root is {${ASIC_NS}}XAdESSignatures`);
  const everything = allElements(root);
  const count = (ns: string, local: string): number => everything.filter((e) => isElement(e, ns, local)).length;
  if (count(DS_NS, "Signature") !== 1) throw new Refusal("malformed-signature", "exactly one signature");
  if (count(DS_NS, "SignedInfo") !== 1) throw new Refusal("signature-wrapping", "more than one SignedInfo");
  const signedPropertiesCount =
    count(XADES_NS, "SignedProperties") + count("http://uri.etsi.org/01903/v1.4.1#", "SignedProperties");
  if (signedPropertiesCount !== 1)
    throw new Refusal("signature-wrapping", `${signedPropertiesCount} SignedProperties; exactly one is allowed`);
  const ids = new Map<string, Element>();
  for (const el of everything) {
    for (const [name, value] of attributesOf(el)) {
      if (name !== "Id" && name !== "ID" && name !== "id") continue;
      if (ids.has(value)) throw new Refusal("signature-wrapping", `the Id ${JSON.stringify(value)} occurs twice`);
      ids.set(value, el);
    }
  }
  const signature = one(root, DS_NS, "Signature", "XAdESSignatures");
  if (childElements(root).length !== 1)
    throw new Refusal("malformed-signature", "XAdESSignatures holds only the signature");
  const signedInfo = one(signature, DS_NS, "SignedInfo", "Signature");
  const signatureValue = one(signature, DS_NS, "SignatureValue", "Signature");
  const keyInfo = one(signature, DS_NS, "KeyInfo", "Signature");
  const objects = childElements(signature).filter((e) => isElement(e, DS_NS, "Object"));
  const qualifying = objects.flatMap((o) =>
    childElements(o).filter((e) => isElement(e, XADES_NS, "QualifyingProperties")),
  );
  if (qualifying.length !== 1)
    throw new Refusal("malformed-signature", "the signature holds one QualifyingProperties in an Object");
  const qp = qualifying[0]!;
  const signatureId = attributesOf(signature).get("Id");
  if (!signatureId || attributesOf(qp).get("Target") !== `#${signatureId}`) {
    throw new Refusal("signature-wrapping", "QualifyingProperties does not target this signature");
  }
  const signedProperties = one(qp, XADES_NS, "SignedProperties", "QualifyingProperties");
  for (const el of [signedInfo, signedProperties]) {
    if (hasInheritedXmlAttributes(el))
      throw new Refusal("malformed-signature", `xml:* attributes above ${el.localName}`);
  }
  const c14n = algorithmOf(one(signedInfo, DS_NS, "CanonicalizationMethod", "SignedInfo"));
  if (!isCanonicalization(c14n)) throw new Refusal("unsupported-algorithm", `canonicalization ${c14n}`);
  const method = algorithmOf(one(signedInfo, DS_NS, "SignatureMethod", "SignedInfo"));
  if (method !== RSA_SHA256)
    throw new Refusal("unsupported-algorithm", `signature method ${method}; the profile uses rsa-sha256`);
  const referenceIds = new Map<string, string>();
  const signed = new Set<string>();
  let propertiesReference: { digest: Buffer; transform: string } | null = null;
  for (const ref of childElements(signedInfo).filter((e) => isElement(e, DS_NS, "Reference"))) {
    const attrs = attributesOf(ref);
    const uri = attrs.get("URI");
    if (uri === undefined) throw new Refusal("malformed-signature", "a Reference without URI");
    const kids = childElements(ref);
    const transforms = kids.filter((e) => isElement(e, DS_NS, "Transforms"));
    const digestMethod = algorithmOf(one(ref, DS_NS, "DigestMethod", "Reference"));
    if (digestMethod !== SHA256)
      throw new Refusal("unsupported-algorithm", `reference digest ${digestMethod}; the profile uses sha256`);
    const digest = base64(one(ref, DS_NS, "DigestValue", "Reference"));
    if (uri.startsWith("#")) {
      const target = ids.get(uri.slice(1));
      if (target !== signedProperties)
        throw new Refusal("signature-wrapping", `the reference ${uri} is not the SignedProperties that is checked`);
      const type = attrs.get("Type");
      if (type !== undefined && type !== SIGNED_PROPERTIES_TYPE)
        throw new Refusal("malformed-signature", `reference type ${type}`);
      if (propertiesReference) throw new Refusal("signature-wrapping", "SignedProperties is referenced twice");
      const list = transforms.flatMap((t) => childElements(t));
      if (transforms.length > 1 || list.length > 1)
        throw new Refusal("unsupported-algorithm", "SignedProperties has one C14N transform at most");
      const transform = list[0] ? algorithmOf(list[0]) : C14N_10;
      if (!isCanonicalization(transform)) throw new Refusal("unsupported-algorithm", `transform ${transform}`);
      propertiesReference = { digest, transform };
      continue;
    }
    const name = fileOfUri(uri);
    const at = `/zip${token(name)}`;
    if (transforms.length)
      throw new Refusal(
        "unsupported-algorithm",
        `the reference to ${name} has transforms; file references have none`,
        at,
      );
    const content = files.get(name);
    if (!content)
      throw new Refusal(
        "missing-file",
        `the signature references ${JSON.stringify(name)}, which the package does not hold`,
        at,
      );
    if (signed.has(name)) throw new Refusal("duplicate-reference", `${JSON.stringify(name)} is referenced twice`, at);
    signed.add(name);
    const id = attrs.get("Id");
    if (id !== undefined) referenceIds.set(id, name);
    if (!createHash("sha256").update(content).digest().equals(digest)) {
      throw new Refusal("digest-mismatch", `${JSON.stringify(name)} is not the file that was signed`, at);
    }
  }
  if (!propertiesReference) throw new Refusal("malformed-signature", "no reference to SignedProperties");
  for (const name of files.keys()) {
    if (!signed.has(name))
      throw new Refusal("unsigned-file", `${JSON.stringify(name)} is not signed`, `/zip${token(name)}`);
  }
  const spDigest = createHash("sha256").update(canonicalize(signedProperties, propertiesReference.transform)).digest();
  if (!spDigest.equals(propertiesReference.digest))
    throw new Refusal("digest-mismatch", "SignedProperties is not what was signed");
  const certificates = childElements(keyInfo)
    .filter((e) => isElement(e, DS_NS, "X509Data"))
    .flatMap((d) => childElements(d).filter((e) => isElement(e, DS_NS, "X509Certificate")))
    .map((e) => {
      try {
        return parsedCertificate(base64(e));
      } catch {
        throw new Refusal("bad-certificate", "an X509Certificate in KeyInfo is not a certificate");
      }
    });
  if (!certificates.length) throw new Refusal("malformed-signature", "KeyInfo holds no X509Certificate");
  const ssp = one(signedProperties, XADES_NS, "SignedSignatureProperties", "SignedProperties");
  const timeText = textOf(one(ssp, XADES_NS, "SigningTime", "SignedSignatureProperties")).trim();
  const signingTime = new Date(timeText);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(timeText) || Number.isNaN(signingTime.getTime())) {
    throw new Refusal("malformed-signature", `SigningTime ${JSON.stringify(timeText)} is not a date-time`);
  }
  // SigningCertificate (XAdES 1.3.2, the profile) or SigningCertificateV2 (EN 319 132), whose IssuerSerialV2
  // is optional DER: the CertDigest binds the certificate either way.
  const holders = childElements(ssp).filter(
    (e) => isElement(e, XADES_NS, "SigningCertificate") || isElement(e, XADES_NS, "SigningCertificateV2"),
  );
  if (holders.length !== 1)
    throw new Refusal("malformed-signature", "SignedSignatureProperties holds one SigningCertificate");
  const cert = childElements(holders[0]!).find((e) => isElement(e, XADES_NS, "Cert"));
  if (!cert) throw new Refusal("malformed-signature", "SigningCertificate holds a Cert");
  const certDigest = one(cert, XADES_NS, "CertDigest", "Cert");
  const hash = CERT_DIGESTS[algorithmOf(one(certDigest, DS_NS, "DigestMethod", "CertDigest"))];
  if (!hash) throw new Refusal("unsupported-algorithm", "CertDigest algorithm");
  const wanted = base64(one(certDigest, DS_NS, "DigestValue", "CertDigest"));
  const leaf = certificates.find((c) =>
    (hash === "sha1" ? Buffer.from(sha1Digest(c), "base64") : createHash(hash).update(c.raw).digest()).equals(wanted),
  );
  if (!leaf)
    throw new Refusal(
      "signing-certificate-mismatch",
      "no certificate in KeyInfo has the CertDigest of SigningCertificate",
    );
  if (holders[0]!.localName === "SigningCertificate") {
    const serialText = textOf(
      one(one(cert, XADES_NS, "IssuerSerial", "Cert"), DS_NS, "X509SerialNumber", "IssuerSerial"),
    ).trim();
    if (!/^\d+$/.test(serialText) || BigInt(serialText) !== BigInt(`0x${leaf.serialNumber}`)) {
      throw new Refusal("signing-certificate-mismatch", "IssuerSerial does not name the signing certificate");
    }
  }
  const mimeTypes = new Map<string, string>();
  const sdop = childElements(signedProperties).find((e) => isElement(e, XADES_NS, "SignedDataObjectProperties"));
  for (const f of sdop ? childElements(sdop).filter((e) => isElement(e, XADES_NS, "DataObjectFormat")) : []) {
    const ref = attributesOf(f).get("ObjectReference") ?? "";
    const file = referenceIds.get(ref.slice(1));
    if (!ref.startsWith("#") || file === undefined)
      throw new Refusal("malformed-signature", `DataObjectFormat ${ref} names no file reference`);
    const mime = childElements(f).find((e) => isElement(e, XADES_NS, "MimeType"));
    if (mime) mimeTypes.set(file, textOf(mime));
  }
  const signedInfoCanonical = canonicalize(signedInfo, c14n);
  let valid = false;
  try {
    valid = createVerify("RSA-SHA256").update(signedInfoCanonical).verify(leaf.publicKey, base64(signatureValue));
  } catch {
    valid = false;
  }
  if (!valid)
    throw new Refusal("bad-signature", "the signature over SignedInfo does not verify with the signing certificate");
  return {
    certificate: leaf,
    chain: chainOf(
      leaf,
      certificates.filter((c) => c !== leaf),
    ),
    signingTime,
    mimeTypes,
  };
}

/** Certificates parsed before, by their DER: one sender signs many packages with the same chain. */
const PARSED = new Map<string, X509Certificate>();

function parsedCertificate(der: Buffer): X509Certificate {
  const key = der.toString("base64");
  const known = PARSED.get(key);
  if (known) return known;
  const certificate = new X509Certificate(der);
  if (PARSED.size >= 256) PARSED.delete(PARSED.keys().next().value!);
  PARSED.set(key, certificate);
  return certificate;
}
