import { basename, join } from "node:path";
import { resendAdvice } from "../../../packages/contracts/src/status-model.js";
import type { InputReader } from "./read.js";

/**
 * schemas/status/: the eFormidling statuses, each service's flows (states, triggers, transitions with
 * terminal/soft marks), the DPI receipt and API-status mapping and the flyttet rules, read and checked
 * for consistency once, so that emitters only ever see tables that agree with each other.
 */

const DIR = "status";
/** The service files, in the order their flows are listed. */
export const SERVICE_FILES = ["dpi.json", "dpo.json", "dpf.json", "dpv.json", "dpe.json"];

export interface StateRow {
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
export interface TriggerRow {
  id: string;
  to: string;
  label: string;
}
export interface SyntheticRow {
  state: string;
  before: string[];
  from: string[];
  offsetMs: number;
  unlessAnyTrigger: string[];
  reason: string;
}
export interface FlowRow {
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
export interface ServiceFile {
  service: string;
  title: string;
  flows: FlowRow[];
}
export interface EformidlingFile {
  statuses: { status: string; meaning: string; finished: boolean }[];
  /** The public page each state's `seed` number names: its title and address. */
  pages: Record<string, { title: string; url: string }>;
}
export interface MappingFile {
  receipts: { type: string; status: string; description: string; meaning: string }[];
  unknownReceipt: { status: string; description: string; meaning: string };
  receiptTime: { reference: string; ours: string };
  apiStatuses: { apiStatus: string; status: string; description: string; meaning: string; referenceTime: string }[];
  unknownApiStatus: { status: string; description: string; meaning: string };
  apiStatusTime: { reference: string; ours: string };
  feiltyper: {
    feiltype: string;
    blame: string;
    retryable: boolean;
    resend: string;
    description: string;
    meaning: string;
  }[];
}
export interface FlyttetFile {
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

const RESEND: ReadonlySet<string> = new Set(resendAdvice);

/** Reads schemas/status/ and throws naming the file and row of any inconsistency. */
export function loadStatusSources(read: InputReader, schemasDir: string, dpiTypes: readonly string[]): StatusSources {
  const dir = join(schemasDir, DIR);
  const expected = ["eformidling.json", "dpi-mapping.json", "flyttet.json", ...SERVICE_FILES].sort();
  const present = read.list(dir, ".json").map((p) => basename(p));
  const unknown = present.filter((n) => !expected.includes(n));
  if (unknown.length)
    throw new Error(
      `schemas/status: unexpected file(s) ${unknown.join(", ")}; add them to codegen/src/sources/status.ts`,
    );
  const eformidling = read.json<EformidlingFile>(join(dir, "eformidling.json"));
  const mapping = read.json<MappingFile>(join(dir, "dpi-mapping.json"));
  const flyttet = read.json<FlyttetFile>(join(dir, "flyttet.json"));
  const services = SERVICE_FILES.map((f) => read.json<ServiceFile>(join(dir, f)));
  const statuses = new Set(eformidling.statuses.map((s) => s.status));
  if (statuses.size !== eformidling.statuses.length)
    throw new Error("schemas/status/eformidling.json: a status is listed twice");

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
      if (flow.expiry && !triggerIds.has(flow.expiry.trigger))
        throw new Error(`${where}: expiry trigger ${flow.expiry.trigger} is not a trigger`);
      for (const s of flow.states) {
        if (s.status !== null && !statuses.has(s.status))
          throw new Error(`${where}: state ${s.id}: unknown eFormidling status ${s.status}`);
        if (s.seed !== null && !eformidling.pages[s.seed])
          throw new Error(`${where}: state ${s.id}: page ${s.seed} is not in eformidling.json pages`);
        if (s.terminal && s.soft) throw new Error(`${where}: state ${s.id} is both terminal and soft`);
        if (!RESEND.has(s.resend))
          throw new Error(`${where}: state ${s.id}: resend ${s.resend} is not one of ${[...RESEND].join(", ")}`);
        if (!(s.id in flow.transitions)) throw new Error(`${where}: state ${s.id} has no transitions row`);
      }
      for (const t of flow.triggers)
        if (!stateIds.has(t.to)) throw new Error(`${where}: trigger ${t.id} goes to unknown state ${t.to}`);
      for (const [from, row] of Object.entries(flow.transitions)) {
        if (!stateIds.has(from)) throw new Error(`${where}: transitions row ${from} is not a state`);
        const natural = new Map(flow.triggers.map((t) => [t.id, t.to]));
        for (const [on, to] of Object.entries(row)) {
          if (!triggerIds.has(on)) throw new Error(`${where}: ${from} on ${on}: unknown trigger`);
          // A trigger either moves to its own target or keeps the state: nothing else is expressible.
          if (to !== from && to !== natural.get(on))
            throw new Error(
              `${where}: ${from} on ${on} goes to ${to}, neither ${from} nor the trigger's target ${natural.get(on)}`,
            );
        }
      }
      for (const s of flow.states) {
        if (s.terminal) {
          const moves = Object.entries(flow.transitions[s.id]!).filter(([, to]) => to !== s.id);
          if (moves.length)
            throw new Error(
              `${where}: terminal state ${s.id} has transitions out (${moves.map(([on]) => on).join(", ")})`,
            );
        }
      }
      for (const r of flow.synthetic) {
        for (const id of [r.state, ...r.before, ...r.from])
          if (!stateIds.has(id)) throw new Error(`${where}: synthetic rule names unknown state ${id}`);
        for (const id of r.unlessAnyTrigger)
          if (!triggerIds.has(id)) throw new Error(`${where}: synthetic rule names unknown trigger ${id}`);
      }
    }
  }

