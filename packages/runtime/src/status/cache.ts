/**
 * What the reducer remembers across calls, all of it pure in its key (so remembering never changes an
 * answer) and bounded or weak (so arbitrary input cannot grow it). The domain modules only see these
 * few functions; callers reduce the same conversation again and again as statuses arrive, which is what
 * makes each of them pay.
 */
import { FNV_OFFSET, fnvState, type FnvState } from "./identity.js";

/** `make(key)`, remembered weakly by the key object's identity (it goes when the object does). */
export function weakMemo<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = make(key);
      memo.set(key, v);
    }
    return v;
  };
}

/** A map for a memo pure in its key that empties itself when full (cheaper than eviction, and rarely full). */
export class BoundedMemo<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly size: number) {}
  get(key: string): V | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: V): void {
    if (this.#map.size >= this.size) this.#map.clear();
    this.#map.set(key, value);
  }
}

/**
 * Id and time of the timestamps already seen with each known access-point status: hashing and parsing
 * them was most of a small call. Only calls of at most this many events use it: a long list of mostly
 * new timestamps would only churn it.
 */
export const API_SEEN_SIZE = 1024;

// The FNV state after the constant start of an access-point status's key, by status: a handful of
// statuses exist (the known ones are asked for first, by the flow tables), so a small bound suffices.
const apiPrefixes = new BoundedMemo<FnvState>(64);

/** The hash state after `api:{"beskrivelse":null,"status":<status>,"timestamp":` (the key of a plain status). */
export function apiKeyPrefix(status: string): FnvState {
  let prefix = apiPrefixes.get(status);
  if (prefix === undefined) {
    prefix = fnvState(FNV_OFFSET, `api:{"beskrivelse":null,"status":${JSON.stringify(status)},"timestamp":`);
    apiPrefixes.set(status, prefix);
  }
  return prefix;
}

/**
 * `read(message, jws)` for a receipt, remembered per receipt object and jws (weakly). Receipt text is
 * not remembered: its reading holds a message parsed from it, which each call must have afresh.
 */
export function receiptMemo<R>(
  read: (message: unknown, jws: string | undefined) => R,
): (message: unknown, jws: string | undefined) => R {
  const byObject = weakMemo((_: object) => new Map<string | undefined, R>());
  return (message, jws) => {
    if (typeof message !== "object" || message === null) return read(message, jws);
    const byJws = byObject(message);
    let r = byJws.get(jws);
    if (r === undefined) {
      r = read(message, jws);
      byJws.set(jws, r);
    }
    return r;
  };
}

/** A call's time and rank columns, one entry per event. */
export interface Columns {
  readonly ms: Float64Array;
  readonly rank: Int32Array;
}

// Allocating two typed arrays was a large part of a 10-event call, so one pair is reused. It is taken
// while a call uses it, so that a call made from within one (an event's getter) allocates its own, and
// a call that never returned leaves nothing in use for ever: the next one allocates a pair.
const SCRATCH_SIZE = 1025;
let spare: Columns | null = { ms: new Float64Array(SCRATCH_SIZE), rank: new Int32Array(SCRATCH_SIZE) };

/** Columns for `n` entries: the spare pair when it is free and large enough, else a new one. */
export function takeColumns(n: number): Columns {
  const c = spare;
  if (c !== null && n <= SCRATCH_SIZE) {
    spare = null;
    return c;
  }
  return { ms: new Float64Array(n), rank: new Int32Array(n) };
}

/** Gives columns back after a call (only the spare pair is kept). Every slot is written before it is read. */
export function giveColumns(c: Columns): void {
  if (c.ms.length === SCRATCH_SIZE) spare = c;
}
