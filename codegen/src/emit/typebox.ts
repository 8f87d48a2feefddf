import { fullFormats } from "ajv-formats/dist/formats.js";
import { banner, lit } from "./helpers.js";
import { flatRef } from "../flatten.js";
import type { GeneratedFile, Node, Sources } from "../sources/model.js";
import { messageRoot, namedSchemas, requiredOnlyBranches, type NamedSchema } from "../names.js";
import { OUT } from "./paths.js";

/** Keywords copied into a builder's options as they are. */
const OPTIONS = [
  "description",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
];
/**
 * Keywords the emitter understands. `default` is understood and left out on purpose: Fastify's ajv runs
 * with useDefaults and would write defaults into the request body, changing the message it was sent.
 */
const KNOWN = new Set([
  ...OPTIONS,
  "type",
  "enum",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "oneOf",
  "$ref",
  "title",
  "default",
  "$schema",
  "$id",
  "definitions",
]);

const key = (k: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k));

class Emitter {
  /** Names of the schemas each emitted schema refers to, for ordering. */
  readonly deps = new Map<string, Set<string>>();
  constructor(
    private readonly nameOf: Map<string, string>,
    private current = "",
    private fileId = "",
  ) {}

  at(n: NamedSchema): this {
    this.current = n.name;
    this.fileId = n.id.split("/definitions/")[0]!;
    this.deps.set(n.name, new Set());
    return this;
  }

  private ref(node: Node): string {
    const others = Object.keys(node).filter((k) => k !== "$ref" && k !== "description");
    if (others.length) throw new Error(`${this.current}: $ref beside ${others.join(", ")} is not supported`);
    const name = this.nameOf.get(flatRef(this.fileId, node.$ref as string));
    if (!name) throw new Error(`${this.current}: $ref ${String(node.$ref)} does not name a titled schema`);
    this.deps.get(this.current)!.add(name);
    return name;
  }

  private options(node: Node, extra: Record<string, unknown> = {}): string {
    const opts: string[] = [];
    for (const k of OPTIONS) if (node[k] !== undefined) opts.push(`${key(k)}: ${lit(node[k])}`);
    for (const [k, v] of Object.entries(extra)) opts.push(`${key(k)}: ${v}`);
    return opts.length ? `{ ${opts.join(", ")} }` : "";
  }

  private check(node: Node): void {
    const unknown = Object.keys(node).filter((k) => !KNOWN.has(k));
    if (unknown.length)
      throw new Error(
        `${this.current}: keyword ${unknown.join(", ")} has no TypeBox mapping in codegen/src/emit/typebox.ts`,
      );
  }

  /** The TypeScript type json-schema-to-typescript gives `node`, with refs as `Static<typeof Name>`. */
  tsType(node: Node): string {
    if (node.$ref) return `Static<typeof ${this.ref(node)}>`;
    if (Array.isArray(node.enum)) return node.enum.map(lit).join(" | ");
    const branches = node.properties ? requiredOnlyBranches(node.oneOf) : null;
    if (branches) return branches.map((required) => this.objectType(node, required)).join(" | ");
    if (node.oneOf) throw new Error(`${this.current}: only a oneOf of required-lists is supported`);
    switch (node.type) {
      case "string":
        return "string";
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "array": {
        const item = this.tsType(node.items as Node);
        const min = typeof node.minItems === "number" ? node.minItems : 0;
        return min ? `[${Array.from({ length: min }, () => item).join(", ")}, ...${item}[]]` : `${item}[]`;
      }
      case "object":
      case undefined:
        if (node.type === undefined && !node.properties) return "unknown";
        return this.objectType(node, (node.required as string[] | undefined) ?? []);
      default:
        throw new Error(`${this.current}: type ${String(node.type)} is not supported`);
    }
  }

  private objectType(node: Node, required: readonly string[]): string {
    const props = Object.entries((node.properties ?? {}) as Record<string, Node>).map(
      ([k, s]) => `${key(k)}${required.includes(k) ? "" : "?"}: ${this.tsType(s)}`,
    );
    if (node.additionalProperties !== false) props.push("[k: string]: unknown");
    return `{ ${props.join("; ")} }`;
  }

  /** The schema as plain JSON Schema, with refs as the TypeBox constant they name (for Type.Unsafe). */
  raw(node: Node): string {
    if (node.$ref) return this.ref(node);
    const parts: string[] = [];
    for (const [k, v] of Object.entries(node)) {
      if (k === "title" || k === "default" || k === "$schema" || k === "$id" || k === "definitions") continue;
      if (k === "properties") {
        const ps = Object.entries(v as Record<string, Node>).map(([p, s]) => `${key(p)}: ${this.raw(s)}`);
        parts.push(`properties: { ${ps.join(", ")} }`);
      } else if (k === "items") parts.push(`items: ${this.raw(v as Node)}`);
      else if (k === "oneOf") parts.push(`oneOf: [${(v as Node[]).map((b) => this.raw(b)).join(", ")}]`);
      else parts.push(`${key(k)}: ${lit(v)}`);
    }
    return `{ ${parts.join(", ")} }`;
  }

