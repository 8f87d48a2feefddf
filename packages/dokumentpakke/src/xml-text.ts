// Escaping as Canonical XML 1.0 writes it (§2.3), so that what we write is already canonical.

/** @internal Text content, escaped as C14N does. */
export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
}

/** @internal An attribute value, escaped as C14N does. */
export function escapeAttribute(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#x9;")
    .replace(/\n/g, "&#xA;")
    .replace(/\r/g, "&#xD;");
}

// XML 1.0 Char: no C0 controls but tab, newline and carriage return; no lone surrogates, U+FFFE or U+FFFF.
// With the u flag a surrogate class matches only lone surrogates.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** @internal True when every character may appear in an XML 1.0 document. */
export function isXmlText(s: string): boolean {
  return !NOT_XML_CHAR.test(s);
}
