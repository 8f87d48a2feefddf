import { afterAll, beforeAll } from "vitest";
import { createHash, createPrivateKey, randomBytes, randomUUID, X509Certificate } from "node:crypto";
import { SignJWT } from "jose";
import { createPackage } from "@innbyggerpost/dokumentpakke";
import { buildMessage, computeFingerprint, signMessage } from "@innbyggerpost/runtime";
import {
  issueCertificate,
  loadPki,
  startSimulator,
  type KeyPair,
  type Pki,
  type OpenPackage,
  type Simulator,
  type SimulatorOptions,
} from "../src/index.js";

/** Accepts every package (the package library is tested on its own). */
export const acceptAll: OpenPackage = async () => ({ ok: true });

/** Starts a simulator on 127.0.0.1:0 that answers at once (speed 1e9) and opens packages with `acceptAll`. */
export async function start(options: SimulatorOptions = {}): Promise<Simulator> {
  const r = await startSimulator({ speed: 1e9, openPackage: acceptAll, ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.simulator;
}

/** A sender: an organisation with a certificate from the simulator's CA. */
export interface Sender extends KeyPair {
  readonly orgnr: string;
}

/** Issues a sender certificate from the simulator's CA. */
export async function sender(sim: Simulator, orgnr = "991825827"): Promise<Sender> {
  return issued(sim.pki.ca, orgnr);
}

/** A sender certificate from any CA (`issueCertificate` returns a result; a test wants the pair). */
export async function issued(ca: KeyPair, orgnr: string): Promise<Sender> {
  const r = await issueCertificate(ca, orgnr);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { privateKey: r.privateKey, certificate: r.certificate, orgnr };
}

/** The test PKI in `dir` (`loadPki` returns a result; a test wants the PKI). */
export async function pkiIn(dir: string): Promise<Pki> {
  const r = await loadPki(dir);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pki;
}

/** A JWT-bearer grant for a sender; claims can be overridden (or removed with undefined). */
export async function grant(
  sim: Simulator,
  who: KeyPair,
  claims: Record<string, unknown> = {},
  key = who.privateKey,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const x5c = [Buffer.from(new X509Certificate(who.certificate).raw).toString("base64")];
  const body: Record<string, unknown> = {
    aud: sim.issuer,
    iss: "test-client",
    scope: "digitalpostinnbygger:send",
    iat: now,
    exp: now + 100,
    jti: randomUUID(),
    ...claims,
  };
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return new SignJWT(body).setProtectedHeader({ alg: "RS256", x5c }).sign(createPrivateKey(key));
}

/** Posts a grant to the token endpoint; the raw answer. */
export async function requestToken(
  sim: Simulator,
  assertion: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(sim.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** An access token for a sender (optionally for another scope). */
export async function token(sim: Simulator, who: KeyPair, claims: Record<string, unknown> = {}): Promise<string> {
  const r = await requestToken(sim, await grant(sim, who, claims));
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return r.body.access_token as string;
}

/** A signed digital letter and its (fake) package. */
export interface Letter {
  readonly id: string;
  readonly jws: string;
  readonly cms: Uint8Array;
  readonly message: unknown;
}

/** Builds and signs a digital letter for `postkasseadresse`, carrying `accessToken`. */
export async function letter(
  who: Sender,
  accessToken: string,
  options: {
    postkasseadresse?: string;
    aapningskvittering?: boolean;
    id?: string;
    cms?: Uint8Array;
    recipientCertificate?: string;
  } = {},
): Promise<Letter> {
  const cms = options.cms ?? new Uint8Array(randomBytes(512));
  const fingerprint = computeFingerprint(cms);
  if (!fingerprint.ok) throw new Error("fingerprint");
  const built = buildMessage({
    type: "digital",
    sender: who.orgnr,
    receiver: "984661185",
    ...(options.id ? { messageId: options.id } : {}),
    payload: {
      avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: `0192:${who.orgnr}` } },
      mottaker: { postkasseadresse: options.postkasseadresse ?? "ola.nordmann#9YDT" },
      dokumentpakkefingeravtrykk: fingerprint.fingerprint,
      maskinportentoken: accessToken,
      sikkerhetsnivaa: 4,
      ikkesensitivtittel: "Vedtak",
      spraak: "nb",
      aapningskvittering: options.aapningskvittering ?? true,
      varsler: {
        epostvarsel: { epostadresse: "ola@example.no", varslingstekst: "Du har post.", repetisjoner: [0] },
        smsvarsel: { mobiltelefonnummer: "+4799999999", varslingstekst: "Du har post.", repetisjoner: [0] },
      },
    },
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  let message: unknown = built.message;
  let sent = cms;
  if (options.recipientCertificate) {
    // A real package (ASiC-E, XAdES, CMS) for the postbox, made by the dokumentpakke library.
    const document = {
      bytes: new TextEncoder().encode("%PDF-1.4\n% test\n"),
      fileName: "vedtak.pdf",
      mimeType: "application/pdf",
      title: "Vedtak",
      language: "nb",
    };
    const made = await createPackage({
      letter: message,
      document,
      signer: { privateKey: who.privateKey, certificate: who.certificate },
      recipientCertificate: options.recipientCertificate,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    message = made.letter;
    sent = made.cms;
  }
  const signed = await signMessage({ message, privateKey: who.privateKey, certificate: who.certificate });
  if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
  return { id: built.envelope.messageId, jws: signed.jws, cms: sent, message };
}

/** Sends a letter through fetch + FormData. */
export async function send(
  sim: Simulator,
  accessToken: string,
  l: { jws: string; cms: Uint8Array },
  kanal?: string,
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append("forretningsmelding", l.jws);
  form.append("dokumentpakke", new Blob([l.cms], { type: "application/cms" }), "dokumentpakke.cms");
  const res = await fetch(`${sim.url}/messages/out${kanal ? `?kanal=${kanal}` : ""}`, {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}` },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** GET with a bearer token; status and parsed body (null for none). */
export async function get(
  sim: Simulator,
  accessToken: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Polls `probe` until it returns a value (bounded: 400 tries, 25 ms apart). */
export async function until<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== null && v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The SBD of a compact JWS (unverified), its type and conversation id. */
export function peek(jws: string): { type: string; conversationId: string; messageId: string } {
  const sbd = JSON.parse(Buffer.from(jws.split(".")[1]!, "base64url").toString("utf8")) as {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: {
        documentIdentification: { type: string; instanceIdentifier: string };
        businessScope: { scope: { instanceIdentifier: string }[] };
      };
    };
  };
  const h = sbd.standardBusinessDocument.standardBusinessDocumentHeader;
  return {
    type: h.documentIdentification.type,
    conversationId: h.businessScope.scope[0]!.instanceIdentifier,
    messageId: h.documentIdentification.instanceIdentifier,
  };
}

/** A simulator with one sender and its token, started before the file's tests and stopped after them. */
export function withSimulator(options: SimulatorOptions = {}): { sim: Simulator; who: Sender; bearer: string } {
  const env = {} as { sim: Simulator; who: Sender; bearer: string };
  beforeAll(async () => {
    env.sim = await start(options);
    env.who = await sender(env.sim);
    env.bearer = await token(env.sim, env.who);
  });
  afterAll(async () => env.sim?.close());
  return env;
}

/** What a sender saw reading its receipts: the types per conversation, and receipts listed again once read. */
export interface Drained {
  readonly read: Set<string>;
  readonly receipts: Map<string, string[]>;
  readonly seenAfterRead: number;
}

/**
 * Lists and marks read until `expected` distinct receipts are read (bounded: 2000 rounds); `onRead` runs after
 * each new one. A receipt listed after its read was acknowledged (200) counts in `seenAfterRead`.
 */
export async function drainReceipts(
  list: () => Promise<Response>,
  mark: (id: string) => Promise<Response>,
  expected: number,
  onRead: () => void = () => undefined,
): Promise<Drained> {
  const read = new Set<string>();
  const receipts = new Map<string, string[]>();
  let seenAfterRead = 0;
  for (let round = 0; read.size < expected && round < 2000; round++) {
    const res = await list();
    if (res.status === 204) {
      await new Promise((r) => setTimeout(r, 25));
      continue;
    }
    for (const m of (await res.json()) as { forretningsmelding: string }[]) {
      const p = peek(m.forretningsmelding);
      if (read.has(p.messageId)) seenAfterRead++;
      const marked = await mark(p.messageId);
      if (marked.status !== 200) throw new Error(`read ${p.messageId}: ${marked.status}`);
      if (read.has(p.messageId)) continue;
      read.add(p.messageId);
      receipts.set(p.conversationId, [...(receipts.get(p.conversationId) ?? []), p.type].sort());
      onRead();
    }
  }
  return { read, receipts, seenAfterRead };
}

/**
 * Points a letter written elsewhere (a JSON file) at this simulator, by hand: its maskinportentoken, the
 * SHA-256 of the package it travels with, and no virkningstidspunkt (the examples' lies in the past).
 */
export function carry(digital: Record<string, unknown>, accessToken: string, cms: Uint8Array): void {
  digital.maskinportentoken = accessToken;
  digital.dokumentpakkefingeravtrykk = {
    digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
    digestValue: createHash("sha256").update(cms).digest("base64"),
  };
  delete digital.virkningstidspunkt;
}