  /**
   * A TypeBox builder expression for `node`. Builders where their JSON Schema is exactly the source's;
   * `Type.Unsafe<T>(schema)` with the source's own JSON Schema where no builder says the same thing
   * (non-empty arrays typed as tuples, open objects, a schema without `type`, a oneOf of required-lists),
   * with `T` derived from the schema here, so the type test still compares two independent derivations.
   */
  builder(node: Node): string {
    this.check(node);
    if (node.$ref) return this.ref(node);
    if (Array.isArray(node.enum)) {
      const typed = node.type ? `, ${this.options(node, { type: lit(node.type) })}` : "";
      const options = typed || (node.description ? `, ${this.options(node)}` : "");
      return `Type.Enum(${lit(node.enum)}${options})`;
    }
    if (node.oneOf || (node.type === undefined && node.properties))
      return `Type.Unsafe<${this.tsType(node)}>(${this.raw(node)})`;
    switch (node.type) {
      case "string":
        return `Type.String(${this.options(node)})`;
      case "integer":
        return `Type.Integer(${this.options(node)})`;
      case "number":
        return `Type.Number(${this.options(node)})`;
      case "boolean":
        return `Type.Boolean(${this.options(node)})`;
      case "array": {
        const options = node.minItems || node.maxItems || node.description ? `, ${this.options(node)}` : "";
        const arr = `Type.Array(${this.builder(node.items as Node)}${options})`;
        return node.minItems ? `Type.Unsafe<${this.tsType(node)}>(${arr})` : arr;
      }
      case "object": {
        const required = (node.required as string[] | undefined) ?? [];
        const props = Object.entries((node.properties ?? {}) as Record<string, Node>).map(([k, s]) => {
          const b = this.builder(s);
          return `  ${key(k)}: ${required.includes(k) ? b : `Type.Optional(${b})`},`;
        });
        for (const r of required)
          if (!(node.properties as Node | undefined)?.[r])
            throw new Error(`${this.current}: required ${r} has no property schema`);
        const closed = node.additionalProperties === false;
        const opts = this.options(node, closed ? { additionalProperties: "false" } : {});
        const obj = `Type.Object({\n${props.join("\n")}\n}${opts ? `, ${opts}` : ""})`;
        return closed ? obj : `Type.Unsafe<${this.tsType(node)}>(${obj})`;
      }
      default:
        throw new Error(`${this.current}: type ${String(node.type)} is not supported`);
    }
  }
}

/** `name: /source/flags,` for each used format that ajv-formats defines as a RegExp. */
function wirePatterns(formats: string[]): string {
  const defs = fullFormats as unknown as Record<string, unknown>;
  return formats
    .filter((f) => defs[f] instanceof RegExp)
    .map(
      (f) =>
        `  ${JSON.stringify(f)}: new RegExp(${JSON.stringify((defs[f] as RegExp).source)}, ` +
        `${JSON.stringify((defs[f] as RegExp).flags)}),`,
    )
    .join("\n");
}

/** Orders names so that every schema comes after the ones it refers to (depth first, in source order). */
function topological(names: string[], deps: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (n: string) => {
    if (state.get(n) === "done") return;
    if (state.get(n) === "visiting")
      throw new Error(`TypeBox: ${n} refers to itself; recursive schemas need Type.Cyclic`);
    state.set(n, "visiting");
    for (const d of [...deps.get(n)!].sort()) visit(d);
    state.set(n, "done");
    out.push(n);
  };
  for (const n of names) visit(n);
  return out;
}

/**
 * TypeBox schemas for every titled schema (all nine messages, their documents, payloads and parts), each a
 * constant and a type of the same name, so Fastify routes get static types from the same source.
 */
export function emitTypeBox(sources: Sources): GeneratedFile[] {
  const named = namedSchemas(sources);
  const nameOf = new Map(named.map((n) => [n.id, n.name]));
  const e = new Emitter(nameOf);
  const bodies = new Map<string, { doc: string; code: string }>();
  for (const n of named) {
    const code = e.at(n).builder(n.schema);
    const desc = typeof n.schema.description === "string" ? n.schema.description : `${n.name} (${n.source}).`;
    bodies.set(n.name, { doc: `/** ${desc.replace(/\*\//g, "*\\/")} Source: ${n.source}. */`, code });
  }
  const order = topological(
    named.map((n) => n.name),
    e.deps,
  );
  const decls = order.map((name) => {
    const b = bodies.get(name)!;
    return `${b.doc}\nexport const ${name} = ${b.code};\n${b.doc}\nexport type ${name} = Static<typeof ${name}>;\n`;
  });
  const formats = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "format" && typeof x === "string") formats.add(x);
        collect(x);
      }
    }
  };
  for (const s of sources.schemas) collect(s.schema);
  const roots = sources.catalogue.messages.map((m) => `  ${m.type}: ${messageRoot(sources, m.type).name},`);
  const content =
    banner(sources.schemas.map((s) => `schemas/${s.file}`).concat("schemas/catalogue.json")) +
    `// TypeBox schemas for every titled schema. Check with typebox/compile or typebox/value; put ` +
    `on Fastify routes.\n` +
    `import { Type, type Static } from "typebox";\n\n` +
    decls.join("\n") +
    `\n/** The whole-message schema of each DPI type. */\n` +
    `export const messageSchemas = {\n${roots.join("\n")}\n} as const;\n\n` +
    `/** The \`format\`s these schemas use (see useWireFormats in @innbyggerpost/contracts/typebox). */\n` +
    `export const formatsUsed = ${lit([...formats].sort())} as const;\n\n` +
    `/** The formats ajv-formats (full mode, what the official schemas are checked with) defines by ` +
    `a regular expression. */\n` +
    `export const wireFormatPatterns: { readonly [format: string]: RegExp } = ` +
    `{\n${wirePatterns([...formats].sort())}\n};\n`;
  return [{ path: `${OUT}/typebox.ts`, content, symbols: order.length * 2 + 1 }];
}
