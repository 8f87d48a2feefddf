import { X509Certificate } from "node:crypto";
import { readJsonText } from "../envelope/parse.js";
import { at, fail, isRecord, kindOf, unreadable, type Failure, type Problem } from "../support/problem.js";
import { certificateTime, organisationNumberOfCertificate } from "./certificate.js";

/**
 * Why {@link decodeJws} failed:
 * - `malformed-jws`: not a string of three dot-separated base64url segments (canonical, unpadded, no whitespace);
 * - `malformed-header`: the header is not a JSON object;
 * - `malformed-payload`: the payload is not JSON.
 */
export type DecodeErrorCode = "malformed-jws" | "malformed-header" | "malformed-payload";

/** A compact JWS, decoded but not verified. */
export interface DecodedJws {
  readonly ok: true;
  /** The protected header. */
  readonly header: Readonly<Record<string, unknown>>;
  /** `alg` from the header, or null when it is not a string. */
  readonly alg: string | null;
  /** `x5c[0]`, parsed; null when absent or not a certificate. */
  readonly certificate: X509Certificate | null;
  /** The organisation number in that certificate, or null. */
  readonly organisationNumber: string | null;
  /** The payload, parsed as JSON (for a forretningsmelding: the SBD). */
  readonly payload: unknown;
}

/** What {@link decodeJws} returns; it never throws. */
export type DecodeResult = DecodedJws | Failure<DecodeErrorCode>;

const SEGMENT = /^[A-Za-z0-9_-]*$/;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * True when a segment of the base64url alphabet is canonical: its length is not 1 mod 4 and the spare
 * bits of its last character are zero (exactly when decoding and re-encoding gives it back, without doing either).
 */
function isCanonicalSegment(segment: string): boolean {
  if (!SEGMENT.test(segment)) return false;
  const spare = segment.length % 4;
  if (spare === 0) return true;
  if (spare === 1) return false;
  const last = BASE64URL.indexOf(segment[segment.length - 1]!);
  // 2 characters carry 12 bits for 8 (4 spare), 3 carry 18 for 16 (2 spare).
  return (last & (spare === 2 ? 0b1111 : 0b11)) === 0;
}

/**
 * @internal Decodes one base64url segment, refusing non-canonical encodings (whose spare bits would let a changed
 * character decode to the same bytes).
 */
export function decodeSegment(segment: string): Buffer | null {
  return isCanonicalSegment(segment) ? Buffer.from(segment, "base64url") : null;
}

/**
 * @internal Splits and decodes a compact JWS; pointers are /jws/header/…, /jws/payload/…. The signature is
 * checked for canonical base64url but not decoded (jose decodes it).
 */
export function splitJws(
  jws: unknown,
): { ok: true; header: Record<string, unknown>; payload: unknown; payloadBytes: Buffer } | Failure<DecodeErrorCode> {
  if (typeof jws !== "string") return fail("/jws", "malformed-jws", `a compact JWS is a string, not ${kindOf(jws)}`);
  const parts = jws.split(".");
  if (parts.length !== 3)
    return fail("/jws", "malformed-jws", `a compact JWS has three dot-separated parts, not ${parts.length}`);
  const names = ["header", "payload", "signature"] as const;
  const bad = parts.findIndex((part) => !isCanonicalSegment(part));
  if (bad >= 0)
    return fail(`/jws/${names[bad]}`, "malformed-jws", `the ${names[bad]} is not canonical unpadded base64url`);
  const headerText = readJsonText(Buffer.from(parts[0]!, "base64url"));
  if (!headerText.ok || !isRecord(headerText.value))
    return fail("/jws/header", "malformed-header", "the header is not a JSON object");
  const payloadBytes = Buffer.from(parts[1]!, "base64url");
  const payload = readJsonText(payloadBytes);
  if (!payload.ok)
    return fail("/jws/payload", "malformed-payload", `the payload is not JSON: ${payload.errors[0]!.message}`);
  return { ok: true, header: headerText.value, payload: payload.value, payloadBytes };
}

