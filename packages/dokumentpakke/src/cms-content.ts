import type { Decipher } from "node:crypto";
import * as asn1js from "asn1js";

/** @internal The EnvelopedData without its ciphertext, and the ciphertext as views into the input. */
export interface SplitEnvelope {
  /** The EnvelopedData node with encryptedContentInfo's `[0]` content removed, for the schema parser. */
  readonly envelope: asn1js.Sequence;
  /** The ciphertext's parts in order (one for a primitive OCTET STRING, one per chunk for BER), never copied. */
  readonly parts: Uint8Array[] | null;
}

const isContext0 = (n: asn1js.AsnType): boolean => n.idBlock.tagClass === 3 && n.idBlock.tagNumber === 0;

/** The parts of a constructed OCTET STRING's content, chunk by chunk; throws on anything else inside. */
function chunks(nodes: asn1js.AsnType[], out: Uint8Array[], depth: number): void {
  if (depth > 8) throw new Error("the encrypted content nests too deep");
  for (const n of nodes) {
    if (n.idBlock.tagClass !== 1 || n.idBlock.tagNumber !== 4)
      throw new Error("the constructed encrypted content holds something other than OCTET STRINGs");
    const block = (n as asn1js.OctetString).valueBlock;
    if (n.idBlock.isConstructed) chunks(block.value, out, depth + 1);
    else out.push(block.valueHexView);
  }
}

/**
 * @internal Takes the one large field, encryptedContentInfo's `[0] IMPLICIT OCTET STRING` (primitive or
 * constructed/chunked BER), out of a parsed EnvelopedData so that the schema parser (asn1-cms) reads only the
 * small structure and the ciphertext stays views into the input (the schema parser would copy and re-encode it).
 */
export function splitEncryptedContent(enveloped: asn1js.AsnType): SplitEnvelope | null {
  if (!(enveloped instanceof asn1js.Sequence)) return null;
  const children = enveloped.valueBlock.value;
  // encryptedContentInfo is the one universal SEQUENCE among version, [0] originatorInfo, SET, [1] attributes.
  const eci = children.find((c) => c.idBlock.tagClass === 1 && c.idBlock.tagNumber === 16);
  if (!(eci instanceof asn1js.Sequence) || eci.valueBlock.value.length < 3) return { envelope: enveloped, parts: null };
  const eciChildren = eci.valueBlock.value;
  const content = eciChildren[2]!;
  if (!isContext0(content)) return { envelope: enveloped, parts: null };
  const parts: Uint8Array[] = [];
  if (content.idBlock.isConstructed) chunks((content as asn1js.Constructed).valueBlock.value, parts, 0);
  else parts.push((content as asn1js.Primitive).valueBlock.valueHexView);
  const stripped = new asn1js.Sequence({
    value: eciChildren.filter((c) => c !== content),
  });
  return {
    envelope: new asn1js.Sequence({
      value: children.map((c) => (c === eci ? stripped : c)),
    }),
    parts,
  };
}

/** @internal Decrypts the parts of a chunked content into one buffer; small parts are gathered, one update per MiB. */
export function decryptParts(decipher: Decipher, parts: readonly Uint8Array[], length: number): Buffer {
  const zip = Buffer.allocUnsafe(length);
  let p = 0;
  const CHUNK = 1024 * 1024;
  const gather = Buffer.allocUnsafe(CHUNK);
  let g = 0;
  const flush = (): void => {
    if (g) p += decipher.update(gather.subarray(0, g)).copy(zip, p);
    g = 0;
  };
  for (const part of parts) {
    if (part.length < 64 * 1024) {
      if (g + part.length > CHUNK) flush();
      gather.set(part, g);
      g += part.length;
      continue;
    }
    flush();
    for (let i = 0; i < part.length; i += CHUNK) p += decipher.update(part.subarray(i, i + CHUNK)).copy(zip, p);
  }
  flush();
  return zip.subarray(0, p);
}
