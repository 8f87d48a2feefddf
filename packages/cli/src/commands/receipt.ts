import { catalogue, type DpiType } from "@innbyggerpost/contracts";
import { parseMessage, receiptToStatus } from "@innbyggerpost/runtime";
import { EXIT_RULES, INPUT_RULES } from "../help.js";
import { readInput } from "../input-files.js";
import { EXIT, type CommandIo } from "../io.js";
import { fileArguments, parseOptions } from "../options.js";
import { plainProblem, type ReportedError } from "../problems.js";
import { checkSignature, describeSignature, readSignatureOptions, uncheckedSignature } from "../signature.js";
import { signatureHelp, signatureOptions, type SignatureReport } from "../signature.js";

/** The `receipt` line of the top-level help. */
export const summary = "verify signed DPI receipts (.jwt) and map each to its eFormidling status";

/** `innbyggerpost receipt --help`. */
export const usage = `usage: innbyggerpost receipt <file.jwt>... [--cert <pem> [--at <date-time>] [--bind-sender]]
         [--json]

Verifies signed DPI receipts (compact JWS files; a feil counts as one) and maps each to its eFormidling
status. A letter (digital, utskrift, flyttet) is not a receipt and is reported as such.
${signatureHelp}
                 Without --cert each signature is reported as not checked; the payload is still validated
  --json         print [{file, type, status, description, time, conversationId, messageId,
                 signature: {alg, verified, reason, org, senderBound}, errors}] as one JSON array
${INPUT_RULES}
${EXIT_RULES} A receipt is good when its signature verified and it is valid.`;

export type { ReportedError } from "../problems.js";

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

const NOT_SIGNED: SignatureReport = {
  alg: null,
  verified: false,
  reason: "not signed: not a compact JWS",
  org: null,
  senderBound: false,
};

/** The catalogue's kind of a message type (letter, receipt or error), or null for no known type. */
const kindOf = (type: string | null) =>
  type !== null && Object.hasOwn(catalogue, type) ? catalogue[type as DpiType].kind : null;

/** Reads, verifies and maps one file; never throws. Unreadable files come back with `unreadable` set. */
async function report(file: string, check: Awaited<ReturnType<typeof readSignatureOptions>>, io: CommandIo) {
  const input = await readInput(file, io);
  const errors: ReportedError[] = [];
  let signature: SignatureReport = { ...NOT_SIGNED };
  let payload: unknown = null;
  let jws: string | undefined;
  if (input.kind === "unreadable") {
    errors.push({ pointer: "", code: input.code, message: input.reason });
    signature = { ...NOT_SIGNED, reason: "not read" };
  } else if (input.kind === "json") {
    payload = input.value;
    errors.push({
      pointer: "",
      code: "not-signed",
      message: "a JSON file, not a signed receipt (compact JWS): there is no signature to verify",
    });
  } else {
    jws = input.jws;
    payload = input.decoded.payload;
    if (!check) signature = uncheckedSignature(input.decoded);
    else {
      const checked = await checkSignature(jws, input.decoded, check, "strict");
      signature = checked.signature;
      errors.push(...checked.errors.map(plainProblem));
    }
  }
  if (input.kind !== "unreadable" && !(check && jws !== undefined)) {
    // Not verified here: the payload is still validated.
    const parsed = parseMessage(payload);
    if (!parsed.ok) errors.push(...parsed.errors.map(plainProblem));
  }
  const status = receiptToStatus(payload, jws === undefined ? {} : { jws });
  const kind = kindOf(status.type);
  if (kind === "letter") {
    errors.push({
      pointer: "",
      code: "not-a-receipt",
      message: `a ${status.type} letter, not a receipt: it has no receipt status`,
    });
  }
  const r: ReceiptReport = {
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
  return { report: r, unreadable: input.kind === "unreadable", receipt: kind === "receipt" || kind === "error" };
}

/** Runs `innbyggerpost receipt` with its arguments; returns the exit code (throws only UsageError). */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: "boolean" }, ...signatureOptions });
  const files = fileArguments(positionals, values.cert);
  const check = await readSignatureOptions(values, io);

  const results = [];
  for (const file of files) results.push(await report(file, check, io));
  const reports = results.map((r) => r.report);

  if (values.json) io.json(reports);
  else {
    for (const { report: r, receipt } of results) {
      const what = receipt ? r.status : "-";
      const sig = describeSignature(r.signature);
      const org = r.signature.org && !r.signature.senderBound ? `, org ${r.signature.org}` : "";
      io.line(`${what.padEnd(8)} ${r.file}  (${r.type ?? "unknown type"}, ${r.time ?? "no time"}, ${sig}${org})`);
      io.line(`  ${receipt ? r.description : "not a receipt"}`);
      if (r.conversationId || r.messageId)
        io.line(`  conversation ${r.conversationId ?? "?"}  message ${r.messageId ?? "?"}`);
      for (const e of r.errors) io.line(`  error  ${e.pointer || "/"}  [${e.code}] ${e.message}`);
    }
  }
  if (results.some((r) => r.unreadable)) return EXIT.usage;
  return results.every((r) => r.receipt && r.report.signature.verified && r.report.errors.length === 0)
    ? EXIT.ok
    : EXIT.invalid;
}
