import { isRecord } from "@innbyggerpost/contracts";
import { decodeJws } from "@innbyggerpost/runtime";
import createClient from "openapi-fetch";
import { apFail, apProblem, unreadableOptions, type AccessPointFailure, type AccessPointProblem } from "./errors.js";
import type { components, paths } from "./generated/c2.js";
import { readRetry, type RetryPolicy } from "./retry.js";
import { sendSafely, type SendInput, type SendResult } from "./send.js";
import { getStatuses, isTimeZone, parseJson, type StatusesResult } from "./statuses.js";
import { withRetries, type Resolved, type TokenSource } from "./transport.js";

/** Options of {@link createAccessPointClient}. */
export interface AccessPointClientOptions {
  /** The access point's base URL, vendor prefix included (e.g. `https://ap.example/api/v2/dpi`). */
  readonly baseUrl: string;
  /** Gives the bearer token for each request; called before every attempt, so it decides when to refresh. */
  readonly token: TokenSource;
  /** The fetch to use (default the platform's `globalThis.fetch`). */
  readonly fetch?: typeof fetch;
  /** Retries of network errors, timeouts and 5xx (never 4xx). */
  readonly retry?: RetryPolicy;
  /** The time one attempt may take, answer body included (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** The zone status timestamps without an offset are read in (default `Europe/Oslo`). */
  readonly timeZone?: string;
}

/** Every call takes an optional signal: aborting it ends the call (and its retries) with `aborted`. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Query of {@link AccessPointClient.incoming}. */
export interface IncomingQuery extends CallOptions {
  readonly kanal?: string;
  readonly avsenderidentifikator?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

/** One unread incoming message (a receipt, in API version 1.0.0). */
export interface IncomingMessage {
  /**
   * The id to download or mark it read with: its SBD's documentIdentification.instanceIdentifier,
   * else the download URL's last segment.
   */
  readonly id: string | null;
  /** The compact JWS, not verified (the receipt follower verifies). */
  readonly forretningsmelding: string;
  readonly downloadurl: string | null;
}

/** What {@link AccessPointClient.incoming} returns. */
export type IncomingResult =
  | {
      readonly ok: true;
      readonly messages: readonly IncomingMessage[];
      /** Items that are not a message object with a forretningsmelding string: kept here, not dropped. */
      readonly invalid: readonly { readonly index: number; readonly value: unknown }[];
      /** True for 204 (no unread messages). */
      readonly none: boolean;
      readonly attempts: number;
    }
  | AccessPointFailure;

/** What {@link AccessPointClient.download} returns. */
export type DownloadResult =
  | {
      readonly ok: true;
      readonly id: string;
      readonly bytes: Uint8Array;
      readonly contentType: string | null;
      readonly attempts: number;
    }
  | AccessPointFailure;

/**
 * What {@link AccessPointClient.markRead} returns. `already-gone`: a retried call found it removed
 * (an earlier attempt, whose answer was lost, went through).
 */
export type MarkReadResult =
  | { readonly ok: true; readonly id: string; readonly outcome: "marked" | "already-gone"; readonly attempts: number }
  | AccessPointFailure;

/** A typed client of one access point. Every method resolves to a result; none throws or rejects. */
export interface AccessPointClient {
  /** Sends a letter once, safely: see {@link SendInput}. */
  send(input: SendInput): Promise<SendResult>;
  /** GET /messages/out/{id}/statuses. */
  statuses(messageId: string, options?: CallOptions): Promise<StatusesResult>;
  /** GET /messages/in: one page of unread incoming messages. */
  incoming(query?: IncomingQuery): Promise<IncomingResult>;
  /** GET /messages/in/{id}: the encrypted package's bytes. */
  download(id: string, options?: CallOptions): Promise<DownloadResult>;
  /** POST /messages/in/{id}/read. */
  markRead(id: string, options?: CallOptions): Promise<MarkReadResult>;
}

const KANAL = /^[A-Za-z0-9_-]{1,28}$/;

function resolveOptions(options: unknown): Resolved | AccessPointProblem {
  if (!isRecord(options))
    return apProblem("", "bad-option", "options must be an object {baseUrl, token, fetch?, retry?, timeoutMs?}");
  const baseUrl = options.baseUrl;
  const token = options.token;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timeZone = options.timeZone ?? "Europe/Oslo";
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    return apProblem("/baseUrl", "bad-option", "baseUrl must be an absolute http(s) URL");
  }
  if (typeof baseUrl !== "string" || (url.protocol !== "http:" && url.protocol !== "https:"))
    return apProblem("/baseUrl", "bad-option", "baseUrl must be an absolute http(s) URL");
  if (typeof token !== "function")
    return apProblem(
      "/token",
      "bad-option",
      "token must be a function returning the bearer token (or a promise of it)",
    );
  if (typeof fetchFn !== "function") return apProblem("/fetch", "bad-option", "fetch must be a function");
  if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
    return apProblem("/timeoutMs", "bad-option", "timeoutMs must be a positive number of milliseconds");
  if (!isTimeZone(timeZone))
    return apProblem("/timeZone", "bad-option", "timeZone must be an IANA time zone name such as Europe/Oslo");
  const retry = readRetry(options.retry, "/retry");
  if ("code" in retry) return retry;
  const api = createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ""), fetch: fetchFn as typeof fetch });
  return { api, token: token as TokenSource, timeoutMs, retry, timeZone };
}

