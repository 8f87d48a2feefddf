import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswer, receiptToStatus, signMessage, verifyMessage } from "@innbyggerpost/runtime";
import { makeSigner, type TestSigner } from "./support/certificates.js";
import { receipt } from "./status/fixtures.js";
import { validMessage } from "../../../test/fixtures/messages.js";

// verifyMessage remembers parsed x5c certificates (by the exact x5c[0] string) and pinned PEM text, checks
// RS* signatures with node:crypto before jose, and validates the payload it decoded without copying it.
// These tests hold each shortcut to what the long way decides.

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const x5cOf = (s: TestSigner) => s.certificate.raw.toString("base64");

/** A compact JWS over `payload` with the given header, signed by `key` (RS256/RS512). */
async function rawJws(
  header: Record<string, unknown>,
  payload: unknown,
  key: TestSigner["privateKey"],
  hash: "SHA-256" | "SHA-512",
): Promise<string> {
  const input = `${b64(header)}.${b64(payload)}`;
  const { sign } = await import("node:crypto");
  return `${input}.${sign(hash === "SHA-256" ? "sha256" : "sha512", Buffer.from(input), key).toString("base64url")}`;
}

let a: TestSigner;
let b: TestSigner;
let answer: unknown;
let jwsA: string;

beforeAll(async () => {
  [a, b] = await Promise.all([
    makeSigner({ hash: "SHA-512", serialNumber: "984661185" }),
    makeSigner({ hash: "SHA-512", commonName: "other" }),
  ]);
  const built = buildAnswer({ original: validMessage("digital"), type: "leveringskvittering" });
  if (!built.ok) throw new Error("fixture");
  answer = built.message;
  const signed = await signMessage({
    message: answer,
    privateKey: a.privateKey,
    certificate: a.certificatePem,
    algorithm: "RS512",
    bindSender: false,
  });
  if (!signed.ok) throw new Error("fixture");
  jwsA = signed.jws;
});

