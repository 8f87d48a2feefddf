import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkAuthorisation,
  checkFingerprint,
  computeFingerprint,
  decodeJws,
  decodeTokenClaims,
  parseMessage,
  verifyMessage,
} from "@innbyggerpost/runtime";
import { digdirDir, digdirSkipReason, hasDigdir, readJson } from "../../../test/support/shared.js";

const dir = join(digdirDir, "examples/komplette");
const read = (f: string) => readFileSync(join(dir, f));

describe.skipIf(!hasDigdir)("the official komplette digital example", () => {
  if (!hasDigdir) console.warn(digdirSkipReason);
  const jws = hasDigdir ? read("digital-forretningsmelding.jwt").toString("utf8") : "";
  const json = hasDigdir ? readJson(join(dir, "digital-forretningsmelding.json")) : null;
  const x5c = hasDigdir
    ? (JSON.parse(Buffer.from(jws.split(".")[0]!, "base64url").toString()) as { x5c: string[] }).x5c[0]!
    : "";
  // The certificate expired 2023-06-16: verify at the message's own creation time.
  const signedAt = new Date("2022-03-16T14:16:08.903+01:00");

  it("has the header the spec describes: exactly {x5c, alg: RS256}", () => {
    const d = decodeJws(jws);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(Object.keys(d.header)).toEqual(["x5c", "alg"]);
    expect(d.alg).toBe("RS256");
    expect(d.organisationNumber).toBe("991825827");
  });

  it("verifies with its own x5c certificate pinned, and its payload deep-equals the .json beside it", async () => {
    const r = await verifyMessage({ jws, trust: { certificates: x5c }, at: signedAt, bindSender: true });
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.type).toBe("digital");
    expect(r.signature.alg).toBe("RS256");
    expect(r.signature.organisationNumber).toBe("991825827");
    expect(r.message).toEqual(json);
    expect(r.envelope).toMatchObject({
      messageId: "4c96fb25-54b0-4560-a954-afdeed10077b",
      conversationId: "b63b72a3-ec7a-4d70-94f1-699ef899864f",
      sender: "0192:991825827",
    });
  });

  it("verifies through a trust function, which sees the x5c certificate", async () => {
    const seen: X509Certificate[] = [];
    const r = await verifyMessage({
      jws,
      trust: (c) => {
        seen.push(c);
        return c.subject.includes("serialNumber=991825827");
      },
      at: signedAt,
    });
    expect(r.ok).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it("is refused today: the certificate has expired", async () => {
    const r = await verifyMessage({ jws, trust: { certificates: x5c }, at: new Date("2024-01-01T00:00:00Z") });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(["certificate-expired"]);
  });

  it("is refused when RS256 is not allowed, or when another certificate is pinned", async () => {
    const rs512only = await verifyMessage({ jws, trust: { certificates: x5c }, at: signedAt, algorithms: ["RS512"] });
    expect(rs512only.ok === false && rs512only.errors[0]).toMatchObject({
      code: "alg-not-allowed",
      pointer: "/jws/header/alg",
    });
    const other = await verifyMessage({ jws, trust: () => false, at: signedAt });
    expect(other.ok === false && other.errors[0]).toMatchObject({
      code: "untrusted-certificate",
      pointer: "/jws/header/x5c/0",
    });
  });

  it("has a dokumentpakkefingeravtrykk equal to the SHA-256 of digital-dokumentpakke.cms", () => {
    const fp = computeFingerprint(read("digital-dokumentpakke.cms"));
    expect(fp.ok && fp.fingerprint).toEqual(
      (json as { standardBusinessDocument: { digital: { dokumentpakkefingeravtrykk: unknown } } })
        .standardBusinessDocument.digital.dokumentpakkefingeravtrykk,
    );
    expect(checkFingerprint({ message: json, encryptedPackage: read("digital-dokumentpakke.cms") }).ok).toBe(true);
    const other = Buffer.from(read("digital-dokumentpakke.cms"));
    other[100] = other[100]! ^ 1;
    const r = checkFingerprint({ message: json, encryptedPackage: other });
    expect(r.ok === false && r.errors[0]).toMatchObject({
      code: "digest-mismatch",
      pointer: "/message/standardBusinessDocument/digital/dokumentpakkefingeravtrykk/digestValue",
    });
  });

  it("has a token whose claims equal the autorisasjonsbevis, and consistent parties", () => {
    const parsed = parseMessage(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.type !== "digital") return;
    const claims = decodeTokenClaims(parsed.message.standardBusinessDocument.digital.maskinportentoken);
    expect(claims.ok && claims.claims).toEqual(
      readJson(join(dir, "digital-forretningsmelding-autorisasjonsbevis.json")),
    );
    const r = checkAuthorisation({ message: json, signer: "991825827" });
    expect(r).toEqual({
      ok: true,
      consumer: "991825827",
      supplier: null,
      checked: ["consumer-is-avsender", "consumer-is-sender", "consumer-is-signer"],
    });
  });
});
