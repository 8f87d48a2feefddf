import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPackage, createPackage, openPackage, type DocumentInput } from "@innbyggerpost/dokumentpakke";
import { computeFingerprint } from "@innbyggerpost/runtime";
import { digitalLetter, printLetter } from "./support/fixtures.js";
import { testPki } from "./support/pki.js";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const doc = (over: Partial<DocumentInput> = {}): DocumentInput => ({
  bytes: text("Hei"),
  fileName: "brev.txt",
  mimeType: "text/plain",
  title: "Brev",
  ...over,
});

async function build(over: Record<string, unknown>) {
  const pki = await testPki();
  return buildPackage({
    letter: digitalLetter(),
    document: doc(),
    signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
    ...over,
  } as Parameters<typeof buildPackage>[0]);
}

const refusals: [string, string, string, () => Promise<Record<string, unknown>>][] = [
  [
    "a MIME type outside the list",
    "mime-type-not-allowed",
    "/document/mimeType",
    async () => ({ document: doc({ mimeType: "application/x-sh" }) }),
  ],
  [
    "an extension MIME type for a document",
    "mime-type-not-allowed",
    "/document/mimeType",
    async () => ({ document: doc({ mimeType: "application/vnd.difi.dpi.lenke+xml" }) }),
  ],
  [
    "a document MIME type for data",
    "mime-type-not-allowed",
    "/document/data/mimeType",
    async () => ({ document: doc({ data: { bytes: text("<x/>"), fileName: "data.xml", mimeType: "text/plain" } }) }),
  ],
  ["duplicate file names", "duplicate-file-name", "/attachments/0/fileName", async () => ({ attachments: [doc()] })],
  [
    "file names differing only in case",
    "duplicate-file-name",
    "/attachments/0/fileName",
    async () => ({ attachments: [doc({ fileName: "BREV.txt" })] }),
  ],
  [
    "a lone surrogate (not UTF-8)",
    "invalid-file-name",
    "/document/fileName",
    async () => ({ document: doc({ fileName: "br\uD800ev.txt" }) }),
  ],
  [
    "a path separator",
    "invalid-file-name",
    "/document/fileName",
    async () => ({ document: doc({ fileName: "mappe/brev.txt" }) }),
  ],
  [
    "a backslash",
    "invalid-file-name",
    "/document/fileName",
    async () => ({ document: doc({ fileName: "mappe\\brev.txt" }) }),
  ],
  ["..", "invalid-file-name", "/document/fileName", async () => ({ document: doc({ fileName: "..brev.txt" }) })],
  [
    "a name too short for the manifest",
    "invalid-file-name",
    "/document/fileName",
    async () => ({ document: doc({ fileName: "a.t" }) }),
  ],
  [
    "a reserved name",
    "invalid-file-name",
    "/document/fileName",
    async () => ({ document: doc({ fileName: "manifest.xml" }) }),
  ],
  [
    "201 attachments",
    "too-many-attachments",
    "/attachments",
    async () => ({ attachments: Array.from({ length: 201 }, (_, i) => doc({ fileName: `v${i}.txt` })) }),
  ],
  [
    "a package over maxBytes",
    "package-too-large",
    "",
    async () => ({ document: doc({ bytes: new Uint8Array(2000) }), maxBytes: 1000 }),
  ],
  [
    "a letter that is neither digital nor utskrift",
    "bad-letter",
    "/letter",
    async () => ({ letter: { standardBusinessDocument: { flyttet: {} } } }),
  ],
  [
    "a digital letter without a mailbox",
    "bad-letter",
    "/letter/standardBusinessDocument/digital/mottaker/postkasseadresse",
    async () => {
      const letter = digitalLetter() as any;
      delete letter.standardBusinessDocument.digital.mottaker;
      return { letter };
    },
  ],
  [
    "a key that does not belong to the certificate",
    "bad-key",
    "/signer/privateKey",
    async () => {
      const pki = await testPki();
      return { signer: { privateKey: pki.stranger.keyPem, certificate: pki.sender.certPem } };
    },
  ],
  ["maxBytes that is not a positive integer", "bad-option", "/maxBytes", async () => ({ maxBytes: -1 })],
  ["an empty title", "bad-document", "/document/title", async () => ({ document: doc({ title: "" }) })],
];

describe("buildPackage refuses what the profile forbids", () => {
  for (const [title, code, pointer, over] of refusals) {
    it(`${title}: ${code} at ${pointer || "/"}`, async () => {
      const r = await build(await over());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => [e.code, e.pointer])).toContainEqual([code, pointer]);
    });
  }

  it("never mutates its input and never throws on junk", async () => {
    const letter = digitalLetter();
    const before = JSON.stringify(letter);
    const pki = await testPki();
    const r = await createPackage({
      letter,
      document: doc(),
      signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
      recipientCertificate: pki.recipient.certPem,
    });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(letter)).toBe(before);
    for (const junk of [null, 1, "x", [], { letter: 1 }]) expect((await buildPackage(junk as never)).ok).toBe(false);
  });
});

