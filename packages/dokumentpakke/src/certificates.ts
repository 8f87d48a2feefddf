import { createHash, type X509Certificate } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, type Name } from "@peculiar/asn1-x509";

const SHORT: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.9": "STREET",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "0.9.2342.19200300.100.1.25": "DC",
  "0.9.2342.19200300.100.1.1": "UID",
};

function escapeRdnValue(v: string): string {
  return v
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, "\\ ");
}

/** @internal An X.500 name as RFC 4514 writes it (most specific RDN first), as XML-DSig's X509IssuerName wants. */
export function rfc4514(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      [...rdn]
        .map((atv) => {
          const short = SHORT[atv.type];
          if (!short) return `${atv.type}=#${Buffer.from(AsnConvert.serialize(atv.value)).toString("hex")}`;
          return `${short}=${escapeRdnValue(atv.value.toString())}`;
        })
        .join("+"),
    )
    .join(",");
}

/** @internal Issuer (RFC 4514) and decimal serial number of a certificate. */
export function issuerSerial(cert: X509Certificate): { issuer: string; serial: string; issuerDer: Buffer } {
  const parsed = AsnConvert.parse(cert.raw, Certificate);
  const serial = BigInt(`0x${Buffer.from(parsed.tbsCertificate.serialNumber).toString("hex") || "0"}`).toString(10);
  return {
    issuer: rfc4514(parsed.tbsCertificate.issuer),
    serial,
    issuerDer: Buffer.from(AsnConvert.serialize(parsed.tbsCertificate.issuer)),
  };
}

/** @internal Two RFC 4514 names are the same when their readings agree loosely (order, case, spacing). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string[] =>
    s
      .split(/(?<!\\),/)
      .map((p) =>
        p
          .trim()
          .replace(/\s*=\s*/, "=")
          .replace(/^(E|EMAILADDRESS)=/i, "1.2.840.113549.1.9.1=")
          .toLowerCase(),
      )
      .sort();
  const x = norm(a);
  const y = norm(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** @internal SHA-1 over the certificate's DER, base64 (XAdES CertDigest). */
export function sha1Digest(cert: X509Certificate): string {
  return createHash("sha1").update(cert.raw).digest("base64");
}

/** @internal PEM text of a certificate. */
export function toPem(cert: X509Certificate): string {
  return cert.toString();
}

/**
 * @internal Orders a chain from the leaf upwards: each next certificate is the one that issued the previous
 * (checked by signature); certificates that belong to no such path are left out.
 */
export function chainOf(leaf: X509Certificate, others: readonly X509Certificate[]): X509Certificate[] {
  const path = [leaf];
  const pool = [...others];
  for (let cur = leaf; ; ) {
    if (cur.checkIssued(cur) && safeVerify(cur, cur)) break;
    const i = pool.findIndex((c) => cur.checkIssued(c) && safeVerify(cur, c));
    if (i < 0) break;
    cur = pool.splice(i, 1)[0]!;
    path.push(cur);
  }
  return path;
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
