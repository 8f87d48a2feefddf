import "reflect-metadata";
import { webcrypto, createPrivateKey, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import * as x509 from "@peculiar/x509";

type WebKey = webcrypto.CryptoKey;
type WebKeyPair = webcrypto.CryptoKeyPair;

// The lib has no DOM `Crypto` type here; node:crypto's webcrypto is that object.
x509.cryptoProvider.set(webcrypto as never);

const RSA = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;
const DAY = 86_400_000;

/** A private key and its certificate, both PEM. */
export interface KeyPair {
  readonly privateKey: string;
  readonly certificate: string;
}

/** The simulator's test PKI: its CA, the postbox's and print service's certificates, the token signer. */
export interface Pki {
  readonly ca: KeyPair;
  readonly postbox: KeyPair;
  readonly print: KeyPair;
  readonly token: KeyPair;
  /** Where each certificate (and key) is written as PEM. */
  readonly files: {
    readonly ca: string;
    readonly postbox: string;
    readonly print: string;
    readonly token: string;
    readonly dir: string;
  };
}

/** The organisation numbers of the simulated providers (valid mod-11 numbers; the examples' receivers). */
export const PROVIDERS = { postbox: "984661185", print: "974761076" } as const;

async function generate(): Promise<WebKeyPair> {
  return (await webcrypto.subtle.generateKey(RSA, true, ["sign", "verify"])) as WebKeyPair;
}

async function pkcs8Pem(key: WebKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", key));
  return `${x509.PemConverter.encode(der, "PRIVATE KEY")}\n`;
}

const serial = () => `01${randomBytes(15).toString("hex")}`;

/** Creates a self-signed test CA. */
async function createCa(): Promise<KeyPair> {
  const keys = await generate();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: "C=NO, O=innbyggerpost simulator, CN=innbyggerpost simulator test CA",
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 3650 * DAY),
    keys: keys as never,
    signingAlgorithm: RSA,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return { privateKey: await pkcs8Pem(keys.privateKey), certificate: `${cert.toString("pem")}\n` };
}

/**
 * @internal Unchecked (the public face, which checks its arguments and returns a result, is in public.ts).
 * Issues a test enterprise certificate (virksomhetssertifikat) from `ca` for an organisation number. The number
 * goes where SEID 2 certificates carry it, `organizationIdentifier` (2.5.4.97) = `NTRNO-<orgnr>`, which the
 * runtime's `organisationNumberOfCertificate` reads. The key is RSA 2048 (signing, and OAEP decryption for a postbox).
 */
export async function issueCertificate(
  ca: KeyPair,
  organisationNumber: string,
  name = `Test ${organisationNumber}`,
): Promise<KeyPair> {
  const keys = await generate();
  const caCert = new x509.X509Certificate(ca.certificate);
  const caKey = await webcrypto.subtle.importKey(
    "pkcs8",
    createPrivateKey(ca.privateKey).export({ type: "pkcs8", format: "der" }),
    RSA,
    false,
    ["sign"],
  );
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `C=NO, O=${name}, CN=${name}, 2.5.4.97=NTRNO-${organisationNumber}`,
    issuer: caCert.subject,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 730 * DAY),
    signingKey: caKey as never,
    publicKey: keys.publicKey as never,
    signingAlgorithm: RSA,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.keyEncipherment,
        true,
      ),
    ],
  });
  return { privateKey: await pkcs8Pem(keys.privateKey), certificate: `${cert.toString("pem")}\n` };
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  // Data on disk before the rename makes it visible: a crash leaves the old file or the new one, never a torn one.
  const file = await open(temp, "w");
  try {
    await file.writeFile(data);
    await file.datasync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
}

async function readPair(dir: string): Promise<KeyPair | null> {
  try {
    return {
      privateKey: await readFile(join(dir, "key.pem"), "utf8"),
      certificate: await readFile(join(dir, "cert.pem"), "utf8"),
    };
  } catch {
    return null;
  }
}

/**
 * @internal Unchecked (the public face is in public.ts).
 * Loads the PKI from `dir` (its `pki/` folder), creating whatever is missing; the same CA across restarts.
 * Each key pair is its own folder, made aside and renamed into place: when two processes create one at the
 * same time (the simulator starting and `issue-certificate`), one wins and both use the winner's.
 */
export async function loadPki(dir: string): Promise<Pki> {
  const pkiDir = join(dir, "pki");
  await makeFolders(pkiDir);
  const get = async (name: string, make: () => Promise<KeyPair>): Promise<KeyPair> => {
    const found = await readPair(join(pkiDir, name));
    if (found) return found;
    const made = await make();
    const temp = await mkdtemp(join(pkiDir, `.${name}-`));
    await writeFile(join(temp, "key.pem"), made.privateKey, { mode: 0o600 });
    await writeFile(join(temp, "cert.pem"), made.certificate);
    try {
      await rename(temp, join(pkiDir, name));
      return made;
    } catch {
      await rm(temp, { recursive: true, force: true });
      const winner = await readPair(join(pkiDir, name));
      if (!winner) throw new Error(`cannot create or read ${join(pkiDir, name)}`);
      return winner;
    }
  };
  const ca = await get("ca", createCa);
  const [postbox, print, token] = await Promise.all([
    get("postbox", () => issueCertificate(ca, PROVIDERS.postbox, "Simulated postbox")),
    get("print", () => issueCertificate(ca, PROVIDERS.print, "Simulated print service")),
    get("token", () => issueCertificate(ca, PROVIDERS.postbox, "Simulated Maskinporten")),
  ]);
  const file = (name: string) => join(pkiDir, name, "cert.pem");
  return {
    ca,
    postbox,
    print,
    token,
    files: { ca: file("ca"), postbox: file("postbox"), print: file("print"), token: file("token"), dir: pkiDir },
  };
}

/**
 * `mkdir -p`, one level at a time: Node 20's recursive mkdir never settles for a path under /proc (ENOENT
 * retried forever), so a `--state-dir /proc/x` hung the simulator. The first existing ancestor is found by stat.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; ) {
    try {
      if (!(await stat(d)).isDirectory()) throw new Error(`${d} is not a folder`);
      break;
    } catch (e) {
      if ((e as { code?: unknown }).code !== "ENOENT" || dirname(d) === d) throw e;
      missing.push(d);
      d = dirname(d);
    }
  }
  for (const d of missing.reverse())
    await mkdir(d).catch((e: unknown) => {
      if ((e as { code?: unknown }).code !== "EEXIST") throw e;
    });
}
