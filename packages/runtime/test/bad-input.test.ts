import { beforeAll, describe, expect, it } from "vitest";
import { processes } from "@innbyggerpost/contracts";
import * as runtime from "@innbyggerpost/runtime";
import { deepFreeze } from "./support/arbitraries.js";
import { makeSigner, type TestSigner } from "./support/certificates.js";

const org = (n: string) => ({ authority: "iso6523-actorid-upis" as const, value: `0192:${n}` });
const letterPayload = () => ({
  avsender: { virksomhetsidentifikator: org("991825827") },
  mottaker: { postkasseadresse: "0000487204" },
  dokumentpakkefingeravtrykk: {
    digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
    digestValue: "BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=",
  },
  maskinportentoken: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ consumer: { authority: "iso6523-actorid-upis", ID: "0192:991825827" } })).toString("base64url")}.c2ln`,
  sikkerhetsnivaa: 3 as const,
  ikkesensitivtittel: "Test",
  spraak: "no",
});
const letter = () => {
  const r = runtime.buildMessage({
    type: "digital",
    payload: letterPayload(),
    sender: "991825827",
    receiver: "922020175",
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.message;
};

let signer: TestSigner;
let jws = "";
beforeAll(async () => {
  signer = await makeSigner({ serialNumber: "991825827" });
  const s = await runtime.signMessage({
    message: letter(),
    privateKey: signer.privateKey,
    certificate: signer.certificate,
  });
  if (!s.ok) throw new Error("sign");
  jws = s.jws;
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

type Case = [name: string, input: () => unknown, call: (input: any) => unknown, code: string, pointer: string];

/** Every public function, fed bad input: a typed error naming the field, the input unchanged, nothing thrown. */
const cases: Case[] = [
  ["parseOrganisationNumber: number", () => 991825827, runtime.parseOrganisationNumber, "not-a-string", ""],
  ["parseOrganisationNumber: eight digits", () => "99182582", runtime.parseOrganisationNumber, "not-nine-digits", ""],
  [
    "parseOrganisationNumber: bad check digit",
    () => "991825828",
    runtime.parseOrganisationNumber,
    "bad-check-digit",
    "",
  ],
  [
    "parseOrganisationIdentifier: other ICD",
    () => "9908:991825827",
    runtime.parseOrganisationIdentifier,
    "unsupported-icd",
    "",
  ],
  [
    "parseOrganisationIdentifier: bare, not allowed",
    () => "991825827",
    runtime.parseOrganisationIdentifier,
    "bad-format",
    "",
  ],
  [
    "parseOrganisationIdentifier: junk around",
    () => "0192:991825827 x",
    runtime.parseOrganisationIdentifier,
    "not-nine-digits",
    "",
  ],
  [
    "parseOrganisationIdentification: bad authority",
    () => ({ authority: "iso6523", value: "0192:991825827" }),
    runtime.parseOrganisationIdentification,
    "bad-authority",
    "/authority",
  ],
  [
    "parseOrganisationIdentification: bad ID claim",
    () => ({ Authority: "iso6523-actorid-upis", ID: "0192:123" }),
    runtime.parseOrganisationIdentification,
    "not-nine-digits",
    "/ID",
  ],
  ["parsePersonNumber: null", () => null, (v) => runtime.parsePersonNumber(v), "not-a-string", ""],
  ["parsePersonNumber: ten digits", () => "0712670016", (v) => runtime.parsePersonNumber(v), "not-eleven-digits", ""],
  ["parsePersonNumber: check digits", () => "07126700168", (v) => runtime.parsePersonNumber(v), "bad-check-digits", ""],
  [
    "parsePersonNumber: H-nummer not allowed",
    () => "07526700060",
    (v) => runtime.parsePersonNumber(v),
    "kind-not-allowed",
    "",
  ],
  ["computeFingerprint: a string", () => "bytes", runtime.computeFingerprint, "not-bytes", ""],
  [
    "checkFingerprint: a receipt",
    () => ({ message: answer(), encryptedPackage: new Uint8Array(3) }),
    runtime.checkFingerprint,
    "not-a-letter",
    "/message/standardBusinessDocument/leveringskvittering",
  ],
  [
    "checkFingerprint: no bytes",
    () => ({ message: letter(), encryptedPackage: [1, 2] }),
    runtime.checkFingerprint,
    "not-bytes",
    "/encryptedPackage",
  ],
  ["parseMessage: not JSON", () => "{", (v) => runtime.parseMessage(v), "not-json", ""],
  ["parseMessage: an array", () => [], (v) => runtime.parseMessage(v), "not-an-object", ""],
  [
    "parseMessage: a function inside",
    () => ({ standardBusinessDocument: { f: () => 1 } }),
    (v) => runtime.parseMessage(v),
    "not-json",
    "/standardBusinessDocument/f",
  ],
  [
    "parseMessage: missing spraak",
    () => {
      const m = letter() as any;
      delete m.standardBusinessDocument.digital.spraak;
      return m;
    },
    (v) => runtime.parseMessage(v),
    "invalid-message",
    "/standardBusinessDocument/digital/spraak",
  ],
  [
    "parseMessage: unknown type",
    () => ({
      standardBusinessDocument: { standardBusinessDocumentHeader: { documentIdentification: { type: "brev" } } },
    }),
    (v) => runtime.parseMessage(v),
    "unknown-type",
    "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",
  ],
  [
    "buildMessage: unknown type",
    () => ({ type: "brev", payload: {}, sender: "991825827", receiver: "922020175" }),
    runtime.buildMessage,
    "unknown-type",
    "/type",
  ],
  [
    "buildMessage: bad sender",
    () => ({ type: "digital", payload: letterPayload(), sender: "991825828", receiver: "922020175" }),
    runtime.buildMessage,
    "bad-organisation-number",
    "/sender",
  ],
  [
    "buildMessage: bad message id",
    () => ({
      type: "digital",
      payload: letterPayload(),
      sender: "991825827",
      receiver: "922020175",
      messageId: "urn:uuid:5b2e1c9a-7d4f-4a8e-9c1b-2f3e4d5a6b7c",
    }),
    runtime.buildMessage,
    "bad-uuid",
    "/messageId",
  ],
  [
    "buildMessage: date without offset",
    () => ({
      type: "digital",
      payload: letterPayload(),
      sender: "991825827",
      receiver: "922020175",
      createdAt: "2026-07-01T10:00:00",
    }),
    runtime.buildMessage,
    "bad-date-time",
    "/createdAt",
  ],
  [
    "buildMessage: invalid Date",
    () => ({
      type: "digital",
      payload: letterPayload(),
      sender: "991825827",
      receiver: "922020175",
      expectedResponseAt: new Date(Number.NaN),
    }),
    runtime.buildMessage,
    "bad-date-time",
    "/expectedResponseAt",
  ],
  [
    "buildMessage: bad time zone",
    () => ({ type: "digital", payload: letterPayload(), sender: "991825827", receiver: "922020175", timeZone: "Oslo" }),
    runtime.buildMessage,
    "bad-time-zone",
    "/timeZone",
  ],
  [
    "buildMessage: NextMove process",
    () => ({
      type: "digital",
      payload: letterPayload(),
      sender: "991825827",
      receiver: "922020175",
      process: "urn:no:difi:profile:digitalpost:vedtak:ver1.0",
    }),
    runtime.buildMessage,
    "bad-process",
    "/process",
  ],
  [
    "buildMessage: NaN in payload",
    () => ({
      type: "digital",
      payload: { ...letterPayload(), sikkerhetsnivaa: Number.NaN },
      sender: "991825827",
      receiver: "922020175",
    }),
    runtime.buildMessage,
    "not-json",
    "/payload/sikkerhetsnivaa",
  ],
  [
    "buildMessage: extra payload field",
    () => ({
      type: "digital",
      payload: { ...letterPayload(), tittel: "x" },
      sender: "991825827",
      receiver: "922020175",
    }),
    runtime.buildMessage,
    "invalid-payload",
    "/payload/tittel",
  ],
  ["buildMessage: not an object", () => "digital", runtime.buildMessage, "bad-input", ""],
  [
    "buildAnswer: bad type",
    () => ({ original: letter(), type: "digital" }),
    runtime.buildAnswer,
    "bad-answer-type",
    "/type",
  ],
  [
    "buildAnswer: invalid original",
    () => ({ original: { standardBusinessDocument: {} }, type: "leveringskvittering" }),
    runtime.buildAnswer,
    "invalid-original",
    "/original/standardBusinessDocument/standardBusinessDocumentHeader",
  ],
  [
    "buildAnswer: missing feiltype",
    () => ({ original: letter(), type: "feil" }),
    runtime.buildAnswer,
    "invalid-payload",
    "/feiltype",
  ],
  [
    "buildAnswer: bad provider",
    () => ({ original: letter(), type: "leveringskvittering", provider: "0192:1" }),
    runtime.buildAnswer,
    "bad-organisation-number",
    "/provider",
  ],
  [
    "buildAnswer: bad tidspunkt",
    () => ({ original: letter(), type: "leveringskvittering", tidspunkt: "i morgen" }),
    runtime.buildAnswer,
    "bad-date-time",
    "/tidspunkt",
  ],
  ["decodeJws: two parts", () => "a.b", runtime.decodeJws, "malformed-jws", "/jws"],
  [
    "decodeJws: header not JSON",
    () => `${Buffer.from("nope").toString("base64url")}.e30.`,
    runtime.decodeJws,
    "malformed-header",
    "/jws/header",
  ],
  ["decodeTokenClaims: not a JWT", () => "abc", runtime.decodeTokenClaims, "malformed-token", ""],
  ["decodeTokenClaims: a number", () => 1, runtime.decodeTokenClaims, "not-a-string", ""],
  [
    "readCertificate: junk",
    () => "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
    runtime.readCertificate,
    "bad-certificate",
    "",
  ],
  [
    "checkAuthorisation: consumer is someone else",
    () => ({ message: letter(), claims: { consumer: { authority: "iso6523-actorid-upis", ID: "0192:922020175" } } }),
    runtime.checkAuthorisation,
    "consumer-not-avsender",
    "/message/standardBusinessDocument/digital/avsender/virksomhetsidentifikator/value",
  ],
  [
    "checkAuthorisation: supplier is not the sender",
    () => ({
      message: letter(),
      claims: {
        consumer: { Authority: "iso6523-actorid-upis", ID: "0192:991825827" },
        supplier: { Authority: "iso6523-actorid-upis", ID: "0192:810969342" },
      },
    }),
    runtime.checkAuthorisation,
    "supplier-not-sender",
    "/message/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value",
  ],
  [
    "checkAuthorisation: signer is not the consumer",
    () => ({ message: letter(), signer: "922020175" }),
    runtime.checkAuthorisation,
    "consumer-not-signer",
    "/signer",
  ],
  [
    "checkAuthorisation: bad claim",
    () => ({ message: letter(), claims: { consumer: { authority: "x", ID: "0192:991825827" } } }),
    runtime.checkAuthorisation,
    "bad-claim",
    "/claims/consumer/authority",
  ],
  [
    "checkAuthorisation: no consumer",
    () => ({ message: letter(), claims: {} }),
    runtime.checkAuthorisation,
    "bad-claims",
    "/claims/consumer",
  ],
  [
    "checkAuthorisation: bad signer",
    () => ({ message: letter(), signer: "1" }),
    runtime.checkAuthorisation,
    "bad-signer",
    "/signer",
  ],
];

function answer() {
  const r = runtime.buildAnswer({ original: letter(), type: "leveringskvittering" });
  if (!r.ok) throw new Error("answer");
  return r.message;
}

/** The async functions, with inputs that need the signer. */
const asyncCases: [
  name: string,
  input: () => unknown,
  call: (input: any) => Promise<unknown>,
  code: string,
  pointer: string,
][] = [
  [
    "signMessage: invalid message",
    () => ({
      message: { standardBusinessDocument: 1 },
      privateKey: signer.privateKeyPem,
      certificate: signer.certificatePem,
    }),
    runtime.signMessage,
    "invalid-message",
    "/message/standardBusinessDocument",
  ],
  [
    "signMessage: RS384",
    () => ({
      message: letter(),
      privateKey: signer.privateKeyPem,
      certificate: signer.certificatePem,
      algorithm: "RS384",
    }),
    runtime.signMessage,
    "unsupported-algorithm",
    "/algorithm",
  ],
  [
    "signMessage: not a key",
    () => ({
      message: letter(),
      privateKey: "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----",
      certificate: signer.certificatePem,
    }),
    runtime.signMessage,
    "bad-key",
    "/privateKey",
  ],
  [
    "signMessage: public key",
    () => ({ message: letter(), privateKey: signer.certificate.publicKey, certificate: signer.certificatePem }),
    runtime.signMessage,
    "bad-key",
    "/privateKey",
  ],
  [
    "signMessage: bad certificate",
    () => ({ message: letter(), privateKey: signer.privateKeyPem, certificate: 42 }),
    runtime.signMessage,
    "bad-certificate",
    "/certificate",
  ],
  [
    "signMessage: sender is not the signer",
    () => ({ message: answer(), privateKey: signer.privateKeyPem, certificate: signer.certificatePem }),
    runtime.signMessage,
    "sender-mismatch",
    "/message/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value",
  ],
  ["verifyMessage: no trust", () => ({ jws }), runtime.verifyMessage, "bad-option", "/trust"],
  [
    "verifyMessage: HS256 allowed by caller",
    () => ({ jws, trust: () => true, algorithms: ["HS256"] }),
    runtime.verifyMessage,
    "bad-option",
    "/algorithms",
  ],
  [
    "verifyMessage: alg none",
    () => ({ jws: `${b64({ alg: "none" })}.${jws.split(".")[1]}.`, trust: () => true }),
    runtime.verifyMessage,
    "alg-none",
    "/jws/header/alg",
  ],
  [
    "verifyMessage: HS256",
    () => ({ jws: `${b64({ alg: "HS256" })}.${jws.split(".")[1]}.${jws.split(".")[2]}`, trust: () => true }),
    runtime.verifyMessage,
    "alg-hmac",
    "/jws/header/alg",
  ],
  [
    "verifyMessage: ES256",
    () => ({ jws: `${b64({ alg: "ES256" })}.${jws.split(".")[1]}.${jws.split(".")[2]}`, trust: () => true }),
    runtime.verifyMessage,
    "alg-not-allowed",
    "/jws/header/alg",
  ],
  [
    "verifyMessage: no x5c",
    () => ({ jws: `${b64({ alg: "RS256" })}.${jws.split(".")[1]}.${jws.split(".")[2]}`, trust: () => true }),
    runtime.verifyMessage,
    "missing-x5c",
    "/jws/header/x5c",
  ],
  [
    "verifyMessage: x5c not a certificate",
    () => ({
      jws: `${b64({ x5c: ["AAAA"], alg: "RS256" })}.${jws.split(".")[1]}.${jws.split(".")[2]}`,
      trust: () => true,
    }),
    runtime.verifyMessage,
    "malformed-x5c",
    "/jws/header/x5c/0",
  ],
  [
    "verifyMessage: crit",
    () => ({
      jws: `${b64({ x5c: [signer.certificate.raw.toString("base64")], alg: "RS256", crit: ["exp"] })}.${jws.split(".")[1]}.${jws.split(".")[2]}`,
      trust: () => true,
    }),
    runtime.verifyMessage,
    "unsupported-header",
    "/jws/header/crit",
  ],
  [
    "verifyMessage: tampered header",
    () => ({
      jws: `${b64({ alg: "RS256", x5c: [signer.certificate.raw.toString("base64")] })}.${jws.split(".")[1]}.${jws.split(".")[2]}`,
      trust: () => true,
    }),
    runtime.verifyMessage,
    "bad-signature",
    "/jws/signature",
  ],
  [
    "verifyMessage: tampered payload",
    () => ({ jws: `${jws.split(".")[0]}.${b64(answer())}.${jws.split(".")[2]}`, trust: () => true }),
    runtime.verifyMessage,
    "bad-signature",
    "/jws/signature",
  ],
  [
    "verifyMessage: untrusted",
    () => ({
      jws,
      trust: async () => {
        throw new Error("CRL down");
      },
    }),
    runtime.verifyMessage,
    "untrusted-certificate",
    "/jws/header/x5c/0",
  ],
  [
    "verifyMessage: not yet valid",
    () => ({ jws, trust: () => true, at: new Date("2019-01-01T00:00:00Z") }),
    runtime.verifyMessage,
    "certificate-not-yet-valid",
    "/jws/header/x5c/0",
  ],
  ["verifyMessage: a number", () => 5, runtime.verifyMessage, "bad-input", ""],
];

describe("bad input to every public function", () => {
  for (const [name, make, call, code, pointer] of cases) {
    it(name, () => {
      const input = deepFreeze(make());
      let before: unknown = input;
      try {
        before = structuredClone(input);
      } catch {
        // Holds a function: frozen is all we can check.
      }
      const r = call(input) as { ok: boolean; errors?: { code: string; pointer: string; message: string }[] };
      expect(r.ok).toBe(false);
      expect(r.errors?.[0]).toMatchObject({ code, pointer, message: expect.any(String) });
      expect(input).toEqual(before);
    });
  }
  for (const [name, make, call, code, pointer] of asyncCases) {
    it(name, async () => {
      const input = deepFreeze(make());
      const r = (await call(input)) as { ok: boolean; errors?: { code: string; pointer: string }[] };
      expect(r.ok).toBe(false);
      expect(r.errors?.[0]).toMatchObject({ code, pointer });
    });
  }

  it("verifyMessage binds the sender when asked", async () => {
    const other = await makeSigner({ serialNumber: "922020175" });
    const s = await runtime.signMessage({
      message: letter(),
      privateKey: other.privateKey,
      certificate: other.certificate,
      bindSender: false,
    });
    if (!s.ok) throw new Error("sign");
    const r = await runtime.verifyMessage({
      jws: s.jws,
      trust: { certificates: [other.certificatePem] },
      bindSender: true,
    });
    expect(r.ok === false && r.errors).toEqual([
      expect.objectContaining({
        code: "sender-mismatch",
        pointer: "/jws/payload/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value",
      }),
    ]);
    const unbound = await runtime.verifyMessage({ jws: s.jws, trust: { certificates: [other.certificatePem] } });
    expect(unbound.ok).toBe(true);
  });

  it("signMessage refuses a certificate that is not the key's, and one without an organisation number", async () => {
    const other = await makeSigner({});
    const mismatch = await runtime.signMessage({
      message: letter(),
      privateKey: signer.privateKey,
      certificate: other.certificatePem,
    });
    expect(mismatch.ok === false && mismatch.errors[0]).toMatchObject({
      code: "key-certificate-mismatch",
      pointer: "/certificate",
    });
    const anonymous = await runtime.signMessage({
      message: letter(),
      privateKey: other.privateKey,
      certificate: other.certificate,
    });
    expect(anonymous.ok === false && anonymous.errors[0]).toMatchObject({
      code: "certificate-without-organisation",
      pointer: "/certificate",
    });
  });

  it("a receipt process mismatch stays a warning, not an error", () => {
    const r = runtime.buildMessage({
      type: "returpostkvittering",
      payload: {
        avsender: { virksomhetsidentifikator: org("974761076") },
        mottaker: { virksomhetsidentifikator: org("991825827") },
        tidspunkt: "2026-07-01T12:00:00+02:00",
      },
      sender: "974761076",
      receiver: "991825827",
      process: processes.digital,
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(["receipt-process"]);
  });
});
