import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { API_SOURCE } from "../sources/api.js";
import type { GeneratedFile, Node, Sources } from "../sources/model.js";
import { banner, isNode } from "./helpers.js";
import { API_DOCS, API_TYPES } from "./paths.js";

/**
 * The access-point (C2) API: schemas/api/c2.openapi.yaml in; its TypeScript types (openapi-typescript,
 * the field's own generator) for @innbyggerpost/access-point, and a reference page, out.
 */

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

// `format: binary` is bytes: a Blob on the way out (FormData takes it), not the string openapi-typescript writes.
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));

/**
 * One openapi-typescript comment as TSDoc, from its text as openapi-typescript builds it (`* item ` or
 * `*\n * item\n * item\n `, an item's further lines indented by four spaces): TSDoc has no `@description`
 * or `@enum`, so a description stands as plain text (its lines not indented) and an `@enum` tag goes (the
 * enum is the type itself). Null when nothing is left.
 */
export function tsdocText(text: string): string | null {
  const lines = text.split("\n");
  const body = lines.length === 1 ? [` * ${text.slice(2).trimEnd()}`] : lines.slice(1, -1);
  const items: string[][] = [];
  for (const line of body) {
    const content = line.slice(" * ".length);
    if (items.length && line.startsWith(" *     ")) items.at(-1)!.push(content.slice(4));
    else items.push([content]);
  }
  const kept = items
    .filter((item) => !item[0]!.startsWith("@enum "))
    .map((item) => {
      const description = item[0]!.startsWith("@description ");
      if (description) return [item[0]!.slice("@description ".length), ...item.slice(1)];
      return [item[0]!, ...item.slice(1).map((l) => (l ? `    ${l}` : l))];
    });
  if (kept.length === 0) return null;
  if (kept.length === 1 && kept[0]!.length === 1) return `* ${kept[0]![0]} `;
  return `*\n${kept.flatMap((item) => item.map((l) => ` *${l ? ` ${l}` : ""}`)).join("\n")}\n `;
}

/** Rewrites every synthetic comment in the tree with tsdocText, in place (each node once: some are shared). */
function tsdocComments(nodes: readonly ts.Node[]): void {
  const done = new WeakSet<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (done.has(node)) return;
    done.add(node);
    const comments = ts.getSyntheticLeadingComments(node);
    if (comments) {
      ts.setSyntheticLeadingComments(
        node,
        comments.flatMap((c) => {
          const text = tsdocText(c.text);
          return text === null ? [] : [{ ...c, text }];
        }),
      );
    }
    ts.forEachChild(node, visit);
  };
  for (const n of nodes) visit(n);
}

async function emitTypes(doc: Node): Promise<string> {
  // openapi-typescript annotates in place (and redocly resolves refs), so it gets its own copy.
  const copy = JSON.parse(JSON.stringify(doc)) as OpenAPI3;
  const ast = await openapiTS(copy, {
    silent: true,
    alphabetize: false,
    defaultNonNullable: false,
    transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
  });
  // Its comments are edited on the tree before printing, not in the printed text.
  tsdocComments(ast);
  const note = "// Types by openapi-typescript; the client in src/ is typed by them through openapi-fetch.";
  return `${banner([`schemas/${API_SOURCE}`])}${note}\n\n${astToString(ast)}`;
}

const cell = (s: string) =>
  s
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ")
    .trim();

