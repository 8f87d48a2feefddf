import { X509Certificate } from "node:crypto";
import { certificateValidAt } from "@innbyggerpost/runtime";

/** How many certificates' issuer verdicts are remembered by default (the oldest is dropped first). */
export const REMEMBERED_CERTIFICATES = 1024;

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
        verdict = certificate.checkIssued(ca) && certificate.verify(caKey);
        if (issued.size >= remember) issued.delete(issued.keys().next().value!);
        issued.set(print, verdict);
      }
      if (!verdict) return false;
      // The runtime's strict reading: unreadable dates refuse.
      const at = now();
      return certificateValidAt(certificate, at).ok && certificateValidAt(ca, at).ok;
    } catch {
      return false;
    }
  };
}
