/** Checking JWS signatures for `validate` and `receipt`: the same options, report and wording in both. */
import type { X509Certificate } from "node:crypto";
import type { Profile } from "@innbyggerpost/contracts";
import { readCertificates, verifyMessage, type DecodedJws, type Problem } from "@innbyggerpost/runtime";
import { readText } from "./input-files.js";
import { UsageError, type CommandIo } from "./io.js";
import { dateTimeOption } from "./options.js";

/** What the commands print about a JWS signature (`signature` in --json). */
export interface SignatureReport {
  /** The header's alg, or null when there is none (or the file is not a JWS). */
  alg: string | null;
  /** True only when the signature verified against a --cert certificate. */
  verified: boolean;
  /** Why it is not verified (not checked, not signed, or the first problem); null when verified. */
  reason: string | null;
  /** The organisation number in the x5c certificate, or null. */
  org: string | null;
  /** True only when verified with --bind-sender: the certificate's organisation number is the SBD sender. */
  senderBound: boolean;
}

/** The signature options `validate` and `receipt` share, as parseOptions takes them. */
export const signatureOptions = {
  cert: { type: "string" },
  at: { type: "string" },
  "bind-sender": { type: "boolean" },
} as const;

/** Help lines for {@link signatureOptions}. */
export const signatureHelp = `  --cert         PEM file (or - for standard input) with the certificate(s) to trust
  --at           the date-time (RFC 3339 with offset) at which the certificate must be valid; default now.
                 E.g. --at 2022-06-01T00:00:00Z for the official signed example, whose certificate expired in 2023
  --bind-sender  also require the certificate's organisation number to be the SBD sender (off by default:
                 test certificates carry none); the output says when a verified signature was not bound`;

/** Checked signature options: what to trust, at which time, whether to bind the sender. */
export interface SignatureCheck {
  trusted: X509Certificate[];
  at: Date | undefined;
  bindSender: boolean;
}

/** Reads --cert, --at and --bind-sender; null without --cert (then --at and --bind-sender are usage errors). */
export async function readSignatureOptions(
  values: { cert?: string; at?: string; "bind-sender"?: boolean },
  io: CommandIo,
): Promise<SignatureCheck | null> {
  const at = values.at === undefined ? undefined : new Date(dateTimeOption("at", values.at).ms);
  if (values.cert === undefined) {
    if (at !== undefined || values["bind-sender"]) throw new UsageError("--at and --bind-sender need --cert");
    return null;
  }
  return { trusted: await readTrustedCertificates(values.cert, io), at, bindSender: values["bind-sender"] === true };
}

/** Reads the certificates to trust from a --cert PEM file; a usage error when it is unreadable or has none. */
export async function readTrustedCertificates(file: string, io: CommandIo): Promise<X509Certificate[]> {
  const read = await readText(file, io);
  if (!read.ok) throw new UsageError(`--cert ${file}: ${read.reason}`);
  const r = readCertificates(read.text);
  if (!r.ok) throw new UsageError(`--cert ${file}: ${r.errors[0]!.message}`);
  return [...r.certificates];
}

/** The report for a JWS whose signature was not checked because no --cert was given. */
export function uncheckedSignature(decoded: DecodedJws): SignatureReport {
  return {
    alg: decoded.alg,
    verified: false,
    reason: "not checked: no --cert given",
    org: decoded.organisationNumber,
    senderBound: false,
  };
}

/** Verifies one JWS with the library's verifyMessage; its problems come back beside the report. */
export async function checkSignature(
  jws: string,
  decoded: DecodedJws,
  check: SignatureCheck,
  profile: Profile,
): Promise<{ signature: SignatureReport; errors: Problem[] }> {
  const v = await verifyMessage({
    jws,
    trust: { certificates: check.trusted },
    profile,
    bindSender: check.bindSender,
    ...(check.at ? { at: check.at } : {}),
  });
  const org = decoded.organisationNumber;
  if (v.ok)
    return {
      signature: { alg: decoded.alg, verified: true, reason: null, org, senderBound: check.bindSender },
      errors: [],
    };
  const first = v.errors[0];
  const reason = first ? `${first.code}: ${first.message}` : "did not verify";
  return { signature: { alg: decoded.alg, verified: false, reason, org, senderBound: false }, errors: [...v.errors] };
}

/** How a signature report reads in human output. */
export function describeSignature(s: SignatureReport): string {
  const sig = s.alg ? `${s.alg} signature` : "signature";
  if (s.verified) {
    return s.senderBound
      ? `${sig} verified, bound to sender ${s.org}`
      : `${sig} verified, NOT bound to the sender (no --bind-sender)`;
  }
  if (s.reason?.startsWith("not checked")) return `${sig} not checked (no --cert)`;
  if (s.reason?.startsWith("not signed")) return "not signed";
  if (s.reason === "not read") return "not read";
  return `${sig} NOT verified`;
}