function resolve(doc: Node, value: unknown): Node {
  let v = value;
  for (let i = 0; i < 8 && isNode(v) && typeof v.$ref === "string"; i++) {
    v = (v.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((n, k) => (isNode(n) ? n[k] : undefined), doc);
  }
  return isNode(v) ? v : {};
}

function schemaText(doc: Node, schema: unknown): string {
  if (isNode(schema) && typeof schema.$ref === "string") return `\`${(schema.$ref as string).split("/").at(-1)}\``;
  const s = resolve(doc, schema);
  if (Array.isArray(s.enum)) return s.enum.map((e) => `\`${String(e)}\``).join(" \\| ");
  if (Array.isArray(s.oneOf)) return s.oneOf.map((x) => schemaText(doc, x)).join(" or ");
  if (s.type === "array") return `array of ${schemaText(doc, s.items)}`;
  const extra = [s.format ? `${String(s.format)}` : "", s.pattern ? `\`${String(s.pattern)}\`` : ""].filter(Boolean);
  return `${String(s.type ?? "any")}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

/** Every `x-innbyggerpost-wire` note with the JSON pointer it sits at. */
function wireNotes(value: unknown, pointer = ""): { pointer: string; note: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => wireNotes(v, `${pointer}/${i}`));
  if (!isNode(value)) return [];
  const own =
    typeof value["x-innbyggerpost-wire"] === "string"
      ? [{ pointer, note: value["x-innbyggerpost-wire"] as string }]
      : [];
  const esc = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  return [...own, ...Object.entries(value).flatMap(([k, v]) => wireNotes(v, `${pointer}/${esc(k)}`))];
}

function emitDocs(doc: Node): string {
  const info = resolve(doc, doc.info);
  const lines = [
    banner([`schemas/${API_SOURCE}`], "md"),
    `# ${String(info.title)}`,
    "",
    String(info.description ?? "").trim(),
    "",
  ];
  lines.push(
    `Client: \`@innbyggerpost/access-point\` (typed by these definitions). Version ${String(info.version)}.`,
    "",
  );
  lines.push("## Operations", "");
  for (const [path, item] of Object.entries(resolve(doc, doc.paths))) {
    for (const method of METHODS) {
      const op = resolve(doc, resolve(doc, item)[method]);
      if (!Object.keys(op).length) continue;
      lines.push(
        `### \`${method.toUpperCase()} ${path}\` (${String(op.operationId)})`,
        "",
        cell(String(op.summary ?? "")),
        "",
      );
      if (op.description) lines.push(String(op.description).trim(), "");
      const params = Array.isArray(op.parameters) ? op.parameters.map((p) => resolve(doc, p)) : [];
      if (params.length) {
        lines.push("| parameter | in | required | schema | description |", "| --- | --- | --- | --- | --- |");
        for (const p of params) {
          lines.push(
            `| \`${String(p.name)}\` | ${String(p.in)} | ${p.required ? "yes" : "no"} | ` +
              `${cell(schemaText(doc, p.schema))} | ${cell(String(p.description ?? ""))} |`,
          );
        }
        lines.push("");
      }
      const body = resolve(doc, op.requestBody);
      for (const [media, m] of Object.entries(resolve(doc, body.content))) {
        const schema = resolve(doc, resolve(doc, m).schema);
        lines.push(`Request body (\`${media}\`${body.required ? ", required" : ""}):`, "");
        for (const [name, s] of Object.entries(resolve(doc, schema.properties))) {
          const req = Array.isArray(schema.required) && schema.required.includes(name) ? "required" : "optional";
          lines.push(
            `- \`${name}\` (${req}): ${schemaText(doc, s)}. ${cell(String(resolve(doc, s).description ?? ""))}`,
          );
        }
        lines.push("");
      }
      lines.push("| status | media types | description |", "| --- | --- | --- |");
      for (const [code, r] of Object.entries(resolve(doc, op.responses))) {
        const res = resolve(doc, r);
        const media = Object.entries(resolve(doc, res.content)).map(
          ([t, m]) => `\`${t}\`: ${schemaText(doc, resolve(doc, m).schema)}`,
        );
        lines.push(`| ${code} | ${cell(media.join("; ") || "none")} | ${cell(String(res.description ?? ""))} |`);
      }
      lines.push("");
    }
  }
  lines.push("## Schemas", "");
  for (const [name, s] of Object.entries(resolve(doc, resolve(doc, doc.components).schemas))) {
    const schema = resolve(doc, s);
    const props = Object.entries(resolve(doc, schema.properties));
    lines.push(
      `### \`${name}\``,
      "",
      props.length ? "" : `${schemaText(doc, schema)}. ${cell(String(schema.description ?? ""))}`,
    );
    if (props.length) {
      lines.push("| property | required | schema | description |", "| --- | --- | --- | --- |");
      for (const [p, ps] of props) {
        const req = Array.isArray(schema.required) && schema.required.includes(p) ? "yes" : "no";
        lines.push(
          `| \`${p}\` | ${req} | ${cell(schemaText(doc, ps))} | ${cell(String(resolve(doc, ps).description ?? ""))} |`,
        );
      }
    }
    lines.push("");
  }
  lines.push("## Security", "");
  for (const [name, s] of Object.entries(resolve(doc, resolve(doc, doc.components).securitySchemes))) {
    lines.push(`### ${name}`, "", String(resolve(doc, s).description ?? "").trim(), "");
  }
  lines.push(
    "## Beyond the official document",
    "",
    "Every place where this document is wider than Digdir's, by JSON pointer:",
    "",
  );
  lines.push("| where | what real access points do |", "| --- | --- |");
  for (const n of wireNotes(doc)) lines.push(`| \`${n.pointer}\` | ${cell(n.note)} |`);
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** Emits the C2 API's types and its reference page from schemas/api/c2.openapi.yaml. */
export async function emitApi(sources: Sources): Promise<GeneratedFile[]> {
  const doc = sources.api;
  if (doc === null) return []; // a schemas folder without an API document (the generator's fixtures)
  const operations = Object.values(resolve(doc, doc.paths)).reduce<number>(
    (n, item) => n + METHODS.filter((m) => resolve(doc, item)[m]).length,
    0,
  );
  return [
    { path: API_TYPES, content: await emitTypes(doc), symbols: 5 },
    { path: API_DOCS, content: emitDocs(doc), symbols: operations },
  ];
}
