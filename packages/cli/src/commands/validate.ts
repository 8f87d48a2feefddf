import { parseArgs } from "node:util";
import type { X509Certificate } from "node:crypto";
import { validate, type Issue, type Profile } from "@innbyggerpost/contracts";
import { decodeJws, verifyMessage } from "@innbyggerpost/runtime";
import { readInput } from "../input-files.js";
import { EXIT, UsageError, type CliIo } from "../io.js";
import { readTrustedCertificates, type SignatureReport } from "../signature.js";

export const usage = `usage: innbyggerpost validate <file>... [--profile wire|strict] [--cert <pem>] [--json]

Validates DPI messages: .json SBD files and .jwt compact JWS files (the decoded payload is validated).
  --profile  wire (what the official schemas accept) or strict (default: wire plus overlay rules)
  --cert     PEM file with the certificate(s) to trust: .jwt signatures must then verify against one
  --json     print [{file, valid, type, errors, warnings, signature?}] as one JSON array
Exit 0 when all are valid, 1 when any is invalid, 2 on a usage error or an unreadable file.`;

/** One file's outcome, as --json prints it. */
export interface ValidateReport {
  file: string;
  valid: boolean;
  type: string | null;
  errors: Issue[];
  warnings: Issue[];
  /** For a .jwt file checked with --cert. */
  signature?: SignatureReport;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { profile: { type: "string" }, cert: { type: "string" }, json: { type: "boolean" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const profile = (parsed.values.profile ?? "strict") as Profile;
  if (profile !== "wire" && profile !== "strict") throw new UsageError(`--profile must be wire or strict, not ${profile}`);
  if (parsed.positionals.length === 0) throw new UsageError("no files given");
  const trusted: X509Certificate[] | null = parsed.values.cert === undefined ? null : readTrustedCertificates(parsed.values.cert);

  const reports: ValidateReport[] = [];
  let unreadable = false;
  for (const file of parsed.positionals) {
    const input = readInput(file);
    if (input.kind === "unreadable") {
      unreadable = true;
      reports.push({ file, valid: false, type: null, errors: [{ pointer: "", code: "unreadable", message: input.reason }], warnings: [] });
      continue;
    }
    const r = validate(input.kind === "json" ? input.value : input.payload, { profile });
    const report: ValidateReport = { file, valid: r.ok, type: r.type ?? null, errors: r.ok ? [] : [...r.errors], warnings: [...r.warnings] };
    if (trusted && input.kind === "jwt") {
      const v = await verifyMessage({ jws: input.jws, trust: { certificates: trusted }, profile });
      const d = decodeJws(input.jws);
      report.signature = { alg: d.ok ? d.alg : null, verified: v.ok, org: d.ok ? d.organisationNumber : null };
      // Payload problems are already listed by validate; add the signature's own.
      if (!v.ok) {
        report.valid = false;
        report.errors.push(...v.errors.filter((e) => e.code !== "invalid-message").map((e) => ({ pointer: e.pointer, code: e.code, message: e.message })));
      }
    }
    reports.push(report);
  }

  if (parsed.values.json) io.out(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) {
      const sig = r.signature ? `, signature ${r.signature.verified ? "verified" : "NOT verified"}` : "";
      io.out(`${r.valid ? "valid  " : "INVALID"}  ${r.file}  (${r.type ?? "unknown type"}, ${profile}${sig})`);
      for (const e of r.errors) io.out(`  error    ${e.pointer || "/"}  [${e.code}] ${e.message}`);
      for (const w of r.warnings) io.out(`  warning  ${w.pointer || "/"}  [${w.code}] ${w.message}`);
    }
  }
  if (unreadable) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}
