import { isRecord } from "@innbyggerpost/contracts";
import {
  receiptToStatus,
  verifyMessage,
  type Problem,
  type ReceiptStatus,
  type StatusEvent,
  type TrustDecision,
  type VerifiedMessage,
  type VerifyInput,
} from "@innbyggerpost/runtime";
import type { AccessPointClient, IncomingMessage } from "./client.js";
import { apFail, apProblem, unreadableOptions, type AccessPointFailure, type AccessPointProblem } from "./errors.js";
import { sleep } from "./retry.js";

/** One verified receipt, as the handler gets it. */
export interface FollowedReceipt {
  /** The id it is marked read with (see {@link IncomingMessage.id}). */
  readonly id: string;
  /** The compact JWS as it came. */
  readonly jws: string;
  readonly downloadurl: string | null;
  /** The verified message with its signer. */
  readonly verified: VerifiedMessage;
  /** Its eFormidling status (receiptToStatus: LEVERT, LEST, FEIL, ANNET...). */
  readonly status: ReceiptStatus;
  /** The receipt as a reducer event: store it and reduce; the same receipt twice is kept once. */
  readonly event: StatusEvent;
}

/** Why a receipt was set aside: its verification failed, the handler failed, or it has no id. */
export type QuarantineReason = "invalid-receipt" | "handler-failed" | "no-id";

/** What happened to one receipt. */
export type FollowReport =
  | {
      readonly outcome: "handled";
      readonly id: string;
      readonly jws: string;
      readonly status: ReceiptStatus;
      /** True when it was marked read; false when markRead was off or failed (it comes again, harmlessly). */
      readonly marked: boolean;
      /** Why marking it read failed, when it did. */
      readonly markErrors: readonly AccessPointProblem[];
    }
  | {
      readonly outcome: "quarantined";
      readonly reason: QuarantineReason;
      readonly id: string | null;
      readonly jws: string;
      readonly errors: readonly Problem[];
    };

/** Options of {@link followReceipts}. */
export interface FollowOptions {
  readonly client: AccessPointClient;
  /** Who may sign receipts (the postbox and print providers): the runtime's trust decision. */
  readonly trust: TrustDecision;
  /** Stores one receipt. Mark-read happens only after it resolved; when it throws, the receipt is quarantined. */
  readonly handler: (receipt: FollowedReceipt) => void | Promise<void>;
  readonly kanal?: string;
  readonly avsenderidentifikator?: string;
  /** Page size asked for (default 100). */
  readonly pageSize?: number;
  /** The first page's number (default 0). */
  readonly firstPage?: number;
  /** At most this many pages per sweep (default 1000). */
  readonly maxPages?: number;
  /** Mark each handled receipt read (default true). */
  readonly markRead?: boolean;
  /** Keep polling every `intervalMs` (default false: one sweep through all pages). */
  readonly follow?: false | { readonly intervalMs: number };
  /** Ends following; the receipt in hand is finished first, nothing is marked read after it fired. */
  readonly signal?: AbortSignal;
  /** Called with each receipt's outcome as it happens (a throwing callback is ignored). */
  readonly onReport?: (report: FollowReport) => void;
  /** Passed to verifyMessage (default profile `wire`: be lenient in what a postbox sends). */
  readonly verify?: Pick<VerifyInput, "algorithms" | "at" | "bindSender" | "profile">;
}

/** What {@link followReceipts} returns: every outcome, in order. */
export type FollowResult =
  | {
      readonly ok: true;
      readonly reports: readonly FollowReport[];
      readonly sweeps: number;
      readonly listingErrors: readonly AccessPointProblem[];
    }
  | AccessPointFailure;

interface Listing {
  readonly client: AccessPointClient;
  readonly kanal: string | undefined;
  readonly avsenderidentifikator: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly pageSize: number;
  readonly firstPage: number;
  readonly maxPages: number;
}

/**
 * Every unread message, all pages; listing first so that marking read does not shift the pages under
 * us. Items that are not messages and a page that failed are problems, never dropped silently.
 */
async function listAll(l: Listing): Promise<{ messages: IncomingMessage[]; errors: AccessPointProblem[] }> {
  const messages: IncomingMessage[] = [];
  const errors: AccessPointProblem[] = [];
  let previous: string | null = null;
  for (let page = l.firstPage; page < l.firstPage + l.maxPages; page++) {
    const q = {
      kanal: l.kanal,
      avsenderidentifikator: l.avsenderidentifikator,
      page,
      pageSize: l.pageSize,
      signal: l.signal,
    };
    const r = await l.client.incoming(q);
    if (!r.ok) {
      errors.push(...r.errors);
      break;
    }
    for (const bad of r.invalid) {
      const what = `page ${page}, item ${bad.index}: not a message {forretningsmelding, downloadurl}`;
      errors.push(apProblem(`/pages/${page}/${bad.index}`, "bad-response", what));
    }
    if (r.none || (r.messages.length === 0 && r.invalid.length === 0)) break;
    // A server that ignores `page` answers the same page again: stop instead of looping.
    const key = r.messages.map((m) => m.forretningsmelding).join("\n");
    if (key === previous) break;
    previous = key;
    messages.push(...r.messages);
    if (r.messages.length + r.invalid.length < l.pageSize) break;
  }
  return { messages, errors };
}

function safeReport(onReport: FollowOptions["onReport"], report: FollowReport, into: FollowReport[]): void {
  into.push(report);
  try {
    onReport?.(report);
  } catch {
    // The caller's logging must not stop the follower.
  }
}

