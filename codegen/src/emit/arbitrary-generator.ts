import { flatRef } from "../flatten.js";
import { namedSchemas } from "../names.js";
import type { JsonSchema, Sources } from "../sources/model.js";
import { lit } from "./helpers.js";
import {
  checkKeywords,
  flatOverlays,
  pinned,
  presenceHolds,
  presenceKeys,
  Unsupported,
  type Named,
  type Overlay,
  type Schema,
} from "./arbitrary-keywords.js";

export { flatOverlays, Unsupported, type Named, type Overlay } from "./arbitrary-keywords.js";

/**
 * fast-check arbitraries from schemas/: one per titled definition and message root (valid under `wire`),
 * plus, per message type, one valid under `strict`. The strict ones are the wire schema with every
 * error-severity overlay rule (see strict-rules.ts, `ruleSchema`) merged in along its JSON pointer, so
 * a value is built to satisfy the rule rather than filtered until it does.
 *
 * The generator understands the keywords our schemas and rules use and throws on any other, so that a
 * new keyword fails `npm run codegen` instead of producing arbitraries that silently miss a constraint.
 */

/** Builds fast-check expressions for schemas with strict overlays merged in (see emitArbitraries). */
export class Generator {
  private readonly byId = new Map<string, Named>();
  /** Overlays each named definition received, by definition, one entry per distinct list. */
  readonly reached = new Map<string, Map<string, Overlay[]>>();
  /** Definitions with strict overlays merged in, by definition and overlay list. */
  readonly variants = new Map<string, { ident: string; named: Named; expr: string }>();

  constructor(readonly sources: Sources) {
    for (const n of namedSchemas(sources)) {
      const fileId = n.id.replace(/\/definitions\/[^/]+$/, "");
      this.byId.set(n.id, { named: n, fileId, ident: `wire${n.name}` });
    }
  }

  named(): Named[] {
    return [...this.byId.values()];
  }

  resolve(fileId: string, ref: string): Named {
    const id = flatRef(fileId, ref);
    const n = this.byId.get(id);
    if (!n) throw new Unsupported(`${fileId}: $ref ${ref} names no titled definition`);
    return n;
  }

  /** The TypeScript expression of an arbitrary for `schema` (in file `fileId`) with `overlays` merged in. */
  gen(schema: JsonSchema, fileId: string, overlays: readonly unknown[], where: string): string {
    const ov = flatOverlays(overlays);
    if (schema === true) {
      if (ov.length) throw new Unsupported(`${where}: overlay on an empty schema`);
      return "fc.jsonValue({ maxDepth: 2 })";
    }
    if (schema === false) throw new Unsupported(`${where}: false schema`);
    checkKeywords(schema, where);
    if (typeof schema.$ref === "string") {
      const target = this.resolve(fileId, schema.$ref);
      if (ov.length === 0) return target.ident;
      let seen = this.reached.get(target.named.name);
      if (!seen) {
        seen = new Map();
        this.reached.set(target.named.name, seen);
      }
      seen.set(lit(ov), ov);
      return this.variant(target, ov);
    }
    for (const o of ov) checkKeywords(o, `${where} (strict overlay)`);

    // Conditional rules (if/then) on this node: either statically decided, or a choice between a value
    // that meets `if` and `then`, and one that does not meet `if`.
    const conditional = ov.filter((o) => "if" in o);
    const plain = ov.filter((o) => !("if" in o));
    if (conditional.length) {
      for (const c of conditional) {
        if (Object.keys(c).some((k) => k !== "if" && k !== "then"))
          throw new Unsupported(`${where}: if/then mixed with other keywords`);
      }
      const ifs = [...new Set(conditional.map((c) => lit(c.if)))];
      if (ifs.length > 1) throw new Unsupported(`${where}: more than one distinct "if" on one node`);
      const cond = conditional[0]!.if as Schema;
      const thens = conditional.map((c) => c.then).filter((t) => t !== undefined);
      const decided = this.decideIf(schema, plain, cond);
      if (decided === true) return this.gen(schema, fileId, [...plain, cond, ...thens], where);
      if (decided === false) return this.gen(schema, fileId, plain, where);
      const meets = this.gen(schema, fileId, [...plain, cond, ...thens], where);
      const other = this.gen(schema, fileId, plain, where);
      return `fc.oneof(${meets}, ${other}.filter((v) => !(${this.predicate(cond)})))`;
    }
    return this.node(schema, fileId, plain, where);
  }

