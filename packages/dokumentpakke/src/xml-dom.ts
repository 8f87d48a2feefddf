import { DOMParser } from "@xmldom/xmldom";
import { reason } from "./support.js";

/** @internal Why XML written by others was refused. */
export type XmlErrorCode = "invalid-encoding" | "forbidden-xml" | "malformed-xml";

/** @internal A parsed document, or why not. */
export type ParsedXml =
  { ok: true; document: Document; text: string } | { ok: false; code: XmlErrorCode; message: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

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
