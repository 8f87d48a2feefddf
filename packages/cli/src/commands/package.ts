import { X509Certificate } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  createPackage,
  MIME_TYPES,
  openPackage,
  verifyPackage,
  type DocumentInput,
} from "@innbyggerpost/dokumentpakke";
import { decodeText } from "../input-files.js";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import type { ReportedError } from "../problems.js";

/** The `package` line of the top-level help. */
export const summary = "build, verify and open DPI document packages (ASiC-E zip, encrypted as CMS)";

/** `innbyggerpost package --help`. */
export const usage = `usage: innbyggerpost package build|verify|open [options]

Builds, verifies and opens DPI document packages (ASiC-E zip, encrypted as CMS).
  package build --letter L.json --document FILE [--title T] [--attachment FILE]... --key K.pem --cert C.pem
                [--chain CHAIN.pem] --recipient R.pem --out P.cms [--zip P.zip] [--json]
      signs and encrypts the package for the letter; prints the fingerprint (dokumentpakkefingeravtrykk),
      with --json {fingerprint, entries, zipBytes, cmsBytes}; the MIME type comes from each file's extension
  package verify P.zip [--letter L.json] [--trust CA.pem] [--json]
      verifies a plain package: zip layout, signature over every file, manifest (and its parties)
  package open P.cms --key K.pem [--letter L.json] [--trust CA.pem] [--out P.zip] [--json]
      decrypts with the receiver's key, then verifies as verify does (and the letter's fingerprint)
Exit 0 when valid, 1 when invalid, 2 on a usage error or an unreadable file.`;

class Unreadable extends Error {}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Unreadable(
      `${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`,
    );
  }
}

function readText(file: string): string {
  const decoded = decodeText(read(file));
  if (decoded.ok) return decoded.text;
  throw new Unreadable(`${file}: ${decoded.reason}`);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    throw new Unreadable(`${file}: not JSON`);
  }
}

function mimeOf(file: string): string {
  const ext = extname(file).slice(1).toLowerCase();
  const found = MIME_TYPES.find((m) => !m.extension && m.fileType === ext);
  if (!found) throw new UsageError(`${file}: no allowed MIME type for the extension .${ext}`);
  return found.mimeType;
}

function documentOf(file: string, title?: string): DocumentInput {
  return { bytes: read(file), fileName: basename(file), mimeType: mimeOf(file), title: title ?? basename(file) };
}

type Errors = readonly ReportedError[];

function printErrors(io: CommandIo, errors: Errors, json: boolean): number {
  if (json) io.json({ valid: false, errors });
  else for (const e of errors) io.warn(`${e.code} ${e.pointer || "/"}: ${e.message}`);
  return EXIT.invalid;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

type Options = NonNullable<ParseArgsConfig["options"]>;

function parse(args: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    const r = parseArgs({ args, allowPositionals: true, options: { ...options, json: { type: "boolean" } } });
    return { values: r.values as Values, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function need(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== "string") throw new UsageError(`--${name} is required`);
  return v;
}

async function build(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    letter: { type: "string" },
    document: { type: "string" },
    title: { type: "string" },
    attachment: { type: "string", multiple: true },
    key: { type: "string" },
    cert: { type: "string" },
    chain: { type: "string" },
    recipient: { type: "string" },
    out: { type: "string" },
    zip: { type: "string" },
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const [letterFile, documentFile, keyFile, certFile, recipientFile, out] = [
    "letter",
    "document",
    "key",
    "cert",
    "recipient",
    "out",
  ].map((n) => need(values, n)) as [string, string, string, string, string, string];
  const title = values.title as string | undefined;
  const result = await createPackage({
    letter: readJson(letterFile),
    document: documentOf(documentFile, title),
    attachments: ((values.attachment as string[] | undefined) ?? []).map((f) => documentOf(f)),
    signer: {
      privateKey: readText(keyFile),
      certificate: readText(certFile),
      ...(typeof values.chain === "string" ? { chain: [readText(values.chain)] } : {}),
    },
    recipientCertificate: readText(recipientFile),
  });
  if (!result.ok) return printErrors(io, result.errors, values.json === true);
  writeFileSync(out, result.cms);
  if (typeof values.zip === "string") writeFileSync(values.zip, result.zip);
  if (values.json)
    io.json({
      fingerprint: result.fingerprint,
      entries: result.entries,
      zipBytes: result.zip.length,
      cmsBytes: result.cms.length,
    });
  else io.line(result.fingerprint);
  return EXIT.ok;
}

type Verified = {
  documents: readonly { fileName: string; mimeType: string; title?: string }[];
  signer: { certificate: string; trusted: boolean | null };
};

function report(io: CommandIo, v: Verified, json: boolean): number {
  const subject = new X509Certificate(v.signer.certificate).subject.replace(/\n/g, ", ");
  const documents = v.documents.map((d) => ({ fileName: d.fileName, mimeType: d.mimeType, title: d.title ?? null }));
  if (json) io.json({ valid: true, documents, signer: { subject, trusted: v.signer.trusted } });
  else
    io.line(
      `valid: ${documents.length} document(s) (${documents.map((d) => d.fileName).join(", ")}), signed by ${subject}`,
    );
  return EXIT.ok;
}

async function verify(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse(args, { letter: { type: "string" }, trust: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("one package file (P.zip)");
  const result = await verifyPackage({
    zip: read(positionals[0]!),
    ...(typeof values.letter === "string" ? { letter: readJson(values.letter) } : {}),
    ...(typeof values.trust === "string" ? { trust: { certificates: readText(values.trust) } } : {}),
  });
  return result.ok ? report(io, result, values.json === true) : printErrors(io, result.errors, values.json === true);
}

async function open(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    key: { type: "string" },
    letter: { type: "string" },
    trust: { type: "string" },
    out: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError("one encrypted package file (P.cms)");
  const result = await openPackage({
    cms: read(positionals[0]!),
    privateKey: readText(need(values, "key")),
    ...(typeof values.letter === "string" ? { letter: readJson(values.letter) } : {}),
    ...(typeof values.trust === "string" ? { trust: { certificates: readText(values.trust) } } : {}),
  });
  if (!result.ok) return printErrors(io, result.errors, values.json === true);
  if (typeof values.out === "string") writeFileSync(values.out, result.zip);
  return report(io, result, values.json === true);
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "build") return await build(rest, io);
    if (sub === "verify") return await verify(rest, io);
    if (sub === "open") return await open(rest, io);
  } catch (e) {
    if (e instanceof Unreadable) {
      io.warn(`innbyggerpost package: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
  throw new UsageError(sub === undefined ? "build, verify or open" : `unknown sub-command ${JSON.stringify(sub)}`);
}
