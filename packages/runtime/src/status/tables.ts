/** A flow's lookups (triggers, states, ranks, the known access-point statuses), built once per flow. */
import { dpiApiStatusMapping, type EformidlingStatus, type FlowState, type StatusFlow } from "@innbyggerpost/contracts";
import { API_SEEN_SIZE, apiKeyPrefix, BoundedMemo, weakMemo } from "./cache.js";
import type { Candidate } from "./candidates.js";
import type { FnvState } from "./identity.js";

export function stateOf(flow: StatusFlow, id: string): FlowState {
  return flow.states.find((s) => s.id === id)!;
}

/** A flow's triggers and states by id, its lifecycle ranks, and the trigger of each access-point status. */
export interface FlowTables {
  readonly triggers: ReadonlyMap<string, StatusFlow["triggers"][number]>;
  readonly states: ReadonlyMap<string, FlowState>;
  /** Index of each state in the flow's lifecycle order (the second ordering key). */
  readonly rank: ReadonlyMap<string, number>;
  /** The trigger of each access-point status (`api:SENDT`), or null when the flow has none. */
  readonly apiTriggers: ReadonlyMap<string, string | null>;
  /** What the plain form of each known access-point status maps to, by status (see plainApi). */
  readonly apiPlain: ReadonlyMap<string, ApiPlain>;
}

/** A known access-point status, read once per flow: its mapping row, trigger, rank and hash prefix state. */
export interface ApiPlain {
  readonly row: (typeof dpiApiStatusMapping)[keyof typeof dpiApiStatusMapping];
  readonly trigger: string | null;
  readonly rank: number;
  /** The FNV state after `api:{"beskrivelse":null,"status":"<status>","timestamp":`. */
  readonly prefix: FnvState;
  /** `api:<status>:`, the start of the event's id. */
  readonly idPrefix: string;
  /** The status as given (the mapping key), for the event's key. */
  readonly status: string;
  /** Why it is no event of the flow, when it has no trigger. */
  readonly note: string;
  /** This status's bit, to note which statuses a call saw without a set operation per event. */
  readonly bit: number;
  /** Id and time of timestamps already seen with this status, across calls (see API_SEEN_SIZE). */
  readonly seen: BoundedMemo<ApiSeen>;
}

/** What a plain access-point status's timestamp gives with its status: its id and epoch milliseconds. */
export interface ApiSeen {
  readonly id: string;
  readonly ms: number;
}

// The flows are the contracts package's constant tables: their lookups are built once per flow, not per call.
export const tablesOf = weakMemo(buildTables);

function buildTables(flow: StatusFlow): FlowTables {
  const triggers = new Map(flow.triggers.map((x) => [x.id, x]));
  const apiTriggers = new Map(
    Object.values(dpiApiStatusMapping).map((r): [string, string | null] => [
      r.apiStatus,
      triggers.has(`api:${r.apiStatus}`) ? `api:${r.apiStatus}` : null,
    ]),
  );
  const rank = new Map(flow.states.map((x, i) => [x.id, i]));
  const apiPlain = new Map<string, ApiPlain>();
  for (const [status, row] of Object.entries(dpiApiStatusMapping)) {
    const trigger = apiTriggers.get(row.apiStatus) ?? null;
    const tr = trigger === null ? undefined : triggers.get(trigger);
    const prefix = apiKeyPrefix(status);
    apiPlain.set(status, {
      row,
      trigger,
      rank: tr ? rank.get(tr.to)! : flow.states.length,
      prefix,
      idPrefix: `api:${status}:`,
      status,
      note: `api:${row.apiStatus} is not a trigger of flow ${flow.id}`,
      bit: 1 << apiPlain.size,
      seen: new BoundedMemo<ApiSeen>(API_SEEN_SIZE),
    });
  }
  return { triggers, states: new Map(flow.states.map((x) => [x.id, x])), rank, apiTriggers, apiPlain };
}

/**
 * What one reduction looks up per event: the flow's tables, and what was already made of a receipt in
 * this call (polling repeats the same receipt many times).
 */
export interface Context extends FlowTables {
  readonly flow: StatusFlow;
  readonly receipts: Map<unknown, Map<string | undefined, Candidate>>;
}

export function contextOf(flow: StatusFlow): Context {
  // Field by field: a spread copies through a slower generic path, and this runs once per call.
  const t = tablesOf(flow);
  return {
    flow,
    triggers: t.triggers,
    states: t.states,
    rank: t.rank,
    apiTriggers: t.apiTriggers,
    apiPlain: t.apiPlain,
    receipts: new Map(),
  };
}

/** The status of the state a trigger leads to, or null for an unknown trigger. */
export function statusOfTrigger(cx: Context, trigger: string): EformidlingStatus | null {
  const t = cx.triggers.get(trigger);
  return t ? cx.states.get(t.to)!.status : null;
}

/** The rank (second ordering key) of the state a trigger leads to; unknown triggers last. */
export function rankOfTrigger(cx: Context, trigger: string | null): number {
  const t = trigger === null ? undefined : cx.triggers.get(trigger);
  return t ? cx.rank.get(t.to)! : cx.flow.states.length;
}
