import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { banner } from "../banner.js";
import { deepFreeze } from "../load.js";
import type { GeneratedFile, Sources } from "../model.js";
import { OUT } from "./validators.js";

/**
 * The status model: eFormidling statuses, each service's flows (states, triggers, transitions with
 * terminal/soft marks), the DPI receipt and API-status mapping and the flyttet rules, all read from
 * schemas/status/*.json. Emits typed tables for @innbyggerpost/contracts and Mermaid diagrams plus
 * mapping tables for docs/status/, so code and docs come from one table each.
 */

export const STATUS_DOCS = "docs/status";
const DIR = "status";
const SERVICE_FILES = ["dpi.json", "dpo.json", "dpf.json", "dpv.json", "dpe.json"];

interface StateRow {
  id: string;
  status: string | null;
  loggedBy: string;
  description: string | null;
  seed: string | null;
  terminal: boolean;
  soft: boolean;
  resend: string;
  note?: string;
  supported?: boolean;
  step?: number;
}
interface TriggerRow {
  id: string;
  to: string;
  label: string;
}
interface SyntheticRow {
  state: string;
  before: string[];
  from: string[];
  offsetMs: number;
  unlessAnyTrigger: string[];
  reason: string;
}
interface FlowRow {
  id: string;
  side: string;
  title: string;
  source: string;
  initial: string;
  expiry: { trigger: string; defaultTtlHours: number; source: string } | null;
  states: StateRow[];
  triggers: TriggerRow[];
  synthetic: SyntheticRow[];
  transitions: Record<string, Record<string, string>>;
}
interface ServiceFile {
  service: string;
  title: string;
  flows: FlowRow[];
}
interface EformidlingFile {
  statuses: { status: string; meaning: string; finished: boolean }[];
}
interface MappingFile {
  receipts: { type: string; status: string; description: string; meaning: string }[];
  unknownReceipt: { status: string; description: string; meaning: string };
  receiptTime: { reference: string; ours: string };
  apiStatuses: { apiStatus: string; status: string; description: string; meaning: string; referenceTime: string }[];
  unknownApiStatus: { status: string; description: string; meaning: string };
  apiStatusTime: { reference: string; ours: string };
  feiltyper: { feiltype: string; blame: string; retryable: boolean; resend: string; description: string; meaning: string }[];
}
interface FlyttetFile {
  mayMove: { id: string; text: string }[];
  mayNotMove: { code: string; text: string; why: string; message: string }[];
  deliveryTime: { rule: string; source: string };
}

/** Everything under schemas/status/, read and checked for internal consistency. */
export interface StatusSources {
  eformidling: EformidlingFile;
  services: ServiceFile[];
  mapping: MappingFile;
  flyttet: FlyttetFile;
}

const RESEND = new Set(["no", "wait", "yes", "after-fix", "later", "by-feiltype"]);

