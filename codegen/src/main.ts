#!/usr/bin/env node
/**
 * npm run codegen             regenerate everything from schemas/ and print what was generated
 * npm run codegen -- --check  write nothing; exit 1 naming every generated file that is out of date
 * npm run codegen -- --no-cache  run every emitter even when the output cache has this input's files
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatReport, runCodegen } from "./run.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function main(argv: string[]): Promise<number> {
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`codegen failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
