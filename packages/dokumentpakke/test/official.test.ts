import { describe, expect, it } from "vitest";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { verifyPackage } from "@innbyggerpost/dokumentpakke";
import { hasOfficial, OFFICIAL, officialLetter, officialSkipReason, officialZip } from "./support/fixtures.js";

if (!hasOfficial) console.log(`skipped (4 official-package suites): ${officialSkipReason}`);

/** Rebuilds a zip with one entry's content replaced (mimetype stays first and stored). */
function rezip(zip: Uint8Array, name: string, change: (b: Uint8Array) => Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  const out: Zippable = {};
  for (const [n, b] of Object.entries(files))
    out[n] = [n === name ? change(b) : b, { level: n === "mimetype" ? 0 : 6 }];
  return zipSync(out);
}

const flip =
  (at: number) =>
  (b: Uint8Array): Uint8Array => {
    const c = Uint8Array.from(b);
    c[at] = c[at]! ^ 0x01;
    return c;
  };

describe.skipIf(!hasOfficial)("the four official packages", () => {
  for (const name of OFFICIAL) {
    it(`${name}: verifies, and its manifest reads back as its letter says`, async () => {
      const letter = officialLetter(name);
      const r = await verifyPackage({ zip: officialZip(name), letter });
      expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
      if (!r.ok) return;
      const sbd = letter.standardBusinessDocument as Record<string, Record<string, any>>;
      const body = sbd.digital ?? sbd.utskrift!;
      expect(r.manifest.avsender.organisasjon).toBe(body.avsender.virksomhetsidentifikator.value);
      expect(r.manifest.avsender.avsenderidentifikator).toBe(body.avsender.avsenderidentifikator);
      expect(r.manifest.mottaker?.postkasseadresse).toBe(sbd.digital ? body.mottaker.postkasseadresse : undefined);
      expect(r.documents.length).toBe(1);
      expect(r.signer.chain.length).toBe(3);
    });

    it(`${name}: a letter with other parties is refused (party-mismatch)`, async () => {
      const letter = structuredClone(officialLetter(name)) as any;
      const body = letter.standardBusinessDocument.digital ?? letter.standardBusinessDocument.utskrift;
      body.avsender.virksomhetsidentifikator.value = "0192:974761076";
      const r = await verifyPackage({ zip: officialZip(name), letter });
      expect(!r.ok && r.errors.map((e) => e.code)).toContain("party-mismatch");
    });

    it(`${name}: changing any byte of a signed entry fails with the code of that entry`, async () => {
      const zip = officialZip(name);
      const files = unzipSync(zip);
      for (const [entry, bytes] of Object.entries(files)) {
        if (entry === "META-INF/manifest.xml") continue; // the ODF manifest is not signed (META-INF is outside the signature)
        const positions = [...new Set([0, Math.floor(bytes.length / 2), bytes.length - 1])];
        if (entry === "META-INF/signatures.xml") {
          // KeyInfo is not signed (the trust decision guards the chain, below): change what the signature covers.
          positions.splice(1, 1);
          const text = new TextDecoder().decode(bytes);
          for (const tag of [
            "<SignedInfo",
            "<SignatureValue",
            "<SignedProperties",
            "<SigningTime",
            "<X509SerialNumber",
          ]) {
            const start = text.indexOf(tag);
            positions.push(start + tag.length + 12);
          }
        }
        for (const at of positions) {
          const r = await verifyPackage({ zip: rezip(zip, entry, flip(at)) });
          expect(r.ok, `${entry}@${at}`).toBe(false);
          if (r.ok) continue;
          const code = r.errors[0]!.code;
          if (entry === "mimetype") expect(code).toBe("bad-mimetype-entry");
          else if (entry === "META-INF/signatures.xml") {
            expect(
              [
                "bad-signature",
                "digest-mismatch",
                "malformed-xml",
                "malformed-signature",
                "unsupported-algorithm",
                "signature-wrapping",
                "missing-file",
                "signing-certificate-mismatch",
                "bad-certificate",
              ],
              `${entry}@${at}`,
            ).toContain(code);
          } else expect(code, `${entry}@${at}`).toBe("digest-mismatch");
        }
      }
    });

    it(`${name}: a changed certificate of the chain breaks the path to a pinned root (untrusted-certificate)`, async () => {
      const zip = officialZip(name);
      const xml = new TextDecoder().decode(unzipSync(zip)["META-INF/signatures.xml"]!);
      const certs = [...xml.matchAll(/<X509Certificate>([^<]*)<\/X509Certificate>/g)].map((m) =>
        m[1]!.replace(/&#13;|\s/g, ""),
      );
      const rootPem = `-----BEGIN CERTIFICATE-----\n${certs[2]}\n-----END CERTIFICATE-----\n`;
      expect((await verifyPackage({ zip, trust: { certificates: rootPem } })).ok).toBe(true);
      const at = xml.indexOf("<X509Certificate>", xml.indexOf("<X509Certificate>") + 1) + 400;
      const changed = xml.slice(0, at) + (xml[at] === "A" ? "B" : "A") + xml.slice(at + 1);
      const r = await verifyPackage({
        zip: rezip(zip, "META-INF/signatures.xml", () => new TextEncoder().encode(changed)),
        trust: { certificates: rootPem },
      });
      expect(!r.ok && r.errors.map((e) => e.code)).toEqual(["untrusted-certificate"]);
    });

    it(`${name}: changing any attribute of the signature fails`, async () => {
      const zip = officialZip(name);
      const xml = new TextDecoder().decode(unzipSync(zip)["META-INF/signatures.xml"]!);
      const attributes = [...xml.matchAll(/ (Algorithm|URI|Id|Type|Target|ObjectReference)="([^"]*)"/g)];
      expect(attributes.length).toBeGreaterThan(8);
      for (const m of attributes) {
        const changed = `${xml.slice(0, m.index)} ${m[1]}="${m[2]}x"${xml.slice(m.index! + m[0].length)}`;
        const r = await verifyPackage({
          zip: rezip(zip, "META-INF/signatures.xml", () => new TextEncoder().encode(changed)),
        });
        expect(r.ok, `${m[1]}="${m[2]}"`).toBe(false);
      }
    });
  }
});
