import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrivateKey, X509Certificate } from "node:crypto";
import { openPackage as openDokumentpakke } from "@innbyggerpost/dokumentpakke";
import {
  parseMessage,
  readCertificates,
  type ParsedMessage,
  type Problem,
  type TrustDecision,
} from "@innbyggerpost/runtime";
import { readRoute } from "./in-routes.js";
import { loadPki, PROVIDERS, type Pki } from "./pki.js";
import { trustDecision } from "./trust.js";
import { answerLetter, type OpenPackage, type ParsedKeyPair } from "./postbox.js";
import { httpProblem, sendJson, sendProblem } from "./problem.js";
import { defaultScenarioTable, recipientKey, type ScenarioTable } from "./scenarios.js";
import { sendRoute } from "./send-route.js";
import { Store, type IncomingEntry, type LetterRecord, type StatusEntry } from "./store.js";
import { SEND_SCOPE, TokenIssuer } from "./token.js";
import { checkOptions, type SimulatorOptions } from "./options.js";

/** A running simulator. */
export interface Simulator {
  /** The API base URL (no trailing slash), e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Where to POST JWT-bearer grants. */
  readonly tokenUrl: string;
  /** The token issuer (`aud` of grants, `iss` of access tokens). */
  readonly issuer: string;
  /** PEM files of the CA, postbox and print certificates. */
  readonly files: {
    readonly caCertificate: string;
    readonly postboxCertificate: string;
    readonly printCertificate: string;
  };
  readonly pki: Pki;
  /** Stops accepting, lets running requests end (bounded), persists what is pending. */
  close(): Promise<void>;
}

/** One request, as the simulator logs it. */
export interface RequestLog {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly outcome: string;
  readonly ms: number;
}

/**
 * Starts the simulator: an access point (C2) with a postbox and a print service behind it, a test PKI and a
 * Maskinporten-style token issuer, on node:http. Never rejects: bad options give `bad-option` problems.
 */
