import { parseArgs } from "node:util";
import { validate, type Issue, type Profile } from "@innbyggerpost/contracts";
import { readInput } from "../input-files.js";
import { EXIT, UsageError, type CliIo } from "../io.js";

export const usage = `usage: innbyggerpost validate <file>... [--profile wire|strict] [--json]

Validates DPI messages: .json SBD files and .jwt compact JWS files (the decoded payload is validated).
  --profile  wire (what the official schemas accept) or strict (default: wire plus overlay rules)
  --json     print [{file, valid, type, errors, warnings}] as one JSON array
Exit 0 when all are valid, 1 when any is invalid, 2 on a usage error or an unreadable file.`;

/** One file's outcome, as --json prints it. */
export interface ValidateReport {
  file: string;
  valid: boolean;
  type: string | null;
  errors: Issue[];
  warnings: Issue[];
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { profile: { type: "string" }, json: { type: "boolean" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const profile = (parsed.values.profile ?? "strict") as Profile;
  if (profile !== "wire" && profile !== "strict") throw new UsageError(`--profile must be wire or strict, not ${profile}`);
  if (parsed.positionals.length === 0) throw new UsageError("no files given");

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
    reports.push({ file, valid: r.ok, type: r.type ?? null, errors: r.ok ? [] : [...r.errors], warnings: [...r.warnings] });
  }

  if (parsed.values.json) io.out(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) {
      io.out(`${r.valid ? "valid  " : "INVALID"}  ${r.file}  (${r.type ?? "unknown type"}, ${profile})`);
      for (const e of r.errors) io.out(`  error    ${e.pointer || "/"}  [${e.code}] ${e.message}`);
      for (const w of r.warnings) io.out(`  warning  ${w.pointer || "/"}  [${w.code}] ${w.message}`);
    }
  }
  if (unreadable) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}
