import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { createPackage, type DocumentInput } from "@innbyggerpost/dokumentpakke";
import { digitalLetter, hasTool, manifestXsd, printLetter } from "./support/fixtures.js";
import { testPki } from "./support/pki.js";
import { existsSync } from "node:fs";

// Independent oracles: OpenSSL decrypts and prints the CMS, xmlsec1 verifies the XAdES signature, xmllint
// checks the manifest against the official schema. The zip is unpacked with fflate, not our reader.
const hasOpenssl = hasTool("openssl", ["version"]);
const hasXmlsec = hasTool("xmlsec1", ["--version"]);
const hasXmllint = hasTool("xmllint", ["--version"]);
const hasXsd = existsSync(manifestXsd);
if (!hasOpenssl) console.log("skipped (openssl oracle): openssl not found");
if (!hasXmlsec) console.log("skipped (xmlsec1 oracle): xmlsec1 not found (Debian package xmlsec1)");
if (!hasXmllint) console.log("skipped (xmllint oracle): xmllint not found (Debian package libxml2-utils)");
else if (!hasXsd) console.log(`skipped (xmllint oracle): ${manifestXsd} not found (../shared)`);

const dir = mkdtempSync(join(tmpdir(), "dokumentpakke-oracles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
function attachments(n: number): DocumentInput[] {
  return Array.from({ length: n }, (_, i) => ({
    bytes: text(`vedlegg ${i} – æøå ${"x".repeat(i)}`),
    fileName: `vedlegg ${i} – ærlig & «sånn».txt`,
    mimeType: "text/plain",
    title: `Vedlegg nr. ${i}: <Ærlig> & "Øst" 'ål'`,
    language: "nn",
  }));
}

const cases = [
  ["digital", 0],
  ["digital", 1],
  ["digital", 200],
  ["utskrift", 0],
  ["utskrift", 1],
  ["utskrift", 200],
] as const;

describe("every package we build passes the independent oracles", () => {
  for (const [type, n] of cases) {
    it(`${type} with ${n} attachment(s), non-ASCII names and titles`, async () => {
      const pki = await testPki();
      const r = await createPackage({
        letter: type === "digital" ? digitalLetter() : printLetter(),
        document: {
          bytes: text("%PDF-1.4 hoveddokument"),
          fileName: "Vedtak om støtte (2026).pdf",
          mimeType: "application/pdf",
          title: "Vedtak – «støtte» & <mer>",
        },
        attachments: attachments(n),
        signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem, chain: [pki.root.certPem] },
        recipientCertificate: pki.recipient.certPem,
      });
      expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
      if (!r.ok) return;
      const at = join(dir, `${type}-${n}`);
      mkdirSync(join(at, "files"), { recursive: true });
      writeFileSync(join(at, "p.cms"), r.cms);
      writeFileSync(join(at, "key.pem"), pki.recipient.keyPem);
      if (hasOpenssl) {
        execFileSync("openssl", [
          "cms",
          "-decrypt",
          "-inform",
          "DER",
          "-in",
          join(at, "p.cms"),
          "-inkey",
          join(at, "key.pem"),
          "-out",
          join(at, "p.zip"),
        ]);
        const decrypted = execFileSync("cat", [join(at, "p.zip")]);
        expect(Buffer.compare(decrypted, Buffer.from(r.zip))).toBe(0);
        const printed = execFileSync("openssl", [
          "cms",
          "-cmsout",
          "-print",
          "-inform",
          "DER",
          "-in",
          join(at, "p.cms"),
        ]).toString();
        expect(printed).toMatch(/d\.envelopedData: \n\s+version: 0\n/);
        expect(printed).toMatch(/d\.ktri: \n\s+version: 0\n\s+d\.issuerAndSerialNumber:/);
        expect(printed).toContain("rsaesOaep (1.2.840.113549.1.1.7)");
        expect((printed.match(/OBJECT\s+:sha256/g) ?? []).length).toBe(2); // the OAEP hash and MGF1's hash
        expect(printed).toContain("aes-256-cbc (2.16.840.1.101.3.4.1.42)");
        expect(printed.match(/d\.ktri/g)?.length).toBe(1);
      }
      // Unpack with fflate under safe local names; xmlsec1 maps each (unescaped) reference URI to one.
      const files = unzipSync(r.zip);
      expect(Object.keys(files)[0]).toBe("mimetype");
      const args: string[] = [];
      let i = 0;
      for (const [name, bytes] of Object.entries(files)) {
        const local =
          name === "META-INF/signatures.xml" ? "signatures.xml" : name === "manifest.xml" ? "manifest.xml" : `f${i++}`;
        writeFileSync(join(at, "files", local), bytes);
        if (!name.startsWith("META-INF/") && name !== "mimetype")
          args.push(`--url-map:${name}`, join(at, "files", local));
      }
      if (hasXmlsec) {
        const out = execFileSync(
          "xmlsec1",
          [
            "--verify",
            "--id-attr:Id",
            "SignedProperties",
            ...args,
            "--enabled-reference-uris",
            "empty,same-doc,local,remote",
            "--insecure",
            join(at, "files", "signatures.xml"),
          ],
          { stdio: ["ignore", "pipe", "pipe"] },
        ).toString();
        expect(out).toBe("");
      }
      if (hasXmllint && hasXsd) {
        execFileSync("xmllint", ["--noout", "--nonet", "--schema", manifestXsd, join(at, "files", "manifest.xml")], {
          stdio: "pipe",
        });
      }
    });
  }

  it.skipIf(!hasXmlsec)("xmlsec1 refuses a package whose document changed (the oracle can fail)", async () => {
    const pki = await testPki();
    const r = await createPackage({
      letter: digitalLetter(),
      document: { bytes: text("original"), fileName: "brev.txt", mimeType: "text/plain", title: "Brev" },
      signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
      recipientCertificate: pki.recipient.certPem,
    });
    if (!r.ok) throw new Error("build failed");
    const files = unzipSync(r.zip);
    const at = join(dir, "tampered");
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, "manifest.xml"), files["manifest.xml"]!);
    writeFileSync(join(at, "brev.txt"), "0riginal");
    writeFileSync(join(at, "signatures.xml"), files["META-INF/signatures.xml"]!);
    const run = (): string =>
      execFileSync(
        "xmlsec1",
        [
          "--verify",
          "--id-attr:Id",
          "SignedProperties",
          "--url-map:manifest.xml",
          join(at, "manifest.xml"),
          "--url-map:brev.txt",
          join(at, "brev.txt"),
          "--enabled-reference-uris",
          "empty,same-doc,local,remote",
          "--insecure",
          join(at, "signatures.xml"),
        ],
        { stdio: "pipe" },
      ).toString();
    expect(run).toThrow();
  });
});