function readJson<T>(path: string): T {
  try {
    return deepFreeze(JSON.parse(readFileSync(path, "utf8")) as T);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** Reads schemas/status/ and throws naming the file and row of any inconsistency. */
export function loadStatusSources(schemasDir: string, dpiTypes: readonly string[]): StatusSources {
  const dir = join(schemasDir, DIR);
  const expected = ["eformidling.json", "dpi-mapping.json", "flyttet.json", ...SERVICE_FILES].sort();
  const present = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  const unknown = present.filter((n) => !expected.includes(n));
  if (unknown.length) throw new Error(`schemas/status: unexpected file(s) ${unknown.join(", ")}; add them to codegen/src/emit/status.ts`);
  const eformidling = readJson<EformidlingFile>(join(dir, "eformidling.json"));
  const mapping = readJson<MappingFile>(join(dir, "dpi-mapping.json"));
  const flyttet = readJson<FlyttetFile>(join(dir, "flyttet.json"));
  const services = SERVICE_FILES.map((f) => readJson<ServiceFile>(join(dir, f)));
  const statuses = new Set(eformidling.statuses.map((s) => s.status));
  if (statuses.size !== 10) throw new Error("schemas/status/eformidling.json: the eFormidling status set has exactly 10 values");

  const flowIds = new Set<string>();
  for (const svc of services) {
    for (const flow of svc.flows) {
      const where = `schemas/status/${svc.service.toLowerCase()}.json flow ${flow.id}`;
      if (flowIds.has(flow.id)) throw new Error(`${where}: duplicate flow id`);
      flowIds.add(flow.id);
      const stateIds = new Set(flow.states.map((s) => s.id));
      const triggerIds = new Set(flow.triggers.map((t) => t.id));
      if (stateIds.size !== flow.states.length) throw new Error(`${where}: duplicate state id`);
      if (triggerIds.size !== flow.triggers.length) throw new Error(`${where}: duplicate trigger id`);
      if (!stateIds.has(flow.initial)) throw new Error(`${where}: initial ${flow.initial} is not a state`);
      if (flow.expiry && !triggerIds.has(flow.expiry.trigger)) throw new Error(`${where}: expiry trigger ${flow.expiry.trigger} is not a trigger`);
      for (const s of flow.states) {
        if (s.status !== null && !statuses.has(s.status)) throw new Error(`${where}: state ${s.id}: unknown eFormidling status ${s.status}`);
        if (s.terminal && s.soft) throw new Error(`${where}: state ${s.id} is both terminal and soft`);
        if (!RESEND.has(s.resend)) throw new Error(`${where}: state ${s.id}: resend ${s.resend} is not one of ${[...RESEND].join(", ")}`);
        if (!(s.id in flow.transitions)) throw new Error(`${where}: state ${s.id} has no transitions row`);
      }
      for (const t of flow.triggers) if (!stateIds.has(t.to)) throw new Error(`${where}: trigger ${t.id} goes to unknown state ${t.to}`);
      for (const [from, row] of Object.entries(flow.transitions)) {
        if (!stateIds.has(from)) throw new Error(`${where}: transitions row ${from} is not a state`);
        const natural = new Map(flow.triggers.map((t) => [t.id, t.to]));
        for (const [on, to] of Object.entries(row)) {
          if (!triggerIds.has(on)) throw new Error(`${where}: ${from} on ${on}: unknown trigger`);
          // A trigger either moves to its own target or keeps the state: nothing else is expressible.
          if (to !== from && to !== natural.get(on)) throw new Error(`${where}: ${from} on ${on} goes to ${to}, neither ${from} nor the trigger's target ${natural.get(on)}`);
        }
      }
      for (const s of flow.states) {
        if (s.terminal) {
          const moves = Object.entries(flow.transitions[s.id]!).filter(([, to]) => to !== s.id);
          if (moves.length) throw new Error(`${where}: terminal state ${s.id} has transitions out (${moves.map(([on]) => on).join(", ")})`);
        }
      }
      for (const r of flow.synthetic) {
        for (const id of [r.state, ...r.before, ...r.from]) if (!stateIds.has(id)) throw new Error(`${where}: synthetic rule names unknown state ${id}`);
        for (const id of r.unlessAnyTrigger) if (!triggerIds.has(id)) throw new Error(`${where}: synthetic rule names unknown trigger ${id}`);
      }
    }
  }

  const dpi = services.find((s) => s.service === "DPI")!.flows.find((f) => f.id === "dpi")!;
  const stateStatus = new Map(dpi.states.map((s) => [s.id, s.status]));
  const dpiTriggerTarget = new Map(dpi.triggers.map((t) => [t.id, t.to]));
  const mapped = new Set(mapping.receipts.map((r) => r.type));
  for (const t of dpiTypes) if (!mapped.has(t)) throw new Error(`schemas/status/dpi-mapping.json: DPI type ${t} has no receipt mapping row`);
  for (const r of mapping.receipts) {
    if (!dpiTypes.includes(r.type)) throw new Error(`schemas/status/dpi-mapping.json: ${r.type} is not a DPI type`);
    if (!statuses.has(r.status)) throw new Error(`schemas/status/dpi-mapping.json: ${r.type}: unknown status ${r.status}`);
    // A receipt that maps to a real status must be a DPI trigger whose state projects onto that status.
    if (r.status !== "ANNET") {
      const to = dpiTriggerTarget.get(r.type);
      if (!to || stateStatus.get(to) !== r.status) throw new Error(`schemas/status/dpi-mapping.json: ${r.type} maps to ${r.status} but the dpi flow's trigger leads to ${to ?? "nothing"} (${to ? stateStatus.get(to) : "-"})`);
    }
  }
  for (const a of mapping.apiStatuses) {
    const to = dpiTriggerTarget.get(`api:${a.apiStatus}`);
    if (!to || stateStatus.get(to) !== a.status) throw new Error(`schemas/status/dpi-mapping.json: API ${a.apiStatus} maps to ${a.status} but trigger api:${a.apiStatus} leads to ${to ?? "nothing"}`);
  }
  for (const f of mapping.feiltyper) if (!RESEND.has(f.resend)) throw new Error(`schemas/status/dpi-mapping.json: feiltype ${f.feiltype}: resend ${f.resend}`);
  return { eformidling, services, mapping, flyttet };
}

const json = (v: unknown) => JSON.stringify(v, null, 2);
const lit = (v: string) => JSON.stringify(v);
const union = (xs: readonly string[]) => (xs.length ? xs.map(lit).join(" | ") : "never");
const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const camel = (id: string) => {
  const p = pascal(id);
  return p[0]!.toLowerCase() + p.slice(1);
};

function emitTs(src: StatusSources): string {
  const statuses = src.eformidling.statuses.map((s) => s.status);
  const flows = src.services.flatMap((svc) => svc.flows.map((f) => ({ svc, f })));
  let out = banner(["schemas/status/eformidling.json", ...SERVICE_FILES.map((f) => `schemas/status/${f}`), "schemas/status/dpi-mapping.json", "schemas/status/flyttet.json"]);
  out += `import type { DpiType } from "./catalogue.js";\nimport type { Feiltype } from "./types.js";\n\n`;
  out += `/** The ten eFormidling statuses (ReceiptStatus in the reference implementation), in its declaration order. */\nexport type EformidlingStatus = ${union(statuses)};\n\n`;
  out += `/** One eFormidling status: what it means and whether the integration point marks the conversation finished. */\nexport interface EformidlingStatusInfo {\n  readonly status: EformidlingStatus;\n  readonly meaning: string;\n  /** The reference implementation's \`finished\` flag. */\n  readonly finished: boolean;\n}\n\n`;
  out += `/** Every eFormidling status, in declaration order. */\nexport const eformidlingStatuses: readonly EformidlingStatusInfo[] = ${json(src.eformidling.statuses)};\n\n`;
  out += `/** The services that have status flows. */\nexport type StatusService = ${union(src.services.map((s) => s.service))};\n\n`;
  out += `/**\n * What the sender should do in a state: no (nothing to do), wait (not finished yet), yes (send again),\n * after-fix (correct the message, then send a new one), later (retry once a server-side fault is fixed),\n * by-feiltype (decided by the error's feiltype; see {@link feiltypeTable}).\n */\nexport type ResendAdvice = "no" | "wait" | "yes" | "after-fix" | "later" | "by-feiltype";\n\n`;
  out += `/** One state of a status flow. */\nexport interface FlowState<S extends string = string> {\n  readonly id: S;\n  /** The eFormidling status this state projects onto; null for a service's own status the integration point does not record. */\n  readonly status: EformidlingStatus | null;\n  /** Which side logs it (avsender/mottaker, or the actor of a DPE step). */\n  readonly loggedBy: string;\n  /** The Norwegian description, verbatim from the seed (or the reference implementation); null when there is none. */\n  readonly description: string | null;\n  /** The seed file number the row comes from, or null when it is not a seed row. */\n  readonly seed: string | null;\n  /** No event can change the status any more. */\n  readonly terminal: boolean;\n  /** Finished for now (polling may stop, nothing to do), but later events can still change the status. */\n  readonly soft: boolean;\n  readonly resend: ResendAdvice;\n  readonly note?: string;\n  /** false when upstream does not support the state yet (it never occurs today). */\n  readonly supported?: boolean;\n  /** The step number, for flows documented as numbered steps (DPE). */\n  readonly step?: number;\n}\n\n`;
  out += `/** An event kind that moves a flow: a receipt, an access-point or service status, or a time out. */\nexport interface FlowTrigger<S extends string = string, T extends string = string> {\n  readonly id: T;\n  /** The state the trigger leads to when it is allowed and not merely kept. */\n  readonly to: S;\n  readonly label: string;\n}\n\n`;
  out += `/** A state the reducer inserts, marked synthetic, when a later state arrives without it. */\nexport interface SyntheticRule<S extends string = string, T extends string = string> {\n  readonly state: S;\n  /** Entering one of these states ... */\n  readonly before: readonly S[];\n  /** ... from one of these states inserts the synthetic state first ... */\n  readonly from: readonly S[];\n  /** ... at the entering event's time plus this offset ... */\n  readonly offsetMs: number;\n  /** ... unless any event with one of these triggers exists at all. */\n  readonly unlessAnyTrigger: readonly T[];\n  readonly reason: string;\n}\n\n`;
  out += `/** One service flow: states, triggers and the allowed transitions. */\nexport interface StatusFlow<S extends string = string, T extends string = string> {\n  readonly id: string;\n  readonly service: StatusService;\n  readonly side: string;\n  readonly title: string;\n  readonly source: string;\n  readonly initial: S;\n  /** The trigger a passed expected response time fires, and the default time to live. */\n  readonly expiry: { readonly trigger: T; readonly defaultTtlHours: number; readonly source: string } | null;\n  /** In lifecycle order: the reducer breaks ties between events at the same instant by this order. */\n  readonly states: readonly FlowState<S>[];\n  readonly triggers: readonly FlowTrigger<S, T>[];\n  readonly synthetic: readonly SyntheticRule<S, T>[];\n  /**\n   * transitions[from][trigger] is the state after the trigger. The same state means the event is kept\n   * without changing the status; a missing entry is an impossible transition (an anomaly).\n   */\n  readonly transitions: { readonly [K in S]: { readonly [U in T]?: S } };\n}\n\n`;
  const flowEntries: string[] = [];
  for (const { svc, f } of flows) {
    const P = pascal(f.id);
    const c = `${camel(f.id)}Flow`;
    const states = f.states.map((s) => s.id);
    out += `/** The states of the ${f.title} flow. */\nexport type ${P}State = ${union(states)};\n\n`;
    out += `/** The triggers of the ${f.title} flow. */\nexport type ${P}Trigger = ${union(f.triggers.map((t) => t.id))};\n\n`;
    const unsupported = f.states.filter((s) => s.supported === false);
    if (unsupported.length) {
      out += `/**\n * ${P} states that upstream does not support yet; they never occur today.\n${unsupported.map((s) => ` * - ${s.id}: ${s.note ?? ""}`).join("\n")}\n */\nexport type ${P}UnsupportedState = ${union(unsupported.map((s) => s.id))};\n\n`;
      out += `/** ${P} states that can occur today. */\nexport type ${P}SupportedState = Exclude<${P}State, ${P}UnsupportedState>;\n\n`;
    }
    const data = { id: f.id, service: svc.service, side: f.side, title: f.title, source: f.source, initial: f.initial, expiry: f.expiry, states: f.states, triggers: f.triggers, synthetic: f.synthetic, transitions: f.transitions };
    out += `/** ${f.title}. Source: ${f.source}. */\nexport const ${c}: StatusFlow<${P}State, ${P}Trigger> = ${json(data)};\n\n`;
    flowEntries.push(`  ${lit(f.id)}: ${c}`);
  }
  out += `/** Every status flow by id. */\nexport const statusFlows = {\n${flowEntries.join(",\n")},\n} as const;\n\n`;
  out += `/** The id of a status flow. */\nexport type StatusFlowId = keyof typeof statusFlows;\n\n`;
  out += `/** Each service's flows. */\nexport const serviceFlows: Readonly<Record<StatusService, readonly StatusFlowId[]>> = ${json(Object.fromEntries(src.services.map((s) => [s.service, s.flows.map((f) => f.id)])))};\n\n`;

  const m = src.mapping;
  out += `/** One row of the DPI receipt mapping. */\nexport interface ReceiptMappingRow {\n  readonly type: DpiType;\n  readonly status: EformidlingStatus;\n  /** The reference implementation's description, verbatim. */\n  readonly description: string;\n  readonly meaning: string;\n}\n\n`;
  out += `/** Every DPI type to its eFormidling status and description (reference-implementation.md §1.4). */\nexport const dpiReceiptMapping: Readonly<Record<DpiType, ReceiptMappingRow>> = ${json(Object.fromEntries(m.receipts.map((r) => [r.type, r])))};\n\n`;
  out += `/** What a receipt that is not a DPI message (or not a valid one) maps to. */\nexport const dpiUnknownReceipt: { readonly status: EformidlingStatus; readonly description: string; readonly meaning: string } = ${json(m.unknownReceipt)};\n\n`;
  out += `/** Where a receipt's status time comes from, in the reference implementation and here. */\nexport const dpiReceiptTime = ${json(m.receiptTime)} as const;\n\n`;
  out += `/** The DPI access point's own statuses (GET /messages/out/{id}/statuses). */\nexport type DpiApiStatus = ${union(m.apiStatuses.map((a) => a.apiStatus))};\n\n`;
  out += `/** One row of the access-point status mapping. */\nexport interface ApiStatusMappingRow {\n  readonly apiStatus: DpiApiStatus;\n  readonly status: EformidlingStatus;\n  readonly description: string;\n  readonly meaning: string;\n  /** Which time the reference implementation records. */\n  readonly referenceTime: string;\n}\n\n`;
  out += `/** The access point's statuses to eFormidling statuses (reference-implementation.md §1.4 b). */\nexport const dpiApiStatusMapping: Readonly<Record<DpiApiStatus, ApiStatusMappingRow>> = ${json(Object.fromEntries(m.apiStatuses.map((a) => [a.apiStatus, a])))};\n\n`;
  out += `/** What an unknown access-point status maps to. */\nexport const dpiUnknownApiStatus: { readonly status: EformidlingStatus; readonly description: string; readonly meaning: string } = ${json(m.unknownApiStatus)};\n\n`;
  out += `/** Where an access-point status's time comes from, in the reference implementation and here. */\nexport const dpiApiStatusTime = ${json(m.apiStatusTime)} as const;\n\n`;
  out += `/** Who is at fault for a feil. */\nexport type Blame = "KLIENT" | "SERVER";\n\n`;
  out += `/** What a feiltype means for the sender. */\nexport interface FeiltypeInfo {\n  readonly feiltype: Feiltype;\n  readonly blame: Blame;\n  /** Whether sending the same message again can help. */\n  readonly retryable: boolean;\n  readonly resend: ResendAdvice;\n  /** The specification's description, verbatim. */\n  readonly description: string;\n  readonly meaning: string;\n}\n\n`;
  out += `/** feiltype KLIENT/SERVER: blame and whether a retry can help (dpi-spec.md §3.6). */\nexport const feiltypeTable: Readonly<Record<Feiltype, FeiltypeInfo>> = ${json(Object.fromEntries(m.feiltyper.map((f) => [f.feiltype, f])))};\n\n`;

  const fl = src.flyttet;
  out += `/** The code of a reason a letter may not be moved to another mailbox provider. */\nexport type FlyttetRuleCode = ${union(fl.mayNotMove.map((r) => r.code))};\n\n`;
  out += `/** One rule of seeds/004: a state that may not be moved, with the seed's text and why. */\nexport interface FlyttetRule {\n  readonly code: FlyttetRuleCode;\n  readonly text: string;\n  readonly why: string;\n  readonly message: string;\n}\n\n`;
  out += `/** Which letters may be moved (FlyttetDigitalPost), seeds/004. */\nexport const flyttetRules: {\n  readonly mayMove: readonly { readonly id: string; readonly text: string }[];\n  readonly mayNotMove: Readonly<Record<FlyttetRuleCode, FlyttetRule>>;\n  readonly deliveryTime: { readonly rule: string; readonly source: string };\n} = ${json({ mayMove: fl.mayMove, mayNotMove: Object.fromEntries(fl.mayNotMove.map((r) => [r.code, r])), deliveryTime: fl.deliveryTime })};\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------- docs

const mdBanner = (sources: string[]) =>
  banner(sources)
    .split("\n")
    .filter(Boolean)
    .map((l) => `<!-- ${l.replace(/^\/\/ /, "")} -->`)
    .join("\n") + "\n\n";
const cell = (v: unknown) => (v === null || v === undefined || v === "" ? "–" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " "));
const row = (cells: unknown[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: unknown[][]) => [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)].join("\n");
const mid = (id: string) => id.normalize("NFD").replace(/[^A-Za-z0-9_]/g, "_");

/** A Mermaid stateDiagram-v2 of one flow: moving transitions as edges, terminal and soft states marked. */
export function mermaid(f: FlowRow): string {
  const lines = ["stateDiagram-v2", "  direction LR", "  classDef terminal fill:#f4cccc,stroke:#990000", "  classDef soft fill:#fff2cc,stroke:#b45f06"];
  for (const s of f.states) {
    const label = `${s.id}${s.status && s.status !== s.id ? ` (${s.status})` : ""}${s.supported === false ? " [not supported]" : ""}`;
    lines.push(`  state "${label.replace(/"/g, "'")}" as ${mid(s.id)}`);
  }
  lines.push(`  [*] --> ${mid(f.initial)}`);
  const edges = new Map<string, string[]>();
  const label = new Map(f.triggers.map((t) => [t.id, t.id.replace(/:/g, "/")]));
  for (const s of f.states) {
    for (const [on, to] of Object.entries(f.transitions[s.id] ?? {})) {
      if (to === s.id) continue;
      const key = `${mid(s.id)} --> ${mid(to)}`;
      edges.set(key, [...(edges.get(key) ?? []), label.get(on)!]);
    }
  }
  for (const [k, ls] of edges) lines.push(`  ${k}: ${ls.join(", ")}`);
  for (const s of f.states) if (s.terminal) lines.push(`  ${mid(s.id)} --> [*]`);
  const terminal = f.states.filter((s) => s.terminal).map((s) => mid(s.id));
  const soft = f.states.filter((s) => s.soft).map((s) => mid(s.id));
  if (terminal.length) lines.push(`  class ${terminal.join(",")} terminal`);
  if (soft.length) lines.push(`  class ${soft.join(",")} soft`);
  return lines.join("\n");
}