/** @internal The x5c leaf with what verification asks of it, parsed once per distinct x5c[0] string. */
export interface SignerCertificate {
  readonly certificate: X509Certificate;
  /** validFrom and validTo as epoch milliseconds; NaN when they cannot be read (verification then refuses). */
  readonly validFrom: number;
  readonly validTo: number;
  /** validFrom and validTo as Node prints them. */
  readonly validFromText: string;
  readonly validToText: string;
}

// Parsing a certificate costs far more than verifying an RSA signature, and a postbox signs every receipt
// with the same one: x5c[0] strings are remembered, most recently used last. The key is the exact string,
// and the same string always decodes to the same DER, so a hit is the certificate a parse would give; any
// other string (even one differing in a character) is parsed afresh. Bounded so arbitrary input cannot grow it.
const SIGNER_CACHE_SIZE = 64;
const signers = new Map<string, SignerCertificate>();

/** @internal Reads x5c[0] (cached by its exact string); returns the certificate with its facts, or why not. */
export function x5cSigner(
  header: Record<string, unknown>,
): SignerCertificate | Problem<"missing-x5c" | "malformed-x5c"> {
  const x5c = header.x5c;
  if (x5c === undefined)
    return {
      pointer: "/jws/header/x5c",
      code: "missing-x5c",
      message: "the header has no x5c: the signer's certificate is required",
    };
  if (!Array.isArray(x5c) || x5c.length === 0)
    return {
      pointer: "/jws/header/x5c",
      code: "malformed-x5c",
      message: "x5c must be a non-empty array of base64 DER certificates",
    };
  const first = x5c[0];
  if (typeof first === "string") {
    const hit = signers.get(first);
    if (hit) {
      signers.delete(first);
      signers.set(first, hit);
      return hit;
    }
  }
  // x5c is standard base64 (RFC 7515 §4.1.6), not base64url.
  if (typeof first !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(first))
    return { pointer: at("/jws/header/x5c", 0), code: "malformed-x5c", message: "x5c[0] must be standard base64 DER" };
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(Buffer.from(first, "base64"));
  } catch (e) {
    return {
      pointer: at("/jws/header/x5c", 0),
      code: "malformed-x5c",
      message: `x5c[0] is not an X.509 certificate: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const validFromText = String(certificate.validFrom);
  const validToText = String(certificate.validTo);
  const signer: SignerCertificate = {
    certificate,
    validFrom: certificateTime(validFromText),
    validTo: certificateTime(validToText),
    validFromText,
    validToText,
  };
  if (signers.size >= SIGNER_CACHE_SIZE) signers.delete(signers.keys().next().value!);
  signers.set(first, signer);
  return signer;
}

/** @internal Reads x5c[0]; returns the certificate or why not. */
export function x5cCertificate(
  header: Record<string, unknown>,
): X509Certificate | Problem<"missing-x5c" | "malformed-x5c"> {
  const signer = x5cSigner(header);
  return "certificate" in signer ? signer.certificate : signer;
}

/**
 * Decodes a compact JWS without verifying it: the header, `alg`, the `x5c` certificate and its organisation
 * number, and the JSON payload. Use it to show what a JWS claims; use {@link verifyMessage} to trust it.
 */
export function decodeJws(jws: string): DecodeResult {
  try {
    return decode(jws);
  } catch (e) {
    return unreadable("malformed-jws", e, "/jws");
  }
}

function decode(jws: unknown): DecodeResult {
  const s = splitJws(jws);
  if (!s.ok) return s;
  const cert = x5cCertificate(s.header);
  const certificate = cert instanceof X509Certificate ? cert : null;
  return {
    ok: true,
    header: s.header,
    alg: typeof s.header.alg === "string" ? s.header.alg : null,
    certificate,
    organisationNumber: certificate ? organisationNumberOfCertificate(certificate) : null,
    payload: s.payload,
  };
}
