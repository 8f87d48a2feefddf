import { describe, expect, it } from "vitest";
import { buildPackage, verifyPackage } from "@innbyggerpost/dokumentpakke";
import { certificateValidAt } from "@innbyggerpost/runtime";
import { digitalLetter } from "../../../dokumentpakke/test/support/fixtures.js";
import { makeSigner } from "../support/certificates.js";

// Issue 12, class 2 in every package: one strict reading of a certificate's validity, and any doubt refuses.

const odd = () =>
  makeSigner({
    serialNumber: "991825827",
    notAfter: new Date("0049-12-31T00:00:00Z"),
    notBefore: new Date("0001-01-01T00:00:00Z"),
  });
const codes = (r: { ok: boolean; errors?: readonly { code: string }[] }) => (r.ok ? [] : r.errors!.map((e) => e.code));

describe("certificateValidAt", () => {
  it("accepts a valid certificate, refuses an expired, a not yet valid and an unreadable one", async () => {
    const signer = await makeSigner({ serialNumber: "991825827" });
    expect(certificateValidAt(signer.certificatePem).ok).toBe(true);
    expect(codes(certificateValidAt(signer.certificate, new Date("9000-01-01T00:00:00Z")))).toEqual([
      "certificate-expired",
    ]);
    expect(codes(certificateValidAt(signer.certificate, new Date("1990-01-01T00:00:00Z")))).toEqual([
      "certificate-not-yet-valid",
    ]);
    // Year 0049: Node prints "Bad time value" or a date Date.parse would read as 2049; either way, in doubt.
    expect(codes(certificateValidAt((await odd()).certificate, new Date("2026-11-23T00:00:00Z")))).toEqual([
      "certificate-validity-unreadable",
    ]);
    expect(codes(certificateValidAt(signer.certificate, new Date(Number.NaN)))).toEqual(["bad-option"]);
    expect(codes(certificateValidAt({} as never))).toEqual(["bad-certificate"]);
  });

  it("dokumentpakke: a package signed by a certificate of unreadable validity does not verify", async () => {
    const signer = await odd();
    const built = await buildPackage({
      letter: digitalLetter() as never,
      document: { bytes: new TextEncoder().encode("Hei"), fileName: "brev.txt", mimeType: "text/plain", title: "B" },
      signer: { privateKey: signer.privateKeyPem, certificate: signer.certificatePem },
      signingTime: new Date("2026-11-23T10:00:00Z"),
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const verified = await verifyPackage({ zip: built.zip });
    expect(codes(verified)).toContain("certificate-validity-unreadable");
  });
});
