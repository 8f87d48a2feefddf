/** The reducer's inputs read once and checked: each mistake an anomaly, never an exception. */
import { statusFlows, type StatusFlow, type StatusFlowId } from "@innbyggerpost/contracts";
import { isRecord, shown } from "../support/problem.js";
import type { Anomaly, ReduceOptions } from "./model.js";
import { parseDateTime } from "./time.js";

/** The options as the reducer uses them: a missing or bad one is its default (null: none). */
export interface ReadOptions {
  readonly flowId: StatusFlowId;
  readonly flow: StatusFlow;
  readonly now: string | null;
  readonly expectedResponseTime: string | null;
  readonly conversationId: string | null;
}

/** More events than one message can have (polling every minute for years): a huge sparse array, say. */
const MAX_EVENTS = 1 << 20;

/** Reads each option once; a bad one is reported under `/options/...` and replaced by its default. */
export function readOptions(options: ReduceOptions | undefined, anomalies: Anomaly[]): ReadOptions {
  const opts: Record<string, unknown> = isRecord(options) ? options : {};
  if (options !== undefined && !isRecord(options))
    anomalies.push({ code: "bad-option", pointer: "/options", message: "options must be an object" });
  const { flow: flowOption, now, expectedResponseTime, conversationId } = opts;
  let flowId: StatusFlowId = "dpi";
  if (flowOption !== undefined) {
    if (typeof flowOption === "string" && Object.hasOwn(statusFlows, flowOption)) flowId = flowOption as StatusFlowId;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/flow",
        message: `options.flow must be one of ${Object.keys(statusFlows).join(", ")}; using dpi`,
      });
  }
  const timeOption = (name: string, v: unknown): string | null => {
    if (v === undefined) return null;
    if (parseDateTime(v) !== null) return v as string;
    anomalies.push({
      code: "bad-option",
      pointer: `/options/${name}`,
      message: `options.${name} must be an RFC 3339 date-time with an offset, not ${shown(v)}`,
    });
    return null;
  };
  const read = {
    flowId,
    flow: statusFlows[flowId] as StatusFlow,
    now: timeOption("now", now),
    expectedResponseTime: timeOption("expectedResponseTime", expectedResponseTime),
    conversationId: null as string | null,
  };
  if (conversationId !== undefined) {
    if (typeof conversationId === "string") read.conversationId = conversationId;
    else
      anomalies.push({
        code: "bad-option",
        pointer: "/options/conversationId",
        message: "options.conversationId must be a string",
      });
  }
  return read;
}

/** The events as a list, or an empty one (reported) when they are not an array or far too many. */
export function readEvents(events: unknown, anomalies: Anomaly[]): readonly unknown[] {
  if (!Array.isArray(events)) {
    const what = events === null ? "null" : typeof events;
    anomalies.push({ code: "invalid-input", pointer: "", message: `events must be an array, not ${what}` });
    return [];
  }
  if (events.length > MAX_EVENTS) {
    anomalies.push({
      code: "invalid-input",
      pointer: "",
      message: `events has ${events.length} items; at most ${MAX_EVENTS} are reduced at once, so none was`,
    });
    return [];
  }
  return events;
}
