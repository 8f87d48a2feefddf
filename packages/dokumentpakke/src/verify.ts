import type { X509Certificate } from "node:crypto";
import { certificateValidAt, computeFingerprint, readCertificates, type Problem } from "@innbyggerpost/runtime";
import { toPem } from "./certificates.js";
import { decryptCms } from "./cms.js";
import { readPrivateKey } from "./keys.js";
import { readLetter, type LetterParties } from "./letter.js";
import { readManifest, type Manifest } from "./manifest.js";
import { isDataMimeType, isDocumentMimeType } from "./mime-types.js";
import { ASICE_MIMETYPE, DEFAULT_MAX_BYTES, MANIFEST_ENTRY, MIMETYPE_ENTRY, SIGNATURES_ENTRY } from "./profile.js";
import { verifySignatures } from "./signature-read.js";
import { asBytes, fail, isRecord, kindOf, reason, token } from "./support.js";
import type {
  DokumentpakkeErrorCode,
  OpenPackageInput,
  OpenPackageResult,
  OpenedDocument,
  VerifyPackageInput,
  VerifyPackageResult,
} from "./types.js";
import { parseXml } from "./xml-dom.js";
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from "./zip-read.js";

type Problems = Problem<DokumentpakkeErrorCode>[];
type Limits = Required<ZipLimits> & { maxBytes: number };

function readLimits(value: unknown): Limits | Problems {
  const limits: { -readonly [K in keyof Limits]: number } = { ...DEFAULT_ZIP_LIMITS, maxBytes: DEFAULT_MAX_BYTES };
  if (value === undefined) return limits;
  if (!isRecord(value)) return [{ pointer: "/limits", code: "bad-option", message: "limits is an object" }];
  const problems: Problems = [];
  for (const k of ["maxEntries", "maxInflatedBytes", "maxRatio", "maxBytes"] as const) {
    const v = value[k];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0)
      problems.push({ pointer: `/limits/${k}`, code: "bad-option", message: `${k} is a positive integer` });
    else limits[k] = v;
  }
  return problems.length ? problems : limits;
}

/** @internal The trust decision's shape checked up front, as the runtime's verifyMessage does. */
function readTrust(
  trust: unknown,
): { decide: (leaf: X509Certificate, chain: readonly X509Certificate[]) => Promise<boolean> } | null | Problems {
  if (trust === undefined) return null;
  if (typeof trust === "function") {
    const f = trust as (c: X509Certificate, chain?: readonly X509Certificate[]) => boolean | Promise<boolean>;
    return { decide: async (leaf, chain) => (await f(leaf, chain)) === true };
  }
  if (isRecord(trust) && "certificates" in trust) {
    const list = Array.isArray(trust.certificates) ? trust.certificates : [trust.certificates];
    const pinned: X509Certificate[] = [];
    for (const [i, c] of list.entries()) {
      const r = readCertificates(c as string);
      if (!r.ok) return [{ pointer: `/trust/certificates/${i}`, code: "bad-option", message: "not a certificate" }];
      pinned.push(...r.certificates);
    }
    if (!pinned.length)
      return [{ pointer: "/trust/certificates", code: "bad-option", message: "no certificates to trust" }];
    // The leaf, or any certificate of its verified path (a pinned CA), byte for byte.
    return { decide: async (_leaf, chain) => chain.some((c) => pinned.some((p) => p.raw.equals(c.raw))) };
  }
  return [
    { pointer: "/trust", code: "bad-option", message: `trust is {certificates} or a function, not ${kindOf(trust)}` },
  ];
}

function partyProblems(m: Manifest, p: LetterParties): Problems {
  const at = `/zip${token(MANIFEST_ENTRY)}`;
  const out: Problems = [];
  const differ = (what: string, a: string | undefined, b: string | undefined): void => {
    if (a !== b)
      out.push({
        pointer: at,
        code: "party-mismatch",
        message: `the manifest's ${what} is ${JSON.stringify(a)}, the letter's ${JSON.stringify(b)}`,
      });
  };
  differ("avsender organisasjon", m.avsender.organisasjon, p.organisation);
  differ("avsenderidentifikator", m.avsender.avsenderidentifikator, p.avsenderidentifikator);
  if (m.avsender.fakturaReferanse !== undefined && p.fakturaReferanse !== undefined)
    differ("fakturaReferanse", m.avsender.fakturaReferanse, p.fakturaReferanse);
  differ("mottaker postkasseadresse", m.mottaker?.postkasseadresse, p.postkasseadresse);
  return out;
}

