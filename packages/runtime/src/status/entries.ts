/**
 * The distinct events of one reduction, in side arrays by index: access-point statuses first (in input
 * order), then the other distinct events, then a derived expiry. Polling yields thousands of access-point
 * statuses, so those in the plain form (plainApi) get no Candidate object at all: only their id, time,
 * rank and mapping are kept, and the sort orders an index array by these instead of moving objects.
 */
import type { StatusFlow } from "@innbyggerpost/contracts";
import { API_SEEN_SIZE, giveColumns, takeColumns, type Columns } from "./cache.js";
import { apiKey, keyOf, plainApi, plainTimestamp, prefer, toCandidate, type Candidate } from "./candidates.js";
import { plainApiResult } from "./events.js";
import { withShortHashJsonString } from "./identity.js";
import type { ApiStatusResult } from "./api-status.js";
import { rankOfTrigger, stateOf, type ApiPlain, type Context } from "./tables.js";
import { isoUtc, parseDateTime } from "./time.js";

/** One reduction's entries. Every slot below `count` is written before it is read. */
export class Entries {
  /** The candidate, or null for a plain access-point status. */
  readonly cands: (Candidate | null)[];
  readonly ids: string[];
  /** For plain access-point statuses: their known status (trigger, rank, key) and their mapping. */
  readonly plains: (ApiPlain | null)[];
  readonly apiResults: (ApiStatusResult | null)[];
  /** Epoch milliseconds (+Infinity: no time) and lifecycle rank, by index. */
  readonly ms: Float64Array;
  readonly rank: Int32Array;
  /** The union of the plain statuses' bits. */
  plainBits = 0;
  /** Entries below this index are access-point statuses. */
  apiCount = 0;
  count = 0;
  readonly #columns: Columns;
  // Sort keys, built (and kept) only for ties, which distinct timestamps make rare.
  #keys: (string | undefined)[] | undefined;

  /** Room for `size` entries: at most one per input plus a derived expiry, sized once rather than grown. */
  constructor(size: number) {
    this.cands = new Array<Candidate | null>(size);
    this.ids = new Array<string>(size);
    this.plains = new Array<ApiPlain | null>(size);
    this.apiResults = new Array<ApiStatusResult | null>(size);
    this.#columns = takeColumns(size);
    this.ms = this.#columns.ms;
    this.rank = this.#columns.rank;
  }

  /** Adds a plain access-point status. */
  addPlain(plain: ApiPlain, id: string, ms: number, timestamp: string): void {
    const i = this.count++;
    this.cands[i] = null;
    this.ids[i] = id;
    this.ms[i] = ms;
    this.rank[i] = plain.rank;
    this.plains[i] = plain;
    this.plainBits |= plain.bit;
    this.apiResults[i] = plainApiResult(plain, timestamp);
  }

  /** Adds a candidate. */
  add(cx: Context, c: Candidate): void {
    const i = this.count++;
    this.cands[i] = c;
    this.ids[i] = c.id;
    this.ms[i] = c.ms ?? Number.POSITIVE_INFINITY;
    this.rank[i] = rankOfTrigger(cx, c.trigger);
    this.plains[i] = null;
    this.apiResults[i] = null;
  }

  /** The sort key of entry `i` (a plain status's own fields are its status, a null beskrivelse and its time). */
  keyAt(i: number): string {
    this.#keys ??= new Array<string | undefined>(this.count);
    let k = this.#keys[i];
    if (k === undefined) {
      const c = this.cands[i];
      k = c ? keyOf(c) : `api:${apiKey(this.plains[i]!.status, null, this.apiResults[i]!.time)}`;
      this.#keys[i] = k;
    }
    return k;
  }

