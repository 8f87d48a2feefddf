// Test oracle (see reduce.ts): turning each input into a candidate event, verbatim (exported for reduce.ts).
import type { EformidlingStatus, FlowState, StatusFlow } from "@innbyggerpost/contracts";
import { canonicalJson, shortHash } from "./identity.js";
import type { ReducedEvent } from "./model.js";
import {
  apiStatusToStatus,
  headerFacts,
  receiptToStatus,
  type ApiStatusResult,
  type ReceiptStatus,
} from "./receipt.js";
import { parseDateTime } from "./time.js";

export interface Candidate {
  id: string;
  key: string;
  kind: ReducedEvent["kind"];
  trigger: string | null;
  status: EformidlingStatus | null;
  description: string | null;
  time: string | null;
  ms: number | null;
  timeSource: ReducedEvent["timeSource"];
  conversationId: string | null;
  receipt?: ReceiptStatus;
  apiStatus?: ApiStatusResult;
  jws?: string | null;
  pointer?: string;
  note?: string;
  expected?: string | null;
  creation?: string | null;
  value?: unknown;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function stateOf(flow: StatusFlow, id: string): FlowState {
  return flow.states.find((s) => s.id === id)!;
}

export function creationTime(message: unknown): string | null {
  const sbd = isObject(message) ? message.standardBusinessDocument : undefined;
  const h = isObject(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const d = isObject(h) ? h.documentIdentification : undefined;
  const t = isObject(d) ? d.creationDateAndTime : undefined;
  return parseDateTime(t) !== null ? (t as string) : null;
}

/** Turns one input into a candidate event; never throws. */
export function toCandidate(flow: StatusFlow, e: unknown, index: number): Candidate {
  const triggerTo = (t: string) => flow.triggers.find((x) => x.id === t);
  const statusOfTrigger = (t: string) => {
    const tr = triggerTo(t);
    return tr ? stateOf(flow, tr.to).status : null;
  };
  const invalid = (message: string): Candidate => {
    const key = `invalid:${canonicalJson(e)}`;
    return {
      id: `invalid:${shortHash(key)}`,
      key,
      kind: "invalid",
      trigger: null,
      status: "ANNET",
      description: message,
      time: null,
      ms: null,
      timeSource: "none",
      conversationId: null,
      pointer: `/${index}`,
    };
  };
  if (!isObject(e)) return invalid("an event is an object with a kind");
  switch (e.kind) {
    case "message": {
      let value = e.message;
      if (typeof value === "string") {
        try {
          value = JSON.parse(value);
        } catch {
          return invalid("the message is not JSON");
        }
      }
      const facts = headerFacts(value);
      const created = creationTime(value);
      const key = `message:${canonicalJson(value)}`;
      const ok =
        flow.triggers.some((t) => t.id === "message") && (facts.type === "digital" || facts.type === "utskrift");
      return {
        id: `message:${facts.type ?? "?"}:${facts.messageId ?? "?"}:${shortHash(key)}`,
        key,
        kind: "message",
        trigger: ok ? "message" : null,
        status: ok ? statusOfTrigger("message") : "ANNET",
        description: ok ? `the ${facts.type} letter` : `not a letter this flow knows (type ${facts.type ?? "unknown"})`,
        time: created,
        ms: parseDateTime(created),
        timeSource: created ? "creationDateAndTime" : "none",
        conversationId: facts.conversationId,
        expected: facts.expectedResponseTime,
        creation: created,
        value,
      };
    }
    case "receipt": {
      if (e.jws !== undefined && typeof e.jws !== "string") return invalid("jws must be a compact JWS string");
      let value = e.message;
      if (typeof value === "string") {
        const r0 = receiptToStatus(value);
        if (r0.message) value = r0.message;
      }
      // The header's creation time is a better fallback than none: the receipt was made then.
      const r = receiptToStatus(e.message, {
        ...(e.jws !== undefined ? { jws: e.jws as string } : {}),
        ...(creationTime(value) ? { fallbackTime: creationTime(value)! } : {}),
      });
      const key = `receipt:${canonicalJson(r.message ?? value)}`;
      const trigger = r.status !== "ANNET" && r.type && triggerTo(r.type) ? r.type : null;
      return {
        id: `receipt:${r.type ?? "?"}:${r.messageId ?? "?"}:${r.time ?? "?"}:${shortHash(key)}`,
        key,
        kind: "receipt",
        trigger,
        status: r.status,
        description: r.description,
        time: r.time,
        ms: parseDateTime(r.time),
        timeSource: r.timeSource === "fallback" ? "creationDateAndTime" : r.timeSource,
        conversationId: r.conversationId,
        receipt: r,
        jws: r.jws,
        note: trigger ? undefined : (r.reason ?? `${r.type} is not a trigger of flow ${flow.id}`),
      };
    }
    case "api-status": {
      const a = apiStatusToStatus({ status: e.status, beskrivelse: e.beskrivelse, timestamp: e.timestamp });
      const key = `api:${canonicalJson({ status: e.status, beskrivelse: e.beskrivelse ?? null, timestamp: e.timestamp ?? null })}`;
      const trigger = a.apiStatus && triggerTo(`api:${a.apiStatus}`) ? `api:${a.apiStatus}` : null;
      return {
        id: `api:${String(e.status)}:${a.time ?? "?"}:${shortHash(key)}`,
        key,
        kind: "api-status",
        trigger,
        status: a.status,
        description: a.description,
        time: a.time,
        ms: parseDateTime(a.time),
        timeSource: a.timeSource,
        conversationId: null,
        apiStatus: a,
        note: trigger ? undefined : (a.reason ?? `api:${a.apiStatus} is not a trigger of flow ${flow.id}`),
      };
    }
    case "expired": {
      if (parseDateTime(e.time) === null) return invalid("time must be an RFC 3339 date-time with an offset");
      const trigger = flow.expiry?.trigger ?? null;
      const key = `expired:${e.time as string}`;
      return {
        id: key,
        key,
        kind: "expired",
        trigger,
        status: trigger ? statusOfTrigger(trigger) : "ANNET",
        description: "the expected response time passed",
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: null,
        note: trigger ? undefined : `flow ${flow.id} has no expiry`,
      };
    }
    case "status": {
      if (typeof e.trigger !== "string") return invalid("trigger must be a string");
      if (parseDateTime(e.time) === null) return invalid("time must be an RFC 3339 date-time with an offset");
      if (e.description !== undefined && typeof e.description !== "string")
        return invalid("description must be a string");
      if (e.conversationId !== undefined && typeof e.conversationId !== "string")
        return invalid("conversationId must be a string");
      const known = triggerTo(e.trigger);
      const key = `status:${canonicalJson(e)}`;
      return {
        id: `status:${e.trigger}:${e.time as string}:${shortHash(key)}`,
        key,
        kind: "status",
        trigger: known ? e.trigger : null,
        status: known ? statusOfTrigger(e.trigger) : "ANNET",
        description: (e.description as string | undefined) ?? known?.label ?? null,
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: (e.conversationId as string | undefined) ?? null,
        note: known
          ? undefined
          : `${JSON.stringify(e.trigger)} is not a trigger of flow ${flow.id} (${flow.triggers.map((t) => t.id).join(", ")})`,
      };
    }
    default:
      return invalid(
        `kind must be one of message, receipt, api-status, expired, status, not ${JSON.stringify(e.kind)}`,
      );
  }
}

/** Of two inputs with the same identity, the one kept: the one carrying a JWS, else the smaller JWS. */
export function prefer(a: Candidate, b: Candidate): Candidate {
  const ja = a.jws ?? null;
  const jb = b.jws ?? null;
  if (ja === jb) return a;
  if (ja === null) return b;
  if (jb === null) return a;
  return ja < jb ? a : b;
}
