/**
 * What every emitter writes with: literals, unions, doc comments, Markdown tables and the banner that
 * starts every generated file, in each comment syntax the generator writes.
 */
import type { Node } from "../sources/model.js";

/** A schema node: a JSON object (not an array, not null). */
export const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** A JavaScript/TypeScript literal of a JSON value. */
export const lit = (v: unknown): string => JSON.stringify(v);

/** A JSON value, indented (the formatter reflows it). */
export const json = (v: unknown): string => JSON.stringify(v, null, 2);

/** A union type of string literals; `never` when empty. */
export const union = (xs: readonly string[]): string => (xs.length ? xs.map(lit).join(" | ") : "never");

/** `dpi-mapping` → `DpiMapping`. */
export const pascal = (id: string): string => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** `dpi-mapping` → `dpiMapping`. */
export const camel = (id: string): string => {
  const p = pascal(id);
  return p[0]!.toLowerCase() + p.slice(1);
};

/** Splits `text` into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** A TSDoc comment of one or more lines, wrapped at 110 columns (a `*\/` in the text is escaped). */
export function doc(text: string | readonly string[], indent = ""): string {
  const given = (typeof text === "string" ? text.split("\n") : text).map((l) => l.replace(/\*\//g, "*\\/"));
  const lines = given.flatMap((l) => (l.length > 110 - indent.length ? wrapWords(l, 110 - indent.length) : [l]));
  if (lines.length === 1 && lines[0]!.length <= 110 - indent.length) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** `export const name: type = value;` with its doc comment. */
export function constant(
  comment: string | readonly string[],
  name: string,
  type: string | null,
  value: string,
): string {
  return `${doc(comment)}export const ${name}${type ? `: ${type}` : ""} = ${value};\n\n`;
}

/** `export type name = value;` with its doc comment. */
export function alias(comment: string | readonly string[], name: string, value: string): string {
  return `${doc(comment)}export type ${name} = ${value};\n\n`;
}

/** The comment syntaxes generated files use: line comments, hash comments, Markdown (an HTML comment). */
export type CommentSyntax = "//" | "#" | "md";

/** `prefix item, item, ...` in lines of at most `width` characters; continuation lines are indented. */
function wrap(prefix: string, items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = prefix;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? "," : "");
    if (line !== prefix && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = " ";
    }
    line += ` ${piece}`;
  });
  lines.push(line);
  return lines;
}

/** The first lines of every generated file: what it was generated from and by what. */
export function banner(sources: readonly string[], syntax: CommentSyntax = "//"): string {
  const text = [
    "generated — do not edit.",
    ...wrap("Source:", sources, 150),
    "Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.",
  ];
  if (syntax === "md") return `<!--\n${text.map((l) => `  ${l}`).join("\n")}\n-->\n\n`;
  return `${text.map((l) => `${syntax} ${l}`).join("\n")}\n`;
}

/** Inline code in Markdown. */
export const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

/** A Markdown table cell: pipes escaped, no line breaks, a dash when empty. */
export const cell = (v: unknown): string =>
  v === null || v === undefined || v === "" ? "—" : String(v).replace(/\|/g, "\\|").replace(/\n+/g, " ");

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const row = (cells: readonly unknown[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [row(head), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(row)].join("\n");
}

/** Markdown lines of a section: a blank line, its heading (or lead sentence), a blank line, its body. */
export const section = (heading: string, ...body: readonly string[]): string[] => ["", heading, "", ...body];