  /** A named definition with overlays merged in, declared once per distinct overlay list and shared. */
  variant(target: Named, ov: Overlay[]): string {
    const key = `${target.named.name}\u0000${lit(ov)}`;
    let v = this.variants.get(key);
    if (!v) {
      const n = [...this.variants.values()].filter((x) => x.named === target).length;
      const ident = `strict${target.named.name}${n ? n + 1 : ""}`;
      v = { ident, named: target, expr: "" };
      this.variants.set(key, v);
      try {
        v.expr = this.gen(target.named.schema, target.fileId, ov, `${target.named.source} (strict)`);
      } catch (e) {
        this.variants.delete(key);
        throw e;
      }
    }
    return v.ident;
  }

  /** true/false when the schema plus overlays already pin the members `cond` tests, else undefined. */
  private decideIf(schema: Schema, overlays: Overlay[], cond: Schema): boolean | undefined {
    const props = (cond.properties ?? {}) as Record<string, Schema>;
    let all = true;
    for (const [k, s] of Object.entries(props)) {
      const want = pinned(s);
      if (!want) return undefined;
      const candidates = [
        ...overlays.map((o) => (o.properties as Record<string, Schema> | undefined)?.[k]),
        (schema.properties as Record<string, Schema> | undefined)?.[k],
      ];
      const have = candidates.map(pinned).find((p) => p !== undefined);
      if (!have) {
        all = false;
        continue;
      }
      if (lit(have.value) !== lit(want.value)) return false;
    }
    const required = new Set([
      ...((schema.required as string[]) ?? []),
      ...overlays.flatMap((o) => (o.required as string[]) ?? []),
    ]);
    if (all && ((cond.required as string[]) ?? []).every((k) => required.has(k))) return true;
    return undefined;
  }

  /** A JavaScript predicate over `v` for the subset of JSON Schema an `if` may use (const/enum members, required). */
  private predicate(cond: Schema): string {
    for (const k of Object.keys(cond))
      if (k !== "properties" && k !== "required") throw new Unsupported(`"if" with "${k}"`);
    const parts = ["kit.isObject(v)"];
    for (const k of (cond.required as string[]) ?? []) parts.push(`Object.prototype.hasOwnProperty.call(v, ${lit(k)})`);
    for (const [k, s] of Object.entries((cond.properties ?? {}) as Record<string, Schema>)) {
      const p = pinned(s);
      if (!p) throw new Unsupported(`"if" on ${k} without const`);
      parts.push(
        `(!Object.prototype.hasOwnProperty.call(v, ${lit(k)}) || kit.jsonEqual(v[${lit(k)}], ${lit(p.value)}))`,
      );
    }
    return parts.join(" && ");
  }

