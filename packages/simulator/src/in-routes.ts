import type { IncomingMessage, ServerResponse } from "node:http";
import { httpProblem, sendJson, sendProblem } from "./problem.js";
import { authenticate } from "./send-route.js";
import type { Store } from "./store.js";
import type { TokenIssuer } from "./token.js";

/** What the read routes need. */
export interface ReadContext {
  readonly tokens: TokenIssuer;
  readonly store: Store;
  /** The server's base URL, for `downloadurl`. */
  readonly baseUrl: () => string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

async function consumerFor(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: ReadContext,
): Promise<string | null> {
  const auth = await authenticate(ctx.tokens, req.headers.authorization);
  if (auth.ok) return auth.consumer;
  sendProblem(res, auth.problem, url.pathname);
  return null;
}

function integer(value: string | null, fallback: number, min: number, max: number): number | null {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/**
 * The read side of the API: `GET /messages/out/{id}/statuses`, `GET /messages/in` (paged: `page` from 0,
 * `page_size` 1–1000, default 100; 204 when nothing is unread), `GET /messages/in/{id}` and
 * `POST /messages/in/{id}/read`. Only the letter's consumer sees its statuses and receipts. Returns the
 * outcome for the log, or null when the path is not one of these.
 */
export async function readRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: ReadContext,
): Promise<string | null> {
  const parts = url.pathname.split("/").filter(Boolean);
  const method = req.method ?? "GET";
  const known =
    (method === "GET" &&
      parts.length === 4 &&
      parts[0] === "messages" &&
      parts[1] === "out" &&
      parts[3] === "statuses") ||
    (method === "GET" && parts.length === 2 && parts[0] === "messages" && parts[1] === "in") ||
    (method === "GET" && parts.length === 3 && parts[0] === "messages" && parts[1] === "in") ||
    (method === "POST" && parts.length === 4 && parts[0] === "messages" && parts[1] === "in" && parts[3] === "read");
  if (!known) return null;
  req.resume();
  const consumer = await consumerFor(req, res, url, ctx);
  if (!consumer) return "refused";
  const notFound = (what: string) => {
    sendProblem(
      res,
      httpProblem(
        404,
        "unknown-id",
        "Not found",
        `no ${what} ${JSON.stringify(parts[2])} for this consumer`,
        "/path/id",
      ),
      url.pathname,
    );
    return "unknown-id";
  };
  if (parts[1] === "out") {
    const letter = UUID.test(parts[2]!)
      ? (ctx.store.letter(parts[2]!.toLowerCase()) ?? ctx.store.letter(parts[2]!))
      : undefined;
    if (!letter || letter.consumer !== consumer) return notFound("message");
    sendJson(res, 200, letter.statuses);
    return "statuses";
  }
  if (parts.length === 2) {
    const page = integer(url.searchParams.get("page"), 0, 0, 1e9);
    const size = integer(url.searchParams.get("page_size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    if (page === null || size === null) {
      const pointer = page === null ? "/query/page" : "/query/page_size";
      sendProblem(
        res,
        httpProblem(
          400,
          "bad-paging",
          "Invalid paging",
          `page is an integer from 0; page_size from 1 to ${MAX_PAGE_SIZE}`,
          pointer,
        ),
        url.pathname,
      );
      return "bad-paging";
    }
    const unread = ctx.store.unread(consumer, {
      kanal: url.searchParams.get("kanal"),
      avsenderidentifikator: url.searchParams.get("avsenderidentifikator"),
    });
    const slice = unread.slice(page * size, page * size + size);
    if (slice.length === 0) {
      res.writeHead(204).end();
      return "none";
    }
    const base = ctx.baseUrl();
    sendJson(
      res,
      200,
      slice.map(({ entry }) => ({ forretningsmelding: entry.jws, downloadurl: `${base}/messages/in/${entry.id}` })),
    );
    return `${slice.length} of ${unread.length}`;
  }
  const found = ctx.store.incoming(parts[2]!);
  if (!found || found.letter.consumer !== consumer || found.entry.availableAt > Date.now())
    return notFound("incoming message");
  if (method === "GET") {
    // Receipts carry no document package (v1.0.0 delivers only receipts): the package is empty.
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": 0 }).end();
    return "download";
  }
  if (!found.entry.read) {
    found.entry.read = true;
    try {
      await ctx.store.save(found.letter);
    } catch (e) {
      found.entry.read = false;
      sendProblem(
        res,
        httpProblem(500, "store-failed", "Not stored", e instanceof Error ? e.message : String(e)),
        url.pathname,
      );
      return "store-failed";
    }
  }
  res.writeHead(200, { "content-length": 0 }).end();
  return "read";
}
