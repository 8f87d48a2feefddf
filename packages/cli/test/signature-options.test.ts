/** Issue 12 items 8 (--at) and 9 (--bind-sender) on validate and receipt. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswer, signMessage } from "@innbyggerpost/runtime";
import { validMessage } from "../../../test/fixtures/messages.js";
import { digdirDir, digdirSkipReason, hasDigdir } from "../../../test/support/shared.js";
import { makeSigner, type TestSigner } from "../../runtime/test/support/certificates.js";
import { cli, scratch } from "./support/cli.js";

const write = scratch("signature");
const files: Record<string, string> = {};

async function sign(message: unknown, signer: TestSigner): Promise<string> {
  const s = await signMessage({
    message,
    privateKey: signer.privateKey,
    certificate: signer.certificate,
    algorithm: "RS256",
    bindSender: false,
  });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return s.jws;
}

beforeAll(async () => {
  const letter = validMessage("digital"); // sender 0192:991825827
  const answer = buildAnswer({
    original: letter as never,
    type: "leveringskvittering",
    tidspunkt: "2026-11-23T10:20:00+01:00",
  });
  if (!answer.ok) throw new Error("answer");
  const sender = await makeSigner({ organizationIdentifier: "NTRNO-991825827" });
  const stranger = await makeSigner({ organizationIdentifier: "NTRNO-974760673" });
  const anonymous = await makeSigner({
    notBefore: new Date("2020-01-01T00:00:00Z"),
    notAfter: new Date("2021-01-01T00:00:00Z"),
  });
  files.letter = write("letter.jwt", await sign(letter, sender));
  files.strangerLetter = write("stranger-letter.jwt", await sign(letter, stranger));
  files.receipt = write("receipt.jwt", await sign(answer.message, anonymous));
  files.sender = write("sender.pem", sender.certificatePem);
  files.stranger = write("stranger.pem", stranger.certificatePem);
  files.anonymous = write("anonymous.pem", anonymous.certificatePem);
});

/** receipt on the receipt signed by a certificate valid in 2020 only, naming no organisation. */
const anonymousReceipt = (at: string) => ["receipt", files.receipt!, "--cert", files.anonymous!, "--at", at];

describe("--bind-sender", () => {
  it("binds a matching sender, and says so (validate, human and --json)", async () => {
    const human = await cli(["validate", files.letter!, "--cert", files.sender!, "--bind-sender"]);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/signature verified, bound to sender 991825827/);
    const json = JSON.parse(
      (await cli(["validate", "--json", files.letter!, "--cert", files.sender!, "--bind-sender"])).out,
    )[0];
    expect(json.signature).toEqual({ alg: "RS256", verified: true, reason: null, org: "991825827", senderBound: true });
  });

  it("says when a verified signature was not bound to the sender", async () => {
    const human = await cli(["validate", files.strangerLetter!, "--cert", files.stranger!]);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/signature verified, NOT bound to the sender/);
    const json = JSON.parse(
      (await cli(["validate", "--json", files.strangerLetter!, "--cert", files.stranger!])).out,
    )[0];
    expect(json.signature).toMatchObject({ verified: true, org: "974760673", senderBound: false });
  });

  it("refuses another organisation's signature, and a certificate without one (validate and receipt)", async () => {
    const other = await cli(["validate", "--json", files.strangerLetter!, "--cert", files.stranger!, "--bind-sender"]);
    expect(other.code).toBe(1);
    expect(JSON.parse(other.out)[0]).toMatchObject({
      valid: false,
      signature: { verified: false, senderBound: false },
      errors: [{ code: "sender-mismatch" }],
    });
    const receipt = await cli([...anonymousReceipt("2020-06-01T00:00:00Z"), "--json", "--bind-sender"]);
    expect(receipt.code).toBe(1);
    expect(JSON.parse(receipt.out)[0].errors.map((e: { code: string }) => e.code)).toContain(
      "certificate-without-organisation",
    );
    const unbound = await cli(anonymousReceipt("2020-06-01T00:00:00Z"));
    expect(unbound.code).toBe(0);
    expect(unbound.out).toMatch(/NOT bound to the sender/);
  });
});

describe("--at", () => {
  it("checks the certificate's validity at the given time", async () => {
    const now = await cli(["receipt", "--json", files.receipt!, "--cert", files.anonymous!]);
    expect(now.code).toBe(1);
    expect(JSON.parse(now.out)[0].errors[0].code).toBe("certificate-expired");
    const then = await cli([...anonymousReceipt("2020-06-01T02:00:00+02:00"), "--json"]);
    expect(then.code).toBe(0);
    expect(JSON.parse(then.out)[0].signature).toMatchObject({ verified: true });
  });
});

describe.skipIf(!hasDigdir)("the official signed example", () => {
  if (!hasDigdir) console.warn(digdirSkipReason);
  it("verifies from the CLI with --at inside its certificate's validity, not without", async () => {
    const jwt = join(digdirDir, "examples/komplette/digital-forretningsmelding.jwt");
    const header = JSON.parse(Buffer.from(readFileSync(jwt, "utf8").split(".")[0]!, "base64url").toString()) as {
      x5c: string[];
    };
    const pem = write(
      "official.pem",
      `-----BEGIN CERTIFICATE-----\n${header.x5c[0]!.replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`,
    );
    const now = await cli(["validate", "--profile", "wire", "--json", jwt, "--cert", pem]);
    expect(now.code).toBe(1);
    expect(JSON.parse(now.out)[0].errors.map((e: { code: string }) => e.code)).toContain("certificate-expired");
    const at = await cli([
      "validate",
      "--profile",
      "wire",
      jwt,
      "--cert",
      pem,
      "--at",
      "2022-06-01T00:00:00Z",
      "--bind-sender",
    ]);
    expect(at.code).toBe(0);
    expect(at.out).toMatch(/signature verified, bound to sender 991825827/);
  });
});