  private node(schema: Schema, fileId: string, ov: Overlay[], where: string): string {
    const all = [schema, ...ov];
    // const / enum: the intersection of everything that pins values.
    let values: unknown[] | undefined;
    for (const s of all) {
      const vs = "const" in s ? [s.const] : Array.isArray(s.enum) ? (s.enum as unknown[]) : undefined;
      if (!vs) continue;
      values = values === undefined ? vs : values.filter((a) => vs.some((b) => lit(a) === lit(b)));
    }
    if (values !== undefined) {
      if (values.length === 0) throw new Unsupported(`${where}: const/enum constraints exclude every value`);
      // Every other keyword must hold for the pinned values; the tests check that they do.
      return values.length === 1 ? `fc.constant(${lit(values[0])})` : `fc.constantFrom(${values.map(lit).join(", ")})`;
    }

    const types = all.map((s) => s.type).filter((t) => t !== undefined);
    for (const t of types) if (typeof t !== "string") throw new Unsupported(`${where}: type lists are not supported`);
    const distinct = [...new Set(types as string[])];
    if (distinct.length > 1) throw new Unsupported(`${where}: conflicting types ${distinct.join(", ")}`);
    const type = distinct[0];

    switch (type) {
      case "string":
        return this.string(all, where);
      case "integer":
      case "number": {
        const min = all.map((s) => s.minimum as number | undefined).filter((x) => x !== undefined);
        const max = all.map((s) => s.maximum as number | undefined).filter((x) => x !== undefined);
        const range = [min.length ? `min: ${Math.max(...min)}` : "", max.length ? `max: ${Math.min(...max)}` : ""]
          .filter(Boolean)
          .join(", ");
        if (type === "integer") return `fc.integer({ ${range} })`;
        return `fc.double({ ${range}${range ? ", " : ""}noNaN: true, noDefaultInfinity: true })`;
      }
      case "boolean":
        return "fc.boolean()";
      case "array":
        return this.array(schema, fileId, ov, where);
      case "object":
        return this.object(schema, fileId, ov, where);
      case undefined:
        // No type: object keywords constrain objects only, so any other JSON value passes too.
        if (!schema.properties && !ov.some((o) => o.properties))
          throw new Unsupported(`${where}: untyped schema without properties`);
        return (
          `fc.oneof({ weight: 4, arbitrary: ${this.object(schema, fileId, ov, where)} }, { ` +
          `weight: 1, arbitrary: kit.nonObjectJson })`
        );
      default:
        throw new Unsupported(`${where}: type ${type}`);
    }
  }

  private string(all: Schema[], where: string): string {
    const formats = [...new Set(all.map((s) => s.format).filter((f): f is string => typeof f === "string"))];
    const patterns = all.map((s) => s.pattern).filter((p): p is string => typeof p === "string");
    const mins = all.map((s) => s.minLength as number | undefined).filter((x) => x !== undefined);
    const maxs = all.map((s) => s.maxLength as number | undefined).filter((x) => x !== undefined);
    const min = mins.length ? Math.max(...mins) : undefined;
    const max = maxs.length ? Math.min(...maxs) : undefined;
    for (const f of formats)
      if (!["date", "date-time", "uuid", "email"].includes(f)) throw new Unsupported(`${where}: format ${f}`);
    if (formats.length > 1) throw new Unsupported(`${where}: two formats ${formats.join(", ")}`);
    const filters: string[] = [];
    let base: string;
    let rest = patterns;
    if (formats.length) {
      base = `kit.formats[${lit(formats[0])}]`;
    } else if (patterns.length) {
      // Build from the most specific pattern: the last anchored one (a strict rule's), else the first.
      const anchored = patterns.filter((p) => p.startsWith("^") && p.endsWith("$"));
      const chosen = anchored.length ? anchored[anchored.length - 1]! : patterns[0]!;
      base = `fc.stringMatching(new RegExp(${lit(chosen)}))`;
      rest = patterns.filter((p) => p !== chosen);
    } else {
      return `kit.text(${min ?? 0}${max === undefined ? "" : `, ${max}`})`;
    }
    for (const p of rest) filters.push(`new RegExp(${lit(p)}).test(s)`);
    if (min !== undefined || max !== undefined) filters.push(`kit.lengthWithin(s, ${min}, ${max})`);
    return filters.length ? `${base}.filter((s) => ${filters.join(" && ")})` : base;
  }

