import { flatRef } from "../flatten.js";
import type { CatalogueMessage, GeneratedFile, Node, Sources } from "../sources/model.js";
import { namedSchemas } from "../names.js";
import { ruleApplies } from "../sources/rules.js";
import { banner, cell, code } from "./helpers.js";
import { DOCS, MESSAGES_DOCS } from "./paths.js";

export { MESSAGES_DOCS };

/** One row of a field table. */
interface Field {
  path: string;
  type: string;
  required: boolean;
  constraints: string[];
  description: string;
}

class Walker {
  private readonly byId: Map<string, { node: Node; fileId: string; name: string }>;
  constructor(sources: Sources) {
    this.byId = new Map(
      namedSchemas(sources).map((n) => [
        n.id,
        { node: n.schema, fileId: n.id.split("/definitions/")[0]!, name: n.name },
      ]),
    );
  }

  /** Follows `$ref`s to the schema they name, keeping the nearest description. */
  resolve(node: Node, fileId: string): { node: Node; fileId: string; title?: string } {
    let cur = node;
    let file = fileId;
    let title: string | undefined;
    for (let hops = 0; typeof cur.$ref === "string"; hops++) {
      if (hops > 20) throw new Error(`${fileId}: $ref loop`);
      const target = this.byId.get(flatRef(file, cur.$ref));
      if (!target) throw new Error(`${file}: $ref ${cur.$ref} names no titled schema`);
      title ??= target.name;
      cur = target.node;
      file = target.fileId;
    }
    return { node: cur, fileId: file, ...(title ? { title } : {}) };
  }

  private typeOf(node: Node, fileId: string): string {
    if (Array.isArray(node.enum)) return node.enum.map((v) => code(JSON.stringify(v))).join(" | ");
    if (node.type === "array") {
      const item = this.resolve(node.items as Node, fileId);
      return `array of ${this.typeOf(item.node, item.fileId)}`;
    }
    if (typeof node.type === "string") return node.type;
    if (node.properties) return "object (any JSON accepted on the wire)";
    return "any";
  }

  private constraints(node: Node): string[] {
    const c: string[] = [];
    if (node.format) c.push(`format ${code(String(node.format))}`);
    if (node.pattern) c.push(`pattern ${code(String(node.pattern))}`);
    if (node.minLength !== undefined) c.push(`minLength ${String(node.minLength)}`);
    if (node.maxLength !== undefined) c.push(`maxLength ${String(node.maxLength)}`);
    if (node.minimum !== undefined) c.push(`minimum ${String(node.minimum)}`);
    if (node.maximum !== undefined) c.push(`maximum ${String(node.maximum)}`);
    if (node.minItems !== undefined) c.push(`minItems ${String(node.minItems)}`);
    if (node.maxItems !== undefined) c.push(`maxItems ${String(node.maxItems)}`);
    if (node.default !== undefined) c.push(`default ${code(JSON.stringify(node.default))}`);
    if (node.type === "object" && node.additionalProperties !== false) c.push("open (other properties allowed)");
    if (Array.isArray(node.oneOf)) c.push(`exactly one of: ${describeOneOf(node.oneOf as Node[])}`);
    if (node.type === "array") {
      const items = node.items as Node;
      if (items && !items.$ref) c.push(...this.constraints(items).map((x) => `items: ${x}`));
    }
    return c;
  }

  /** Every property under `node`, depth first, as dotted wire paths (`[]` for array items). */
  fields(node: Node, fileId: string, prefix: string): Field[] {
    const out: Field[] = [];
    const props = (node.properties ?? {}) as Record<string, Node>;
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const [name, raw] of Object.entries(props)) {
      const r = this.resolve(raw, fileId);
      const path = prefix ? `${prefix}.${name}` : name;
      const description = String(raw.description ?? r.node.description ?? "");
      out.push({
        path,
        type: this.typeOf(r.node, r.fileId),
        required: required.has(name),
        constraints: this.constraints(r.node),
        description,
      });
      if (r.node.properties) out.push(...this.fields(r.node, r.fileId, path));
      else if (r.node.type === "array") {
        const item = this.resolve(r.node.items as Node, r.fileId);
        if (item.node.properties) out.push(...this.fields(item.node, item.fileId, `${path}[]`));
      }
    }
    return out;
  }
}