  const dpi = services.find((s) => s.service === "DPI")!.flows.find((f) => f.id === "dpi")!;
  const stateStatus = new Map(dpi.states.map((s) => [s.id, s.status]));
  const dpiTriggerTarget = new Map(dpi.triggers.map((t) => [t.id, t.to]));
  const mapped = new Set(mapping.receipts.map((r) => r.type));
  for (const t of dpiTypes)
    if (!mapped.has(t)) throw new Error(`schemas/status/dpi-mapping.json: DPI type ${t} has no receipt mapping row`);
  for (const r of mapping.receipts) {
    if (!dpiTypes.includes(r.type)) throw new Error(`schemas/status/dpi-mapping.json: ${r.type} is not a DPI type`);
    if (!statuses.has(r.status))
      throw new Error(`schemas/status/dpi-mapping.json: ${r.type}: unknown status ${r.status}`);
    // A receipt that maps to a real status must be a DPI trigger whose state projects onto that status.
    if (r.status !== "ANNET") {
      const to = dpiTriggerTarget.get(r.type);
      if (!to || stateStatus.get(to) !== r.status)
        throw new Error(
          `schemas/status/dpi-mapping.json: ${r.type} maps to ${r.status} but the dpi flow's ` +
            `trigger leads to ${to ?? "nothing"} (${to ? stateStatus.get(to) : "-"})`,
        );
    }
  }
  for (const a of mapping.apiStatuses) {
    const to = dpiTriggerTarget.get(`api:${a.apiStatus}`);
    if (!to || stateStatus.get(to) !== a.status)
      throw new Error(
        `schemas/status/dpi-mapping.json: API ${a.apiStatus} maps to ${a.status} but trigger ` +
          `api:${a.apiStatus} leads to ${to ?? "nothing"}`,
      );
  }
  for (const f of mapping.feiltyper)
    if (!RESEND.has(f.resend))
      throw new Error(`schemas/status/dpi-mapping.json: feiltype ${f.feiltype}: resend ${f.resend}`);
  return { eformidling, services, mapping, flyttet };
}
