import { createPrivateKey } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContentInfo, EncryptedContent, EnvelopedData } from "@peculiar/asn1-cms";
import { AsnConvert, AsnParser, OctetString } from "@peculiar/asn1-schema";
import { decryptCms } from "../src/cms.js";
import { readProfileEnvelope } from "../src/cms-read.js";
import { validPackage } from "./support/packages.js";

const SEED = 20261123;
const MAX = 50 * 1024 * 1024;

/** The CMS with its ciphertext in `size`-byte chunks (a constructed OCTET STRING, as BouncyCastle writes it). */
function chunked(cms: Uint8Array, size: number): Uint8Array {
  const berOptions = { maxContentLength: 1 << 30, maxNodes: 1 << 20, parseEmbedded: false };
  const info = AsnParser.parse(cms, ContentInfo, { berOptions });
  const e = AsnParser.parse(info.content, EnvelopedData, { berOptions });
  const all = Buffer.from(e.encryptedContentInfo.encryptedContent!.value!.buffer);
  const parts: OctetString[] = [];
  for (let i = 0; i < all.length; i += size) parts.push(new OctetString(all.subarray(i, i + size)));
  e.encryptedContentInfo.encryptedContent = new EncryptedContent({ constructedValue: parts });
  const content = AsnConvert.serialize(e);
  return new Uint8Array(AsnConvert.serialize(new ContentInfo({ contentType: info.contentType, content })));
}

/** What an opening says, comparable with toEqual. */
function outcome(r: ReturnType<typeof decryptCms>): unknown {
  return r.ok ? { ok: true, zip: Buffer.from(r.zip).toString("hex") } : r;
}

describe("the CMS fast path reads exactly what the library reads", () => {
  it("takes the profile's CMS (DER and chunked) and gives the library's zip", async () => {
    const { cms, zip, pki } = await validPackage();
    const key = createPrivateKey(pki.recipient.keyPem);
    for (const input of [cms, chunked(cms, 16), chunked(cms, 1000)]) {
      expect(readProfileEnvelope(input, 100_000)).not.toBeNull();
      const library = decryptCms(input, key, MAX, false);
      expect(library.ok && Buffer.from(library.zip).equals(Buffer.from(zip))).toBe(true);
      // The first fast reading meets an unseen RecipientIdentifier (library), the second reads by headers.
      expect(outcome(decryptCms(input, key, MAX))).toEqual(outcome(library));
      expect(outcome(decryptCms(input, key, MAX))).toEqual(outcome(library));
    }
  });

  it("any changed, dropped or inserted byte of the structure gets the library's verdict", async () => {
    const { cms, pki } = await validPackage();
    const key = createPrivateKey(pki.recipient.keyPem);
    decryptCms(cms, key, MAX); // the RecipientIdentifier is known from here on
    const variants = [cms, chunked(cms, 16)];
    // The structure is everything before the ciphertext (and the ciphertext's last blocks).
    const head = cms.length - readProfileEnvelope(cms, 100_000)!.parts[0]!.length;
    const edit = fc.record({
      variant: fc.integer({ min: 0, max: variants.length - 1 }),
      at: fc.integer({ min: 0, max: head + 8 }),
      kind: fc.constantFrom("set", "drop", "insert"),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    let fast = 0;
    fc.assert(
      fc.property(edit, ({ variant, at, kind, byte }) => {
        const b = Buffer.from(variants[variant]!);
        const m =
          kind === "set"
            ? Buffer.concat([b.subarray(0, at), Buffer.from([byte]), b.subarray(at + 1)])
            : kind === "drop"
              ? Buffer.concat([b.subarray(0, at), b.subarray(at + 1)])
              : Buffer.concat([b.subarray(0, at), Buffer.from([byte]), b.subarray(at)]);
        if (readProfileEnvelope(m, 100_000)) fast++;
        expect(outcome(decryptCms(m, key, MAX))).toEqual(outcome(decryptCms(m, key, MAX, false)));
      }),
      { seed: SEED, numRuns: 600, verbose: true },
    );
    // The property is about the fast path: many edits must leave a CMS it reads (IV, key, lengths kept).
    expect(fast).toBeGreaterThan(50);
  });

  it("every byte of the structure set to a flipped bit, 0, 1 or 0x80 gets the library's verdict", async () => {
    const { cms, pki } = await validPackage();
    const key = createPrivateKey(pki.recipient.keyPem);
    decryptCms(cms, key, MAX);
    const head = cms.length - readProfileEnvelope(cms, 100_000)!.parts[0]!.length;
    const differing: string[] = [];
    for (let at = 0; at < head; at++) {
      const was = cms[at]!;
      for (const byte of new Set([0, 1, 0x80, was ^ 1])) {
        if (byte === was) continue;
        const m = Buffer.from(cms);
        m[at] = byte;
        const fast = outcome(decryptCms(m, key, MAX));
        const library = outcome(decryptCms(m, key, MAX, false));
        if (JSON.stringify(fast) !== JSON.stringify(library)) differing.push(`byte ${at} = ${byte}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
