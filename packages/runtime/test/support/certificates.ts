// @peculiar/x509 (through tsyringe) needs a Reflect metadata polyfill loaded first.
import "reflect-metadata";
import { KeyObject, webcrypto, X509Certificate } from "node:crypto";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/**
 * A throw-away signer made at test time: an RSA key and a self-signed certificate. No private key is ever committed.
 */
export interface TestSigner {
  readonly privateKey: KeyObject;
  readonly privateKeyPem: string;
  readonly certificatePem: string;
  readonly certificate: X509Certificate;
}

export interface SignerOptions {
  /** Subject serialNumber (SEID 1). */
  readonly serialNumber?: string;
  /** Subject organizationIdentifier (SEID 2), e.g. NTRNO-991825827. */
  readonly organizationIdentifier?: string;
  readonly hash?: "SHA-256" | "SHA-512";
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly commonName?: string;
}

/** Makes a key pair and a self-signed certificate (2048-bit RSA: the smallest jose accepts, and fast). */
export async function makeSigner(options: SignerOptions = {}): Promise<TestSigner> {
  const alg = {
    name: "RSASSA-PKCS1-v1_5",
    hash: options.hash ?? "SHA-256",
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const name = [`CN=${options.commonName ?? "innbyggerpost test"}`, "O=Test AS", "C=NO"];
  if (options.serialNumber) name.push(`2.5.4.5=${options.serialNumber}`);
  if (options.organizationIdentifier) name.push(`2.5.4.97=${options.organizationIdentifier}`);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: "01",
    name: name.join(", "),
    notBefore: options.notBefore ?? new Date("2020-01-01T00:00:00Z"),
    notAfter: options.notAfter ?? new Date("2999-01-01T00:00:00Z"),
    signingAlgorithm: alg,
    keys,
  });
  const privateKey = KeyObject.from(keys.privateKey as unknown as webcrypto.CryptoKey);
  const certificatePem = cert.toString("pem");
  return {
    privateKey,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    certificatePem,
    certificate: new X509Certificate(certificatePem),
  };
}