describe("verifyMessage with its certificate caches warm", () => {
  it("verifies the same receipt again and again, each time with a fresh message", async () => {
    const first = await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } });
    const second = await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.message).toEqual(first.message);
    expect(second.message).not.toBe(first.message);
    expect(second.signature.certificate.raw.equals(a.certificate.raw)).toBe(true);
    expect(second.signature.organisationNumber).toBe("984661185");
    // Changing one result changes neither the next nor the certificate facts.
    (first.message.standardBusinessDocument.standardBusinessDocumentHeader as { sender: unknown }).sender = [];
    const third = await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } });
    expect(third.ok && third.message).toEqual(second.message);
  });

  it("a cached certificate does not vouch for a signature made with another key", async () => {
    await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } });
    const forged = await rawJws({ alg: "RS512", x5c: [x5cOf(a)] }, answer, b.privateKey, "SHA-512");
    const r = await verifyMessage({ jws: forged, trust: { certificates: a.certificatePem } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: "bad-signature", pointer: "/jws/signature" });
    // The refusal is jose's, word for word.
    expect(r.errors[0]!.message).toMatch(
      /^the signature does not verify with the x5c certificate: signature verification failed$/,
    );
  });

  it("a changed x5c string is read afresh, never served the cached certificate", async () => {
    await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } });
    const x5c = x5cOf(a);
    for (const i of [40, 200, x5c.length - 10]) {
      const changed = x5c.slice(0, i) + (x5c[i] === "A" ? "B" : "A") + x5c.slice(i + 1);
      const header = JSON.parse(Buffer.from(jwsA.split(".")[0]!, "base64url").toString()) as Record<string, unknown>;
      const jws = await rawJws({ ...header, x5c: [changed] }, answer, a.privateKey, "SHA-512");
      const r = await verifyMessage({ jws, trust: { certificates: a.certificatePem } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(["malformed-x5c", "bad-signature", "untrusted-certificate"]).toContain(r.errors[0]!.code);
    }
  });

  it("pinned certificates follow the trust text: another PEM refuses, the first trusts again", async () => {
    const jwsB = await rawJws({ alg: "RS512", x5c: [x5cOf(b)] }, answer, b.privateKey, "SHA-512");
    expect((await verifyMessage({ jws: jwsB, trust: { certificates: b.certificatePem } })).ok).toBe(true);
    const refused = await verifyMessage({ jws: jwsB, trust: { certificates: a.certificatePem } });
    expect(refused.ok === false && refused.errors.map((e) => e.code)).toEqual(["untrusted-certificate"]);
    expect((await verifyMessage({ jws: jwsB, trust: { certificates: [a.certificatePem, b.certificatePem] } })).ok).toBe(
      true,
    );
    expect((await verifyMessage({ jws: jwsA, trust: { certificates: a.certificatePem } })).ok).toBe(true);
    const bad = await verifyMessage({
      jws: jwsA,
      trust: { certificates: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" },
    });
    expect(bad.ok === false && bad.errors[0]!.code).toBe("bad-option");
  });

  it("RS256 and RS512 verify on the node:crypto path; a tampered payload is still refused by jose", async () => {
    const rs256 = await rawJws({ alg: "RS256", x5c: [x5cOf(a)] }, answer, a.privateKey, "SHA-256");
    expect((await verifyMessage({ jws: rs256, trust: { certificates: a.certificatePem } })).ok).toBe(true);
    // An RS256 signature under an RS512 header (and the reverse) is not a signature of that alg.
    const swapped = `${b64({ alg: "RS512", x5c: [x5cOf(a)] })}.${rs256.split(".")[1]}.${rs256.split(".")[2]}`;
    const r = await verifyMessage({ jws: swapped, trust: { certificates: a.certificatePem } });
    expect(r.ok === false && r.errors[0]!.code).toBe("bad-signature");
    const tampered = `${jwsA.split(".")[0]}.${b64({ ...(answer as object) })}x.${jwsA.split(".")[2]}`;
    const t = await verifyMessage({ jws: tampered, trust: { certificates: a.certificatePem } });
    expect(t.ok).toBe(false);
  });

  it("a key jose refuses for RS256 (RSA under 2048 bits) is refused, with jose's reason, even though the signature is right", async () => {
    x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
    const alg = {
      name: "RSASSA-PKCS1-v1_5",
      hash: "SHA-256",
      publicExponent: new Uint8Array([1, 0, 1]),
      modulusLength: 1024,
    };
    const keys = (await webcrypto.subtle.generateKey(alg, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: "02",
      name: "CN=small, O=Test AS, C=NO",
      notBefore: new Date("2020-01-01"),
      notAfter: new Date("2999-01-01"),
      signingAlgorithm: alg,
      keys,
    });
    const { KeyObject } = await import("node:crypto");
    const jws = await rawJws(
      { alg: "RS256", x5c: [Buffer.from(cert.rawData).toString("base64")] },
      answer,
      KeyObject.from(keys.privateKey as unknown as webcrypto.CryptoKey),
      "SHA-256",
    );
    const r = await verifyMessage({ jws, trust: () => true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.code).toBe("bad-signature");
      expect(r.errors[0]!.message).toContain("2048");
    }
  });
});

describe("receiptToStatus remembers which jws strings are compact JWS", () => {
  it("gives the same verdict on every call", () => {
    const m = receipt("leveringskvittering");
    for (let i = 0; i < 3; i++) {
      expect(receiptToStatus(m, { jws: jwsA }).jws).toBe(jwsA);
      expect(receiptToStatus(m, { jws: ` ${jwsA}\n` }).jws).toBe(jwsA);
      const bad = receiptToStatus(m, { jws: `${jwsA}.x` });
      expect(bad.jws).toBeNull();
      expect(bad.issues.map((x) => x.pointer)).toEqual(["/options/jws"]);
    }
  });
});
