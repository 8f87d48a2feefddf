// @peculiar/x509 (through tsyringe) needs a Reflect metadata polyfill loaded first.
import "reflect-metadata";
import { KeyObject, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const alg = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** A key and its certificate, made at test time (no private key is ever committed). */
export interface TestParty {
  readonly keyPem: string;
  readonly certPem: string;
}

/** The test PKI: a root CA, a sender certificate it issued, a postbox (recipient) certificate, a stranger. */
export interface TestPki {
  readonly root: TestParty;
  readonly sender: TestParty;
  readonly recipient: TestParty;
  readonly stranger: TestParty;
}

async function keys(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(alg, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
}

function pem(k: webcrypto.CryptoKey): string {
  return KeyObject.from(k).export({ type: "pkcs8", format: "pem" }).toString();
}

const validity = { notBefore: new Date("2020-01-01T00:00:00Z"), notAfter: new Date("2999-01-01T00:00:00Z") };

async function selfSigned(
  name: string,
  serialNumber: string,
  ca: boolean,
): Promise<{ party: TestParty; cert: x509.X509Certificate; keys: webcrypto.CryptoKeyPair }> {
  const k = await keys();
  const extensions = ca ? [new x509.BasicConstraintsExtension(true, undefined, true)] : [];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name,
    ...validity,
    signingAlgorithm: alg,
    keys: k,
    extensions,
  });
  return { party: { keyPem: pem(k.privateKey), certPem: cert.toString("pem") }, cert, keys: k };
}

let made: Promise<TestPki> | undefined;

/** The PKI, made once per test file. */
export function testPki(): Promise<TestPki> {
  made ??= (async () => {
    const root = await selfSigned("CN=Test Root CA, O=Testrot AS, C=NO", "0a", true);
    const senderKeys = await keys();
    const sender = await x509.X509CertificateGenerator.create({
      serialNumber: "02836039216632045589163741",
      issuer: root.cert.subject,
      subject: "CN=Avsender test, O=Ærlig Øst AS, C=NO, 2.5.4.5=991825827",
      ...validity,
      signingAlgorithm: alg,
      publicKey: senderKeys.publicKey,
      signingKey: root.keys.privateKey,
    });
    const recipient = await selfSigned("CN=Postkasse test, O=Postkasse AS, C=NO", "563a3206", false);
    const stranger = await selfSigned("CN=Stranger, C=NO", "07", false);
    return {
      root: root.party,
      sender: { keyPem: pem(senderKeys.privateKey), certPem: sender.toString("pem") },
      recipient: recipient.party,
      stranger: stranger.party,
    };
  })();
  return made;
}