function describeOneOf(branches: Node[]): string {
  return branches
    .map((b) =>
      Array.isArray(b.required)
        ? `{${(b.required as string[]).join(", ")}}`
        : Array.isArray(b.oneOf)
          ? `(${describeOneOf(b.oneOf as Node[])})`
          : "a schema",
    )
    .join(" or ");
}

function table(fields: Field[]): string {
  const rows = fields.map(
    (f) =>
      `| ${code(f.path)} | ${cell(f.type)} | ${f.required ? "yes" : "no"} | ` +
      `${cell(f.constraints.join("; ")) || "—"} | ${cell(f.description) || "—"} |`,
  );
  return [
    "| Wire name | Type | Required | Constraints | Description |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The Process row of a receipt's page: it has no process of its own. */
const OWN_PROCESS = "the conversation's own (a receipt or error carries the process of the letter it answers)";

/** The hand-written, strict-valid example of a type, from schemas/examples/ (a test validates each). */
export function exampleFor(sources: Sources, type: string): unknown {
  return sources.examples[type];
}

function messagePage(sources: Sources, w: Walker, m: CatalogueMessage): string {
  const { catalogue } = sources;
  const fileId = catalogue.baseId + m.schema;
  const file = sources.schemas.find((s) => s.file === m.schema)!;
  const doc = (file.schema.definitions as Record<string, Node>).standardBusinessDocument!;
  const docProps = doc.properties as Record<string, Node>;
  const payload = w.resolve(docProps[m.payloadKey]!, fileId);
  const header = w.resolve(docProps.standardBusinessDocumentHeader!, fileId);
  const rules = sources.rules.filter((r) => ruleApplies(r, m));
  const process = m.process ? catalogue.processes[m.process]!.identifier : null;
  return [
    banner(
      [`schemas/${m.schema}`, "schemas/catalogue.json", "schemas/strict-rules.json", `schemas/examples/${m.type}.json`],
      "md",
    ),
    `# ${m.type}`,
    "",
    `${m.description}. ${String(file.schema.description ?? "")}`.trim(),
    "",
    "| | |",
    "| --- | --- |",
    `| Type and payload key | ${code(m.type)} (payload ${code(m.payloadKey)}) |`,
    `| Kind | ${m.kind} |`,
    `| TypeScript | ${code(String(file.schema.title))} (message), ${code(m.typeName)} (payload), ` +
      `${code(`validate${m.typeName}`)}, ${code(`is${String(file.schema.title)}`)} |`,
    `| documentIdentification.standard | ${code(m.standard)} |`,
    `| Process | ${process ? code(process) : OWN_PROCESS} |`,
    `| Schema | ${code(file.id)} (${code(`schemas/${m.schema}`)}, shipped as ` +
      `${code(`@innbyggerpost/contracts/schemas/${m.schema}`)}) |`,
    "",
    `## Payload fields (${code(`standardBusinessDocument.${m.payloadKey}`)})`,
    "",
    `Payload type ${code(payload.title ?? m.typeName)}. Required means required in its parent object.`,
    "",
    table(w.fields(payload.node, payload.fileId, "")),
    "",
    `## Header fields (${code("standardBusinessDocument.standardBusinessDocumentHeader")})`,
    "",
    table(w.fields(header.node, header.fileId, "")),
    "",
    "## Strict rules",
    "",
    `The strict profile (the default of ${code("validate()")}) adds these overlay rules; see [the ` +
      `rule list](../strict-rules.md).`,
    "",
    ...rules.map((r) => `- ${code(r.code)} (${r.severity}): ${r.doc}`),
    "",
    "## Example",
    "",
    "Valid under the strict profile (checked by the test suite).",
    "",
    "```json",
    JSON.stringify(exampleFor(sources, m.type), null, 2),
    "```",
    "",
  ].join("\n");
}

/**
 * Reference docs from the schemas, the catalogue and the strict rules: one page per message
 * (docs/messages/<type>.md), the identifier catalogue (docs/catalogue.md) and the overlay rules
 * (docs/strict-rules.md).
 */
export function emitDocs(sources: Sources): GeneratedFile[] {
  const w = new Walker(sources);
  const { catalogue, rules } = sources;
  const pages = catalogue.messages.map((m) => ({
    path: `${MESSAGES_DOCS}/${m.type}.md`,
    content: messagePage(sources, w, m),
    symbols: 0,
  }));
  const index = [
    banner(["schemas/catalogue.json"], "md"),
    "# DPI messages",
    "",
    "| Type | Kind | Description |",
    "| --- | --- | --- |",
    ...catalogue.messages.map((m) => `| [${m.type}](${m.type}.md) | ${m.kind} | ${cell(m.description)} |`),
    "",
    "See also [the identifier catalogue](../catalogue.md) and [the strict rules](../strict-rules.md).",
    "",
  ].join("\n");
  const cat = [
    banner(["schemas/catalogue.json"], "md"),
    "# Identifier catalogue",
    "",
    `Every DPI message type with its identifiers. headerVersion ${code(catalogue.headerVersion)}, ` +
      `typeVersion ${code(catalogue.typeVersion)}.`,
    "In code: `catalogue`, `processes`, `dpiTypes` from `@innbyggerpost/contracts`.",
    "",
    "## Message types",
    "",
    "| Type (= payload key) | Kind | documentIdentification.standard | Process it starts | " +
      "Processes it appears in | Schema `$id` |",
    "| --- | --- | --- | --- | --- | --- |",
    ...catalogue.messages.map(
      (m) =>
        `| [${code(m.type)}](messages/${m.type}.md) | ${m.kind} | ${code(m.standard)} | ` +
        `${m.process ? code(catalogue.processes[m.process]!.identifier) : "—"} | ` +
        `${m.processes.map((p) => code(p)).join(", ")} | ${code(catalogue.baseId + m.schema)} |`,
    ),
    "",
    "## Processes",
    "",
    "| Name | Process identifier | Description |",
    "| --- | --- | --- |",
    ...Object.entries(catalogue.processes).map(
      ([k, p]) => `| ${code(k)} (${code(p.name)}) | ${code(p.identifier)} | ${cell(p.description)} |`,
    ),
    "",
    "## Standard URNs",
    "",
    `Each standard is ${code(catalogue.standardPrefix)} followed by the type's schema URN; the ` +
      `strict profile also accepts a capital ${code("I")} in ${code("Innbyggerpost")}, as mailbox providers write it.`,
    "",
    "## Schema files",
    "",
    "The `$id`s are names, never fetched; the schemas ship in `@innbyggerpost/contracts/schemas`.",
    "",
    "| `$id` | File |",
    "| --- | --- |",
    ...sources.schemas.map((s) => `| ${code(s.id)} | ${code(`schemas/${s.file}`)} |`),
    "",
  ].join("\n");
  const strict = [
    banner(["schemas/strict-rules.json", "schemas/catalogue.json"], "md"),
    "# Strict rules",
    "",
    "The strict profile is the wire schemas plus these overlay rules. An `error` rejects a message; " +
      "a `warning` is only reported.",
    "The code is the `code` of the issue `validate()` reports. Rules run only on a message that is valid on the wire.",
    "",
    "Two kinds of code appear in an issue: our own (these rules, and `unknown-type`, `not-an-object`, `bad-option`, " +
      "`internal`) are kebab-case; a wire-schema failure's code is the JSON Schema keyword that failed, spelled as " +
      "JSON Schema spells it (`required`, `additionalProperties`, `pattern`, `enum`, ...).",
    "",
    "| Code | Severity | Applies to | Rule | Why |",
    "| --- | --- | --- | --- | --- |",
    ...rules.map(
      (r) =>
        `| ${code(r.code)} | ${r.severity} | ${catalogue.messages
          .filter((m) => ruleApplies(r, m))
          .map((m) => m.type)
          .join(", ")} | ${cell(r.doc)} | ${cell(r.why)} |`,
    ),
    "",
  ].join("\n");
  return [
    ...pages,
    { path: `${MESSAGES_DOCS}/README.md`, content: index, symbols: 0 },
    { path: `${DOCS}/catalogue.md`, content: cat, symbols: 0 },
    { path: `${DOCS}/strict-rules.md`, content: strict, symbols: 0 },
  ];
}
