import { X509Certificate } from "node:crypto";
import { readJsonText } from "../envelope/parse.js";
import { at, fail, isRecord, kindOf, type Failure, type Problem } from "../support/problem.js";
import { organisationNumberOfCertificate } from "./certificate.js";

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

/** @internal Decodes one base64url segment, refusing non-canonical encodings (whose spare bits would let a changed character decode to the same bytes). */
export function decodeSegment(segment: string): Buffer | null {
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) return null;
  const bytes = Buffer.from(segment, "base64url");
  return bytes.toString("base64url") === segment ? bytes : null;
}

/** @internal Splits and decodes a compact JWS; pointers are /jws/header/…, /jws/payload/…. */
export function splitJws(jws: unknown): { ok: true; header: Record<string, unknown>; payload: unknown; payloadBytes: Buffer; signature: Buffer } | Failure<DecodeErrorCode> {
  if (typeof jws !== "string") return fail("/jws", "malformed-jws", `a compact JWS is a string, not ${kindOf(jws)}`);
  const parts = jws.split(".");
  if (parts.length !== 3) return fail("/jws", "malformed-jws", `a compact JWS has three dot-separated parts, not ${parts.length}`);
  const [h, p, s] = parts as [string, string, string];
  const names = ["header", "payload", "signature"] as const;
  const decoded = [h, p, s].map(decodeSegment);
  const bad = decoded.findIndex((d) => d === null);
  if (bad >= 0) return fail(`/jws/${names[bad]}`, "malformed-jws", `the ${names[bad]} is not canonical unpadded base64url`);
  const headerText = readJsonText(decoded[0]!);
  if (!headerText.ok || !isRecord(headerText.value)) return fail("/jws/header", "malformed-header", "the header is not a JSON object");
  const payload = readJsonText(decoded[1]!);
  if (!payload.ok) return fail("/jws/payload", "malformed-payload", `the payload is not JSON: ${payload.errors[0]!.message}`);
  return { ok: true, header: headerText.value, payload: payload.value, payloadBytes: decoded[1]!, signature: decoded[2]! };
}

/** @internal Reads x5c[0]; returns the certificate or why not. */
export function x5cCertificate(header: Record<string, unknown>): X509Certificate | Problem<"missing-x5c" | "malformed-x5c"> {
  const x5c = header.x5c;
  if (x5c === undefined) return { pointer: "/jws/header/x5c", code: "missing-x5c", message: "the header has no x5c: the signer's certificate is required" };
  if (!Array.isArray(x5c) || x5c.length === 0) return { pointer: "/jws/header/x5c", code: "malformed-x5c", message: "x5c must be a non-empty array of base64 DER certificates" };
  const first = x5c[0];
  // x5c is standard base64 (RFC 7515 §4.1.6), not base64url.
  if (typeof first !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(first)) return { pointer: at("/jws/header/x5c", 0), code: "malformed-x5c", message: "x5c[0] must be standard base64 DER" };
  try {
    return new X509Certificate(Buffer.from(first, "base64"));
  } catch (e) {
    return { pointer: at("/jws/header/x5c", 0), code: "malformed-x5c", message: `x5c[0] is not an X.509 certificate: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Decodes a compact JWS without verifying it: the header, `alg`, the `x5c` certificate and its organisation
 * number, and the JSON payload. Use it to show what a JWS claims; use {@link verifyMessage} to trust it.
 */
export function decodeJws(jws: string): DecodeResult {
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
