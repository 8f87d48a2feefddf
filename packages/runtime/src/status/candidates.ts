/**
 * Turning each input into what the reducer orders and applies: a candidate event with its identity, trigger and time.
 */
import { agencyLetterTypes, type EformidlingStatus } from "@innbyggerpost/contracts";
import { apiKeyPrefix, receiptMemo } from "./cache.js";
import { canonicalJson, shortHash, shortHashJsonString } from "./identity.js";
import type { ReducedEvent } from "./model.js";
import { apiStatusToStatus, type ApiStatusResult } from "./api-status.js";
import {
  headerFacts,
  receiptToStatus,
  receiptToStatusOwned,
  type ReceiptStatus,
  type ReceiptToStatusOptions,
} from "./receipt.js";
import { statusOfTrigger, type ApiPlain, type Context } from "./tables.js";
import { parseDateTime, readTime } from "./time.js";
import { copyJson } from "../support/json-value.js";
import { shown, isRecord } from "../support/problem.js";

export interface Candidate {
  id: string;
  /** The identity (canonical JSON with a kind prefix); for an access-point status built only when needed, see keyOf. */
  key: string | null;
  /** The access-point status event as given, to build its key from (keyOf). */
  api?: Readonly<Record<string, unknown>>;
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

export function creationTime(message: unknown): string | null {
  const sbd = isRecord(message) ? message.standardBusinessDocument : undefined;
  const h = isRecord(sbd) ? sbd.standardBusinessDocumentHeader : undefined;
  const d = isRecord(h) ? h.documentIdentification : undefined;
  // Any spelling the date-time format accepts, read canonically.
  return readTime(isRecord(d) ? d.creationDateAndTime : undefined)?.time ?? null;
}

/** An input that is not a usable event: identified by its whole content, reported at its index. */
function invalidCandidate(e: unknown, index: number, message: string): Candidate {
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
}

/** Turns one input into a candidate event; never throws. */
export function toCandidate(cx: Context, given: unknown, index: number): Candidate {
  const flow = cx.flow;
  if (!isRecord(given)) return invalidCandidate(given, index, "an event is an object with a kind");
  // Each field of the caller's event read once, into a plain copy (the message inside is not copied); what
  // plainApi already read of it is taken from there.
  const e = ownFields(given);
  switch (e.kind) {
    case "message": {
      let value = e.message;
      if (typeof value === "string") {
        try {
          value = JSON.parse(value);
        } catch {
          return invalidCandidate(e, index, "the message is not JSON");
        }
      } else {
        // One read of the caller's letter, into a copy its header facts, identity and later checks all read.
        const copied = copyJson(value, `/${index}/message`);
        if (!copied.ok) return invalidCandidate(e, index, `the message is not JSON: ${copied.errors[0]!.message}`);
        value = copied.value;
      }
      const facts = headerFacts(value);
      const created = creationTime(value);
      const key = `message:${canonicalJson(value)}`;
      const ok =
        flow.triggers.some((t) => t.id === "message") &&
        facts.type !== null &&
        (agencyLetterTypes as readonly string[]).includes(facts.type);
      return {
        id: `message:${facts.type ?? "?"}:${facts.messageId ?? "?"}:${shortHash(key)}`,
        key,
        kind: "message",
        trigger: ok ? "message" : null,
        status: ok ? statusOfTrigger(cx, "message") : "ANNET",
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
      if (e.jws !== undefined && typeof e.jws !== "string")
        return invalidCandidate(e, index, "jws must be a compact JWS string");
      // The same receipt object (or text) with the same jws gives the same candidate: map, validate and
      // hash it once per call, however often polling repeated it.
      let byJws = cx.receipts.get(e.message);
      const known = byJws?.get(e.jws as string | undefined);
      if (known) return known;
      const made = receiptCandidate(cx, e.message, e.jws as string | undefined);
      if (!byJws) {
        byJws = new Map();
        cx.receipts.set(e.message, byJws);
      }
      byJws.set(e.jws as string | undefined, made);
      return made;
    }
    case "api-status":
      return apiCandidate(cx, e);
    case "expired": {
      if (parseDateTime(e.time) === null)
        return invalidCandidate(e, index, "time must be an RFC 3339 date-time with an offset");
      const trigger = flow.expiry?.trigger ?? null;
      const key = `expired:${e.time as string}`;
      return {
        id: key,
        key,
        kind: "expired",
        trigger,
        status: trigger ? statusOfTrigger(cx, trigger) : "ANNET",
        description: "the expected response time passed",
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: null,
        note: trigger ? undefined : `flow ${flow.id} has no expiry`,
      };
    }
    case "status": {
      if (typeof e.trigger !== "string") return invalidCandidate(e, index, "trigger must be a string");
      if (parseDateTime(e.time) === null)
        return invalidCandidate(e, index, "time must be an RFC 3339 date-time with an offset");
      if (e.description !== undefined && typeof e.description !== "string")
        return invalidCandidate(e, index, "description must be a string");
      if (e.conversationId !== undefined && typeof e.conversationId !== "string")
        return invalidCandidate(e, index, "conversationId must be a string");
      const known = cx.triggers.get(e.trigger);
      const key = `status:${canonicalJson(e)}`;
      return {
        id: `status:${e.trigger}:${e.time as string}:${shortHash(key)}`,
        key,
        kind: "status",
        trigger: known ? e.trigger : null,
        status: known ? statusOfTrigger(cx, e.trigger) : "ANNET",
        description: (e.description as string | undefined) ?? known?.label ?? null,
        time: e.time as string,
        ms: parseDateTime(e.time),
        timeSource: "timestamp",
        conversationId: (e.conversationId as string | undefined) ?? null,
        note: known
          ? undefined
          : `${JSON.stringify(e.trigger)} is not a trigger of flow ${flow.id} ` +
            `(${flow.triggers.map((t) => t.id).join(", ")})`,
      };
    }
    default:
      return invalidCandidate(
        e,
        index,
        `kind must be one of message, receipt, api-status, expired, status, not ${shown(e.kind)}`,
      );
  }
}

/** A shallow copy of an event's own enumerable fields, each read once (a "__proto__" key stays a key). */
function ownFields(e: Record<string, unknown>): Record<string, unknown> {
  // Taken first: a getter read below may run another reduceStatus, which reuses preRead.
  const { fields, kind, status, beskrivelse, timestamp } = preRead;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(e)) {
    let v: unknown;
    if (fields > 0 && k === "kind") v = kind;
    else if (fields === 4 && k === "status") v = status;
    else if (fields === 4 && k === "beskrivelse") v = beskrivelse;
    else if (fields === 4 && k === "timestamp") v = timestamp;
    else v = e[k];
    if (k === "__proto__")
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

/** A receipt event's candidate (the jws already checked to be a string or absent). */
function receiptCandidate(cx: Context, message: unknown, jws: string | undefined): Candidate {
  const d = receiptReading(message, jws);
  const r = d.receipt;
  const trigger = r.status !== "ANNET" && r.type && cx.triggers.has(r.type) ? r.type : null;
  return {
    id: d.id,
    key: d.key,
    kind: "receipt",
    trigger,
    status: r.status,
    description: r.description,
    time: r.time,
    ms: d.ms,
    timeSource: r.timeSource === "fallback" ? "creationDateAndTime" : r.timeSource,
    conversationId: r.conversationId,
    // A fresh result each call, as before: callers own what reduceStatus returns.
    receipt: { ...r, issues: r.issues.map((i) => ({ ...i })) },
    jws: r.jws,
    note: trigger ? undefined : (r.reason ?? `${r.type} is not a trigger of flow ${cx.flow.id}`),
  };
}

/** The options with the header's creation time as the fallback: a better one than none (the receipt was made then). */
function withFallback(options: { jws?: string }, value: unknown): ReceiptToStatusOptions {
  const created = creationTime(value);
  return created ? { ...options, fallbackTime: created } : options;
}

/** What a receipt says, independent of the flow: its mapping, identity key, id and time. */
interface ReceiptReading {
  readonly receipt: ReceiptStatus;
  readonly key: string;
  readonly id: string;
  readonly ms: number | null;
}

// Reading a receipt (validating it, writing its canonical JSON, hashing that) costs far more than the rest
// of reducing it: what a receipt object says is remembered per object (see receiptMemo).
const receiptReading = receiptMemo(readReceipt);

function readReceipt(message: unknown, jws: string | undefined): ReceiptReading {
  const options = jws !== undefined ? { jws } : {};
  let value = message;
  let r: ReceiptStatus;
  if (typeof message === "string") {
    const r0 = receiptToStatus(message);
    if (r0.message) value = r0.message;
    r = receiptToStatus(message, withFallback(options, value));
  } else {
    // One read of the caller's receipt, into a copy that both the fallback time and the mapping read. What
    // is not JSON is left to receiptToStatus to refuse (and say why); it has no fallback time to read.
    const copied = copyJson(message);
    if (copied.ok) {
      value = copied.value;
      r = receiptToStatusOwned(value, withFallback(options, value));
    } else r = receiptToStatus(message, options);
  }
  const key = `receipt:${canonicalJson(r.message ?? value)}`;
  return {
    receipt: r,
    key,
    id: `receipt:${r.type ?? "?"}:${r.messageId ?? "?"}:${r.time ?? "?"}:${shortHash(key)}`,
    ms: parseDateTime(r.time),
  };
}

/**
 * An access-point status's candidate. Its key and id are the canonical JSON of {status, beskrivelse,
 * timestamp} and its hash; in the usual case (status a string, no beskrivelse, a timestamp string)
 * the hash is taken from a per-status prefix state plus the timestamp, and the key itself is only
 * built when a sort tie or a possible duplicate needs it (keyOf).
 */
function apiCandidate(cx: Context, e: Readonly<Record<string, unknown>>): Candidate {
  // apiStatusToStatus reads only status, beskrivelse and timestamp: the event itself is that object.
  const a = apiStatusToStatus(e);
  const { status, beskrivelse, timestamp } = e;
  const trigger = a.apiStatus ? (cx.apiTriggers.get(a.apiStatus) ?? null) : null;
  let key: string | null = null;
  let hash: string | null = null;
  if (
    typeof status === "string" &&
    (beskrivelse === undefined || beskrivelse === null) &&
    typeof timestamp === "string"
  ) {
    hash = shortHashJsonString(apiKeyPrefix(status), timestamp, "}");
  }
  if (hash === null) {
    key = `api:${apiKey(status, beskrivelse ?? null, timestamp ?? null)}`;
    hash = shortHash(key);
  }
  return {
    id: `api:${Array.isArray(status) && status.length > 64 ? "<array>" : String(status)}:${a.time ?? "?"}:${hash}`,
    key,
    api: e,
    kind: "api-status",
    trigger,
    status: a.status,
    description: a.description,
    time: a.time,
    ms: parseDateTime(a.time),
    timeSource: a.timeSource,
    conversationId: null,
    apiStatus: a,
    note: trigger ? undefined : (a.reason ?? `api:${a.apiStatus} is not a trigger of flow ${cx.flow.id}`),
  };
}

/** A candidate's identity key, built on first use for access-point statuses. */
export function keyOf(c: Candidate): string {
  if (c.key === null) c.key = `api:${apiKey(c.api!.status, c.api!.beskrivelse ?? null, c.api!.timestamp ?? null)}`;
  return c.key;
}

/**
 * canonicalJson({status, beskrivelse, timestamp}) of an access-point status. The usual fields (strings,
 * null) are written directly, in canonicalJson's sorted key order; anything else goes through it.
 */
export function apiKey(status: unknown, beskrivelse: unknown, timestamp: unknown): string {
  const plain = (v: unknown) => v === null || typeof v === "string";
  if (plain(status) && plain(beskrivelse) && plain(timestamp)) {
    return (
      `{"beskrivelse":${JSON.stringify(beskrivelse)},"status":${JSON.stringify(status)},` +
      `"timestamp":${JSON.stringify(timestamp)}}`
    );
  }
  return canonicalJson({ status, beskrivelse, timestamp });
}

/**
 * An access-point status in its plain form (`{kind, status, timestamp}`: a known status, no beskrivelse, a
 * timestamp string), or undefined for anything else. With a valid timestamp apiStatusToStatus finds no
 * issue in these and reads nothing else, so the reducer maps them itself (plainApiResult) and keeps no
 * Candidate for them. The timestamp is checked by the caller (or found in ApiPlain.seen, which holds
 * only valid ones), so that a known one is not parsed again.
 */
export function plainApi(cx: Context, e: unknown): ApiPlain | undefined {
  plainTimestamp = "";
  preRead.fields = 0;
  if (typeof e !== "object" || e === null || Array.isArray(e)) return undefined;
  const ev = e as Readonly<Record<string, unknown>>;
  const kind = ev.kind;
  preRead.kind = kind;
  preRead.fields = 1;
  if (kind !== "api-status") return undefined;
  const status = ev.status;
  const beskrivelse = ev.beskrivelse;
  const timestamp = ev.timestamp;
  preRead.status = status;
  preRead.beskrivelse = beskrivelse;
  preRead.timestamp = timestamp;
  preRead.fields = 4;
  if (
    typeof status !== "string" ||
    (beskrivelse !== undefined && beskrivelse !== null) ||
    typeof timestamp !== "string"
  )
    return undefined;
  plainTimestamp = timestamp;
  // A Map has no inherited keys: only the mapping's own statuses are found.
  return cx.apiPlain.get(status);
}

/** The timestamp plainApi read from the event it accepted last: read once, used by the caller. */
export let plainTimestamp = "";

/**
 * The fields plainApi read from the event it looked at last (`fields`: none, `kind`, or `kind` and the
 * three an access-point status has), so that toCandidate takes them from here instead of reading the
 * caller's event again (a getter could answer differently). One object, reused: no allocation per event.
 */
const preRead = {
  fields: 0,
  kind: undefined as unknown,
  status: undefined as unknown,
  beskrivelse: undefined as unknown,
  timestamp: undefined as unknown,
};

/** Of two inputs with the same identity, the one kept: the one carrying a JWS, else the smaller JWS. */
export function prefer(a: Candidate, b: Candidate): Candidate {
  const ja = a.jws ?? null;
  const jb = b.jws ?? null;
  if (ja === jb) return a;
  if (ja === null) return b;
  if (jb === null) return a;
  return ja < jb ? a : b;
}
