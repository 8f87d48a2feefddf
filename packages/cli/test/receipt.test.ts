import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnswer, buildMessage, signMessage } from "@innbyggerpost/runtime";
import { main } from "../src/main.js";
import { makeSigner, type TestSigner } from "../../runtime/test/support/certificates.js";

const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const org = (n: string) => ({ authority: "iso6523-actorid-upis" as const, value: `0192:${n}` });
let postbox: TestSigner;
let stranger: TestSigner;
const files: Record<string, string> = {};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}

beforeAll(async () => {
  // Like the real Digipost test certificate: self-signed, RS512, no organisation number in the subject.
  postbox = await makeSigner({ commonName: "Postkasse test", hash: "SHA-512" });
  stranger = await makeSigner({ serialNumber: "991825827" });
  const letter = buildMessage({
    type: "digital",
    payload: {
      avsender: { virksomhetsidentifikator: org("991825827") },
      mottaker: { postkasseadresse: "0000487204" },
      dokumentpakkefingeravtrykk: {
        digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
        digestValue: "BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=",
      },
      maskinportentoken: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
      sikkerhetsnivaa: 3,
      ikkesensitivtittel: "Test",
      spraak: "no",
    },
    sender: "991825827",
    receiver: "984661185",
    conversationId: "b63b72a3-ec7a-4d70-94f1-699ef899864f",
  });
  if (!letter.ok) throw new Error("letter");
  const receipt = buildAnswer({
    original: letter.message,
    type: "leveringskvittering",
    messageId: "11111111-2222-4333-8444-555555555555",
    tidspunkt: "2026-11-23T10:20:00+01:00",
  });
  if (!receipt.ok) throw new Error("receipt");
  const feil = buildAnswer({
    original: letter.message,
    type: "feil",
    feiltype: "KLIENT",
    tidspunkt: "2026-11-23T10:21:00+01:00",
  });
  if (!feil.ok) throw new Error("feil");
  const sign = async (message: unknown, signer: TestSigner, algorithm: "RS256" | "RS512") => {
    const s = await signMessage({
      message,
      privateKey: signer.privateKey,
      certificate: signer.certificate,
      algorithm,
      bindSender: false,
    });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    return s.jws;
  };
  const write = (name: string, text: string) => {
    files[name] = join(dir, name);
    writeFileSync(files[name]!, text);
  };
  const jws = await sign(receipt.message, postbox, "RS512");
  write("levering.jwt", `${jws}\n`);
  write("feil.jwt", await sign(feil.message, postbox, "RS512"));
  write("stranger.jwt", await sign(receipt.message, stranger, "RS256"));
  const [h, p, s] = jws.split(".") as [string, string, string];
  const other = Buffer.from(p, "base64url").toString("utf8").replace('leveringskvittering"', 'leveringskvittering" ');
  write("tampered.jwt", `${h}.${Buffer.from(other).toString("base64url")}.${s}`);
  write("postbox.pem", postbox.certificatePem);
  write("letter.json", JSON.stringify(letter.message));
  write("not-a-cert.pem", "hello");
});

describe("innbyggerpost receipt", () => {
  it("verifies against --cert, maps to the eFormidling status and prints the fields", async () => {
    const r = await run(
      "receipt",
      files["levering.jwt"]!,
      files["feil.jwt"]!,
      "--cert",
      files["postbox.pem"]!,
      "--json",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const [levering, feil] = JSON.parse(r.out);
    expect(levering).toEqual({
      file: files["levering.jwt"],
      type: "leveringskvittering",
      status: "LEVERT",
      description: expect.stringContaining("Kvittering på at digital post er tilgjengeliggjort"),
      time: "2026-11-23T10:20:00+01:00",
      conversationId: "b63b72a3-ec7a-4d70-94f1-699ef899864f",
      messageId: "11111111-2222-4333-8444-555555555555",
      signature: { alg: "RS512", verified: true, reason: null, org: null, senderBound: false },
      errors: [],
    });
    expect(feil).toMatchObject({ type: "feil", status: "FEIL", signature: { alg: "RS512", verified: true } });
  });

  it("without --cert reports the signature unverified, still reads the payload, and exits 1", async () => {
    const r = await run("receipt", files["levering.jwt"]!, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)[0]).toMatchObject({
      status: "LEVERT",
      type: "leveringskvittering",
      signature: { alg: "RS512", verified: false },
      errors: [],
    });
  });

  it("rejects a tampered payload and an untrusted signer", async () => {
    const r = await run(
      "receipt",
      files["tampered.jwt"]!,
      files["stranger.jwt"]!,
      "--cert",
      files["postbox.pem"]!,
      "--json",
    );
    expect(r.code).toBe(1);
    const [tampered, stranger] = JSON.parse(r.out);
    expect(tampered.signature.verified).toBe(false);
    expect(tampered.errors[0]).toMatchObject({ code: "bad-signature", pointer: "/jws/signature" });
    expect(stranger).toMatchObject({ signature: { alg: "RS256", verified: false, org: "991825827" } });
    expect(stranger.errors[0]).toMatchObject({ code: "untrusted-certificate" });
  });

  it("prints one readable block per file", async () => {
    const r = await run("receipt", files["levering.jwt"]!, "--cert", files["postbox.pem"]!);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^LEVERT +\S+levering\.jwt +\(leveringskvittering, 2026-11-23T10:20:00\+01:00, RS512 signature verified, NOT bound/,
    );
  });

  it("reports a letter as not a receipt (exit 1) and a missing file as unreadable (exit 2)", async () => {
    const letter = await run("receipt", files["letter.json"]!, "--json");
    expect(letter.code).toBe(1);
    expect(JSON.parse(letter.out)[0]).toMatchObject({
      type: "digital",
      errors: [{ code: "not-signed" }, { code: "not-a-receipt" }],
    });
    const r = await run("receipt", files["letter.json"]!, join(dir, "missing.jwt"), "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)[1]).toMatchObject({
      status: "ANNET",
      errors: [{ code: "unreadable", message: "no such file" }],
    });
  });

  it("exits 2 on usage errors", async () => {
    expect((await run("receipt")).code).toBe(2);
    expect((await run("receipt", files["levering.jwt"]!, "--cert", join(dir, "nope.pem"))).code).toBe(2);
    expect((await run("receipt", files["levering.jwt"]!, "--cert", files["not-a-cert.pem"]!)).code).toBe(2);
    expect((await run("receipt", files["levering.jwt"]!, "--frobnicate")).code).toBe(2);
  });
});

describe("innbyggerpost validate --cert", () => {
  it("checks .jwt signatures against the certificate", async () => {
    const ok = await run("validate", files["levering.jwt"]!, "--cert", files["postbox.pem"]!, "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)[0]).toMatchObject({
      valid: true,
      signature: { alg: "RS512", verified: true, org: null },
    });
    const bad = await run("validate", files["stranger.jwt"]!, "--cert", files["postbox.pem"]!, "--json");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)[0]).toMatchObject({
      valid: false,
      signature: { verified: false, org: "991825827" },
      errors: [{ code: "untrusted-certificate" }],
    });
  });

  it("without --cert says the signature was not checked, and the file is still valid", async () => {
    const r = await run("validate", files["stranger.jwt"]!, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].signature).toEqual({
      alg: "RS256",
      verified: false,
      reason: "not checked: no --cert given",
      org: "991825827",
      senderBound: false,
    });
  });
});