  /** Gives the time and rank columns back for the next call: the entries are not read after this. */
  release(): void {
    giveColumns(this.#columns);
  }
}

/**
 * The events as entries: access-point statuses added in input order, the others returned deduplicated by
 * identity (keyed by `Candidate.key`), to be added by {@link addDistinct}.
 */
export function gather(cx: Context, list: readonly unknown[], entries: Entries): Map<string, Candidate> {
  const byKey = new Map<string, Candidate>();
  const useSeen = list.length <= API_SEEN_SIZE;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const plain = plainApi(cx, e);
    if (plain !== undefined) {
      const timestamp = plainTimestamp; // read once, by plainApi
      const seen = useSeen ? plain.seen.get(timestamp) : undefined;
      if (seen !== undefined) {
        entries.addPlain(plain, seen.id, seen.ms, timestamp);
        continue;
      }
      const ms = parseDateTime(timestamp);
      // `api:<status>:<timestamp>:<hash>`, the id apiCandidate gives, written as one flat string. Only a
      // timestamp JSON.stringify escapes gives null, and a valid one never does: fall back anyway.
      const id =
        ms === null ? null : withShortHashJsonString(plain.idPrefix, timestamp, ":", plain.prefix, timestamp, "}");
      if (id !== null) {
        if (useSeen) plain.seen.set(timestamp, { id, ms: ms! });
        entries.addPlain(plain, id, ms!, timestamp);
        continue;
      }
    }
    const c = toCandidate(cx, e, i);
    if (c.kind === "api-status") {
      entries.add(cx, c);
      continue;
    }
    const prev = byKey.get(c.key!);
    byKey.set(c.key!, prev ? prefer(prev, c) : c);
  }
  entries.apiCount = entries.count;
  return byKey;
}

/**
 * Adds the deduplicated events and finds the letter and the conversation: the caller's, else the original
 * letter's, else the most common (ties: smallest). Access-point statuses carry no conversation and are no
 * letter: only the other events count.
 */
export function addDistinct(
  cx: Context,
  entries: Entries,
  byKey: ReadonlyMap<string, Candidate>,
  given: string | null,
): { letter: Candidate | undefined; conversationId: string | null } {
  let letter: Candidate | undefined;
  const counts = new Map<string, number>();
  for (const c of byKey.values()) {
    if (c.kind === "message" && c.trigger && (letter === undefined || c.key! < letter.key!)) letter = c;
    if (c.conversationId) counts.set(c.conversationId, (counts.get(c.conversationId) ?? 0) + 1);
    entries.add(cx, c);
  }
  let conversationId = given ?? letter?.conversationId ?? null;
  if (conversationId === null) {
    // One pass rather than sorting a copy of the counts.
    let best = 0;
    for (const [id, k] of counts) {
      if (k > best || (k === best && id < conversationId!)) {
        conversationId = id;
        best = k;
      }
    }
  }
  return { letter, conversationId };
}

/** The expected response time: the caller's, the letter's, or the flow's default lifetime after creation. */
export function expectedTime(flow: StatusFlow, given: string | null, letter: Candidate | undefined): string | null {
  const expected = given ?? (letter?.expected && parseDateTime(letter.expected) !== null ? letter.expected : null);
  if (expected || !letter?.creation || !flow.expiry) return expected;
  return isoUtc(parseDateTime(letter.creation)! + flow.expiry.defaultTtlHours * 3_600_000);
}

/** The derived expiry when `now` is at or past the expected response time (applied only if it moves). */
export function expiryCandidate(flow: StatusFlow, now: string | null, expected: string | null): Candidate | null {
  if (!now || !expected || !flow.expiry || parseDateTime(now)! < parseDateTime(expected)!) return null;
  const expiry = flow.expiry;
  const key = `derived-expiry:${expected}`;
  return {
    id: key,
    key,
    kind: "synthetic",
    trigger: expiry.trigger,
    status: stateOf(flow, flow.triggers.find((t) => t.id === expiry.trigger)!.to).status,
    description: "derived: the expected response time passed before the message was finished",
    time: expected,
    ms: parseDateTime(expected),
    timeSource: "derived",
    conversationId: null,
  };
}
