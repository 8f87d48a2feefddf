import { parseArgs } from "node:util";
import type { X509Certificate } from "node:crypto";
import { decodeJws, parseMessage, receiptToStatus, verifyMessage } from "@innbyggerpost/runtime";
import { readInput } from "../input-files.js";
import { EXIT, UsageError, type CliIo } from "../io.js";
import { readTrustedCertificates, type SignatureReport } from "../signature.js";

export const usage = `usage: innbyggerpost receipt <file.jwt>... [--cert <pem>] [--json]

Verifies signed DPI receipts (compact JWS files) and maps each to its eFormidling status.
  --cert  PEM file with the certificate(s) to trust (the postbox's x5c certificate); without it
          each signature is reported as unverified and the payload is still read and validated
  --json  print [{file, type, status, description, time, conversationId, messageId,
          signature: {alg, verified, org}, errors}] as one JSON array
Exit 0 when every file is verified and valid, 1 otherwise, 2 on a usage error.`;

/** One problem with a file, as printed. */
export interface ReportedError {
  pointer: string;
  code: string;
  message: string;
}

/** One file's outcome, as --json prints it. */
export interface ReceiptReport {
  file: string;
  type: string | null;
  /** The eFormidling status (LEVERT, LEST, FEIL, ANNET). */
  status: string;
  description: string;
  /** The receipt's tidspunkt, or null. */
  time: string | null;
  conversationId: string | null;
  messageId: string | null;
  signature: SignatureReport;
  errors: ReportedError[];
}

const plain = (e: { pointer: string; code: string; message: string }): ReportedError => ({ pointer: e.pointer, code: e.code, message: e.message });

/** Reads, verifies and maps one file; never throws. */
async function report(file: string, trusted: X509Certificate[] | null): Promise<ReceiptReport> {
  const input = readInput(file);
  const signature: SignatureReport = { alg: null, verified: false, org: null };
  const errors: ReportedError[] = [];
  let payload: unknown = null;
  let jws: string | undefined;
  if (input.kind === "unreadable") errors.push({ pointer: "", code: "unreadable", message: input.reason });
  else if (input.kind === "json") {
    payload = input.value;
    errors.push({ pointer: "", code: "not-signed", message: "a JSON file, not a signed receipt (compact JWS): there is no signature to verify" });
  } else {
    jws = input.jws;
    const decoded = decodeJws(jws);
    if (!decoded.ok) errors.push(...decoded.errors.map(plain));
    else {
      payload = decoded.payload;
      signature.alg = decoded.alg;
      signature.org = decoded.organisationNumber;
    }
  }

  if (jws !== undefined && trusted) {
    const verified = await verifyMessage({ jws, trust: { certificates: trusted } });
    signature.verified = verified.ok;
    if (!verified.ok) errors.push(...verified.errors.map(plain));
  } else if (payload !== null) {
    // No --cert: the signature stays unverified, but the payload is still validated.
    const parsed = parseMessage(payload);
    if (!parsed.ok) errors.push(...parsed.errors.map(plain));
  }

  const status = receiptToStatus(payload, jws === undefined ? {} : { jws });
  return {
    file,
    type: status.type,
    status: status.status,
    description: status.description,
    time: status.time,
    conversationId: status.conversationId,
    messageId: status.messageId,
    signature,
    errors,
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { cert: { type: "string" }, json: { type: "boolean" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.positionals.length === 0) throw new UsageError("no files given");
  const trusted = parsed.values.cert === undefined ? null : readTrustedCertificates(parsed.values.cert);

  const reports: ReceiptReport[] = [];
  for (const file of parsed.positionals) reports.push(await report(file, trusted));

  if (parsed.values.json) io.out(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) {
      const sig = r.signature.verified ? `verified ${r.signature.alg}` : `UNVERIFIED${r.signature.alg ? ` ${r.signature.alg}` : ""}`;
      io.out(`${r.status.padEnd(8)} ${r.file}  (${r.type ?? "unknown type"}, ${r.time ?? "no time"}, ${sig}${r.signature.org ? `, org ${r.signature.org}` : ""})`);
      io.out(`  ${r.description}`);
      if (r.conversationId || r.messageId) io.out(`  conversation ${r.conversationId ?? "?"}  message ${r.messageId ?? "?"}`);
      for (const e of r.errors) io.out(`  error  ${e.pointer || "/"}  [${e.code}] ${e.message}`);
    }
  }
  return reports.every((r) => r.signature.verified && r.errors.length === 0) ? EXIT.ok : EXIT.invalid;
}