function flowDoc(f: FlowRow): string {
  const triggers = f.triggers.map((t) => t.id);
  const parts = [
    `## ${f.title}`,
    "",
    `Flow id \`${f.id}\`, side: ${f.side}. Source: ${f.source}.`,
    "",
    "```mermaid",
    mermaid(f),
    "```",
    "",
    "Red: terminal (no event changes the status any more). Yellow: soft (finished for now, later events can still change it). Transitions that keep the state are listed below, not drawn.",
    "",
    "### States",
    "",
    table(
      ["State", "eFormidling status", "Logged by", "Description (Norwegian, verbatim)", "Terminal", "Soft", "Resend", "Seed", "Note"],
      f.states.map((s) => [`\`${s.id}\``, s.status, s.loggedBy, s.description, s.terminal ? "yes" : "no", s.soft ? "yes" : "no", s.resend, s.seed, [s.supported === false ? "**not supported upstream**" : "", s.note ?? ""].filter(Boolean).join(" ")]),
    ),
    "",
    "### Transitions",
    "",
    "Rows: current state. Columns: trigger. A cell is the next state; `=` keeps the event without changing the status; `✗` is impossible and reported as an anomaly.",
    "",
    table(["State \\ trigger", ...triggers.map((t) => `\`${t}\``)], f.states.map((s) => [`\`${s.id}\``, ...triggers.map((t) => {
      const to = f.transitions[s.id]?.[t];
      return to === undefined ? "✗" : to === s.id ? "=" : to;
    })])),
    "",
    "### Triggers",
    "",
    table(["Trigger", "Leads to", "What"], f.triggers.map((t) => [`\`${t.id}\``, t.to, t.label])),
  ];
  if (f.expiry) parts.push("", `Expiry: trigger \`${f.expiry.trigger}\` when the expected response time passes (default ${f.expiry.defaultTtlHours} h). ${f.expiry.source}.`);
  for (const r of f.synthetic) parts.push("", `Synthetic \`${r.state}\`: entering ${r.before.join("/")} from ${r.from.join("/")} inserts \`${r.state}\` at ${r.offsetMs} ms, unless any ${r.unlessAnyTrigger.join("/")} event exists. ${r.reason}.`);
  return parts.join("\n");
}

