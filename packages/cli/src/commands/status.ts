import { agencyLetterTypes, detectType } from "@innbyggerpost/contracts";
import { reduceStatus, type StatusEvent } from "@innbyggerpost/runtime";
import { EXIT_RULES, INPUT_RULES } from "../help.js";
import { isJwsName, parseInput, readText, type InputFile } from "../input-files.js";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { dateTimeOption, fileArguments, parseOptions, timeZoneOption } from "../options.js";
import { inZone, presentEvents } from "./status-view.js";

/** The `status` line of the top-level help. */
export const summary = "reduce one message's letter, receipts and access-point statuses to its status";

/** `innbyggerpost status --help`. */
export const usage = `usage: innbyggerpost status <file>... [--now <date-time>] [--time-zone <zone>] [--json]

Reduces the events of one DPI message to its eFormidling status. The files are the message's events:
  .jwt   receipts (compact JWS; the payload is decoded, not verified)
  .json  an SBD (a receipt or feil, or the original digital/utskrift letter), or an array of the
         access point's statuses [{status, beskrivelse?, timestamp}]
  --now        the current time (RFC 3339 with offset); past the expected response time an unfinished
               message becomes LEVETID_UTLOPT
  --time-zone  the zone every printed time is written in: UTC (default) or an IANA name (Europe/Oslo)
  --json       print {status, state, terminal, soft, since, conversationId, expectedResponseTime, events,
               anomalies, unreadable}; each event has its files, applied (its place in the order applied)
               and, when its time was rewritten, originalTime or (synthetic events) derivedTime
Every input event is in the output; events from another conversation are anomalies, not errors. The letter
is listed first, and a synthetic event is never stamped before the event listed before it.
${INPUT_RULES}
${EXIT_RULES} Anomalies count as invalid.`;

/** The events one file holds, or why it could not be read. */
function eventsOf(input: InputFile): { events: StatusEvent[] } | { error: string } {
  if (input.kind === "unreadable") return { error: input.reason };
  if (input.kind === "jwt") return { events: [{ kind: "receipt", message: input.decoded.payload, jws: input.jws }] };
  const v = input.value;
  if (Array.isArray(v)) {
    return {
      events: v.map((item): StatusEvent => {
        const o = (typeof item === "object" && item !== null ? item : { status: item }) as Record<string, unknown>;
        return { kind: "api-status", status: o.status, beskrivelse: o.beskrivelse, timestamp: o.timestamp };
      }),
    };
  }
  const t = detectType(v);
  const letter = "type" in t && (agencyLetterTypes as readonly string[]).includes(t.type);
  return { events: [letter ? { kind: "message", message: v } : { kind: "receipt", message: v }] };
}

/** A file's events with their ids (event ids depend on content only: reducing a file's events alone gives them). */
function readEvents(input: InputFile): { events: StatusEvent[]; ids: string[] } | { error: string } {
  const r = eventsOf(input);
  if ("error" in r) return r;
  return { events: r.events, ids: reduceStatus(r.events).events.flatMap((x) => (x.synthetic ? [] : [x.id])) };
}

/** Runs `innbyggerpost status` with its arguments; returns the exit code (throws only UsageError). */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const options = { now: { type: "string" }, "time-zone": { type: "string" }, json: { type: "boolean" } } as const;
  const { values, positionals } = parseOptions(args, options);
  const files = fileArguments(positionals);
  const now = values.now === undefined ? undefined : dateTimeOption("now", values.now).text;
  const zone = values["time-zone"] === undefined ? "UTC" : timeZoneOption(values["time-zone"]);

  const events: StatusEvent[] = [];
  const filesOf = new Map<string, string[]>();
  const unreadable: { file: string; reason: string }[] = [];
  // A file given twice (or two files with the same text) is read into events once: the reducer would
  // merge the duplicates anyway, and a large message is costly to reduce.
  const seen = new Map<string, ReturnType<typeof readEvents>>();
  for (const file of files) {
    const text = await readText(file, io);
    const key = text.ok ? `${isJwsName(file)}:${text.text}` : undefined;
    const known = key === undefined ? undefined : seen.get(key);
    const r = known ?? readEvents(text.ok ? parseInput(file, text.text) : text);
    if ("error" in r) {
      unreadable.push({ file, reason: r.error });
      continue;
    }
    for (const id of new Set(r.ids)) filesOf.set(id, [...(filesOf.get(id) ?? []), file]);
    if (known) continue;
    seen.set(key!, r);
    events.push(...r.events);
  }
  const state = reduceStatus(events, now === undefined ? {} : { now });
  // The library refuses what our own check let through: still the user's mistake.
  const badNow = state.anomalies.find((a) => a.pointer === "/options/now");
  if (badNow) throw new UsageError(`--now: ${badNow.message}`);
  const report = {
    status: state.status,
    state: state.state,
    terminal: state.terminal,
    soft: state.soft,
    since: inZone(state.since, zone),
    conversationId: state.conversationId,
    expectedResponseTime: inZone(state.expectedResponseTime, zone),
    timeZone: zone,
    events: presentEvents(state.events, filesOf, zone),
    anomalies: state.anomalies,
    unreadable,
  };
  if (values.json) io.json(report);
  else {
    const mark = report.terminal ? "  terminal" : report.soft ? "  soft" : "";
    const since = report.since ? `  since ${report.since}` : "";
    io.line(
      `${report.status ?? "-"} (${report.state})${mark}${since}  conversation ${report.conversationId ?? "unknown"}`,
    );
    const width = Math.max(0, ...report.events.map((e) => (e.time ?? "(no time)").length));
    for (const e of report.events) {
      const r = e.receipt;
      const detail = r?.feiltype
        ? ` ${r.feiltype.feiltype}${r.detaljer ? `: ${r.detaljer}` : ""}`
        : r?.varslingskanal
          ? ` ${r.varslingskanal}`
          : "";
      const from = e.files.length ? `  [${e.files.join(", ")}]` : "";
      const derived = e.derivedTime ? `  (derived ${e.derivedTime}, shown after its cause)` : "";
      const what = `${e.synthetic ? "synthetic " : ""}${e.trigger ?? e.kind}`;
      io.line(
        `  ${(e.time ?? "(no time)").padEnd(width)}  ${(e.status ?? "-").padEnd(14)} ${e.outcome.padEnd(18)} ` +
          `${what}${detail}${from}${derived}`,
      );
    }
    for (const a of report.anomalies) io.line(`  anomaly  [${a.code}] ${a.message}`);
    for (const u of unreadable) io.line(`  unreadable  ${u.file}: ${u.reason}`);
  }
  if (unreadable.length) return EXIT.usage;
  return state.anomalies.length ? EXIT.invalid : EXIT.ok;
}
