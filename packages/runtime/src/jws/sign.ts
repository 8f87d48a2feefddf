import { createPrivateKey, createPublicKey, KeyObject, type webcrypto } from "node:crypto";
import { parseMessage } from "../envelope/parse.js";
import { jsonSize, MAX_JSON_VALUES } from "../support/json-graph.js";
import { writeJson } from "../support/json-write.js";
import { parseOrganisationIdentifier } from "../identifiers/iso6523.js";
import { fail, isRecord, kindOf, unreadable, type Failure } from "../support/problem.js";
import { organisationNumberOfCertificate, readCertificate, type CertificateInput } from "./certificate.js";
import { signCompact } from "./sign-rsa.js";

/** The algorithms DPI signs with: RS256 (the reference implementation) and RS512 (postbox receipts). */
export type SigningAlgorithm = "RS256" | "RS512";

/** Input of {@link signMessage}. */
export interface SignInput {
  /** The forretningsmelding (SBD) to sign, as an object or JSON text; it must pass the strict profile. */
  readonly message: unknown;
  /** The signer's RSA private key: PEM (PKCS#8 or PKCS#1), a KeyObject or a WebCrypto CryptoKey. */
  readonly privateKey: string | KeyObject | webcrypto.CryptoKey;
  /** The signer's certificate (the leaf, the same one that signs the document package); it goes in `x5c`. */
  readonly certificate: CertificateInput;
  /** Default RS256, as the reference implementation signs. */
  readonly algorithm?: SigningAlgorithm;
  /**
   * Refuse to sign when the certificate's organisation number is not the SBD header sender (the
   * specification: the sender is the signer). Default true; a certificate without an organisation number
   * then fails with `certificate-without-organisation`.
   */
  readonly bindSender?: boolean;
}

/**
 * Why {@link signMessage} failed:
 * - `bad-input`: the input is not an object (or cannot be read);
 * - `bad-option`: `bindSender` is not a boolean;
 * - `invalid-message`: `message` is not a valid DPI message under the strict profile (`rule` says which check);
 * - `unsupported-algorithm`: `algorithm` is not RS256 or RS512;
 * - `bad-key`: `privateKey` is not an RSA private key jose can sign with (at least 2048 bits);
 * - `bad-certificate`: `certificate` is not an X.509 certificate;
 * - `key-certificate-mismatch`: the certificate's public key is not the private key's;
 * - `certificate-without-organisation`, `sender-mismatch`: see `bindSender`;
 * - `too-large`: `message` shares its parts so often that its JSON would hold more than 20 million values.
 */
export type SignErrorCode =
  | "bad-input"
  | "bad-option"
  | "invalid-message"
  | "unsupported-algorithm"
  | "bad-key"
  | "bad-certificate"
  | "key-certificate-mismatch"
  | "certificate-without-organisation"
  | "sender-mismatch"
  | "too-large";

/** What {@link signMessage} returns; the promise never rejects. */
export type SignResult = { readonly ok: true; readonly jws: string } | Failure<SignErrorCode>;

function toKeyObject(key: unknown): KeyObject | null {
  try {
    if (key instanceof KeyObject) return key.type === "private" ? key : null;
    if (typeof key === "string") return createPrivateKey(key);
    if (isRecord(key) && (key as { type?: unknown }).type === "private") {
      const k = KeyObject.from(key as unknown as webcrypto.CryptoKey);
      return k.type === "private" ? k : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** SPKI DER by key or certificate object (both immutable): a signer reusing them is not re-exported per message. */
const SPKI = new WeakMap<object, Buffer>();
function spkiOf(owner: object, publicKey: () => KeyObject): Buffer {
  const known = SPKI.get(owner);
  if (known) return known;
  const der = publicKey().export({ type: "spki", format: "der" });
  SPKI.set(owner, der);
  return der;
}

/**
 * Signs a forretningsmelding as a compact JWS whose protected header is exactly `{"x5c":[leaf],"alg":…}`
 * (no typ, no kid) and whose payload is the SBD as compact JSON, as the reference implementation does.
 */
export async function signMessage(input: SignInput): Promise<SignResult> {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is an object {message, privateKey, certificate}, not ${kindOf(input)}`);
    // Each field read once.
    const { message, privateKey, certificate, algorithm, bindSender } = input as SignInput;
    if (bindSender !== undefined && typeof bindSender !== "boolean")
      return fail("/bindSender", "bad-option", `bindSender must be true or false, not ${kindOf(bindSender)}`);
    const alg = algorithm ?? "RS256";
    if (alg !== "RS256" && alg !== "RS512")
      return fail("/algorithm", "unsupported-algorithm", `algorithm must be RS256 or RS512, not ${kindOf(alg)}`);
    const parsed = parseMessage(message, { profile: "strict" });
    if (!parsed.ok)
      return {
        ok: false,
        errors: parsed.errors.map((e) => ({ ...e, pointer: `/message${e.pointer}`, code: "invalid-message" as const })),
      };
    const cert = readCertificate(certificate);
    if (!cert.ok) return { ok: false, errors: cert.errors.map((e) => ({ ...e, pointer: "/certificate" })) };
    const key = toKeyObject(privateKey);
    if (key?.asymmetricKeyType !== "rsa")
      return fail("/privateKey", "bad-key", "privateKey must be an RSA private key (PEM, KeyObject or CryptoKey)");
    if (!spkiOf(key, () => createPublicKey(key)).equals(spkiOf(cert.certificate, () => cert.certificate.publicKey))) {
      return fail(
        "/certificate",
        "key-certificate-mismatch",
        "the certificate's public key does not belong to privateKey, so no one could verify the signature",
      );
    }
    if (bindSender !== false) {
      const org = organisationNumberOfCertificate(cert.certificate);
      if (org === null)
        return fail(
          "/certificate",
          "certificate-without-organisation",
          "the certificate names no organisation number (subject serialNumber or " +
            "organizationIdentifier NTRNO-…); pass bindSender: false to sign anyway",
        );
      const sender = parseOrganisationIdentifier(parsed.envelope.sender);
      if (!sender.ok || sender.organisationNumber !== org) {
        return fail(
          "/message/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value",
          "sender-mismatch",
          `the header sender ${parsed.envelope.sender} is not the signer ${org}`,
        );
      }
    }
    // The parsed copy keeps what the caller's value shares: its JSON text is measured before it is written.
    const size = jsonSize(parsed.message);
    if (size > MAX_JSON_VALUES)
      return fail("/message", "too-large", `the message's JSON would hold more than ${MAX_JSON_VALUES} values`);
    const payload = new TextEncoder().encode(writeJson(parsed.message));
    try {
      const jws = await signCompact(payload, { x5c: [cert.certificate.raw.toString("base64")], alg }, key);
      return { ok: true, jws };
    } catch (e) {
      return fail("/privateKey", "bad-key", `jose refused the key: ${e instanceof Error ? e.message : String(e)}`);
    }
  } catch (e) {
    return unreadable("bad-input", e);
  }
}
