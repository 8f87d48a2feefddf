import { createHash, timingSafeEqual } from "node:crypto";
import type { Dokumentpakkefingeravtrykk } from "@innbyggerpost/contracts";
import { parseMessage } from "../envelope/parse.js";
import { at, fail, kindOf, unreadable, type Failure, type Problem } from "../support/problem.js";

/** The digestMethod URI of a SHA-256 dokumentpakkefingeravtrykk. */
export const SHA256_DIGEST_METHOD = "http://www.w3.org/2001/04/xmlenc#sha256";

/** Why {@link computeFingerprint} failed: `not-bytes`, the package is not a Uint8Array/Buffer/ArrayBuffer. */
export type FingerprintErrorCode = "not-bytes";

/** What {@link computeFingerprint} returns; it never throws. */
export type FingerprintResult =
  | { readonly ok: true; readonly fingerprint: Dokumentpakkefingeravtrykk }
  | Failure<FingerprintErrorCode>;

function asBytes(input: unknown): Uint8Array | null {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return null;
}

/**
 * The dokumentpakkefingeravtrykk of an encrypted document package: SHA-256 over the exact CMS bytes
 * (not the zip inside), as standard padded base64, with the xmlenc#sha256 digestMethod.
 */
export function computeFingerprint(encryptedPackage: Uint8Array | ArrayBuffer): FingerprintResult {
  try {
    const bytes = asBytes(encryptedPackage);
    if (!bytes)
      return fail(
        "",
        "not-bytes",
        `the encrypted package is bytes (Uint8Array, Buffer or ArrayBuffer), not ${kindOf(encryptedPackage)}`,
      );
    return {
      ok: true,
      fingerprint: {
        digestMethod: SHA256_DIGEST_METHOD,
        digestValue: createHash("sha256").update(bytes).digest("base64"),
      },
    };
  } catch (e) {
    return unreadable("not-bytes", e);
  }
}

/**
 * Why {@link checkFingerprint} failed:
 * - `not-bytes`: `encryptedPackage` is not bytes;
 * - `invalid-message`: `message` is not a valid DPI message (strict profile; `rule` says which check);
 * - `not-a-letter`: the message is a receipt or feil, which carry no fingerprint;
 * - `unsupported-digest-method`: digestMethod is not SHA-256 (xmlenc#sha256);
 * - `digest-mismatch`: the package's SHA-256 differs from digestValue.
 */
export type CheckFingerprintErrorCode =
  | "not-bytes"
  | "invalid-message"
  | "not-a-letter"
  | "unsupported-digest-method"
  | "digest-mismatch"
  | "bad-input";

/** Input of {@link checkFingerprint}. */
export interface CheckFingerprintInput {
  /** A digital, utskrift or flyttet message (object or JSON text). */
  readonly message: unknown;
  /** The encrypted document package (CMS bytes) it came with. */
  readonly encryptedPackage: Uint8Array | ArrayBuffer;
}

/** What {@link checkFingerprint} returns; it never throws. */
export type CheckFingerprintResult =
  | { readonly ok: true; readonly fingerprint: Dokumentpakkefingeravtrykk }
  | Failure<CheckFingerprintErrorCode>;

/** Checks that a letter's dokumentpakkefingeravtrykk is the SHA-256 of the encrypted package it came with. */
export function checkFingerprint(input: CheckFingerprintInput): CheckFingerprintResult {
  try {
    if (typeof input !== "object" || input === null)
      return fail("", "invalid-message", `the input is {message, encryptedPackage}, not ${kindOf(input)}`);
    const bytes = asBytes(input.encryptedPackage);
    if (!bytes)
      return fail(
        "/encryptedPackage",
        "not-bytes",
        `the encrypted package is bytes, not ${kindOf(input.encryptedPackage)}`,
      );
    const parsed = parseMessage(input.message);
    if (!parsed.ok)
      return {
        ok: false,
        errors: parsed.errors.map((e) => ({ ...e, pointer: `/message${e.pointer}`, code: "invalid-message" as const })),
      };
    const sbd = parsed.message.standardBusinessDocument as unknown as Record<
      string,
      { dokumentpakkefingeravtrykk?: Dokumentpakkefingeravtrykk }
    >;
    const found = sbd[parsed.type]?.dokumentpakkefingeravtrykk;
    const base = at("/message", "standardBusinessDocument", parsed.type, "dokumentpakkefingeravtrykk");
    if (!found)
      return fail(
        `/message/standardBusinessDocument/${parsed.type}`,
        "not-a-letter",
        `a ${parsed.type} carries no dokumentpakkefingeravtrykk`,
      );
    const errors: Problem<CheckFingerprintErrorCode>[] = [];
    if (found.digestMethod !== SHA256_DIGEST_METHOD) {
      errors.push({
        pointer: `${base}/digestMethod`,
        code: "unsupported-digest-method",
        message: `digestMethod must be ${SHA256_DIGEST_METHOD}, not ${JSON.stringify(found.digestMethod)}`,
      });
      return { ok: false, errors };
    }
    const actual = createHash("sha256").update(bytes).digest();
    const claimed = Buffer.from(found.digestValue, "base64");
    // Compare the canonical base64 too, so a non-canonical encoding of the right bytes is not waved through.
    if (
      claimed.length !== actual.length ||
      !timingSafeEqual(claimed, actual) ||
      actual.toString("base64") !== found.digestValue
    ) {
      errors.push({
        pointer: `${base}/digestValue`,
        code: "digest-mismatch",
        message: `the package's SHA-256 is ${actual.toString("base64")}, not ${found.digestValue}`,
      });
      return { ok: false, errors };
    }
    return { ok: true, fingerprint: { digestMethod: found.digestMethod, digestValue: found.digestValue } };
  } catch (e) {
    return unreadable("bad-input", e);
  }
}
