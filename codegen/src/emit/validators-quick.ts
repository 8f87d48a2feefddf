import type { FlatSchema } from "../flatten.js";
import { lit } from "./helpers.js";
import { containsCode, outOfBounds, relaxedPattern, uniqueItemsCode } from "./quick-answer.js";
import {
  CASE_SPELLED,
  GROUP_TYPES,
  GROUPS,
  IGNORED,
  SUPPORTED,
  type Schema,
  TYPE_CHECK,
  Unsupported,
  ajvFormats,
} from "./quick-keywords.js";
import { FORMAT_FUNCTIONS } from "./validators-quick-runtime.js";

/**
 * Quick checks: one straight-line boolean function per flattened schema, put in front of each first-error
 * validator. A valid message (the common case) is decided by its quick check alone: no error bookkeeping,
 * no argument object per call, each property read once, closed objects checked with a `switch` on the key.
 *
 * A refusal costs one walk, not two: the quick check evaluates keywords in ajv's own order (taken from the
 * ajv instance the validators are compiled with), so the first failure it meets is ajv's first error, and
 * it builds that error object where it fails (keyword and params as ajv writes them; the path is collected
 * on the way out, so valid input pays nothing for it). The one exception is a failing branch of
 * `if`/`then`/`else`/`not` (the print address), whose error ajv builds from several: there the check names
 * the schema holding the keyword and ajv runs on that subtree alone, with its path. The differential test
 * (codegen/test/validators-quick.test.ts) holds verdicts and errors to ajv's first-error validator.
 *
 * It covers the keywords our schemas use; a root that reaches any other keyword gets no quick check (its
 * exported validator is ajv's alone). `answer()` emits the same code without errors for the strict rules
 * (emit/strict-rules.ts), where `contains` and `uniqueItems` are covered too (emit/quick-answer.ts).
 */

/** Drops a claim left by a sub-check whose failure was an answer (an `if` that was false, a `not` held). */
const CLEAR = "  qClear();\n";
/** CLEAR where a sub-check may have claimed; nothing where none can (a pure answer calls no plain check). */
const clear = (ctx: Context) => (ctx.pure ? "" : CLEAR);

/**
 * Where a failure goes. In a plain context (reached through properties, items and refs only) it builds its
 * error; under if/then/else/not (`plain` false) a sub-function just answers, and the schema `id` holding
 * the keyword hands the refusal to its ajv function.
 */
interface Context {
  readonly id: string | null;
  readonly plain: boolean;
  /** An answer (see QuickEmitter.answer) that reaches no plain check ($ref is not covered): nothing claims. */
  readonly pure: boolean;
}

