import { createPrivateKey, KeyObject, X509Certificate } from "node:crypto";
import { readCertificates, type Problem } from "@innbyggerpost/runtime";
import { kindOf, reason } from "./support.js";

/** A private key as callers hold it: PEM text (PKCS#8 or PKCS#1) or a parsed `KeyObject` (parse once, reuse). */
export type PrivateKeyInput = string | KeyObject;

/** A certificate as callers hold it: PEM text (the first block is taken) or a parsed `X509Certificate`. */
export type CertificateInput = string | X509Certificate;

type KeyProblem = Problem<"bad-option" | "bad-key">;
type CertificateProblem = Problem<"bad-option" | "bad-certificate">;

/**
 * @internal An RSA private key from PEM text or a private `KeyObject`. Another type is a `bad-option`; PEM that
 * does not parse, a public or secret KeyObject, or a key that is not RSA is a `bad-key`.
 */
export function readPrivateKey(value: unknown, pointer: string): { key: KeyObject } | { problem: KeyProblem } {
  if (!(value instanceof KeyObject) && typeof value !== "string")
    return {
      problem: {
        pointer,
        code: "bad-option",
        message: `a private key is PEM text or a KeyObject, not ${kindOf(value)}`,
      },
    };
  let key: KeyObject;
  try {
    key = value instanceof KeyObject ? value : createPrivateKey(value);
  } catch (e) {
    return { problem: { pointer, code: "bad-key", message: `not a usable RSA private key: ${reason(e)}` } };
  }
  if (key.type !== "private")
    return { problem: { pointer, code: "bad-key", message: `a ${key.type} KeyObject, not a private key` } };
  if (key.asymmetricKeyType !== "rsa")
    return { problem: { pointer, code: "bad-key", message: "not a usable RSA private key: the profile uses RSA" } };
  return { key };
}

/**
 * @internal Every certificate of PEM text (a leaf, or a leaf with its chain), or the one `X509Certificate`.
 * Another type is a `bad-option`; text without a certificate is a `bad-certificate`.
 */
export function readCertificateList(
  value: unknown,
  pointer: string,
): { certificates: readonly X509Certificate[] } | { problem: CertificateProblem } {
  if (value instanceof X509Certificate) return { certificates: [value] };
  if (typeof value !== "string")
    return {
      problem: {
        pointer,
        code: "bad-option",
        message: `a certificate is PEM text or an X509Certificate, not ${kindOf(value)}`,
      },
    };
  const read = readCertificates(value);
  if (!read.ok) return { problem: { pointer, code: "bad-certificate", message: "not a PEM certificate" } };
  return { certificates: read.certificates };
}