  private array(schema: Schema, fileId: string, ov: Overlay[], where: string): string {
    const all = [schema, ...ov];
    if (ov.some((o) => o.items !== undefined && schema.items === undefined))
      throw new Unsupported(`${where}: overlay items without schema items`);
    const items = (schema.items ?? true) as JsonSchema;
    const itemOverlays = ov.map((o) => o.items).filter((x) => x !== undefined);
    const mins = all.map((s) => s.minItems as number | undefined).filter((x) => x !== undefined);
    const maxs = all.map((s) => s.maxItems as number | undefined).filter((x) => x !== undefined);
    const min = mins.length ? Math.max(...mins) : 0;
    const max = maxs.length ? Math.min(...maxs) : undefined;
    const unique = all.some((s) => s.uniqueItems === true);
    const contains = all.map((s) => s.contains).filter((c) => c !== undefined);
    if (contains.length > 1) throw new Unsupported(`${where}: more than one contains`);
    const item = this.gen(items, fileId, itemOverlays, `${where}/items`);
    const arrayOf = (lo: number, hi: number | undefined) => {
      const bounds = [`minLength: ${lo}`, hi === undefined ? "maxLength: 4" : `maxLength: ${hi}`];
      if (unique) bounds.push("comparator: kit.jsonEqual");
      return unique
        ? `fc.uniqueArray(${item}, { ${bounds.join(", ")} })`
        : `fc.array(${item}, { ${bounds.join(", ")} })`;
    };
    if (contains.length) {
      if (unique) throw new Unsupported(`${where}: contains with uniqueItems`);
      const contained = this.gen(items, fileId, [...itemOverlays, contains[0]], `${where}/contains`);
      return `kit.containing(${contained}, ${arrayOf(Math.max(0, min - 1), max === undefined ? undefined : max - 1)})`;
    }
    return arrayOf(min, max);
  }

  private object(schema: Schema, fileId: string, ov: Overlay[], where: string): string {
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    let allowed = Object.keys(props);
    let closed = schema.additionalProperties === false;
    if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== "boolean") {
      throw new Unsupported(`${where}: additionalProperties as a schema`);
    }
    for (const o of ov) {
      if (o.additionalProperties === false) {
        // A closing overlay allows only the members it names, of those the schema declares.
        const named = Object.keys((o.properties ?? {}) as object);
        allowed = allowed.filter((k) => named.includes(k));
        closed = true;
      } else if (o.additionalProperties !== undefined)
        throw new Unsupported(`${where}: overlay additionalProperties ${lit(o.additionalProperties)}`);
      if (o.oneOf || o.anyOf) throw new Unsupported(`${where}: oneOf/anyOf in a strict overlay`);
    }
    const required = [
      ...new Set([...((schema.required as string[]) ?? []), ...ov.flatMap((o) => (o.required as string[]) ?? [])]),
    ];
    for (const k of required)
      if (!allowed.includes(k)) throw new Unsupported(`${where}: required ${k} is not an allowed member`);
    const members = allowed.map((k) => {
      const childOverlays = ov
        .map((o) => (o.properties as Record<string, unknown> | undefined)?.[k])
        .filter((x) => x !== undefined);
      return `${lit(k)}: ${this.gen(props[k]!, fileId, childOverlays, `${where}/properties/${k}`)}`;
    });
    const record = `{ ${members.join(", ")} }`;
    let out: string;
    const combinators = (["oneOf", "anyOf"] as const).filter((k) => schema[k] !== undefined);
    if (combinators.length) {
      const combined = { ...Object.fromEntries(combinators.map((k) => [k, schema[k]])) } as Schema;
      const keys = [...presenceKeys(combined)].filter((k) => allowed.includes(k)).sort();
      if (keys.length > 16) throw new Unsupported(`${where}: too many keys in a presence combinator`);
      const presences: string[][] = [];
      for (let mask = 0; mask < 1 << keys.length; mask++) {
        const present = new Set(keys.filter((_, i) => mask & (1 << i)));
        if (!required.every((k) => !keys.includes(k) || present.has(k))) continue;
        if (presenceHolds(combined, present)) presences.push([...present]);
      }
      if (!presences.length) throw new Unsupported(`${where}: no set of members satisfies the combinators`);
      out = `kit.withPresence(${record}, ${lit(required)}, [\n    ${presences.map(lit).join(",\n    ")},\n  ])`;
    } else {
      out = `fc.record(${record}, { requiredKeys: ${lit(required)}, noNullPrototype: true })`;
    }
    return closed ? out : `kit.open(${out})`;
  }
}
