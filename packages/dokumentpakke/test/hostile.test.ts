import { describe, expect, it } from "vitest";
import { verifyPackage } from "@innbyggerpost/dokumentpakke";
import { entriesOf, manifestXml, signedZip, text, validPackage } from "./support/packages.js";
import { craftZip, type CraftEntry } from "./support/zip-craft.js";

type Case = [
  title: string,
  code: string,
  make: (base: CraftEntry[]) => Buffer | Promise<Buffer>,
  limits?: Record<string, number>,
];

const patch = (base: CraftEntry[], name: string, change: Partial<CraftEntry>): CraftEntry[] =>
  base.map((e) => (e.name === name ? { ...e, ...change } : e));
const zip64Extra = Buffer.from([0x01, 0x00, 0x08, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);

const zips: Case[] = [
  [
    "a bomb: an entry inflating far beyond the ratio limit",
    "zip-limit-exceeded",
    (b) =>
      craftZip([...b.slice(0, -1), { name: "bomb.txt", data: Buffer.alloc(8 * 1024 * 1024), method: 8 }, b.at(-1)!]),
  ],
  [
    "a bomb: entries declaring more than the total limit",
    "zip-limit-exceeded",
    (b) => craftZip(patch(b, "brev.txt", { central: { usize: 0x7fffffff } })),
    { maxRatio: 1e9 },
  ],
  [
    "an entry inflating past its declared size",
    "header-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { central: { usize: 3 }, local: { usize: 3 } })),
  ],
  ["more entries than maxEntries", "zip-limit-exceeded", (b) => craftZip(b), { maxEntries: 3 }],
  ["../ in a name", "unsafe-entry-name", (b) => craftZip([...b, { name: "../evil.txt", data: text("x") }])],
  ["an absolute path", "unsafe-entry-name", (b) => craftZip([...b, { name: "/etc/passwd", data: text("x") }])],
  ["a drive letter", "unsafe-entry-name", (b) => craftZip([...b, { name: "C:evil.txt", data: text("x") }])],
  ["a backslash", "unsafe-entry-name", (b) => craftZip([...b, { name: "a\\..\\evil.txt", data: text("x") }])],
  [
    "a name that is not UTF-8",
    "unsafe-entry-name",
    (b) => craftZip([...b, { name: Buffer.from([0x62, 0xff, 0x2e, 0x74, 0x78, 0x74]), data: text("x") }]),
  ],
  ["a duplicate entry name", "duplicate-entry", (b) => craftZip([...b, { name: "brev.txt", data: text("other") }])],
  [
    "names differing only in case",
    "duplicate-entry",
    (b) => craftZip([...b, { name: "BREV.txt", data: text("other") }]),
  ],
  [
    "local and central names disagree",
    "header-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { local: { name: text("brev.pdf") } })),
  ],
  [
    "local and central methods disagree",
    "header-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { local: { method: 0 } })),
  ],
  [
    "local and central CRCs disagree",
    "header-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { descriptor: false, local: { crc: 1 } })),
  ],
  [
    "a data descriptor that disagrees",
    "header-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { central: { crc: 7 } })),
  ],
  [
    "a CRC that does not match the content",
    "crc-mismatch",
    (b) => craftZip(patch(b, "brev.txt", { descriptor: false, local: { crc: 7 }, central: { crc: 7 } })),
  ],
  ["an encrypted entry", "unsupported-zip-feature", (b) => craftZip(patch(b, "brev.txt", { flags: 1 }))],
  [
    "a zip64 extra field",
    "unsupported-zip-feature",
    (b) => craftZip(patch(b, "brev.txt", { central: { extra: zip64Extra } })),
  ],
  ["a zip64 end locator", "unsupported-zip-feature", (b) => craftZip(b, { zip64Locator: true })],
  [
    "an unsupported compression method",
    "unsupported-zip-feature",
    (b) => craftZip(patch(b, "brev.txt", { method: 12, descriptor: false })),
  ],
  [
    "a local entry the central directory hides",
    "hidden-data",
    (b) => craftZip([...b.slice(0, 2), { name: "hidden.txt", data: text("x"), hidden: true }, ...b.slice(2)]),
  ],
  ["bytes before the first entry", "hidden-data", (b) => craftZip(b, { prefix: text("PK-prefix") })],
  ["bytes between the entries and the directory", "hidden-data", (b) => craftZip(b, { between: text("smuggled") })],
  ["a truncated archive", "malformed-zip", (b) => craftZip(b).subarray(0, 200)],
  ["mimetype not first", "bad-mimetype-entry", (b) => craftZip([b[1]!, b[0]!, ...b.slice(2)])],
  ["mimetype compressed", "bad-mimetype-entry", (b) => craftZip(patch(b, "mimetype", { method: 8 }))],
  ["no signatures.xml", "missing-entry", (b) => craftZip(b.slice(0, -1))],
  [
    "a second signature file",
    "unexpected-entry",
    (b) => craftZip([...b, { name: "META-INF/signatures2.xml", data: b.at(-1)!.data }]),
  ],
  [
    "a file nobody signed",
    "unsigned-file",
    (b) => craftZip([...b.slice(0, -1), { name: "extra.txt", data: text("x") }, b.at(-1)!]),
  ],
];

const billion = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
const xmls: Case[] = [
  [
    "signatures.xml with a DOCTYPE and entities",
    "forbidden-xml",
    (b) =>
      craftZip(
        patch(b, "META-INF/signatures.xml", { data: text(b.at(-1)!.data.toString().replace("?>", `?>${billion}`)) }),
      ),
  ],
  [
    "signatures.xml with an external entity",
    "forbidden-xml",
    (b) =>
      craftZip(
        patch(b, "META-INF/signatures.xml", {
          data: text(
            b.at(-1)!.data.toString().replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
          ),
        }),
      ),
  ],
  [
    "signatures.xml not UTF-8",
    "invalid-encoding",
    (b) =>
      craftZip(patch(b, "META-INF/signatures.xml", { data: Buffer.concat([b.at(-1)!.data, Buffer.from([0xff])]) })),
  ],
  [
    "a manifest with a DOCTYPE (validly signed)",
    "forbidden-xml",
    () => signedZip({ "manifest.xml": manifestXml({ before: billion }), "brev.txt": text("Hei") }),
  ],
  [
    "a second SignedProperties",
    "signature-wrapping",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        {
          mutateSignatures: (x) =>
            x.replace(
              "</Object>",
              `</Object><Object><QualifyingProperties xmlns="http://uri.etsi.org/01903/v1.3.2#"><SignedProperties Id="Evil"></SignedProperties></QualifyingProperties></Object>`,
            ),
        },
      ),
  ],
  [
    "a duplicated Id",
    "signature-wrapping",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        { mutateSignatures: (x) => x.replace("<KeyInfo>", '<KeyInfo Id="SignedProperties">') },
      ),
  ],
  [
    "a reference whose target is not the checked SignedProperties",
    "signature-wrapping",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        {
          mutateSignatures: (x) =>
            x.replace('URI="#SignedProperties"', 'URI="#Other"').replace("<KeyInfo>", '<KeyInfo Id="Other">'),
        },
      ),
  ],
  [
    "a reference to a file that is not there",
    "missing-file",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        {
          sign: [
            { name: "manifest.xml", bytes: manifestXml(), mimeType: "application/xml" },
            { name: "brev.txt", bytes: text("Hei"), mimeType: "text/plain" },
            { name: "ghost.txt", bytes: text("boo"), mimeType: "text/plain" },
          ],
        },
      ),
  ],
  [
    "a file referenced twice",
    "duplicate-reference",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        {
          sign: [
            { name: "manifest.xml", bytes: manifestXml(), mimeType: "application/xml" },
            { name: "brev.txt", bytes: text("Hei"), mimeType: "text/plain" },
            { name: "brev.txt", bytes: text("Hei"), mimeType: "text/plain" },
          ],
        },
      ),
  ],
  [
    "a manifest that breaks the schema (no avsender)",
    "invalid-manifest",
    () =>
      signedZip({
        "manifest.xml": text(
          manifestXml()
            .toString()
            .replace(/<avsender>.*<\/avsender>/, ""),
        ),
        "brev.txt": text("Hei"),
      }),
  ],
  [
    "a manifest listing a file the package lacks",
    "missing-file",
    () =>
      signedZip({
        "manifest.xml": manifestXml({
          extra: '<vedlegg href="borte.pdf" mime="application/pdf"><tittel lang="no">Borte</tittel></vedlegg>',
        }),
        "brev.txt": text("Hei"),
      }),
  ],
  [
    "a signed file the manifest does not list",
    "unlisted-file",
    () => signedZip({ "manifest.xml": manifestXml(), "brev.txt": text("Hei"), "extra.txt": text("x") }),
  ],
  [
    "a manifest MIME type outside the list",
    "mime-type-not-allowed",
    () =>
      signedZip({
        "manifest.xml": manifestXml({
          hoveddokument:
            '<hoveddokument href="brev.txt" mime="application/x-msdownload"><tittel lang="no">Brev</tittel></hoveddokument>',
        }),
        "brev.txt": text("Hei"),
      }),
  ],
  [
    "a signature method outside the profile",
    "unsupported-algorithm",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        { mutateSignatures: (x) => x.replace("xmldsig-more#rsa-sha256", "xmldsig-more#rsa-sha512") },
      ),
  ],
  [
    "a file reference with a transform",
    "unsupported-algorithm",
    () =>
      signedZip(
        { "manifest.xml": manifestXml(), "brev.txt": text("Hei") },
        {
          mutateSignatures: (x) =>
            x.replace(
              'URI="brev.txt">',
              'URI="brev.txt"><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#base64"></Transform></Transforms>',
            ),
        },
      ),
  ],
];

describe("hostile packages get typed refusals", () => {
  it("the crafted baseline (data descriptors, as Java writes them) verifies", async () => {
    const { files } = await validPackage();
    const r = await verifyPackage({ zip: craftZip(entriesOf(files)) });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    const signed = await verifyPackage({
      zip: await signedZip({ "manifest.xml": manifestXml(), "brev.txt": text("Hei") }),
    });
    expect(signed.ok, JSON.stringify(!signed.ok && signed.errors)).toBe(true);
  });
  for (const [title, code, make, limits] of [...zips, ...xmls]) {
    it(`${title}: ${code}`, async () => {
      const { files } = await validPackage();
      const zip = await make(entriesOf(files));
      const r = await verifyPackage({ zip, ...(limits ? { limits } : {}) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
    });
  }
});
