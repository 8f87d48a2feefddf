/**
 * @internal Finds the ciphertext of a CMS EnvelopedData by its BER headers alone, so that the ASN.1 library
 * parses only the small structure: BouncyCastle writes the content in 1000-byte chunks, ~52 000 nodes for a
 * 50 MB package, which asn1js would build as objects. Only tags and lengths are read here; every field is still
 * parsed and checked by asn1js/asn1-cms on the skeleton (the CMS with the content replaced by an empty `[0]`).
 * Anything unexpected returns null and the caller parses the whole CMS with the library instead.
 */

/** @internal One BER element's header: where it starts, where its content lies, where it ends. */
export interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  /** The content's end (before the end-of-contents octets of an indefinite length). */
  readonly contentEnd: number;
  readonly end: number;
  readonly indefinite: boolean;
}

const MAX_DEPTH = 16;

/** @internal The bytes walked, the nodes the walk may still visit, and the ends of indefinite TLVs already walked. */
export interface Walk {
  readonly b: Uint8Array;
  left: number;
  readonly ends: Map<number, Tlv>;
}

/**
 * @internal One TLV at `p` (single-byte tags only, as every tag on the path is), ending by `limit`; null if
 * malformed.
 */
export function tlv(w: Walk, p: number, limit: number, depth: number): Tlv | null {
  const b = w.b;
  if (depth > MAX_DEPTH || p + 2 > limit || --w.left < 0) return null;
  const tag = b[p]!;
  if ((tag & 0x1f) === 0x1f) return null;
  let q = p + 1;
  const first = b[q++]!;
  if (first === 0x80) {
    const known = w.ends.get(p);
    if (known) return known.end <= limit ? known : null;
    if (!(tag & 0x20)) return null;
    for (let c = q; ; ) {
      if (c + 2 > limit) return null;
      if (b[c] === 0 && b[c + 1] === 0) {
        const t = { tag, start: p, contentStart: q, contentEnd: c, end: c + 2, indefinite: true };
        w.ends.set(p, t);
        return t;
      }
      const child = tlv(w, c, limit, depth + 1);
      if (!child) return null;
      c = child.end;
    }
  }
  let length = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n > 4 || q + n > limit) return null;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + b[q++]!;
  }
  if (q + length > limit) return null;
  return { tag, start: p, contentStart: q, contentEnd: q + length, end: q + length, indefinite: false };
}

/** @internal The children of a constructed TLV. */
export function children(w: Walk, t: Tlv, depth: number): Tlv[] | null {
  const out: Tlv[] = [];
  for (let p = t.contentStart; p < t.contentEnd; ) {
    const c = tlv(w, p, t.contentEnd, depth + 1);
    if (!c) return null;
    out.push(c);
    p = c.end;
  }
  return out;
}

/** @internal The chunks of a constructed OCTET STRING's content (views); false if it holds anything else. */
export function chunks(w: Walk, t: Tlv, out: Uint8Array[], depth: number): boolean {
  const parts = children(w, t, depth);
  if (!parts) return false;
  for (const c of parts) {
    if (c.tag === 0x04) out.push(w.b.subarray(c.contentStart, c.contentEnd));
    else if (c.tag !== 0x24 || !chunks(w, c, out, depth + 1)) return false;
  }
  return true;
}

/** @internal A DER header: tag and definite length. */
export function derHeader(tag: number, length: number): number[] {
  if (length < 0x80) return [tag, length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [tag, 0x80 | bytes.length, ...bytes];
}

/**
 * @internal The skeleton CMS (content replaced by an empty `[0]`) and the ciphertext's parts, or null.
 * At most `maxNodes` headers are read (each once), as asn1js is bounded.
 */
export function locateContent(b: Uint8Array, maxNodes: number): { skeleton: Uint8Array; parts: Uint8Array[] } | null {
  const w: Walk = { b, left: maxNodes, ends: new Map() };
  const info = tlv(w, 0, b.length, 0);
  if (info?.tag !== 0x30 || info.end !== b.length) return null;
  const explicit = children(w, info, 0)?.[1];
  if (explicit?.tag !== 0xa0) return null;
  const enveloped = children(w, explicit, 1)?.[0];
  if (enveloped?.tag !== 0x30) return null;
  const eci = children(w, enveloped, 2)?.find((c) => c.tag === 0x30);
  const content = eci && children(w, eci, 3)?.[2];
  if (!eci || !content) return null;
  const parts: Uint8Array[] = [];
  if (content.tag === 0x80) parts.push(b.subarray(content.contentStart, content.contentEnd));
  else if (content.tag !== 0xa0 || !chunks(w, content, parts, 4)) return null;
  // Rebuilt from the inside out: each definite-length ancestor's header gets its new length.
  let middle: Buffer = Buffer.from([0x80, 0x00]);
  let [from, to] = [content.start, content.end];
  for (const a of [eci, enveloped, explicit, info]) {
    const inner = [b.subarray(a.contentStart, from), middle, b.subarray(to, a.contentEnd)];
    const length = inner.reduce((n, x) => n + x.length, 0);
    const [head, tail] = a.indefinite
      ? [
          [a.tag, 0x80],
          [0, 0],
        ]
      : [derHeader(a.tag, length), []];
    middle = Buffer.concat([Buffer.from(head), ...inner, Buffer.from(tail)]);
    [from, to] = [a.start, a.end];
  }
  return { skeleton: new Uint8Array(middle), parts };
}
