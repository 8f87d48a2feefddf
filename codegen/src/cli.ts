/**
 * The generator's command line, for a repository at `root`: run by codegen/bin.mjs (`npm run codegen`,
 * precompiled) and by main.ts (the same from the TypeScript sources, through tsx).
 */
import { formatReport, runCodegen } from "./run.js";

/** Runs the command on `argv` (without node and the script) and returns its exit code. */
export async function main(argv: readonly string[], root: string): Promise<number> {
  const unknown = argv.filter((a) => a !== "--check" && a !== "--no-cache");
  if (unknown.length) {
    console.error(`codegen: unknown argument ${unknown[0]}\nusage: npm run codegen [-- [--check] [--no-cache]]`);
    return 2;
  }
  const check = argv.includes("--check");
  const result = await runCodegen(root, check, { cache: !argv.includes("--no-cache") });
  console.log(formatReport(result, check));
  if (check && result.stale.length) {
    console.error(
      `codegen --check: ${result.stale.length} generated file(s) out of date; run npm run ` +
        `codegen:\n  ${result.stale.join("\n  ")}`,
    );
    return 1;
  }
  if (check) console.log("codegen --check: all generated files are up to date");
  return 0;
}

/** Runs the command on this process's arguments and exits with its code (1 when it failed). */
export function runCli(root: string): void {
  main(process.argv.slice(2), root).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`codegen failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