/** The call's signal, checked: undefined, or a problem when it is not an AbortSignal. */
function signalOf(options: unknown): { signal: AbortSignal | undefined } | AccessPointFailure {
  const signal = isRecord(options) ? options.signal : undefined;
  if (options !== undefined && !isRecord(options))
    return apFail(0, apProblem("/options", "bad-input", "options must be an object {signal?}"));
  if (signal === undefined || signal instanceof AbortSignal) return { signal };
  return apFail(0, apProblem("/options/signal", "bad-input", "signal must be an AbortSignal"));
}

function checkId(id: unknown, pointer: string): AccessPointFailure | null {
  if (typeof id === "string" && /^[^/?#\s]{1,200}$/.test(id)) return null;
  return apFail(0, apProblem(pointer, "bad-input", "the id must be a message id (a UUID), without /, ? or #"));
}

function messageIdOf(jws: string): string | null {
  const decoded = decodeJws(jws);
  if (!decoded.ok) return null;
  const sbd = isRecord(decoded.payload) ? decoded.payload.standardBusinessDocument : undefined;
  const header = isRecord(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const doc = isRecord(header) ? header.documentIdentification : undefined;
  return isRecord(doc) && typeof doc.instanceIdentifier === "string" ? doc.instanceIdentifier : null;
}

function readIncoming(value: unknown): IncomingMessage | null {
  if (!isRecord(value) || typeof value.forretningsmelding !== "string") return null;
  const m = value as components["schemas"]["message"];
  const downloadurl = typeof m.downloadurl === "string" ? m.downloadurl : null;
  const tail =
    downloadurl
      ?.replace(/[?#].*$/, "")
      .split("/")
      .filter(Boolean)
      .at(-1) ?? null;
  return {
    id: messageIdOf(m.forretningsmelding.trim()) ?? tail,
    forretningsmelding: m.forretningsmelding.trim(),
    downloadurl,
  };
}

/**
 * A client of one access point (C2), on the platform fetch and typed by the generated API types.
 * Bad options do not throw: every call then resolves to a `bad-option` failure.
 */
export function createAccessPointClient(options: AccessPointClientOptions): AccessPointClient {
  let r: ReturnType<typeof resolveOptions>;
  try {
    r = resolveOptions(options);
  } catch (e) {
    r = unreadableOptions(e);
  }
  if ("code" in r) {
    const failed = async () => apFail(0, r);
    return { send: failed, statuses: failed, incoming: failed, download: failed, markRead: failed };
  }
  return {
    send: (input) => sendSafely(r, input, messageIdOf),
    async statuses(messageId, options) {
      const s = signalOf(options);
      if ("ok" in s) return s;
      return checkId(messageId, "/messageId") ?? getStatuses(r, messageId, s.signal);
    },
    async incoming(query = {}) {
      if (!isRecord(query)) return apFail(0, apProblem("", "bad-input", "the query must be an object"));
      const s = signalOf({ signal: query.signal });
      if ("ok" in s) return s;
      const { signal } = s;
      const { kanal, avsenderidentifikator, page, pageSize } = query as IncomingQuery;
      if (kanal !== undefined && (typeof kanal !== "string" || !KANAL.test(kanal)))
        return apFail(0, apProblem("/kanal", "bad-input", "kanal must be 1 to 28 of A-Z, a-z, 0-9, _ and -"));
      if (avsenderidentifikator !== undefined && typeof avsenderidentifikator !== "string")
        return apFail(0, apProblem("/avsenderidentifikator", "bad-input", "avsenderidentifikator must be a string"));
      for (const [k, v] of [
        ["page", page],
        ["pageSize", pageSize],
      ] as const) {
        if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0))
          return apFail(0, apProblem(`/${k}`, "bad-input", `${k} must be an integer ≥ 0`));
      }
      const q = { kanal, avsenderidentifikator, page: page?.toString(), page_size: pageSize?.toString() };
      const { result, attempts } = await withRetries(
        r,
        (init) => r.api.GET("/messages/in", { params: { query: q }, parseAs: "text", ...init }),
        signal,
      );
      if (!result.ok) return apFail(attempts, result.problem);
      if (result.status === 204 || typeof result.data !== "string" || result.data.trim() === "")
        return { ok: true, messages: [], invalid: [], none: true, attempts };
      const parsed = parseJson(result.data);
      if (!parsed || !Array.isArray(parsed.value))
        return apFail(
          attempts,
          apProblem("", "bad-response", "the incoming answer is not a JSON array", { httpStatus: result.status }),
        );
      const messages: IncomingMessage[] = [];
      const invalid: { index: number; value: unknown }[] = [];
      parsed.value.forEach((v, index) => {
        const m = readIncoming(v);
        if (m) messages.push(m);
        else invalid.push({ index, value: v });
      });
      return { ok: true, messages, invalid, none: false, attempts };
    },
    async download(id, options) {
      const bad = checkId(id, "/id");
      if (bad) return bad;
      const s = signalOf(options);
      if ("ok" in s) return s;
      const { signal } = s;
      const { result, attempts } = await withRetries(
        r,
        (init) => r.api.GET("/messages/in/{id}", { params: { path: { id } }, parseAs: "arrayBuffer", ...init }),
        signal,
      );
      if (!result.ok) return apFail(attempts, result.problem);
      const bytes =
        result.data === undefined ? new Uint8Array(0) : new Uint8Array(result.data as unknown as ArrayBuffer);
      return { ok: true, id, bytes, contentType: result.response.headers.get("content-type"), attempts };
    },
    async markRead(id, options) {
      const bad = checkId(id, "/id");
      if (bad) return bad;
      const s = signalOf(options);
      if ("ok" in s) return s;
      const { signal } = s;
      const { result, attempts, unknownBefore } = await withRetries(
        r,
        (init) => r.api.POST("/messages/in/{id}/read", { params: { path: { id } }, parseAs: "text", ...init }),
        signal,
      );
      if (result.ok) return { ok: true, id, outcome: "marked", attempts };
      // A retry that finds it gone: the earlier attempt, whose answer was lost, went through.
      if (result.problem.code === "not-found" && unknownBefore)
        return { ok: true, id, outcome: "already-gone", attempts };
      return apFail(attempts, result.problem);
    },
  };
}