export async function startSimulator(
  options: SimulatorOptions = {},
): Promise<{ ok: true; simulator: Simulator } | { ok: false; errors: readonly Problem[] }> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const o = checked.options;
  let ownDir: string | null = null;
  try {
    const pkiDir = o.stateDir ?? (await mkdtemp(join(tmpdir(), "innbyggerpost-simulator-")));
    if (pkiDir !== o.stateDir) ownDir = pkiDir;
    const pki = await loadPki(pkiDir);
    const store = await Store.open(o.stateDir);
    const table: ScenarioTable = o.scenarios ?? defaultScenarioTable();
    const openPackage: OpenPackage = o.openPackage ?? openDokumentpakke;
    const ca = new X509Certificate(pki.ca.certificate);
    const parsed = (pair: { privateKey: string; certificate: string }): ParsedKeyPair => ({
      privateKey: createPrivateKey(pair.privateKey),
      certificate: new X509Certificate(pair.certificate),
    });
    const postbox = parsed(pki.postbox);
    const print = parsed(pki.print);
    const pinned: X509Certificate[] = [];
    for (const [i, pem] of o.trust.entries()) {
      const r = readCertificates(pem);
      if (!r.ok)
        return { ok: false, errors: [{ pointer: `/trust/${i}`, code: "bad-option", message: r.errors[0]!.message }] };
      pinned.push(...r.certificates);
    }
    const trusts = trustDecision(ca, pinned);
    const trust: TrustDecision = trusts;

    let base = "";
    const tokensRef: { current: TokenIssuer | null } = { current: null };
    const timers = new Set<NodeJS.Timeout>();
    let closing = false;

    // The letter verified on acceptance is handed over in memory; after a restart it is read from the store.
    const deliver = async (record: LetterRecord, verified?: ParsedMessage) => {
      if (closing || record.processed) return;
      const cms = await store.package(record.id);
      const letter =
        verified ?? parseMessage(JSON.parse(Buffer.from(record.jws.split(".")[1]!, "base64url").toString("utf8")));
      const timestamp = new Date().toISOString();
      const failed = (beskrivelse: string): StatusEntry => ({ status: "FEILET", beskrivelse, timestamp });
      let status: StatusEntry;
      let incoming: IncomingEntry[] = [];
      if (!letter.ok || !cms) status = failed("the stored letter or its package is unreadable");
      else {
        const payload = (letter.message.standardBusinessDocument as unknown as Record<string, Record<string, unknown>>)[
          letter.type
        ]!;
        const key = recipientKey(letter.type, payload);
        const scenario =
          (key !== null ? table.recipients[key] : undefined) ??
          (letter.type === "utskrift" ? table.defaults.utskrift : table.defaults.digital);
        if (scenario.accessPoint === "FEILET") status = failed(`scripted by the scenario: ${scenario.description}`);
        else {
          const answered = await answerLetter({
            message: letter.message,
            type: letter.type,
            payload,
            cms,
            scenario,
            timings: table.timings,
            speed: o.speed,
            acceptedAt: record.acceptedAt,
            provider: letter.type === "utskrift" ? print : postbox,
            openPackage,
            trust,
          });
          if (!answered.ok) status = failed(`the answer could not be built: ${answered.errors[0]?.message ?? ""}`);
          else {
            status = { status: "SENDT", timestamp };
            incoming = answered.incoming;
          }
        }
      }
      // On disk first, then listed (see Store.update).
      await store.update(record, {
        statuses: [...record.statuses, status],
        incoming: [...record.incoming, ...incoming],
        processed: true,
      });
    };
    const forward = (record: LetterRecord, verified?: ParsedMessage) => {
      const delay = Math.max(0, record.acceptedAt + (table.timings.sent * 1000) / o.speed - Date.now());
      const timer = setTimeout(() => {
        timers.delete(timer);
        deliver(record, verified).catch((e: unknown) =>
          o.log({ event: "process-failed", id: record.id, message: e instanceof Error ? e.message : String(e) }),
        );
      }, delay);
      timers.add(timer);
    };
    const limits = { maxBytes: o.maxBytes, bodyTimeoutMs: o.bodyTimeoutMs };

    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<string> => {
      const tokens = tokensRef.current!;
      const url = new URL(req.url ?? "/", "http://simulator.invalid");
      if (url.pathname === "/maskinporten/token" && req.method === "POST") {
        const body = await readSmall(req, 64 * 1024, o.bodyTimeoutMs);
        if (body === null) {
          sendJson(res, 400, {
            error: "invalid_request",
            error_description: "the form body is missing, too large or too slow",
          });
          return "invalid_request";
        }
        const answer = await tokens.grant(new URLSearchParams(body));
        if (!answer.ok)
          sendJson(
            res,
            answer.status,
            { error: answer.error, error_description: answer.description },
            { "cache-control": "no-store" },
          );
        else sendJson(res, 200, answer.body, { "cache-control": "no-store" });
        return answer.ok ? `token for ${answer.consumer}` : answer.error;
      }
      if (url.pathname === "/maskinporten/jwks" && req.method === "GET") {
        sendJson(res, 200, tokens.jwks());
        return "jwks";
      }
      if (url.pathname === "/maskinporten/.well-known/oauth-authorization-server" && req.method === "GET") {
        sendJson(res, 200, {
          issuer: tokens.issuer,
          token_endpoint: `${base}/maskinporten/token`,
          jwks_uri: `${base}/maskinporten/jwks`,
          scopes_supported: [SEND_SCOPE],
          grant_types_supported: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        });
        return "metadata";
      }
      if (url.pathname === "/simulator/certificates" && req.method === "GET") {
        // Not part of C2: lets a sender find the keys it encrypts for and the receipts' signers.
        sendJson(res, 200, {
          caCertificate: pki.ca.certificate,
          postboxCertificate: pki.postbox.certificate,
          printCertificate: pki.print.certificate,
          providers: PROVIDERS,
        });
        return "certificates";
      }
      if (url.pathname === "/messages/out" && req.method === "POST")
        return sendRoute(req, res, url, { tokens, store, trust, limits, forward });
      const read = await readRoute(req, res, url, { tokens, store, baseUrl: () => base });
      if (read !== null) return read;
      req.resume();
      sendProblem(
        res,
        httpProblem(404, "no-such-route", "Not found", `${req.method} ${url.pathname} is not part of the API`, "/path"),
        url.pathname,
      );
      return "no-such-route";
    };

    const server: Server = createServer(
      { requestTimeout: o.bodyTimeoutMs + 5_000, headersTimeout: Math.min(60_000, o.bodyTimeoutMs + 1_000) },
      (req, res) => {
        const started = Date.now();
        handle(req, res)
          .catch((e: unknown) => {
            sendProblem(
              res,
              httpProblem(500, "internal-error", "Internal error", e instanceof Error ? e.message : String(e)),
            );
            return "internal-error";
          })
          .then((outcome) =>
            o.log({
              method: req.method ?? "",
              path: (req.url ?? "").split("?")[0]!,
              status: res.statusCode,
              outcome,
              ms: Date.now() - started,
            }),
          );
      },
    );
    server.on("clientError", (_e, socket) => {
      if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      else socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.port, o.host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    base = `http://${host}:${address.port}`;
    const issuer = `${base}/maskinporten/`;
    tokensRef.current = new TokenIssuer({
      issuer,
      signer: pki.token,
      trusts,
      grantable: o.grantableScopes,
      remember: (jti, exp) => store.remember(jti, exp),
    });
    // Letters accepted before a restart and not yet answered are forwarded again.
    for (const record of store.unprocessed()) forward(record);

    const simulator: Simulator = {
      url: base,
      tokenUrl: `${base}/maskinporten/token`,
      issuer,
      files: { caCertificate: pki.files.ca, postboxCertificate: pki.files.postbox, printCertificate: pki.files.print },
      pki,
      close: async () => {
        if (closing) return;
        closing = true;
        for (const t of timers) clearTimeout(t);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        await store.flush();
        if (ownDir) await rm(ownDir, { recursive: true, force: true });
      },
    };
    return { ok: true, simulator };
  } catch (e) {
    if (ownDir) await rm(ownDir, { recursive: true, force: true }).catch(() => undefined);
    return {
      ok: false,
      errors: [{ pointer: "", code: "start-failed", message: e instanceof Error ? e.message : String(e) }],
    };
  }
}

/** Reads a small body (a token form) within a size and time limit; null when it does not fit. */
function readSmall(req: IncomingMessage, max: number, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => done(null), timeoutMs);
    const done = (v: string | null) => {
      clearTimeout(timer);
      resolve(v);
    };
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) return done(null);
      chunks.push(c);
    });
    req.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => done(null));
  });
}