/**
 * Verifies a plain document package (the ASiC-E zip): the zip layout, the signature over every file, the
 * manifest against its schema rules and against the letter, and the signer against `trust`. Never throws.
 */
export async function verifyPackage(input: VerifyPackageInput): Promise<VerifyPackageResult> {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is {zip, letter?, trust?, limits?}, not ${kindOf(input)}`);
    const [zipIn, letter, trust, limitsIn] = [input.zip, input.letter, input.trust, input.limits];
    const zip = asBytes(zipIn);
    if (!zip) return fail("/zip", "bad-input", `zip is bytes, not ${kindOf(zipIn)}`);
    return await verify(zip, letter, trust, limitsIn, null);
  } catch (e) {
    return fail("", "malformed-zip", `the package could not be read: ${reason(e)}`);
  }
}

async function verify(
  zip: Uint8Array,
  letter: unknown,
  trustIn: unknown,
  limitsIn: unknown,
  cms: Uint8Array | null,
): Promise<VerifyPackageResult> {
  const limits = readLimits(limitsIn);
  if (Array.isArray(limits)) return { ok: false, errors: limits };
  const trust = readTrust(trustIn);
  if (Array.isArray(trust)) return { ok: false, errors: trust };
  const parties = letter === undefined ? null : readLetter(letter, "/letter");
  if (parties && !parties.ok) return parties;
  if (zip.length > limits.maxBytes)
    return fail("/zip", "package-too-large", `the package is ${zip.length} bytes; at most ${limits.maxBytes}`);
  const read = readZip(zip, limits);
  if (!read.ok) return fail(read.entry !== undefined ? `/zip${token(read.entry)}` : "/zip", read.code, read.message);
  const entries = read.entries;
  const first = entries[0];
  if (
    !first ||
    first.name !== MIMETYPE_ENTRY ||
    first.method !== 0 ||
    Buffer.from(first.bytes).toString("latin1") !== ASICE_MIMETYPE
  ) {
    return fail(
      "/zip/mimetype",
      "bad-mimetype-entry",
      `the first entry is "mimetype", stored, holding ${ASICE_MIMETYPE}`,
    );
  }
  const files = new Map<string, Uint8Array>();
  let signatures: Uint8Array | undefined;
  for (const e of entries.slice(1)) {
    if (e.name === MIMETYPE_ENTRY) return fail("/zip/mimetype", "duplicate-entry", "mimetype occurs twice");
    if (e.name === SIGNATURES_ENTRY) signatures = e.bytes;
    else if (e.name.startsWith("META-INF/")) {
      if (/signature/i.test(e.name))
        return fail(`/zip${token(e.name)}`, "unexpected-entry", "exactly one signature file, META-INF/signatures.xml");
    } else files.set(e.name, e.bytes);
  }
  if (!signatures) return fail(`/zip${token(SIGNATURES_ENTRY)}`, "missing-entry", "no META-INF/signatures.xml");
  const manifestBytes = files.get(MANIFEST_ENTRY);
  if (!manifestBytes) return fail(`/zip${token(MANIFEST_ENTRY)}`, "missing-entry", "no manifest.xml");
  const sig = verifySignatures(signatures, files);
  if (!sig.ok) return sig;
  const at = `/zip${token(MANIFEST_ENTRY)}`;
  const parsed = parseXml(manifestBytes);
  if (!parsed.ok) return fail(at, parsed.code, `manifest.xml: ${parsed.message}`);
  const m = readManifest(parsed.document);
  if (!m.ok)
    return {
      ok: false,
      errors: m.problems.map((message) => ({ pointer: at, code: "invalid-manifest" as const, message })),
    };
  const manifest = m.manifest;
  const problems: Problems = [];
  const listed = new Set<string>([MANIFEST_ENTRY]);
  const take = (href: string, mime: string, data: boolean): Uint8Array | null => {
    const bytes = files.get(href);
    if (listed.has(href))
      problems.push({ pointer: at, code: "invalid-manifest", message: `${JSON.stringify(href)} is listed twice` });
    listed.add(href);
    if (!bytes)
      problems.push({
        pointer: `/zip${token(href)}`,
        code: "missing-file",
        message: `the manifest lists ${JSON.stringify(href)}, which the package lacks`,
      });
    if (!(data ? isDataMimeType(mime) : isDocumentMimeType(mime))) {
      problems.push({
        pointer: at,
        code: "mime-type-not-allowed",
        message: `${JSON.stringify(href)} has MIME type ${JSON.stringify(mime)}`,
      });
    }
    return bytes ?? null;
  };
  const documents: OpenedDocument[] = [];
  const all = [
    ["hoveddokument", manifest.hoveddokument],
    ...manifest.vedlegg.map((v) => ["vedlegg", v] as const),
  ] as const;
  for (const [role, d] of all) {
    const bytes = take(d.href, d.mime, false);
    const dataBytes = d.data ? take(d.data.href, d.data.mime, true) : null;
    if (!bytes) continue;
    documents.push({
      role,
      fileName: d.href,
      mimeType: d.mime,
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.lang !== undefined ? { language: d.lang } : {}),
      bytes,
      ...(d.data && dataBytes ? { data: { fileName: d.data.href, mimeType: d.data.mime, bytes: dataBytes } } : {}),
    });
  }
  for (const name of files.keys()) {
    if (!listed.has(name))
      problems.push({
        pointer: `/zip${token(name)}`,
        code: "unlisted-file",
        message: `${JSON.stringify(name)} is not in the manifest`,
      });
  }
  if (parties) {
    problems.push(...partyProblems(manifest, parties.parties));
    if (cms && parties.parties.fingerprint !== undefined) {
      const fp = computeFingerprint(cms);
      if (!fp.ok || fp.fingerprint.digestValue !== parties.parties.fingerprint) {
        problems.push({
          pointer: "/letter",
          code: "fingerprint-mismatch",
          message: "the letter's dokumentpakkefingeravtrykk is not the SHA-256 of this CMS",
        });
      }
    }
  }
  const { certificate, chain, signingTime } = sig.facts;
  // Any doubt refuses: unreadable validity dates or SigningTime are a problem, never a skipped check.
  const validity = certificateValidAt(certificate, signingTime);
  if (!validity.ok) {
    const e = validity.errors[0]!;
    problems.push({
      pointer: `/zip${token(SIGNATURES_ENTRY)}`,
      code: e.code === "bad-option" ? "certificate-validity-unreadable" : e.code,
      message: `the signing certificate at SigningTime: ${e.message}`,
    });
  }
  let trusted: boolean | null = null;
  if (trust) {
    try {
      trusted = await trust.decide(certificate, chain);
    } catch {
      trusted = false;
    }
    if (!trusted)
      problems.push({
        pointer: `/zip${token(SIGNATURES_ENTRY)}`,
        code: "untrusted-certificate",
        message: "the trust decision refused the signer",
      });
  }
  if (problems.length) return { ok: false, errors: problems };
  return {
    ok: true,
    documents,
    manifest,
    signer: {
      certificate: toPem(certificate),
      chain: chain.map(toPem),
      signingTime: signingTime.toISOString(),
      trusted,
    },
  };
}

/** Decrypts a package with the receiver's key, then verifies it as {@link verifyPackage} does. Never throws. */
export async function openPackage(input: OpenPackageInput): Promise<OpenPackageResult> {
  try {
    if (!isRecord(input))
      return fail("", "bad-input", `the input is {cms, privateKey, letter?, trust?, limits?}, not ${kindOf(input)}`);
    const [cmsIn, keyIn, letter, trust, limitsIn] = [
      input.cms,
      input.privateKey,
      input.letter,
      input.trust,
      input.limits,
    ];
    const cms = asBytes(cmsIn);
    if (!cms) return fail("/cms", "bad-input", `cms is bytes, not ${kindOf(cmsIn)}`);
    const read = readPrivateKey(keyIn, "/privateKey");
    if ("problem" in read) return { ok: false, errors: [read.problem] };
    const key = read.key;
    const limits = readLimits(limitsIn);
    if (Array.isArray(limits)) return { ok: false, errors: limits };
    if (cms.length > limits.maxBytes + 64 * 1024)
      return fail("/cms", "package-too-large", `the CMS is ${cms.length} bytes`);
    const opened = decryptCms(cms, key, limits.maxBytes);
    if (!opened.ok) return fail("/cms", opened.code, opened.message);
    const verified = await verify(opened.zip, letter, trust, limitsIn, cms);
    return verified.ok ? { ...verified, zip: opened.zip } : verified;
  } catch (e) {
    return fail("/cms", "malformed-cms", `the package could not be opened: ${reason(e)}`);
  }
}
