/**
 * Terminal-safe text. Everything the CLI prints for people goes through {@link escapeControls}, so a file
 * name, payload key or `detaljer` cannot clear the screen (ESC), forge a line (LF, CR), hide or reorder
 * text (bidi controls) or print as something it is not (lone surrogates).
 */

// C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F), ALM (U+061C), LRM/RLM (U+200E/F), the line and paragraph
// separators (U+2028/9), the bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069),
// and lone surrogates.
const CONTROLS = "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069";
const LONE_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const UNSAFE = new RegExp(`[${CONTROLS}]|${LONE_SURROGATE}`, "g");

// What JSON.stringify leaves raw that a terminal obeys (it already escapes C0 and lone surrogates).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Writes every control character, bidi control and lone surrogate of `text` as a `\uXXXX` escape (the
 * JSON and JavaScript spelling); all other text is unchanged.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, hex);
}

/**
 * `JSON.stringify(value, null, 2)`, exact JSON whose parsed value is the same, with the characters JSON
 * allows raw but a terminal obeys (DEL, C1, bidi controls, line separators) written as `\uXXXX` escapes.
 * Those characters can only occur inside JSON strings, where the escape means the same character; the
 * line breaks of the indentation stay.
 */
export function terminalSafeJson(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? "null").replace(UNSAFE_IN_JSON, hex);
}