// Titles and names drawn from printable Unicode (including XML specials and non-ASCII letters).
const nameChar = fc.constantFrom(..."abcøæåÆØÅ -_()&'«»é漢字1".split(""));
const fileName = fc
  .tuple(fc.string({ unit: nameChar, minLength: 1, maxLength: 30 }), fc.constantFrom(".pdf", ".txt", ".png"))
  .map(([base, ext]) => base.trim().replace(/^\.*/, "") + ext)
  .filter((n) => n.length >= 5);
const title = fc
  .string({ unit: fc.constantFrom(..."Tittel <&>\"' æøå ÆØÅ 漢字 –\t".split("")), minLength: 1, maxLength: 60 })
  .filter((t) => t.length > 0);
const mime = { ".pdf": "application/pdf", ".txt": "text/plain", ".png": "image/png" } as Record<string, string>;
const documentArb = fc
  .record({ fileName, title, bytes: fc.uint8Array({ maxLength: 2000 }) })
  .map((d) => ({ ...d, mimeType: mime[d.fileName.slice(-4)]! }));

describe("build → encrypt → open → verify round-trips", () => {
  it("for generated letters and documents; the letter's fingerprint always matches the CMS", async () => {
    const pki = await testPki();
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        documentArb,
        fc.array(documentArb, { maxLength: 4 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (digital, main, attachments, address) => {
          const names = new Set<string>();
          const unique = [main, ...attachments].filter(
            (d) => !names.has(d.fileName.toLowerCase()) && names.add(d.fileName.toLowerCase()),
          );
          const letter = digital ? digitalLetter() : printLetter();
          if (digital) (letter as any).standardBusinessDocument.digital.mottaker.postkasseadresse = address;
          const created = await createPackage({
            letter,
            document: unique[0]!,
            attachments: unique.slice(1),
            signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem, chain: [pki.root.certPem] },
            recipientCertificate: pki.recipient.certPem,
          });
          if (!created.ok) throw new Error(JSON.stringify(created.errors));
          const fp = computeFingerprint(created.cms);
          expect(fp.ok && fp.fingerprint.digestValue).toBe(created.fingerprint);
          const body = (created.letter as any).standardBusinessDocument[digital ? "digital" : "utskrift"];
          expect(body.dokumentpakkefingeravtrykk.digestValue).toBe(created.fingerprint);
          const opened = await openPackage({
            cms: created.cms,
            privateKey: pki.recipient.keyPem,
            letter: created.letter,
            trust: { certificates: pki.root.certPem },
          });
          if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
          expect(opened.signer.trusted).toBe(true);
          expect(opened.documents.map((d) => [d.fileName, d.title, Buffer.from(d.bytes).toString("hex")])).toEqual(
            unique.map((d) => [d.fileName, d.title, Buffer.from(d.bytes).toString("hex")]),
          );
          expect(opened.manifest.mottaker?.postkasseadresse).toBe(digital ? address : undefined);
        },
      ),
      { seed: 20261123, numRuns: 25, verbose: 1 },
    );
  });

  it("a letter whose fingerprint is another package's is refused (fingerprint-mismatch)", async () => {
    const pki = await testPki();
    const input = {
      letter: digitalLetter(),
      document: doc(),
      signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
      recipientCertificate: pki.recipient.certPem,
    };
    const a = await createPackage(input);
    const b = await createPackage(input);
    if (!a.ok || !b.ok) throw new Error("build failed");
    const r = await openPackage({ cms: b.cms, privateKey: pki.recipient.keyPem, letter: a.letter });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(["fingerprint-mismatch"]);
  });

  it("a signer outside the pinned trust is refused (untrusted-certificate)", async () => {
    const pki = await testPki();
    const a = await createPackage({
      letter: digitalLetter(),
      document: doc(),
      signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
      recipientCertificate: pki.recipient.certPem,
    });
    if (!a.ok) throw new Error("build failed");
    const r = await openPackage({
      cms: a.cms,
      privateKey: pki.recipient.keyPem,
      trust: { certificates: pki.stranger.certPem },
    });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(["untrusted-certificate"]);
    const f = await openPackage({ cms: a.cms, privateKey: pki.recipient.keyPem, trust: () => true });
    expect(f.ok && f.signer.trusted).toBe(true);
  });
});
