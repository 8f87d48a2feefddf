// The public faces of the simulator's building blocks: each checks its arguments (each field read once, a
// throwing one is a typed error), works on fresh copies and returns a result; the server calls the unchecked
// functions in pki.ts and scenarios.ts directly with values it built itself.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { certificateValidAt, parseOrganisationNumber, type Failure, type Problem } from "@innbyggerpost/runtime";
import { isRecord } from "@innbyggerpost/contracts";
import { issueCertificate as makeCertificate, loadPki as openPki, type KeyPair, type Pki } from "./pki.js";
import {
  planAnswers as plan,
  reasonOf,
  scenarioTableMarkdown as markdownOf,
  TableReader,
  type PlannedAnswer,
  type ScenarioTable,
} from "./scenarios.js";

const fail = <C extends string>(pointer: string, code: C, message: string): Failure<C> => ({
  ok: false,
  errors: [{ pointer, code, message }],
});

/** Longest PEM text accepted for a key or certificate (a real one is a few KiB). */
const MAX_PEM = 64 * 1024;
/** Characters with a meaning in a distinguished name (RFC 4514) or none on a terminal: a name must not carry them. */
const DN_SPECIAL = /[,+="\\<>;#\u0000-\u001f\u007f]/;

/** Reads the CA key pair once and parses both halves; refuses a CA that is not valid now or not a CA. */
function readCa(ca: unknown): { ok: true; pair: KeyPair } | Failure<"bad-option"> {
  if (!isRecord(ca)) return fail("/ca", "bad-option", "ca is a key pair {privateKey, certificate} (PEM)");
  const privateKey: unknown = ca.privateKey;
  const certificate: unknown = ca.certificate;
  if (typeof privateKey !== "string" || privateKey.length > MAX_PEM)
    return fail("/ca/privateKey", "bad-option", "ca.privateKey is a PEM private key");
  if (typeof certificate !== "string" || certificate.length > MAX_PEM)
    return fail("/ca/certificate", "bad-option", "ca.certificate is a PEM certificate");
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certificate);
  } catch (e) {
    return fail("/ca/certificate", "bad-option", `ca.certificate is not a certificate: ${reasonOf(e)}`);
  }
  try {
    if (!cert.checkPrivateKey(createPrivateKey(privateKey)))
      return fail("/ca/privateKey", "bad-option", "ca.privateKey is not the key of ca.certificate");
  } catch (e) {
    return fail("/ca/privateKey", "bad-option", `ca.privateKey is not a private key: ${reasonOf(e)}`);
  }
  // Any doubt about validity refuses (the runtime's strict reading of the dates).
  const valid = certificateValidAt(cert);
  if (!valid.ok) return fail("/ca/certificate", "bad-option", `the CA certificate: ${valid.errors[0]!.message}`);
  if (!cert.ca) return fail("/ca/certificate", "bad-option", "ca.certificate is not a CA certificate");
  return { ok: true, pair: { privateKey, certificate } };
}

/**
 * Issues a test enterprise certificate (virksomhetssertifikat) from `ca` for an organisation number (nine
 * digits, mod-11), its `organizationIdentifier` `NTRNO-<orgnr>`, RSA 2048. Every argument is checked before a
 * key is made: a wrong one is `bad-option` at `/ca/…`, `/organisationNumber` or `/name` (a name must not
 * carry distinguished-name syntax such as `,` or `=`). Never rejects.
 */
export async function issueCertificate(
  ca: KeyPair,
  organisationNumber: string,
  name?: string,
): Promise<({ ok: true } & KeyPair) | Failure<"bad-option" | "issue-failed">> {
  try {
    const pair = readCa(ca);
    if (!pair.ok) return pair;
    const orgnr = parseOrganisationNumber(organisationNumber);
    if (!orgnr.ok)
      return fail("/organisationNumber", "bad-option", `organisationNumber: ${orgnr.errors[0]?.message ?? ""}`);
    if (name !== undefined && (typeof name !== "string" || name === "" || name.length > 64 || DN_SPECIAL.test(name)))
      return fail("/name", "bad-option", 'name is 1–64 characters without , + = " \\ < > ; # or control characters');
    const made = await makeCertificate(pair.pair, orgnr.value, name ?? `Test ${orgnr.value}`);
    return { ok: true, privateKey: made.privateKey, certificate: made.certificate };
  } catch (e) {
    return fail("", "issue-failed", `the certificate could not be issued: ${reasonOf(e)}`);
  }
}