function emitDocs(src: StatusSources): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const svc of src.services) {
    const file = `schemas/status/${svc.service.toLowerCase()}.json`;
    const content = `${mdBanner([file])}# ${svc.service}: ${svc.title}\n\n${svc.flows.map(flowDoc).join("\n\n")}\n`;
    files.push({ path: `${STATUS_DOCS}/${svc.service.toLowerCase()}.md`, content, symbols: svc.flows.length });
  }
  const m = src.mapping;
  const fl = src.flyttet;
  const index = [
    mdBanner(["schemas/status/eformidling.json", "schemas/status/dpi-mapping.json", "schemas/status/flyttet.json"]).trimEnd(),
    "",
    "# eFormidling statuses and the DPI mapping",
    "",
    `Per-service diagrams and transition tables: ${src.services.map((s) => `[${s.service}](./${s.service.toLowerCase()}.md)`).join(", ")}.`,
    "",
    "## eFormidling statuses",
    "",
    table(["Status", "Meaning", "Finished (reference)"], src.eformidling.statuses.map((s) => [`\`${s.status}\``, s.meaning, s.finished ? "yes" : "no"])),
    "",
    "## DPI receipts → eFormidling status",
    "",
    `Time: reference: ${m.receiptTime.reference}; here: ${m.receiptTime.ours}.`,
    "",
    table(["DPI type", "Status", "Description (verbatim)", "Meaning"], [...m.receipts.map((r) => [`\`${r.type}\``, r.status, r.description, r.meaning]), ["any other input", m.unknownReceipt.status, m.unknownReceipt.description, m.unknownReceipt.meaning]]),
    "",
    "## Access-point API statuses → eFormidling status",
    "",
    `Time: reference: ${m.apiStatusTime.reference}; here: ${m.apiStatusTime.ours}.`,
    "",
    table(["API status", "Status", "Description (verbatim)", "Meaning", "Reference time"], [...m.apiStatuses.map((a) => [`\`${a.apiStatus}\``, a.status, a.description, a.meaning, a.referenceTime]), ["any other value", m.unknownApiStatus.status, m.unknownApiStatus.description, m.unknownApiStatus.meaning, "–"]]),
    "",
    "## feiltype",
    "",
    table(["feiltype", "Blame", "Retry can help", "Resend", "Description (verbatim)", "Meaning"], m.feiltyper.map((f) => [`\`${f.feiltype}\``, f.blame, f.retryable ? "yes" : "no", f.resend, f.description, f.meaning])),
    "",
    "## Flyttet: which letters may be moved",
    "",
    "May be moved:",
    "",
    ...fl.mayMove.map((r) => `- ${r.text}`),
    "",
    "May not be moved (each reported with its code):",
    "",
    table(["Code", "Seed text", "Why"], fl.mayNotMove.map((r) => [`\`${r.code}\``, r.text, r.why])),
    "",
    `Delivery time of the moved letter: ${fl.deliveryTime.rule} (${fl.deliveryTime.source}).`,
    "",
  ].join("\n");
  files.push({ path: `${STATUS_DOCS}/README.md`, content: index, symbols: 0 });
  return files;
}

/** Emits packages/contracts/src/generated/status.ts and docs/status/*.md from schemas/status/. */
export function emitStatus(sources: Sources): GeneratedFile[] {
  const src = loadStatusSources(sources.root, sources.catalogue.messages.map((m) => m.type));
  const flowCount = src.services.reduce((n, s) => n + s.flows.length, 0);
  return [{ path: `${OUT}/status.ts`, content: emitTs(src), symbols: 20 + flowCount * 3 }, ...emitDocs(src)];
}
