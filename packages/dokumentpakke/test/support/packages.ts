import { createPrivateKey, X509Certificate } from "node:crypto";
import { unzipSync } from "fflate";
import { createPackage, type DocumentInput } from "@innbyggerpost/dokumentpakke";
import { writeSignatures, type SignedFile } from "../../src/signature-write.js";
import { digitalLetter } from "./fixtures.js";
import { testPki } from "./pki.js";
import { craftZip, type CraftEntry } from "./zip-craft.js";

export const text = (s: string): Buffer => Buffer.from(s, "utf8");

/** A valid package of ours: letter, zip, CMS and its entries (fflate's reading). */
export async function validPackage(attachments: DocumentInput[] = []) {
  const pki = await testPki();
  const letter = digitalLetter();
  const r = await createPackage({
    letter,
    document: { bytes: text("Hei, Ola!"), fileName: "brev.txt", mimeType: "text/plain", title: "Brev" },
    attachments,
    signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem, chain: [pki.root.certPem] },
    recipientCertificate: pki.recipient.certPem,
    signingTime: new Date("2026-11-23T10:00:00Z"),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { pki, letter: r.letter, zip: r.zip, cms: r.cms, files: unzipSync(r.zip) };
}

/** Entries as craftZip wants them, in order; deflated ones with data descriptors, as Java writes them. */
export function entriesOf(files: Record<string, Uint8Array>): CraftEntry[] {
  return Object.entries(files).map(([name, data]) => ({
    name,
    data: Buffer.from(data),
    ...(name === "mimetype" ? {} : { method: 8, descriptor: true }),
  }));
}

/**
 * A package whose content we choose, signed properly with the test sender key: so the manifest or the
 * reference list can be hostile while the signature is valid.
 */
export async function signedZip(
  content: Record<string, Uint8Array>,
  options: { sign?: SignedFile[]; mutateSignatures?: (xml: string) => string } = {},
): Promise<Buffer> {
  const pki = await testPki();
  const signed =
    options.sign ??
    Object.entries(content).map(([name, bytes]) => ({
      name,
      bytes,
      mimeType: name === "manifest.xml" ? "application/xml" : "text/plain",
    }));
  const chain = [new X509Certificate(pki.sender.certPem), new X509Certificate(pki.root.certPem)];
  let xml = Buffer.from(
    writeSignatures(signed, createPrivateKey(pki.sender.keyPem), chain, new Date("2026-11-23T10:00:00Z")),
  ).toString("utf8");
  if (options.mutateSignatures) xml = options.mutateSignatures(xml);
  return craftZip(
    entriesOf({ mimetype: text("application/vnd.etsi.asic-e+zip"), ...content, "META-INF/signatures.xml": text(xml) }),
  );
}

/** The manifest of a one-document digital letter, with the parts a test wants changed. */
export function manifestXml(parts: { before?: string; hoveddokument?: string; extra?: string } = {}): Buffer {
  return text(
    `<?xml version="1.0" encoding="UTF-8"?>${parts.before ?? ""}<manifest xmlns="http://begrep.difi.no/sdp/schema_v10"><mottaker><person>` +
      `<postkasseadresse>ola.nordmann#1A2B</postkasseadresse></person></mottaker><avsender>` +
      `<organisasjon authority="iso6523-actorid-upis">0192:991825827</organisasjon><avsenderidentifikator>avs-1</avsenderidentifikator>` +
      `</avsender>${parts.hoveddokument ?? '<hoveddokument href="brev.txt" mime="text/plain"><tittel lang="no">Brev</tittel></hoveddokument>'}` +
      `${parts.extra ?? ""}</manifest>`,
  );
}