/**
 * Loads the test PKI from `dir` (its `pki/` folder), creating whatever is missing; the same CA across
 * restarts. A `dir` that is not a folder path is `bad-option` at `/dir`; a folder that cannot be read or
 * written is `pki-unavailable`. Never rejects.
 */
export async function loadPki(
  dir: string,
): Promise<{ ok: true; pki: Pki } | Failure<"bad-option" | "pki-unavailable">> {
  if (typeof dir !== "string" || dir === "" || dir.length > 4096 || dir.includes("\u0000"))
    return fail("/dir", "bad-option", "dir is a folder path");
  try {
    return { ok: true, pki: await openPki(dir) };
  } catch (e) {
    return fail("/dir", "pki-unavailable", `the PKI in ${JSON.stringify(dir)} cannot be loaded: ${reasonOf(e)}`);
  }
}

/** @internal The letter types the postbox and print service answer. */
export const LETTER_TYPES: ReadonlySet<string> = new Set(["digital", "utskrift", "flyttet"]);

/**
 * The answers a letter gets under a scenario (seconds after acceptance, unscaled); flyttet is answered as
 * digital. Reads what the plan depends on once (the payload's `aapningskvittering` and `varsler`); a wrong
 * `type` or `payload` is `bad-input`, a wrong scenario or timings `bad-scenario` at its pointer. Never throws.
 */
export function planAnswers(
  type: string,
  payload: Record<string, unknown>,
  scenario: unknown,
  timings: unknown,
): { ok: true; answers: PlannedAnswer[] } | Failure<"bad-input" | "bad-scenario"> {
  const reader = new TableReader();
  try {
    if (typeof type !== "string" || !LETTER_TYPES.has(type))
      return fail("/type", "bad-input", "type is digital, utskrift or flyttet");
    if (!isRecord(payload)) return fail("/payload", "bad-input", "payload is the letter's payload object");
    const copy = planningView(payload, reader);
    const s = reader.scenario(scenario, "/scenario");
    const t = reader.timings(timings);
    if (!s || !t) return { ok: false, errors: reader.errors as Problem<"bad-scenario">[] };
    return { ok: true, answers: plan(type, copy, s, t) };
  } catch (e) {
    return fail(reader.where, "bad-input", `could not read the input: ${reasonOf(e)}`);
  }
}

/**
 * @internal What the plan reads of a payload (whether it asks for an aapningskvittering and which notifications
 * it orders), each field read once into a fresh object; `reader.where` names the field being read.
 */
export function planningView(payload: Record<string, unknown>, reader: TableReader): Record<string, unknown> {
  reader.where = "/payload/varsler";
  const varsler: unknown = payload.varsler;
  const orders: Record<string, object> = {};
  if (isRecord(varsler))
    for (const channel of ["epostvarsel", "smsvarsel"]) {
      reader.where = `/payload/varsler/${channel}`;
      if (varsler[channel] !== undefined) orders[channel] = {};
    }
  reader.where = "/payload/aapningskvittering";
  return { aapningskvittering: payload.aapningskvittering === true, varsler: orders };
}

/**
 * The scenario table as the README shows it (the README is checked against this, so it cannot drift). The
 * table is checked first (as {@link parseScenarioTable} does); a wrong one is `bad-scenario`. Never throws.
 */
export function scenarioTableMarkdown(table: ScenarioTable): { ok: true; markdown: string } | Failure<"bad-scenario"> {
  const reader = new TableReader();
  try {
    const checked = reader.table(table);
    if (checked) return { ok: true, markdown: markdownOf(checked) };
  } catch (e) {
    reader.bad(reader.where, `could not read the scenario table: ${reasonOf(e)}`);
  }
  return { ok: false, errors: reader.errors as Problem<"bad-scenario">[] };
}
