/**
 * Fuzzing harness: hostile inputs and the invariants every public entry point must keep on them.
 * - never an uncaught throw (and never validate()'s "internal" issue, which is a caught one);
 * - never a mutated input (inputs are deep-frozen; small ones are also run unfrozen and compared);
 * - no prototype pollution (Object.prototype and Array.prototype compared before and after);
 * - a typed answer: issues with a JSON pointer whose parent exists in the input, a code and a message;
 * - bounded time: no single call over BOUND_MS (a guard against hangs, not a performance test).
 * The inputs: generated-cases.ts (fast-check) and heavy-cases.ts (the fixed heavy ones).
 */
import { row, timed } from "../support/budget.js";

export const BOUND_MS = 2000;
/**
 * For a whole CLI run, which reads and parses files of up to 10 MB: ~300 ms alone, seen at 2.3 s with every fuzz file
 * running in parallel.
 */
export const CLI_BOUND_MS = 5000;
export const DEEP = 100_000;
export const TEN_MB = 10 * 1024 * 1024;

/** Freezes every object reachable from `value`, iteratively (inputs can be 100 000 levels deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[k]);
  }
  return value;
}

/** A canonical text of a JSON-ish value that keeps -0, NaN, undefined and own __proto__ members apart. */
export function fingerprint(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string" && v.startsWith("\u0000mark:")) {
      out.push(v.slice(6));
      continue;
    }
    if (typeof v === "number") out.push(Object.is(v, -0) ? "-0" : String(v));
    else if (typeof v !== "object" || v === null) out.push(typeof v === "string" ? JSON.stringify(v) : String(v));
    else {
      const keys = Reflect.ownKeys(v);
      out.push(Array.isArray(v) ? "[" : `{${Object.getPrototypeOf(v) === null ? "null:" : ""}`);
      stack.push(`\u0000mark:${Array.isArray(v) ? "]" : "}"}`);
      for (const k of [...keys].reverse()) {
        stack.push((v as Record<PropertyKey, unknown>)[k]);
        stack.push(`\u0000mark:${String(k)}=`);
      }
    }
  }
  return out.join("");
}

function protoState(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(","))
    .join("|");
}

/** Whether the parent of `pointer` exists in `input` (the pointer names something reachable). */
export function parentResolves(input: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  if (!pointer.startsWith("/")) return false;
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = input;
  for (const t of tokens.slice(0, -1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, t)) return false;
    node = (node as Record<string, unknown>)[t];
  }
  return typeof node === "object" && node !== null;
}

/** Checks that `r` is a well-formed validate() result for `input`; returns a reason when not. */
export function badResult(input: unknown, r: unknown): string | undefined {
  if (typeof r !== "object" || r === null) return "result is not an object";
  const res = r as { ok: unknown; errors?: unknown; warnings?: unknown };
  if (typeof res.ok !== "boolean") return "ok is not a boolean";
  if (!Array.isArray(res.warnings)) return "warnings is not an array";
  if (res.ok) return undefined;
  if (!Array.isArray(res.errors) || res.errors.length === 0) return "invalid without errors";
  for (const e of [...res.errors, ...res.warnings] as { pointer: unknown; code: unknown; message: unknown }[]) {
    if (typeof e.pointer !== "string" || typeof e.code !== "string" || e.code === "" || typeof e.message !== "string")
      return `malformed issue ${JSON.stringify(e)}`;
    if (e.code === "internal") return `caught exception: ${e.message}`;
    // A wrong option is reported at its own pointer (/options/profile), outside the message; and only there.
    if (e.code === "bad-option") {
      if (!e.pointer.startsWith("/options")) return `bad-option at ${e.pointer}, not under /options`;
    } else if (!parentResolves(input, e.pointer)) return `pointer ${e.pointer} does not resolve into the input`;
  }
  return undefined;
}

/** A described input. `small` inputs are also run unfrozen to compare before/after. */
export interface Case {
  label: string;
  make: () => unknown;
  small: boolean;
}

/**
 * Runs `fn` on one input under every invariant, counting into the entry point's row. `check` validates
 * the answer and may return a reason it is wrong (counted as a disagreement).
 */
export function guard<R>(
  entry: string,
  c: Case,
  fn: (input: unknown) => R,
  check?: (input: unknown, r: R) => string | undefined,
): void {
  const r = row(entry);
  r.cases++;
  const problems: string[] = [];
  const runOnce = (input: unknown, frozen: boolean) => {
    const before = protoState();
    const started = performance.now();
    let result: R | undefined;
    try {
      result = fn(input);
    } catch (e) {
      r.throws++;
      problems.push(`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    const ms = performance.now() - started;
    timed(entry, c.label, ms);
    if (ms > BOUND_MS) problems.push(`took ${ms.toFixed(0)} ms`);
    if (protoState() !== before) {
      r.pollutions++;
      problems.push("polluted a prototype");
    }
    if (result !== undefined && check) {
      const why = check(input, result);
      if (why) {
        if (why.startsWith("caught exception")) frozen ? r.mutations++ : r.throws++;
        else r.disagreements++;
        problems.push(why);
      }
    }
  };
  const frozen = deepFreeze(c.make());
  runOnce(frozen, true);
  if (c.small) {
    const input = c.make();
    const before = fingerprint(input);
    runOnce(input, false);
    if (fingerprint(input) !== before) {
      r.mutations++;
      problems.push("mutated its input");
    }
  }
  if (problems.length) throw new Error(`${entry} on ${c.label}: ${problems.join("; ")}`);
}
