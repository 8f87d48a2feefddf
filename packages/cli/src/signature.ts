import { readFileSync } from "node:fs";
import type { X509Certificate } from "node:crypto";
import { readCertificates } from "@innbyggerpost/runtime";
import { UsageError } from "./io.js";

/** What the commands print about a JWS signature. */
export interface SignatureReport {
  /** The header's alg, or null when there is none (or the file is not a JWS). */
  alg: string | null;
  /** True only when the signature verified against a --cert certificate. */
  verified: boolean;
  /** The organisation number in the x5c certificate, or null. */
  org: string | null;
}

/** Reads the certificates to trust from a --cert PEM file; a usage error when it has none. */
export function readTrustedCertificates(file: string): X509Certificate[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--cert ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const r = readCertificates(text);
  if (!r.ok) throw new UsageError(`--cert ${file}: ${r.errors[0]!.message}`);
  return [...r.certificates];
}
