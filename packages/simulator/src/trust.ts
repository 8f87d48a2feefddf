import { X509Certificate } from "node:crypto";
import { certificateValidAt } from "@innbyggerpost/runtime";

/** How many certificates' issuer verdicts are remembered by default (the oldest is dropped first). */
export const REMEMBERED_CERTIFICATES = 1024;

/** Whether `ca` issued `certificate`: its names and its signature (an RSA verify with `caKey`). */
function signedBy(certificate: X509Certificate, ca: X509Certificate, caKey = ca.publicKey): boolean {
  return certificate.checkIssued(ca) && certificate.verify(caKey);
}

/** Whether both are valid at `at`, by the runtime's strict reading: unreadable dates or an invalid `at` refuse. */
function bothValidAt(certificate: X509Certificate, ca: X509Certificate, at: Date | number): boolean {
  return certificateValidAt(certificate, at).ok && certificateValidAt(ca, at).ok;
}

/**
 * True when `certificate` was issued by `ca` (signature and names) and both are valid at `now` (default: now).
 * Any doubt refuses: a value that is not a certificate, an invalid `now` or unreadable dates give false. Never throws.
 */
export function issuedBy(certificate: X509Certificate, ca: X509Certificate, now: Date = new Date()): boolean {
  try {
    if (!(certificate instanceof X509Certificate) || !(ca instanceof X509Certificate) || !(now instanceof Date))
      return false;
    return signedBy(certificate, ca) && bothValidAt(certificate, ca, now);
  } catch {
    return false;
  }
}

/**
 * The simulator's trust decision: a certificate is trusted when the CA issued it (signature and names) and both
 * are valid at the time of the call, or when it is one of the pinned (`--trust`) certificates. The same verdicts
 * as {@link issuedBy} for each call.
 *
 * Why a memo: every letter brings the same few sender certificates twice (the JWS's x5c and the XAdES
 * signature's), and checking the CA's signature on one costs an RSA verify and a fresh KeyObject. The signature
 * and the names never change for the same DER, so that verdict is remembered by the certificate's SHA-256
 * fingerprint (at most `remember`, default {@link REMEMBERED_CERTIFICATES}); validity is read again at every
 * call, at `now()` (default Date.now).
 */
export function trustDecision(
  ca: X509Certificate,
  pinned: readonly X509Certificate[],
  { now = Date.now, remember = REMEMBERED_CERTIFICATES }: { now?: () => number; remember?: number } = {},
): (certificate: X509Certificate) => boolean {
  const caKey = ca.publicKey;
  const pinnedPrints = new Set(pinned.map((p) => p.fingerprint256));
  const issued = new Map<string, boolean>();
  return (certificate) => {
    try {
      if (!(certificate instanceof X509Certificate)) return false;
      const print = certificate.fingerprint256;
      if (pinnedPrints.has(print)) return true;
      let verdict = issued.get(print);
      if (verdict === undefined) {
        verdict = signedBy(certificate, ca, caKey);
        if (issued.size >= remember) issued.delete(issued.keys().next().value!);
        issued.set(print, verdict);
      }
      return verdict && bothValidAt(certificate, ca, now());
    } catch {
      return false;
    }
  };
}
