// Test oracle: the implementation before the performance rewrite (git HEAD at the time), kept verbatim
// apart from import paths. Only reduce-reference.test.ts uses it; do not import it from src.
/** Canonical JSON and a short hash, so that equal events get equal identities whatever their key order. */

/** JSON with object keys sorted at every level; never throws (unserialisable values become a marker). */
export function canonicalJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "function" || typeof v === "symbol") return `<${typeof v}>`;
    if (v === undefined) return null;
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return "<cycle>";
    seen.add(v);
    const out = Array.isArray(v)
      ? v.map(walk)
      : Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
        );
    seen.delete(v);
    return out;
  };
  return JSON.stringify(walk(value)) ?? "null";
}

/** FNV-1a 64-bit of a string, as 16 hex digits: short, stable, not cryptographic. */
export function shortHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}
