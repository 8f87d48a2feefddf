import { type X509Certificate, verify as cryptoVerify } from "node:crypto";
import type { Profile } from "@innbyggerpost/contracts";
import { compactVerify } from "jose";
import { parseMessage, parseOwned, type ParsedMessage } from "../envelope/parse.js";
import { parseOrganisationIdentifier } from "../identifiers/iso6523.js";
import {
  fail,
  isRecord,
  kindOf,
  readList,
  reasonOf,
  unreadable,
  type Failure,
  type Problem,
} from "../support/problem.js";
import { organisationNumberOfCertificate, readCertificates, type CertificateInput } from "./certificate.js";
import { splitJws, x5cSigner } from "./compact.js";

/**
 * Who may sign: pinned certificates (`{certificates}`: the x5c leaf must be one of them, byte for byte),
 * or a function deciding about the x5c leaf (e.g. a chain check against the SEID CAs). Only `true` trusts;
 * a function that throws or rejects does not.
 */
export type TrustDecision =
  | { readonly certificates: CertificateInput | readonly CertificateInput[] }
  | ((certificate: X509Certificate) => boolean | Promise<boolean>);

/** The algorithms verified by default: RS256 (the reference implementation) and RS512 (real postbox receipts). */
export const DEFAULT_ALGORITHMS: readonly string[] = ["RS256", "RS512"];

/** Input of {@link verifyMessage}. */
export interface VerifyInput {
  /** The compact JWS (the forretningsmelding or receipt as sent), with no surrounding whitespace. */
  readonly jws: string;
  readonly trust: TrustDecision;
  /** Allowed `alg` values; default RS256 and RS512. `none` and HMAC (HS*) are never allowed. */
  readonly algorithms?: readonly string[];
  /**
   * Require the certificate's organisation number to equal the SBD header sender. Default false (postbox test
   * certificates carry none).
   */
  readonly bindSender?: boolean;
  /** The time at which the certificate must be valid; default now; `false` skips the validity-period check. */
  readonly at?: Date | false;
  /** Profile the payload is validated under; default `strict`. */
  readonly profile?: Profile;
}

/**
 * Why {@link verifyMessage} failed. Pointers address the JWS as if decoded (`/jws/header/alg`, `/jws/payload/…`);
 * option problems point at the option (`/trust`).
 * - `bad-input`, `bad-option`: the input or an option is not usable;
 * - `malformed-jws`, `malformed-header`, `malformed-payload`: not a well-formed compact JWS (any changed
 *   character that breaks the encoding lands here);
 * - `alg-none`: `alg: none` (an unsigned token); `alg-hmac`: an HS* algorithm (a shared secret, never a certificate);
 * - `alg-not-allowed`: another algorithm outside `algorithms`;
 * - `unsupported-header`: `crit` or `b64`, extensions this verifier does not implement;
 * - `missing-x5c`, `malformed-x5c`: no usable signer certificate;
 * - `bad-signature`: the signature does not match the header and payload: a bad signature, or a tampered header or
 *   payload;
 * - `untrusted-certificate`: the trust decision refused the x5c certificate;
 * - `certificate-expired`, `certificate-not-yet-valid`: outside its validity period at `at`;
 * - `certificate-validity-unknown`: the validity dates cannot be read (e.g. a year Node cannot print), so
 *   the certificate is refused: any doubt about validity refuses;
 * - `certificate-without-organisation`, `sender-mismatch`: see `bindSender`;
 * - `invalid-message`: the payload is not a valid DPI message (`rule` says which check).
 */
export type VerifyErrorCode =
  | "bad-input"
  | "bad-option"
  | "malformed-jws"
  | "malformed-header"
  | "malformed-payload"
  | "alg-none"
  | "alg-hmac"
  | "alg-not-allowed"
  | "unsupported-header"
  | "missing-x5c"
  | "malformed-x5c"
  | "bad-signature"
  | "untrusted-certificate"
  | "certificate-expired"
  | "certificate-not-yet-valid"
  | "certificate-validity-unknown"
  | "certificate-without-organisation"
  | "sender-mismatch"
  | "invalid-message";

