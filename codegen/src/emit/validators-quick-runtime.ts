/**
 * The run-time part of the quick checks (emit/validators-quick.ts), written once at the top of the
 * first-error module: the claim a failing quick check leaves behind, and the refusal that runs ajv on the
 * claimed subtree only.
 */

/** Formats packages/contracts/src/support/formats.ts provides as functions, by the name imported here. */
export const FORMAT_FUNCTIONS: Record<string, string> = { "date-time": "qDateTime", date: "qDate" };

const IMPORTS: Record<string, string> = {
  qDate: `import { date as qDate } from "../support/formats.js";`,
  qDateTime: `import { dateTime as qDateTime } from "../support/formats.js";`,
  qLen: `import { ucs2length as qLen } from "../support/ucs2length.js";`,
  qFree: `import { jsonProblem as qJsonProblem } from "../support/json-check.js";`,
};

/**
 * State set only on the way out of a failing quick check (valid input never touches it): who reports
 * (\`qAt\`: qErr for the error object built by the check itself, else the ajv function that will run on
 * \`qData\`), and the path from the root, innermost first.
 */
const STATE = `
let qAt = null;
let qData;
const qPath = [];
/** A keyword failed in a plain context: its error, as ajv writes it; \`path\` leads to the value, innermost first. */
function qErr(keyword, params, ...path) {
  qAt = qErr;
  qData = { instancePath: "", keyword, params };
  qPath.push(...path);
  return false;
}
/**
 * What JSON cannot carry in a free region (see support/json-check.ts): \`v\` itself unless it is a plain
 * object, else its own keys outside \`known\` (null: none of them is free).
 */
function qFree(v, known) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return qJsonProblem(v);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return qJsonProblem(v);
  return known === null ? null : qJsonProblem(v, known);
}
/** Not JSON at \`j.path\` below the value at \`path\` (innermost first): a \`not-json\` error, as parseMessage says. */
function qNotJson(j, ...path) {
  qAt = qErr;
  qData = { instancePath: "", keyword: "not-json", params: {}, message: j.message };
  for (let i = j.path.length - 1; i >= 0; i--) qPath.push(String(j.path[i]).replace(/~/g, "~0").replace(/\\//g, "~1"));
  qPath.push(...path);
  return false;
}
/** The first of \`names\` that \`d\` lacks (what ajv's required reports). */
function qMissing(d, names) {
  for (const name of names) if (d[name] === undefined) return name;
}
/** Under if/then/else/not, a keyword of the schema whose ajv function is \`fn\` failed on \`d\`: \`fn\` reports. */
function qClaim(fn, d) {
  qAt = fn;
  qData = d;
  return false;
}
/** A called schema failed and said why: add the path to it. */
function qUp(...path) {
  qPath.push(...path);
  return false;
}
/** A branch of if/then/else/not failed: what its sub-checks claimed is dropped, this schema reports. */
function qReset(fn, d) {
  qClear();
  return qClaim(fn, d);
}
function qClear() {
  qAt = null;
  qData = undefined;
  qPath.length = 0;
}
/**
 * The refusal of \`wrapper\`: the error the check built, or ajv run on the claimed subtree with its path, so
 * that its errors are the ones it would report from the root (and its verdict stands, should a getter
 * have changed its answer in between).
 */
function qRefuse(wrapper, data) {
  const fn = qAt;
  const at = qData;
  let instancePath = "";
  for (let j = qPath.length - 1; j >= 0; j--) instancePath += "/" + qPath[j];
  qClear();
  if (fn === qErr) {
    at.instancePath = instancePath;
    wrapper.errors = [at];
    return false;
  }
  const ok = fn(at, { instancePath, rootData: data });
  wrapper.errors = fn.errors;
  return ok;
}
`;

/** The imports and state the quick-check `code` uses. */
export function quickRuntime(code: string): string {
  const used = Object.keys(IMPORTS).filter((name) => new RegExp(`\\b${name}\\(`).test(code));
  return `${used.map((name) => IMPORTS[name]).join("\n")}\n${STATE}\n`;
}
