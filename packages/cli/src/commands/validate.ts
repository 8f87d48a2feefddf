import { validate, type Issue, type Profile } from "@innbyggerpost/contracts";
import { EXIT_RULES, INPUT_RULES } from "../help.js";
import { readInput } from "../input-files.js";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { fileArguments, parseOptions } from "../options.js";
import { checkSignature, describeSignature, readSignatureOptions, uncheckedSignature } from "../signature.js";
import { signatureHelp, signatureOptions, type SignatureReport } from "../signature.js";
import { plainProblem } from "../problems.js";

/** The `validate` line of the top-level help. */
export const summary = "validate DPI messages (.json SBDs, .jwt compact JWS) against the schemas";

/** `innbyggerpost validate --help`. */
export const usage = `usage: innbyggerpost validate <file>... [--profile wire|strict] [--cert <pem> [--at <date-time>]
         [--bind-sender]] [--json]

Validates DPI messages: .json SBD files and .jwt compact JWS files (the decoded payload is validated).
Without --cert a .jwt signature is not checked, and the output says so.
  --profile      wire (what the official schemas accept) or strict (default: wire plus overlay rules)
${signatureHelp}
  --json         print [{file, valid, type, errors, warnings, signature?}] as one JSON array; signature
                 ({alg, verified, reason, org, senderBound}) is there for every .jwt file
${INPUT_RULES}
${EXIT_RULES} An unchecked signature does not make a file invalid.`;

/** One file's outcome, as --json prints it. */
export interface ValidateReport {
  file: string;
  valid: boolean;
  type: string | null;
  errors: Issue[];
  warnings: Issue[];
  /** For a .jwt file: verified against --cert, or why not. */
  signature?: SignatureReport;
}

/** Runs `innbyggerpost validate` with its arguments; returns the exit code (throws only UsageError). */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    profile: { type: "string" },
    json: { type: "boolean" },
    ...signatureOptions,
  });
  const profile = (values.profile ?? "strict") as Profile;
  if (profile !== "wire" && profile !== "strict")
    throw new UsageError(`--profile must be wire or strict, not ${profile}`);
  const files = fileArguments(positionals, values.cert);
  const check = await readSignatureOptions(values, io);

  const reports: ValidateReport[] = [];
  const unreadable = new Set<ValidateReport>();
  for (const file of files) {
    const input = await readInput(file, io);
    if (input.kind === "unreadable") {
      const report = {
        file,
        valid: false,
        type: null,
        errors: [{ pointer: "", code: input.code, message: input.reason }],
        warnings: [],
      };
      unreadable.add(report);
      reports.push(report);
      continue;
    }
    const r = validate(input.kind === "json" ? input.value : input.decoded.payload, { profile });
    const report: ValidateReport = {
      file,
      valid: r.ok,
      type: r.type ?? null,
      errors: r.ok ? [] : [...r.errors],
      warnings: [...r.warnings],
    };
    if (input.kind === "jwt") {
      if (!check) report.signature = uncheckedSignature(input.decoded);
      else {
        const checked = await checkSignature(input.jws, input.decoded, check, profile);
        report.signature = checked.signature;
        // Payload problems are already listed by validate; add the signature's own.
        if (!checked.signature.verified) {
          report.valid = false;
          report.errors.push(...checked.errors.filter((e) => e.code !== "invalid-message").map(plainProblem));
        }
      }
    }
    reports.push(report);
  }

  if (values.json) io.json(reports);
  else {
    for (const r of reports) {
      const sig = r.signature ? `, ${describeSignature(r.signature)}` : "";
      const verdict = unreadable.has(r) ? "UNREADABLE" : r.valid ? "valid" : "INVALID";
      io.line(`${verdict.padEnd(7)}  ${r.file}  (${r.type ?? "unknown type"}, ${profile}${sig})`);
      for (const e of r.errors) io.line(`  error    ${e.pointer || "/"}  [${e.code}] ${e.message}`);
      for (const w of r.warnings) io.line(`  warning  ${w.pointer || "/"}  [${w.code}] ${w.message}`);
    }
  }
  if (unreadable.size) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}
