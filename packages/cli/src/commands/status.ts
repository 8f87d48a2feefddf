import { parseArgs } from "node:util";
import { agencyLetterTypes, detectType } from "@innbyggerpost/contracts";
import { reduceStatus, type StatusEvent } from "@innbyggerpost/runtime";
import { readInput } from "../input-files.js";
import { EXIT, UsageError, type CliIo } from "../io.js";

export const usage = `usage: innbyggerpost status <file>... [--now <date-time>] [--json]

Reduces the events of one DPI message to its eFormidling status. The files are the message's events:
  .jwt   receipts (compact JWS; the payload is decoded, not verified)
  .json  an SBD (a receipt or feil, or the original digital/utskrift letter), or an array of the
         access point's statuses [{status, beskrivelse?, timestamp}]
  --now   the current time (RFC 3339 with offset); past the expected response time an unfinished
          message becomes LEVETID_UTLOPT
  --json  print {status, state, terminal, soft, since, conversationId, events, anomalies}
Every input event is in the output; events from another conversation are anomalies, not errors.
Exit 0 without anomalies, 1 with anomalies, 2 on a usage error or an unreadable file.`;

/** The events one file holds, or why it could not be read. */
function eventsOf(file: string): { events: StatusEvent[] } | { error: string } {
  const input = readInput(file);
  if (input.kind === "unreadable") return { error: input.reason };
  if (input.kind === "jwt") return { events: [{ kind: "receipt", message: input.payload, jws: input.jws }] };
  const v = input.value;
  if (Array.isArray(v)) {
    return {
      events: v.map((item): StatusEvent => {
        const o: Record<string, unknown> = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : { status: item };
        return { kind: "api-status", status: o.status, beskrivelse: o.beskrivelse, timestamp: o.timestamp };
      }),
    };
  }
  const t = detectType(v);
  const letter = "type" in t && (agencyLetterTypes as readonly string[]).includes(t.type);
  return { events: [letter ? { kind: "message", message: v } : { kind: "receipt", message: v }] };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { now: { type: "string" }, json: { type: "boolean" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.positionals.length === 0) throw new UsageError("no files given");
  const now = parsed.values.now;
  if (now !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(now)) throw new UsageError(`--now must be an RFC 3339 date-time with an offset, not ${now}`);

  const events: StatusEvent[] = [];
  const fileOf = new Map<string, string[]>();
  const unreadable: { file: string; reason: string }[] = [];
  for (const file of parsed.positionals) {
    const r = eventsOf(file);
    if ("error" in r) {
      unreadable.push({ file, reason: r.error });
      continue;
    }
    for (const e of r.events) {
      // Event ids depend on content only, so reducing one event alone gives its id: name its file.
      const id = reduceStatus([e]).events.find((x) => !x.synthetic)?.id;
      if (id) fileOf.set(id, [...(fileOf.get(id) ?? []), file]);
      events.push(e);
    }
  }
  const state = reduceStatus(events, now ? { now } : {});
  const report = {
    status: state.status,
    state: state.state,
    terminal: state.terminal,
    soft: state.soft,
    since: state.since,
    conversationId: state.conversationId,
    expectedResponseTime: state.expectedResponseTime,
    events: state.events.map((e) => ({ files: fileOf.get(e.id) ?? [], ...e })),
    anomalies: state.anomalies,
    unreadable,
  };
  if (parsed.values.json) io.out(JSON.stringify(report, null, 2));
  else {
    io.out(`${report.status ?? "-"} (${report.state})${report.terminal ? "  terminal" : report.soft ? "  soft" : ""}${report.since ? `  since ${report.since}` : ""}  conversation ${report.conversationId ?? "unknown"}`);
    for (const e of report.events) {
      const detail = e.receipt?.feiltype ? ` ${e.receipt.feiltype.feiltype}${e.receipt.detaljer ? `: ${e.receipt.detaljer}` : ""}` : e.receipt?.varslingskanal ? ` ${e.receipt.varslingskanal}` : "";
      io.out(`  ${e.time ?? "(no time)"}  ${(e.status ?? "-").padEnd(14)} ${e.outcome.padEnd(18)} ${e.synthetic ? "synthetic " : ""}${e.trigger ?? e.kind}${detail}${e.files.length ? `  [${e.files.join(", ")}]` : ""}`);
    }
    for (const a of report.anomalies) io.out(`  anomaly  [${a.code}] ${a.message}`);
    for (const u of unreadable) io.out(`  unreadable  ${u.file}: ${u.reason}`);
  }
  if (unreadable.length) return EXIT.usage;
  return state.anomalies.length ? EXIT.invalid : EXIT.ok;
}
