import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentInfo, EncryptedContent, EnvelopedData, RecipientInfos } from "@peculiar/asn1-cms";
import { AsnConvert, AsnParser, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import { encryptPackage, openPackage } from "@innbyggerpost/dokumentpakke";
import { hasTool } from "./support/fixtures.js";
import { validPackage } from "./support/packages.js";

/** Parses our CMS, lets a test change the EnvelopedData, and writes it back. */
function rewrite(cms: Uint8Array, change: (e: EnvelopedData) => void): Uint8Array {
  const berOptions = {
    maxContentLength: 1 << 30,
    maxNodes: 1 << 20,
    parseEmbedded: false,
  };
  const info = AsnParser.parse(cms, ContentInfo, { berOptions });
  const e = AsnParser.parse(info.content, EnvelopedData, { berOptions });
  change(e);
  return new Uint8Array(
    AsnConvert.serialize(
      new ContentInfo({
        contentType: info.contentType,
        content: AsnConvert.serialize(e),
      }),
    ),
  );
}

function ciphertext(e: EnvelopedData): Buffer {
  return Buffer.from(e.encryptedContentInfo.encryptedContent!.value!.buffer);
}

function setCiphertext(e: EnvelopedData, bytes: Buffer): void {
  e.encryptedContentInfo.encryptedContent!.value = new OctetString(bytes);
}

/** The CMS with its ciphertext written in `size`-byte chunks (a constructed OCTET STRING, as BouncyCastle does). */
function chunked(cms: Uint8Array, size: number): Uint8Array {
  return rewrite(cms, (e) => {
    const all = ciphertext(e);
    const parts: OctetString[] = [];
    for (let i = 0; i < all.length; i += size) parts.push(new OctetString(all.subarray(i, i + size)));
    e.encryptedContentInfo.encryptedContent = new EncryptedContent({
      constructedValue: parts,
    });
  });
}

const cases: [string, string, (cms: Uint8Array) => Uint8Array][] = [
  [
    "two recipients",
    "unsupported-cms",
    (c) => rewrite(c, (e) => (e.recipientInfos = new RecipientInfos([e.recipientInfos[0]!, e.recipientInfos[0]!]))),
  ],
  [
    "AES-128-CBC content encryption",
    "unsupported-cms",
    (c) => rewrite(c, (e) => (e.encryptedContentInfo.contentEncryptionAlgorithm.algorithm = "2.16.840.1.101.3.4.1.2")),
  ],
  [
    "PKCS#1 v1.5 key transport",
    "unsupported-cms",
    (c) =>
      rewrite(
        c,
        (e) =>
          (e.recipientInfos[0]!.ktri!.keyEncryptionAlgorithm = new AlgorithmIdentifier({
            algorithm: "1.2.840.113549.1.1.1",
            parameters: null,
          })),
      ),
  ],
  [
    "OAEP with SHA-512",
    "unsupported-cms",
    (c) =>
      rewrite(c, (e) => {
        const k = e.recipientInfos[0]!.ktri!.keyEncryptionAlgorithm;
        const der = Buffer.from(k.parameters!);
        k.parameters = new Uint8Array(
          Buffer.from(der.toString("hex").replaceAll("608648016503040201", "608648016503040203"), "hex"),
        ).buffer;
      }),
  ],
  [
    "signedData, not envelopedData",
    "unsupported-cms",
    (c) => {
      const info = AsnConvert.parse(c, ContentInfo);
      return new Uint8Array(
        AsnConvert.serialize(
          new ContentInfo({
            contentType: "1.2.840.113549.1.7.2",
            content: info.content,
          }),
        ),
      );
    },
  ],
  ["truncated DER", "malformed-cms", (c) => c.subarray(0, c.length - 40)],
  ["a byte after the ContentInfo", "malformed-cms", (c) => Buffer.concat([c, Buffer.from([0])])],
  [
    "a chunk of the BER content that is not an OCTET STRING",
    "malformed-cms",
    (c) => {
      let start: Uint8Array = new Uint8Array(0);
      rewrite(c, (e) => (start = ciphertext(e).subarray(0, 32)));
      const b = Buffer.from(chunked(c, 100));
      const at = b.indexOf(start) - 2; // the first chunk's header: 04 64
      expect([b[at], b[at + 1]]).toEqual([0x04, 0x64]);
      b[at] = 0x0c; // UTF8String
      return b;
    },
  ],
  ["not DER at all", "malformed-cms", () => new TextEncoder().encode("PK\u0003\u0004 not a cms")],
  [
    "ciphertext cut by one block",
    "decryption-failed",
    (c) => rewrite(c, (e) => setCiphertext(e, ciphertext(e).subarray(0, -16))),
  ],
  [
    "ciphertext cut mid-block",
    "decryption-failed",
    (c) => rewrite(c, (e) => setCiphertext(e, ciphertext(e).subarray(0, -5))),
  ],
  [
    "bad padding",
    "decryption-failed",
    (c) =>
      rewrite(c, (e) => {
        const b = Buffer.from(ciphertext(e));
        b[b.length - 17] = b[b.length - 17]! ^ 0x01; // flips the last plaintext byte: the padding length
        setCiphertext(e, b);
      }),
  ],
  [
    "a damaged encrypted key",
    "decryption-failed",
    (c) =>
      rewrite(c, (e) => {
        const k = Buffer.from(e.recipientInfos[0]!.ktri!.encryptedKey.buffer);
        k[10] = k[10]! ^ 0x40;
        e.recipientInfos[0]!.ktri!.encryptedKey = new OctetString(k);
      }),
  ],
];

describe("hostile CMS gets typed refusals; every decryption failure is one code", () => {
  for (const [title, code, make] of cases) {
    it(`${title}: ${code}`, async () => {
      const { cms, pki } = await validPackage();
      const r = await openPackage({
        cms: make(cms),
        privateKey: pki.recipient.keyPem,
      });
      expect(!r.ok && r.errors.map((e) => e.code)).toEqual([code]);
    });
  }

  it("the wrong key: decryption-failed, with the same message as bad padding", async () => {
    const { cms, pki } = await validPackage();
    const wrong = await openPackage({ cms, privateKey: pki.stranger.keyPem });
    const padding = await openPackage({
      cms: cases.find((c) => c[0] === "bad padding")![2](cms),
      privateKey: pki.recipient.keyPem,
    });
    expect(!wrong.ok && wrong.errors).toEqual(!padding.ok && padding.errors);
  });

  it("opens a large package written as BouncyCastle does: BER content in 1000-byte chunks (> 16 MiB, > 10 000 nodes)", async () => {
    const big = {
      bytes: new Uint8Array(17 * 1024 * 1024).fill(7),
      fileName: "stor.pdf",
      mimeType: "application/pdf",
      title: "Stor",
    };
    const { cms, pki } = await validPackage([big]);
    const r = await openPackage({
      cms: chunked(cms, 1000),
      privateKey: pki.recipient.keyPem,
    });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    expect(r.ok && r.documents[1]!.bytes.length).toBe(big.bytes.length);
  });

  for (const size of [0, 16, 100, 1000]) {
    it(`recovers the zip byte for byte and leaves the CMS as it was (${size ? `${size}-byte chunks` : "DER"})`, async () => {
      const { cms, zip, pki } = await validPackage();
      const input = size ? chunked(cms, size) : cms;
      const before = Buffer.from(input);
      const r = await openPackage({
        cms: input,
        privateKey: pki.recipient.keyPem,
      });
      expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
      expect(r.ok && Buffer.compare(Buffer.from(r.zip), Buffer.from(zip))).toBe(0);
      expect(Buffer.compare(Buffer.from(input), before)).toBe(0);
    });
  }

  it("a fresh key and IV each time: two encryptions of the same zip differ", async () => {
    const { zip, pki } = await validPackage();
    const a = encryptPackage({
      zip,
      recipientCertificate: pki.recipient.certPem,
    });
    const b = encryptPackage({
      zip,
      recipientCertificate: pki.recipient.certPem,
    });
    expect(a.ok && b.ok && a.fingerprint !== b.fingerprint).toBe(true);
  });

  const hasOpenssl = hasTool("openssl", ["version"]);
  if (!hasOpenssl) console.log("skipped (OpenSSL-made CMS): openssl not found");
  const dir = mkdtempSync(join(tmpdir(), "dokumentpakke-cms-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const [title, keyopts] of [
    ["OAEP with the SHA-1 defaults", ["-keyopt", "rsa_padding_mode:oaep"]],
    [
      "OAEP SHA-256, streamed BER (indefinite lengths, chunked content)",
      ["-stream", "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256", "-keyopt", "rsa_mgf1_md:sha256"],
    ],
  ] as const) {
    it.skipIf(!hasOpenssl)(`opens what OpenSSL writes: ${title}`, async () => {
      const { zip, pki } = await validPackage();
      writeFileSync(join(dir, "p.zip"), zip);
      writeFileSync(join(dir, "r.pem"), pki.recipient.certPem);
      execFileSync("openssl", [
        "cms",
        "-encrypt",
        "-binary",
        "-aes-256-cbc",
        "-in",
        join(dir, "p.zip"),
        "-outform",
        "DER",
        "-out",
        join(dir, "p.cms"),
        "-recip",
        join(dir, "r.pem"),
        ...keyopts,
      ]);
      const r = await openPackage({
        cms: readFileSync(join(dir, "p.cms")),
        privateKey: pki.recipient.keyPem,
      });
      expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
      expect(r.ok && Buffer.compare(Buffer.from(r.zip), Buffer.from(zip))).toBe(0);
    });
  }
});