const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
/** A static JSON pointer token, escaped as ajv escapes it in instancePath. */
const token = (name: string) => lit(name.replace(/~/g, "~0").replace(/\//g, "~1"));

/** Emits the quick-check functions of one module. */
export class QuickEmitter {
  readonly functions: string[] = [];
  readonly constants: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly byId: Map<string, Schema>;
  private readonly failed = new Set<string>();
  private readonly emitted = new Set<string>();
  private readonly constantNames = new Map<string, string>();
  /** Sub-schemas already emitted (the print address repeats its if/then/else branches), by their JSON. */
  private readonly subNames = new Map<string, string>();
  private vars = 0;

  /** Schema ids whose ajv function a refusal may run (`qa<i>` in the emitted code), by that name. */
  readonly ajvNeeded = new Map<string, string>();
  private readonly ids: ReadonlyMap<string, number>;

  constructor(flat: readonly FlatSchema[]) {
    this.byId = new Map(flat.map((s) => [s.id, s.schema]));
    this.ids = new Map(flat.map((s, i) => [s.id, i]));
    for (const [i, s] of flat.entries()) this.names.set(s.id, `q${i}`);
  }

  /** The quick check of the schema `id` (emitting it and what it references), or null if not covered. */
  root(id: string): string | null {
    try {
      this.reach(id, new Set());
    } catch (e) {
      if (e instanceof Unsupported) return null;
      throw e;
    }
    return this.names.get(id)!;
  }

  /** Emits `id` and everything it references; throws Unsupported when any of it is not covered. */
  private reach(id: string, visiting: Set<string>): void {
    if (this.failed.has(id)) throw new Unsupported(id);
    if (this.emitted.has(id) || visiting.has(id)) return;
    const schema = this.byId.get(id);
    if (schema === undefined) throw new Unsupported(`unknown $ref ${id}`);
    visiting.add(id);
    try {
      const refs: string[] = [];
      const body = this.body(schema, "d", [], refs, { id, plain: true, pure: false });
      for (const r of refs) this.reach(r, visiting);
      this.functions.push(`function ${this.names.get(id)}(d) {\n${body}  return true;\n}`);
      this.emitted.add(id);
    } catch (e) {
      this.failed.add(id);
      throw e;
    } finally {
      visiting.delete(id);
    }
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.vars++}`;
  }

  /**
   * An answer-only function for `schema` (a strict rule's): the verdict of ajv's validator of it, nothing
   * else (no error, no claim, no JSON check), or null when it uses a keyword the answers do not cover.
   */
  answer(schema: Schema): string | null {
    const [functions, constants] = [this.functions.length, this.constants.length];
    const [names, subs] = [new Map(this.constantNames), new Map(this.subNames)];
    try {
      return this.sub(schema, [], true);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      // Drop what the uncovered schema emitted before it met the keyword.
      this.functions.length = functions;
      this.constants.length = constants;
      restore(this.constantNames, names);
      restore(this.subNames, subs);
      return null;
    }
  }

  /** A separate function for a sub-schema used as an expression (if/then/else/not): it only answers. */
  private sub(schema: Schema, refs: string[], pure = false): string {
    const key = `${pure}:${JSON.stringify(schema)}`;
    const known = this.subNames.get(key);
    if (known) return known;
    const name = this.fresh("qs");
    const body = this.body(schema, "d", [], refs, { id: null, plain: false, pure });
    this.functions.push(`function ${name}(d) {\n${body}  return true;\n}`);
    this.subNames.set(key, name);
    return name;
  }

  /**
   * A failure of `keyword` at `v` (path `segs` from `d`): in a plain context the error object ajv would
   * report, built here (`params` is its params, as JavaScript); under if/then/else/not just the answer.
   */
  private fail(ctx: Context, segs: readonly string[], keyword: string, params: string): string {
    if (!ctx.plain) return "return false;";
    return `return qErr(${lit(keyword)}, ${params}${[...segs]
      .reverse()
      .map((s) => `, ${s}`)
      .join("")});`;
  }

  /** A failure inside a called schema at `v` (path `segs` from `d`): it built the error; add the path. */
  private failCall(ctx: Context, segs: readonly string[]): string {
    if (!ctx.plain) return "return false;";
    return `return qUp(${[...segs].reverse().join(", ")});`;
  }

  /** Statements that fail unless `v` (at path `segs` from `d`) satisfies `schema`, in ajv's order. */
  private body(schema: Schema, v: string, segs: readonly string[], refs: string[], ctx: Context): string {
    if (schema === true) return "";
    if (schema === false) return `  ${this.fail(ctx, segs, "false schema", "{}")}\n`;
    const keys = Object.keys(schema).filter((k) => !IGNORED.has(k));
    for (const k of keys) if (!SUPPORTED.has(k)) throw new Unsupported(k);
    const ref = schema.$ref;
    if (ref !== undefined) {
      if (ctx.pure) throw new Unsupported("$ref in an answer");
      // ajv applies a $ref's siblings too; our flattened schemas have none, so keep it simple.
      if (typeof ref !== "string" || keys.length !== 1) throw new Unsupported("$ref with siblings");
      refs.push(ref);
      return `  if (!${this.names.get(ref) ?? "qUnknown"}(${v})) ${this.failCall(ctx, segs)}\n`;
    }
    const type = schema.type;
    if (type !== undefined && (typeof type !== "string" || !TYPE_CHECK[type])) throw new Unsupported("type");
    const used = (g: (typeof GROUPS)[number]) => g.keywords.some((k) => k !== "type" && schema[k] !== undefined);
    // ajv checks a lone type where its keyword group runs (`else` of the group's type test); any other
    // type before every keyword.
    const typeInGroup =
      typeof type === "string" && GROUP_TYPES.has(type) && GROUPS.some((g) => g.type === type && used(g));
    let out = "";
    const typeFail = this.fail(ctx, segs, "type", `{ type: ${lit(type)} }`);
    if (typeof type === "string" && !typeInGroup) out += `  if (!(${TYPE_CHECK[type]!(v)})) ${typeFail}\n`;
    for (const g of GROUPS) {
      if (!used(g)) continue;
      const code = g.keywords.map((k) => this.keyword(k, schema, v, segs, refs, ctx)).join("");
      if (!g.type) out += code;
      else if (typeInGroup && g.type === type)
        out += `  if (${TYPE_CHECK[g.type]!(v)}) {\n${indent(code)}  } else ${typeFail}\n`;
      else if (type === g.type || (g.type === "number" && type === "integer")) out += code;
      else out += `  if (${TYPE_CHECK[g.type]!(v)}) {\n${indent(code)}  }\n`;
    }
    return out + this.free(schema, v, segs, ctx);
  }

  /**
   * Where the schema leaves a value free (no type: `varsler`), or an object open (`mottaker` of a receipt)
   * or with nothing required, nothing refuses what JSON cannot carry (NaN, a function, a Date, a hole...):
   * there, and only there, the value (or its undeclared keys) is checked to be JSON.
   */
  private free(schema: Record<string, unknown>, v: string, segs: readonly string[], ctx: Context): string {
    // A branch of if/then/else/not only adds to the schema holding it, which checks the value itself.
    if (!ctx.plain) return "";
    const { type, additionalProperties: extra, required } = schema;
    const open = extra !== false;
    const loose = type === undefined && schema.enum === undefined && schema.const === undefined;
    if (!loose && !(type === "object" && (open || !Array.isArray(required) || required.length === 0))) return "";
    const known = open
      ? this.constant(`new Set(${lit(Object.keys((schema.properties ?? {}) as object))})`, "qk")
      : "null";
    const j = this.fresh("j");
    const path = [...segs].reverse().map((s) => `, ${s}`);
    return `  const ${j} = qFree(${v}, ${known});\n  if (${j} !== null) return qNotJson(${j}${path.join("")});\n`;
  }

  /** The statements of one keyword (empty for a keyword absent or without an assertion of its own). */
  private keyword(
    k: string,
    schema: Record<string, unknown>,
    v: string,
    segs: readonly string[],
    refs: string[],
    ctx: Context,
  ): string {
    const value = schema[k];
    if (value === undefined) return "";
    const fail = (params: string) => this.fail(ctx, segs, k, params);
    const limit = (n: number) => fail(`{ limit: ${n} }`);
    switch (k) {
      case "const":
        if (!isScalar(value)) throw new Unsupported("const");
        return `  if (${v} !== ${lit(value)}) ${fail(`{ allowedValue: ${lit(value)} }`)}\n`;
      case "enum": {
        if (!Array.isArray(value) || !value.every(isScalar) || value.length === 0) throw new Unsupported("enum");
        // An answer builds no error: no constant for its params.
        const allowed = ctx.plain ? fail(`{ allowedValues: ${this.constant(lit(value), "qe")} }`) : "return false;";
        return `  if (!(${value.map((e) => `${v} === ${lit(e)}`).join(" || ")})) ${allowed}\n`;
      }
      case "not":
        // Whatever the sub-check claimed while it failed (so that `not` held) is dropped.
        return `  if (${this.sub(value as Schema, refs, ctx.pure)}(${v})) ${this.failReset(ctx)}\n${clear(ctx)}`;
      case "if": {
        const test = this.sub(value as Schema, refs, ctx.pure);
        const branch = (s: unknown) =>
          s === undefined ? "" : `    if (!${this.sub(s as Schema, refs, ctx.pure)}(${v})) ${this.failReset(ctx)}\n`;
        const then = branch(schema.then);
        const otherwise = `${ctx.pure ? "" : `  ${CLEAR}`}${branch(schema.else)}`;
        return `  if (${test}(${v})) {\n${then}  }${otherwise ? ` else {\n${otherwise}  }` : ""}\n`;
      }
      case "maximum":
        return `  if (${v} > ${num(value)}) ${fail(`{ comparison: "<=", limit: ${num(value)} }`)}\n`;
      case "minimum":
        return `  if (${v} < ${num(value)}) ${fail(`{ comparison: ">=", limit: ${num(value)} }`)}\n`;
      // Code points lie between half the UTF-16 length and the length: most strings need no counting.
      case "maxLength":
        return `  if (${v}.length > ${int(value)} && qLen(${v}) > ${int(value)}) ${limit(int(value))}\n`;
      case "minLength":
        return `  if (${v}.length < ${2 * int(value)} && qLen(${v}) < ${int(value)}) ${limit(int(value))}\n`;
      case "pattern": {
        if (typeof value !== "string") throw new Unsupported("pattern");
        // In an answer, a counted repetition becomes a length check and a plain * (emit/quick-answer.ts).
        const relaxed = ctx.pure ? relaxedPattern(value) : null;
        const re = this.pattern(relaxed ? relaxed.source : value);
        return `  if (${outOfBounds(relaxed, v)}!${re}.test(${v})) ${fail(`{ pattern: ${lit(value)} }`)}\n`;
      }
      case "format":
        return this.format(value, v, fail(`{ format: ${lit(value)} }`));
      case "maxItems":
        return `  if (${v}.length > ${int(value)}) ${limit(int(value))}\n`;
      case "minItems":
        return `  if (${v}.length < ${int(value)}) ${limit(int(value))}\n`;
      case "items":
        return this.items(value, v, segs, refs, ctx);
      // Answers only (their ajv errors are not built here): the strict rules' conversation scope and repetisjoner.
      case "contains":
        if (ctx.plain) throw new Unsupported("contains outside an answer");
        return containsCode(v, this.sub(value as Schema, refs, ctx.pure), this.fresh("c"));
      case "uniqueItems":
        if (ctx.plain) throw new Unsupported("uniqueItems outside an answer");
        return uniqueItemsCode(value, schema.items, v, this.fresh("u"));
      case "required": {
        if (!Array.isArray(value) || !value.every((r) => typeof r === "string")) throw new Unsupported("required");
        if (value.length === 0) return "";
        const missing = () => `{ missingProperty: qMissing(${v}, ${this.constant(lit(value), "qr")}) }`;
        const refuse = ctx.plain ? fail(missing()) : "return false;";
        return `  if (${value.map((r) => `${v}[${lit(r)}] === undefined`).join(" || ")}) ${refuse}\n`;
      }
      case "additionalProperties":
        return this.additional(value, schema, v, (key) => fail(`{ additionalProperty: ${key} }`));
      case "properties":
        return this.properties(value as Record<string, Schema>, v, segs, refs, ctx);
      default:
        return ""; // then, else (read by if), type (checked above), $ref (handled above)
    }
  }

  /** Leaves a branch of if/then/else/not: what the sub-functions claimed is dropped, this schema claims. */
  private failReset(ctx: Context): string {
    if (!ctx.plain || ctx.id === null) return "return false;";
    const name = `qa${this.ids.get(ctx.id)}`;
    this.ajvNeeded.set(name, ctx.id);
    return `return qReset(${name}, d);`;
  }

  private format(format: unknown, v: string, fail: string): string {
    const fn = FORMAT_FUNCTIONS[format as string];
    if (fn) return `  if (!${fn}(${v})) ${fail}\n`;
    const re = ajvFormats[format as string];
    if (!(re instanceof RegExp)) throw new Unsupported(`format ${String(format)}`);
    return `  if (!${this.constant(CASE_SPELLED[String(re)] ?? String(re))}.test(${v})) ${fail}\n`;
  }

  private items(items: unknown, v: string, segs: readonly string[], refs: string[], ctx: Context): string {
    if (Array.isArray(items) || (typeof items !== "object" && typeof items !== "boolean"))
      throw new Unsupported("items");
    const i = this.fresh("i");
    const e = this.fresh("e");
    const inner = this.body(items as Schema, e, [...segs, i], refs, ctx);
    return inner
      ? `  for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n    const ${e} = ${v}[${i}];\n${indent(inner)}  }\n`
      : "";
  }

  private additional(
    additional: unknown,
    schema: Record<string, unknown>,
    v: string,
    fail: (key: string) => string,
  ): string {
    if (additional === undefined || additional === true) return "";
    if (additional !== false) throw new Unsupported("additionalProperties schema");
    const k = this.fresh("k");
    const names = Object.keys((schema.properties ?? {}) as object);
    // for-in, as ajv walks the keys (inherited enumerable ones included).
    return names.length
      ? `  for (const ${k} in ${v}) {\n    switch (${k}) {\n${names.map((n) => `      case ${lit(n)}:\n`).join("")}` +
          `        break;\n      default:\n        ${fail(k)}\n    }\n  }\n`
      : `  for (const ${k} in ${v}) ${fail(k)}\n`;
  }

  private properties(
    properties: Record<string, Schema>,
    v: string,
    segs: readonly string[],
    refs: string[],
    ctx: Context,
  ): string {
    let out = "";
    for (const [name, s] of Object.entries(properties)) {
      const x = this.fresh("p");
      const inner = this.body(s, x, [...segs, token(name)], refs, ctx);
      if (inner) out += `  const ${x} = ${v}[${lit(name)}];\n  if (${x} !== undefined) {\n${indent(inner)}  }\n`;
    }
    return out;
  }

  /** The regular expression of a `pattern`, as ajv with unicodeRegExp: false compiles it (no flags). */
  private pattern(source: string): string {
    return this.constant(String(new RegExp(source, "")));
  }

  /** A module-level constant holding `expr` (a literal), one per distinct expression. */
  private constant(expr: string, prefix = "qc"): string {
    const known = this.constantNames.get(expr);
    if (known) return known;
    const name = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(expr, name);
    this.constants.push(`const ${name} = ${expr};`);
    return name;
  }
}

/** Puts a map back to a copy taken earlier. */
function restore<K, V>(map: Map<K, V>, copy: ReadonlyMap<K, V>): void {
  map.clear();
  for (const [k, v] of copy) map.set(k, v);
}

const indent = (code: string) =>
  code
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");

function int(v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new Unsupported("length");
  return v;
}

function num(v: unknown): string {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Unsupported("bound");
  return String(v);
}