/**
 * Follows the access point's incoming receipts: lists all pages (204 is none), verifies each receipt
 * against `trust`, hands it to `handler`, and marks it read only after the handler resolved. A bad receipt
 * or a failing handler is reported and quarantined (not marked read, skipped for the rest of this run)
 * without holding up the others. A receipt that comes again (after a crash before mark-read) is handed
 * over again: store it as `receipt.event` and the reducer keeps it once.
 */
export async function followReceipts(options: FollowOptions): Promise<FollowResult> {
  try {
    return await followUnsafely(options);
  } catch (e) {
    // Reading an option threw (a throwing getter, a revoked Proxy): a typed failure, never a rejection.
    return apFail(0, unreadableOptions(e));
  }
}

async function followUnsafely(options: FollowOptions): Promise<FollowResult> {
  if (!isRecord(options))
    return apFail(0, apProblem("", "bad-option", "options must be an object {client, trust, handler, …}"));
  const { client, trust, handler, signal, follow, kanal, avsenderidentifikator, onReport, verify } = options;
  const pageSize = options.pageSize ?? 100;
  const firstPage = options.firstPage ?? 0;
  const maxPages = options.maxPages ?? 1000;
  const markRead = options.markRead ?? true;
  if (!isRecord(client) || typeof client.incoming !== "function")
    return apFail(0, apProblem("/client", "bad-option", "client must be an access-point client"));
  if (typeof handler !== "function")
    return apFail(0, apProblem("/handler", "bad-option", "handler must be a function"));
  if (typeof trust !== "function" && !isRecord(trust))
    return apFail(
      0,
      apProblem("/trust", "bad-option", "trust must be a trust decision ({certificates} or a function)"),
    );
  if (!Number.isInteger(pageSize) || pageSize < 1)
    return apFail(0, apProblem("/pageSize", "bad-option", "pageSize must be an integer ≥ 1"));
  if (!Number.isInteger(firstPage) || firstPage < 0)
    return apFail(0, apProblem("/firstPage", "bad-option", "firstPage must be an integer ≥ 0"));
  if (!Number.isInteger(maxPages) || maxPages < 1)
    return apFail(0, apProblem("/maxPages", "bad-option", "maxPages must be an integer ≥ 1"));
  if (typeof markRead !== "boolean")
    return apFail(0, apProblem("/markRead", "bad-option", "markRead must be a boolean"));
  const interval = follow === undefined || follow === false ? null : isRecord(follow) ? follow.intervalMs : NaN;
  if (interval !== null && !(typeof interval === "number" && interval >= 0))
    return apFail(0, apProblem("/follow", "bad-option", "follow must be false or {intervalMs}"));

  const reports: FollowReport[] = [];
  const listingErrors: AccessPointProblem[] = [];
  const quarantined = new Set<string>();
  const verifyOptions = { profile: "wire" as const, ...(isRecord(verify) ? verify : {}) };
  const listing: Listing = { client, kanal, avsenderidentifikator, signal, pageSize, firstPage, maxPages };
  let sweeps = 0;
  while (!signal?.aborted) {
    sweeps++;
    const listed = await listAll(listing);
    listingErrors.push(...listed.errors);
    // One pass that could not list anything fails; a follower keeps going and reports it.
    if (interval === null && listed.messages.length === 0 && listed.errors.some((e) => e.code !== "bad-response")) {
      return { ok: false, errors: listed.errors, attempts: 0 };
    }
    const fresh = [
      ...new Map(
        listed.messages.filter((m) => !quarantined.has(m.forretningsmelding)).map((m) => [m.forretningsmelding, m]),
      ).values(),
    ];
    // Several receipts may share an id (postboxes reuse the letter's id): mark it read when all of them are stored.
    const pendingById = new Map<string, number>();
    for (const m of fresh) if (m.id) pendingById.set(m.id, (pendingById.get(m.id) ?? 0) + 1);
    const blocked = new Set<string>();
    for (const m of fresh) {
      if (signal?.aborted) break;
      const quarantine = (reason: QuarantineReason, errors: readonly Problem[]) => {
        quarantined.add(m.forretningsmelding);
        if (m.id) blocked.add(m.id);
        safeReport(onReport, { outcome: "quarantined", reason, id: m.id, jws: m.forretningsmelding, errors }, reports);
      };
      if (!m.id) {
        quarantine("no-id", [
          apProblem("", "bad-response", "the incoming message has no id (no instanceIdentifier, no download URL)"),
        ]);
        continue;
      }
      const verified = await verifyMessage({ ...verifyOptions, jws: m.forretningsmelding, trust });
      if (!verified.ok) {
        quarantine("invalid-receipt", verified.errors);
        continue;
      }
      const status = receiptToStatus(verified.message, { jws: m.forretningsmelding });
      const event: StatusEvent = { kind: "receipt", message: verified.message, jws: m.forretningsmelding };
      try {
        await handler({ id: m.id, jws: m.forretningsmelding, downloadurl: m.downloadurl, verified, status, event });
      } catch (e) {
        quarantine("handler-failed", [
          {
            pointer: "",
            code: "handler-failed",
            message: `the handler failed: ${e instanceof Error ? e.message : String(e)}`,
          },
        ]);
        continue;
      }
      const left = (pendingById.get(m.id) ?? 1) - 1;
      pendingById.set(m.id, left);
      let marked = false;
      let markErrors: readonly AccessPointProblem[] = [];
      if (markRead && left === 0 && !blocked.has(m.id) && !signal?.aborted) {
        const r = await client.markRead(m.id, { signal });
        marked = r.ok;
        if (!r.ok) markErrors = r.errors;
      }
      safeReport(
        onReport,
        { outcome: "handled", id: m.id, jws: m.forretningsmelding, status, marked, markErrors },
        reports,
      );
    }
    if (interval === null || !(await sleep(interval, signal))) break;
  }
  return { ok: true, reports, sweeps, listingErrors };
}
