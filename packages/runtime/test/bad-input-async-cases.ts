import * as runtime from "@innbyggerpost/runtime";
import { answer, b64, jws, letter, signer } from "./bad-input-fixtures.js";

/** The async functions, with inputs that need the signer. */
export const asyncCases: [
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