/** Who signed, as far as the JWS tells. */
export interface SignatureInfo {
  readonly alg: string;
  /** The x5c leaf the signature was checked with. */
  readonly certificate: X509Certificate;
  /** The organisation number in that certificate, or null. */
  readonly organisationNumber: string | null;
}

/** A verified, valid message. */
export type VerifiedMessage = ParsedMessage & { readonly signature: SignatureInfo };

/** What {@link verifyMessage} returns; the promise never rejects. */
export type VerifyResult = VerifiedMessage | Failure<VerifyErrorCode>;

const isHmac = (alg: string) => /^HS\d+$/i.test(alg);

/**
 * Verifies a signed forretningsmelding (or receipt): algorithm allow-list, the signer certificate from `x5c`,
 * the signature, the caller's trust decision, the certificate's validity period, optionally the binding of
 * the certificate's organisation number to the SBD sender, and finally validation of the payload.
 *
 * A certificate is parsed once per distinct `x5c[0]` string and pinned PEM text once per distinct text
 * (both caches bounded); any other string, however close, is parsed afresh.
 */
export async function verifyMessage(input: VerifyInput): Promise<VerifyResult> {
  try {
    if (!isRecord(input)) return fail("", "bad-input", `the input is {jws, trust, …}, not ${kindOf(input)}`);
    // Every field is read exactly once, here: a getter or proxy answering differently on a second read
    // must not get one value checked and another used.
    const { jws, trust, algorithms: algorithmsIn, bindSender, at: atIn, profile: profileIn } = input as VerifyInput;
    let algorithms: readonly string[] = DEFAULT_ALGORITHMS;
    if (algorithmsIn !== undefined) {
      const list = readList(algorithmsIn, "/algorithms", MAX_ALGORITHMS);
      if (!list.ok) return list;
      if (
        list.items.length === 0 ||
        !list.items.every((a) => typeof a === "string" && a.toLowerCase() !== "none" && !isHmac(a))
      ) {
        return fail(
          "/algorithms",
          "bad-option",
          "algorithms must be a non-empty list of asymmetric JWS algorithms (never none or HS*)",
        );
      }
      algorithms = list.items as string[];
    }
    if (bindSender !== undefined && typeof bindSender !== "boolean")
      return fail("/bindSender", "bad-option", `bindSender must be true or false, not ${kindOf(bindSender)}`);
    let when: number | false = Date.now();
    if (atIn === false) when = false;
    else if (atIn !== undefined) {
      // Date.prototype.getTime itself, once: a Date subclass or look-alike cannot answer twice.
      let ms = Number.NaN;
      try {
        ms = Date.prototype.getTime.call(atIn);
      } catch {
        // not a Date
      }
      if (!Number.isFinite(ms)) return fail("/at", "bad-option", "at must be a valid Date or false");
      when = ms;
    }
    const profile = profileIn ?? "strict";
    if (profile !== "strict" && profile !== "wire")
      return fail("/profile", "bad-option", `profile must be "strict" or "wire", not ${kindOf(profile)}`);
    const pinned = readTrust(trust);
    if (!pinned.ok) return pinned;

    const s = splitJws(jws);
    if (!s.ok) return s;
    const alg = s.header.alg;
    if (typeof alg !== "string") return fail("/jws/header/alg", "malformed-header", "the header has no alg string");
    if (alg.toLowerCase() === "none") return fail("/jws/header/alg", "alg-none", "alg none: the token is unsigned");
    if (isHmac(alg))
      return fail(
        "/jws/header/alg",
        "alg-hmac",
        `alg ${alg} is an HMAC: a shared secret, not a certificate, would sign it`,
      );
    if (!algorithms.includes(alg))
      return fail(
        "/jws/header/alg",
        "alg-not-allowed",
        `alg ${alg} is not allowed (allowed: ${algorithms.join(", ")})`,
      );
    for (const name of ["crit", "b64"]) {
      if (name in s.header)
        return fail(`/jws/header/${name}`, "unsupported-header", `header parameter ${name} is not supported`);
    }
    const signer = x5cSigner(s.header);
    if (!("certificate" in signer)) return { ok: false, errors: [signer] };
    const cert = signer.certificate;

    const refused = await checkSignature(jws as string, alg, cert);
    if (refused !== null) {
      const code = (refused as { code?: string }).code;
      const why = refused instanceof Error ? refused.message : String(refused);
      return fail(
        code === "ERR_JWS_INVALID" ? "/jws" : "/jws/signature",
        code === "ERR_JWS_INVALID" ? "malformed-jws" : "bad-signature",
        `the signature does not verify with the x5c certificate: ${why}`,
      );
    }
    // The signature holds; collect every remaining problem rather than stopping at the first.
    const errors: Problem<VerifyErrorCode>[] = [];
    let trusted = false;
    try {
      trusted = pinned.certificates
        ? pinned.certificates.some((c) => c === cert || c.raw.equals(cert.raw))
        : (await pinned.decide!(cert)) === true;
    } catch (e) {
      errors.push({
        pointer: "/jws/header/x5c/0",
        code: "untrusted-certificate",
        message: `the trust decision failed: ${reasonOf(e)}`,
      });
    }
    if (!trusted && !errors.length)
      errors.push({
        pointer: "/jws/header/x5c/0",
        code: "untrusted-certificate",
        message: `the signer certificate (${cert.subject.replace(/\n/g, ", ")}) is not trusted`,
      });
    if (when !== false) {
      // Any doubt refuses: a validity date that cannot be read is not a date the certificate is valid at.
      if (!Number.isFinite(signer.validFrom) || !Number.isFinite(signer.validTo)) {
        errors.push({
          pointer: "/jws/header/x5c/0",
          code: "certificate-validity-unknown",
          message:
            `the certificate's validity period (${signer.validFromText} – ` +
            `${signer.validToText}) cannot be read, so it cannot be valid at the given time`,
        });
      } else {
        if (when > signer.validTo)
          errors.push({
            pointer: "/jws/header/x5c/0",
            code: "certificate-expired",
            message: `the certificate expired ${signer.validToText}`,
          });
        if (when < signer.validFrom)
          errors.push({
            pointer: "/jws/header/x5c/0",
            code: "certificate-not-yet-valid",
            message: `the certificate is valid from ${signer.validFromText}`,
          });
      }
    }
    const organisationNumber = organisationNumberOfCertificate(cert);
    // splitJws has just parsed the payload, so nothing else holds it: it is validated without the defensive
    // copy parseMessage makes of a caller's object. Only a small payload, whose nesting cannot reach the
    // stack limit that copy could hit, takes this path; a large one is read exactly as before.
    const parsed =
      s.payloadBytes.length <= OWNED_PAYLOAD_LIMIT
        ? parseOwned(s.payload, profile)
        : parseMessage(s.payload, { profile });
    if (!parsed.ok)
      errors.push(
        ...parsed.errors.map((e) => ({
          ...e,
          pointer: `/jws/payload${e.pointer}`,
          code: "invalid-message" as const,
          rule: e.rule ?? e.code,
        })),
      );
    else if (bindSender === true) {
      const sender = parseOrganisationIdentifier(parsed.envelope.sender);
      const ptr = "/jws/payload/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value";
      if (organisationNumber === null)
        errors.push({
          pointer: "/jws/header/x5c/0",
          code: "certificate-without-organisation",
          message: "the certificate names no organisation number, so the sender cannot be bound to it",
        });
      else if (!sender.ok || sender.organisationNumber !== organisationNumber)
        errors.push({
          pointer: ptr,
          code: "sender-mismatch",
          message: `the header sender ${parsed.envelope.sender} is not the signer ${organisationNumber}`,
        });
    }
    if (errors.length || !parsed.ok) return { ok: false, errors };
    return { ...parsed, signature: { alg, certificate: cert, organisationNumber } };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}

/** More allowed algorithms than JWS defines is a mistake (or a huge sparse array), not a policy. */
const MAX_ALGORITHMS = 64;
/** Pinned certificates accepted in one trust decision. */
const MAX_PINNED = 1024;

const RSA_PKCS1_HASH: Readonly<Record<string, string>> = { RS256: "sha256", RS384: "sha384", RS512: "sha512" };

/**
 * Checks the signature with the x5c certificate's key: null when it holds, else what jose threw.
 *
 * RS256/384/512 with an RSA key of at least 2048 bits (what jose accepts for them) are checked first with
 * node:crypto's one-shot verify: the same RSASSA-PKCS1-v1_5 check by the same OpenSSL that jose reaches
 * through WebCrypto, without the thread-pool round trip and argument conversions that cost twice the RSA
 * work itself. That path only ever says "holds": any other algorithm or key, and every signature it does
 * not accept, goes to jose, so failures and their messages are jose's exactly as before.
 */
async function checkSignature(jws: string, alg: string, cert: X509Certificate): Promise<unknown> {
  // The cached certificate hands out the same KeyObject every time, so jose's own per-key cache skips
  // re-importing it as a CryptoKey.
  const key = cert.publicKey;
  const hash = Object.hasOwn(RSA_PKCS1_HASH, alg) ? RSA_PKCS1_HASH[alg] : undefined;
  if (hash !== undefined && key.asymmetricKeyType === "rsa" && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048) {
    try {
      const end = jws.lastIndexOf(".");
      if (
        cryptoVerify(hash, Buffer.from(jws.slice(0, end), "latin1"), key, Buffer.from(jws.slice(end + 1), "base64url"))
      )
        return null;
    } catch {
      // Let jose decide and explain.
    }
  }
  try {
    await compactVerify(jws, key, { algorithms: [alg] });
    return null;
  } catch (e) {
    return e;
  }
}

/** Payload bytes up to which verification validates the decoded payload in place (nesting ≤ half of it). */
const OWNED_PAYLOAD_LIMIT = 4096;

// Pinned certificates arrive as the same PEM text on every call; parsing it cost more than the signature
// check. The parsed certificates are remembered by the exact text (a different text is parsed afresh),
// a bounded number of them, most recently used last. Bytes and X509Certificate objects are not cached:
// bytes can change under us, and a certificate object needs no parsing.
const PINNED_CACHE_SIZE = 16;
const pinnedByText = new Map<string, readonly X509Certificate[]>();

function readPinned(input: CertificateInput): ReturnType<typeof readCertificates> {
  if (typeof input !== "string") return readCertificates(input);
  const hit = pinnedByText.get(input);
  if (hit) {
    pinnedByText.delete(input);
    pinnedByText.set(input, hit);
    return { ok: true, certificates: hit };
  }
  const r = readCertificates(input);
  if (r.ok) {
    if (pinnedByText.size >= PINNED_CACHE_SIZE) pinnedByText.delete(pinnedByText.keys().next().value!);
    pinnedByText.set(input, r.certificates);
  }
  return r;
}

function readTrust(
  trust: unknown,
):
  | { ok: true; certificates?: readonly X509Certificate[]; decide?: (c: X509Certificate) => boolean | Promise<boolean> }
  | Failure<"bad-option"> {
  if (typeof trust === "function")
    return { ok: true, decide: trust as (c: X509Certificate) => boolean | Promise<boolean> };
  if (isRecord(trust)) {
    const given = trust.certificates; // read once
    if (given !== undefined) {
      const many = Array.isArray(given);
      let list: unknown[] = [given];
      if (many) {
        const read = readList(given, "/trust/certificates", MAX_PINNED);
        if (!read.ok) return read;
        list = read.items;
      }
      const out: X509Certificate[] = [];
      for (let i = 0; i < list.length; i++) {
        const r = readPinned(list[i] as CertificateInput);
        if (!r.ok) return fail(`/trust/certificates${many ? `/${i}` : ""}`, "bad-option", r.errors[0]!.message);
        out.push(...r.certificates);
      }
      if (!out.length) return fail("/trust/certificates", "bad-option", "no certificates to trust");
      return { ok: true, certificates: out };
    }
  }
  return fail(
    "/trust",
    "bad-option",
    `trust is {certificates} or a function deciding about the signer certificate, not ${kindOf(trust)}`,
  );
}
