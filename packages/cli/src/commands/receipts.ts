import {
  followReceipts,
  type AccessPointClient,
  type FollowReport,
  type IncomingMessage,
} from "@innbyggerpost/access-point";
import { receiptToStatus } from "@innbyggerpost/runtime";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { readTrustedCertificates } from "../signature.js";
import { accessPointOptions, accessPointOptionsUsage, clientFrom, formatProblem } from "./statuses.js";
import { parseOptions } from "../options.js";
import { plainProblem, type ReportedError } from "../problems.js";

/** The `receipts` line of the top-level help. */
export const summary = "list, verify and map the receipts waiting at the access point (--follow, --mark-read)";

/** `innbyggerpost receipts --help`. */
export const usage = `usage: innbyggerpost receipts --to <url> --token… [--cert pem] [--follow] [--json] [--mark-read]

Lists the unread receipts at the access point, verifies and maps each; marks them read if asked.
Every page of GET /messages/in is read; each receipt is verified against --cert and mapped to its
eFormidling status. With --mark-read, each verified receipt is marked read after it was printed; a
receipt that fails verification is reported and left unread.
${accessPointOptionsUsage}
  --cert <pem>         PEM file with the certificate(s) to trust (the postbox's); without it receipts are
                       shown UNVERIFIED and nothing may be marked read
  --mark-read          mark each verified receipt read (needs --cert)
  --follow             keep polling (every --interval seconds, default 30) until interrupted (needs --cert)
  --kanal <kanal>      only this channel's receipts; --avsenderidentifikator <id> likewise
  --page-size <n>      receipts per page (default 100)
  --json               print [{id, outcome, type, status, description, time, conversationId, verified,
                       marked, errors}] (with --follow: one JSON object per line)
Exit 0 when every receipt verified (and was marked read when asked), 1 otherwise, 2 on a usage error.`;

/** One receipt's line, as --json prints it. */
export interface ReceiptsReport {
  id: string | null;
  outcome: "handled" | "quarantined" | "unverified";
  type: string | null;
  status: string;
  description: string;
  time: string | null;
  conversationId: string | null;
  verified: boolean;
  marked: boolean;
  errors: ReportedError[];
}

function fromFollow(r: FollowReport): ReceiptsReport {
  const s = r.outcome === "handled" ? r.status : receiptToStatus(r.jws);
  const errors = r.outcome === "handled" ? r.markErrors.map(plainProblem) : r.errors.map(plainProblem);
  const base = {
    id: r.id,
    type: s.type,
    status: s.status,
    description: s.description,
    time: s.time,
    conversationId: s.conversationId,
    errors,
  };
  return r.outcome === "handled"
    ? { ...base, outcome: "handled", verified: true, marked: r.marked }
    : { ...base, outcome: "quarantined", verified: false, marked: false };
}

function unverified(m: IncomingMessage): ReceiptsReport {
  const s = receiptToStatus(m.forretningsmelding);
  const errors = [{ pointer: "", code: "not-verified", message: "no --cert given: the signature was not checked" }];
  return {
    id: m.id,
    outcome: "unverified",
    type: s.type,
    status: s.status,
    description: s.description,
    time: s.time,
    conversationId: s.conversationId,
    verified: false,
    marked: false,
    errors,
  };
}

function print(io: CommandIo, r: ReceiptsReport, json: boolean): void {
  if (json) {
    io.json(r);
    return;
  }
  const mark =
    r.outcome === "handled"
      ? r.marked
        ? "verified, marked read"
        : "verified"
      : r.outcome === "unverified"
        ? "UNVERIFIED"
        : "QUARANTINED";
  io.line(`${r.status.padEnd(8)} ${r.id ?? "(no id)"}  (${r.type ?? "unknown type"}, ${r.time ?? "no time"}, ${mark})`);
  io.line(`  ${r.description}${r.conversationId ? `  conversation ${r.conversationId}` : ""}`);
  for (const e of r.errors) io.line(`  error  ${e.pointer || "/"}  [${e.code}] ${e.message}`);
}

/** Every page, unverified (no --cert). */
async function listUnverified(
  client: AccessPointClient,
  q: { kanal?: string; avsenderidentifikator?: string },
  pageSize: number,
  io: CommandIo,
) {
  const out: ReceiptsReport[] = [];
  for (let page = 0; page < 1000; page++) {
    const r = await client.incoming({ ...q, page, pageSize });
    if (!r.ok) {
      for (const e of r.errors) io.warn(formatProblem(e));
      return null;
    }
    out.push(...r.messages.map(unverified));
    if (r.none || r.messages.length + r.invalid.length < pageSize) break;
  }
  return out;
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseOptions(args, {
    ...accessPointOptions,
    cert: { type: "string" },
    follow: { type: "boolean" },
    json: { type: "boolean" },
    "mark-read": { type: "boolean" },
    kanal: { type: "string" },
    avsenderidentifikator: { type: "string" },
    "page-size": { type: "string" },
    interval: { type: "string" },
  });
  const v = parsed.values;
  if (parsed.positionals.length) throw new UsageError(`unexpected argument ${parsed.positionals[0]}`);
  const pageSize = v["page-size"] === undefined ? 100 : Number(v["page-size"]);
  if (!(Number.isInteger(pageSize) && pageSize > 0))
    throw new UsageError(`--page-size ${v["page-size"]}: not a positive integer`);
  const interval = v.interval === undefined ? 30 : Number(v.interval);
  if (!(Number.isFinite(interval) && interval >= 0))
    throw new UsageError(`--interval ${v.interval}: not a number of seconds`);
  if (v.cert === undefined && v["mark-read"])
    throw new UsageError("--mark-read needs --cert: only verified receipts are marked read");
  if (v.cert === undefined && v.follow) throw new UsageError("--follow needs --cert");
  const json = Boolean(v.json);
  const query = { kanal: v.kanal, avsenderidentifikator: v.avsenderidentifikator };
  const client = clientFrom(v);

  if (v.cert === undefined) {
    const reports = await listUnverified(client, query, pageSize, io);
    if (reports === null) return EXIT.invalid;
    if (json) io.json(reports);
    else if (reports.length === 0) io.line("no unread receipts");
    else for (const r of reports) print(io, r, false);
    return reports.length === 0 ? EXIT.ok : EXIT.invalid;
  }

  const trust = { certificates: await readTrustedCertificates(v.cert, io) };
  const controller = new AbortController();
  const stop = () => controller.abort();
  if (v.follow) {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
  const seen = new Set<string>();
  const reports: ReceiptsReport[] = [];
  let clean = true;
  try {
    const r = await followReceipts({
      client,
      trust,
      ...query,
      pageSize,
      markRead: Boolean(v["mark-read"]),
      follow: v.follow ? { intervalMs: interval * 1000 } : false,
      signal: controller.signal,
      handler: () => undefined,
      onReport: (report) => {
        // Without --mark-read a followed receipt comes back every poll: print it once.
        if (seen.has(report.jws)) return;
        seen.add(report.jws);
        const line = fromFollow(report);
        if (line.outcome !== "handled" || line.errors.length) clean = false;
        if (v.follow) print(io, line, json);
        else reports.push(line);
      },
    });
    if (!r.ok) {
      for (const e of r.errors) io.warn(formatProblem(e));
      return EXIT.invalid;
    }
    for (const e of r.listingErrors) io.warn(formatProblem(e));
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  if (!v.follow) {
    if (json) io.json(reports);
    else if (reports.length === 0) io.line("no unread receipts");
    else for (const r of reports) print(io, r, false);
  }
  return clean ? EXIT.ok : EXIT.invalid;
}
