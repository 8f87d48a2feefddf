import { DOMParser } from "@xmldom/xmldom";
import { reason } from "./support.js";

/** @internal Why XML written by others was refused. */
export type XmlErrorCode = "invalid-encoding" | "forbidden-xml" | "malformed-xml";

/** @internal A parsed document, or why not. */
export type ParsedXml =
  | { ok: true; document: Document; text: string }
  | { ok: false; code: XmlErrorCode; message: string };

const decoder = new TextDecoder("utf-8", { fatal: true });
const XML_DECLARATION = new RegExp(
  "^<\\?xml\\s+version\\s*=\\s*([\"'])1\\.[0-9]+\\1" +
    "(\\s+encoding\\s*=\\s*([\"'])[A-Za-z][A-Za-z0-9._-]*\\3)?" +
    "(\\s+standalone\\s*=\\s*([\"'])(yes|no)\\5)?\\s*\\?>",
);

/**
 * @internal Parses XML written by others: UTF-8 only, and no DOCTYPE at all, so no entity (internal or
 * external) is ever declared or resolved; any parser error or warning refuses the document.
 */
export function parseXml(bytes: Uint8Array): ParsedXml {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, code: "invalid-encoding", message: "not UTF-8" };
  }
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return { ok: false, code: "forbidden-xml", message: "a DOCTYPE or entity declaration (never allowed here)" };
  }
  const decl = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(text);
  if (decl && decl[1]!.toUpperCase() !== "UTF-8") {
    return { ok: false, code: "malformed-xml", message: `declared encoding ${decl[1]}, not UTF-8` };
  }
  // xmldom reads a broken XML declaration as a processing instruction; a well-formed one matches XML 1.0 [23].
  const body = text.replace(/^\uFEFF/, "");
  if (/^<\?xml[\s?]/.test(body) && !XML_DECLARATION.test(body)) {
    return { ok: false, code: "malformed-xml", message: "a malformed XML declaration" };
  }
  // xmldom tolerates stray text around the root element; a well-formed document has none.
  if (!/^\uFEFF?\s*</.test(text) || !/>\s*$/.test(text)) {
    return { ok: false, code: "malformed-xml", message: "text outside the root element" };
  }
  const problems: string[] = [];
  const record = (msg: string): void => {
    problems.push(msg);
  };
  let document: Document;
  try {
    const parser = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } });
    document = parser.parseFromString(text, "application/xml") as unknown as Document;
  } catch (e) {
    return { ok: false, code: "malformed-xml", message: reason(e) };
  }
  if (problems.length || !document || !document.documentElement) {
    return { ok: false, code: "malformed-xml", message: problems[0] ?? "no root element" };
  }
  for (let n = document.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 10) return { ok: false, code: "forbidden-xml", message: "a DOCTYPE" };
    if ((n.nodeType === 3 && /\S/.test(n.nodeValue ?? "")) || n.nodeType === 4) {
      return { ok: false, code: "malformed-xml", message: "text outside the root element" };
    }
  }
  return { ok: true, document, text };
}

/** @internal The element children of a node. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let n = node.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** @internal True when the node has non-whitespace text or other non-element content besides elements. */
export function hasStrayContent(node: Node): boolean {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? "")) return true;
    if (n.nodeType === 4 || n.nodeType === 5) return true;
  }
  return false;
}

/** @internal The text of an element (its text and CDATA children). */
export function textOf(el: Element): string {
  let s = "";
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 || n.nodeType === 4) s += n.nodeValue ?? "";
  return s;
}

/** @internal The element's attributes other than namespace declarations, by name. */
export function attributesOf(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    out.set(a.namespaceURI ? `{${a.namespaceURI}}${a.localName}` : a.name, a.value);
  }
  return out;
}

/** @internal True when the element is `{ns}local`. */
export function isElement(el: Element | undefined, ns: string, local: string): el is Element {
  return !!el && el.namespaceURI === ns && el.localName === local;
}
