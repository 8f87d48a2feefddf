/**
 * The imports of the first-error module's quick checks (emit/validators-quick.ts): the format and length
 * helpers, and the run-time part (the claim a failing check leaves behind, the refusal that runs ajv on the
 * claimed subtree only), hand-written in packages/contracts/src/support/quick-check.ts.
 */

/** Formats packages/contracts/src/support/formats.ts provides as functions, by the name imported here. */
export const FORMAT_FUNCTIONS: Record<string, string> = { "date-time": "qDateTime", date: "qDate" };

const IMPORTS: Record<string, string> = {
  qDate: `import { date as qDate } from "../support/formats.js";`,
  qDateTime: `import { dateTime as qDateTime } from "../support/formats.js";`,
  qLen: `import { ucs2length as qLen } from "../support/ucs2length.js";`,
};

/** The run-time functions in packages/contracts/src/support/quick-check.ts (hand-written, with the claim state). */
const RUNTIME = ["qErr", "qFree", "qNotJson", "qMissing", "qClaim", "qUp", "qReset", "qClear", "qRefuse"];

/** The imports the quick-check `code` uses: formats, string length, and the run-time functions (if any). */
export function quickRuntime(code: string): string {
  const uses = (name: string): boolean => new RegExp(`\\b${name}\\(`).test(code);
  const used = Object.keys(IMPORTS).filter(uses);
  const runtime = RUNTIME.filter(uses);
  const fromRuntime = runtime.length ? [`import { ${runtime.join(", ")} } from "../support/quick-check.js";`] : [];
  return [...used.map((name) => IMPORTS[name]), ...fromRuntime, ""].join("\n");
}
