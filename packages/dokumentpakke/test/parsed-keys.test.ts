// Keys and certificates parsed once (KeyObject, X509Certificate) work wherever PEM does; other types are
// refused as bad-option, unusable keys as bad-key, both naming the field.
import { createPrivateKey, createPublicKey, createSecretKey, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPackage, encryptPackage, openPackage, type DocumentInput } from "@innbyggerpost/dokumentpakke";
import { digitalLetter } from "./support/fixtures.js";
import { testPki } from "./support/pki.js";

const doc: DocumentInput = {
  bytes: new TextEncoder().encode("Hei"),
  fileName: "brev.txt",
  mimeType: "text/plain",
  title: "Brev",
};

describe("parsed keys and certificates", () => {
  it("create and open with KeyObject and X509Certificate give what PEM gives", async () => {
    const pki = await testPki();
    const created = await createPackage({
      letter: digitalLetter(),
      document: doc,
      signer: {
        privateKey: createPrivateKey(pki.sender.keyPem),
        certificate: new X509Certificate(pki.sender.certPem),
        chain: [new X509Certificate(pki.root.certPem)],
      },
      recipientCertificate: new X509Certificate(pki.recipient.certPem),
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const opened = await openPackage({
      cms: created.cms,
      privateKey: createPrivateKey(pki.recipient.keyPem),
      letter: created.letter,
      trust: { certificates: pki.root.certPem },
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    expect(opened.signer.trusted).toBe(true);
    expect(opened.signer.certificate).toBe(new X509Certificate(pki.sender.certPem).toString());
    expect(opened.documents.map((d) => Buffer.from(d.bytes).toString("utf8"))).toEqual(["Hei"]);
  });

  it("refuses other types with bad-option and unusable keys with bad-key, at their pointers", async () => {
    const pki = await testPki();
    const { cms } = (await createPackage({
      letter: digitalLetter(),
      document: doc,
      signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem },
      recipientCertificate: pki.recipient.certPem,
    })) as { cms: Uint8Array };
    const open = async (privateKey: unknown) => {
      const r = await openPackage({ cms, privateKey } as never);
      return r.ok ? null : r.errors.map((e) => [e.code, e.pointer]);
    };
    expect(await open(42)).toEqual([["bad-option", "/privateKey"]]);
    expect(await open({ key: pki.recipient.keyPem })).toEqual([["bad-option", "/privateKey"]]);
    expect(await open(createPublicKey(pki.recipient.keyPem))).toEqual([["bad-key", "/privateKey"]]);
    expect(await open(createSecretKey(Buffer.alloc(32)))).toEqual([["bad-key", "/privateKey"]]);
    expect(await open("not a key")).toEqual([["bad-key", "/privateKey"]]);

    const enc = encryptPackage({ zip: new Uint8Array(10), recipientCertificate: 7 as never });
    expect(enc.ok ? null : enc.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["bad-option", "/recipientCertificate"],
    ]);
    const made = await createPackage({
      letter: digitalLetter(),
      document: doc,
      signer: { privateKey: createPublicKey(pki.sender.keyPem), certificate: Buffer.from("x"), chain: [1] } as never,
      recipientCertificate: pki.recipient.certPem,
    });
    expect(made.ok ? null : made.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["bad-key", "/signer/privateKey"],
      ["bad-option", "/signer/certificate"],
    ]);
  });
});
