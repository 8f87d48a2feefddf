/**
 * The run-time part of the generated first-error validators (`generated/validators-first-error.js`, emitted by
 * `codegen/src/emit/validators-quick.ts`): the claim a failing quick check leaves behind on its way out, and
 * the refusal that turns it into ajv's first error. Valid input never touches any of it.
 *
 * The state is module-level on purpose: a quick check is a chain of `&&` that returns false on the way out
 * of a failure, and each level adds its path segment here, so valid input allocates nothing for paths.
 * Every refusal reads and clears it (qRefuse) before returning.
 */
import { jsonProblem, type JsonProblem } from "./json-check.js";

/** An ajv error object, as ajv's standalone code writes it. */
interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An ajv standalone validate function: called with its data and context; `errors` after a refusal. */
interface AjvFunction {
  (data: unknown, context: { instancePath: string; rootData: unknown }): boolean;
  errors?: unknown;
}

/** Who reports the refusal: qErr for an error the check built itself, else the ajv function to run on qData. */
let qAt: AjvFunction | typeof qErr | null = null;
let qData: unknown;
/** The path from the root to the failing value, innermost first. */
const qPath: (string | number)[] = [];

/** A keyword failed in a plain context: its error, as ajv writes it; `path` leads to the value, innermost first. */
export function qErr(keyword: string, params: Record<string, unknown>, ...path: (string | number)[]): false {
  qAt = qErr;
  qData = { instancePath: "", keyword, params } satisfies AjvError;
  qPath.push(...path);
  return false;
}

/**
 * What JSON cannot carry in a free region (see json-check.ts): `v` itself unless it is a plain object, else
 * its own keys outside `known` (null: none of them is free).
 */
export function qFree(v: unknown, known: ReadonlySet<string> | null): JsonProblem | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return jsonProblem(v);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return jsonProblem(v);
  return known === null ? null : jsonProblem(v, known);
}

/** Not JSON at `j.path` below the value at `path` (innermost first): a `not-json` error, as parseMessage says. */
export function qNotJson(j: JsonProblem, ...path: (string | number)[]): false {
  qAt = qErr;
  qData = { instancePath: "", keyword: "not-json", params: {}, message: j.message } satisfies AjvError;
  for (let i = j.path.length - 1; i >= 0; i--) qPath.push(String(j.path[i]).replace(/~/g, "~0").replace(/\//g, "~1"));
  qPath.push(...path);
  return false;
}

/** The first of `names` that `d` lacks (what ajv's required reports). */
export function qMissing(d: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) if (d[name] === undefined) return name;
  return undefined;
}

/** Under if/then/else/not, a keyword of the schema whose ajv function is `fn` failed on `d`: `fn` reports. */
export function qClaim(fn: AjvFunction, d: unknown): false {
  qAt = fn;
  qData = d;
  return false;
}

/** A called schema failed and said why: add the path to it. */
export function qUp(...path: (string | number)[]): false {
  qPath.push(...path);
  return false;
}

/** A branch of if/then/else/not failed: what its sub-checks claimed is dropped, this schema reports. */
export function qReset(fn: AjvFunction, d: unknown): false {
  qClear();
  return qClaim(fn, d);
}

/** Forgets the claim (after a refusal, or when a branch's failure does not count); nothing to do if none. */
export function qClear(): void {
  if (qAt === null) return;
  qAt = null;
  qData = undefined;
  qPath.length = 0;
}

/**
 * The refusal of `wrapper`: the error the check built, or ajv run on the claimed subtree with its path, so
 * that its errors are the ones it would report from the root (and its verdict stands, should a getter have
 * changed its answer in between).
 */
export function qRefuse(wrapper: { errors?: unknown }, data: unknown): boolean {
  const fn = qAt;
  const at = qData;
  let instancePath = "";
  for (let j = qPath.length - 1; j >= 0; j--) instancePath += `/${qPath[j]}`;
  qClear();
  if (fn === qErr) {
    (at as AjvError).instancePath = instancePath;
    wrapper.errors = [at];
    return false;
  }
  const ajv = fn as AjvFunction;
  const ok = ajv(at, { instancePath, rootData: data });
  wrapper.errors = ajv.errors;
  return ok;
}
