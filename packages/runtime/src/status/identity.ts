/** Canonical JSON and a short hash, so that equal events get equal identities whatever their key order. */
import { jsonSize, MAX_JSON_VALUES } from "../support/json-graph.js";

/** True for a canonical array index ("0", "17"; not "01", "-1", "1.0" or 2^32 − 1 and beyond). */
function isArrayIndex(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(key) < 4294967295;
}

/** Arrays longer than this are checked for holes; a sparse one is written by its items (see canonicalJson). */
const SPARSE_FROM = 1 << 16;

/**
 * JSON with object keys sorted at every level; never throws (unserialisable values become a marker).
 *
 * Written out directly rather than building a sorted copy and calling JSON.stringify on it (the reducer
 * computes one per event), but with exactly that result: a bigint becomes "<n>n", a function or symbol
 * "<function>"/"<symbol>", undefined and array holes null, a repeated ancestor "<cycle>"; and, as
 * JSON.stringify orders a plain object's keys, array-index keys come first in numeric order.
 *
 * A value sharing its parts so often that its JSON would hold more than MAX_JSON_VALUES values (a DAG
 * such as `v = {a: v, b: v}` nested deep) is written as its size and a digest of its content instead
 * (see digestForm): the same content still gives the same text, in time linear in what is present.
 */
export function canonicalJson(value: unknown): string {
  try {
    return writeCanonical(value);
  } catch (e) {
    if (e === TOO_LARGE) return digestForm(value);
    throw e;
  }
}

/** Thrown (and caught by canonicalJson only) when a shared part makes the JSON too large to write. */
const TOO_LARGE: unique symbol = Symbol("too large");
const ON_PATH = 1;
const DONE = 2;

/**
 * `{"<too large>":{"values":">N","digest":"…"}}`: the canonical text of a value too large to write. The
 * digest is a Merkle hash (FNV-1a 64 of each node's canonical text with its children replaced by their
 * digests, keys sorted), computed once per object, so equal content gets an equal identity.
 */
function digestForm(value: unknown): string {
  const digests = new Map<object, string>();
  const leaf = (v: unknown): string => shortHash(writeCanonical(typeof v === "object" ? null : v));
  type Node = { readonly o: object; readonly keys: string[]; i: number; readonly parts: string[] };
  const stack: Node[] = [];
  const onPath = new Set<object>();
  const push = (o: object) => {
    onPath.add(o);
    stack.push({ o, keys: Object.keys(o).sort(), i: 0, parts: [] });
  };
  let root: string;
  if (typeof value !== "object" || value === null) root = leaf(value);
  else {
    push(value);
    for (;;) {
      const n = stack[stack.length - 1]!;
      if (n.i < n.keys.length) {
        const k = n.keys[n.i++]!;
        const v = (n.o as Record<string, unknown>)[k];
        let d: string | undefined;
        if (typeof v !== "object" || v === null) d = leaf(v);
        else if (onPath.has(v)) d = "<cycle>";
        else d = digests.get(v);
        if (d === undefined) push(v as object);
        else n.parts.push(`${JSON.stringify(k)}:${d}`);
        continue;
      }
      stack.pop();
      onPath.delete(n.o);
      const d = shortHash(`${Array.isArray(n.o) ? `[${n.o.length}` : "{"}${n.parts.join(",")}`);
      digests.set(n.o, d);
      const parent = stack[stack.length - 1];
      if (!parent) {
        root = d;
        break;
      }
      parent.parts.push(`${JSON.stringify(parent.keys[parent.i - 1]!)}:${d}`);
    }
  }
  return `{"<too large>":{"digest":"${root}","values":">${MAX_JSON_VALUES}"}}`;
}

function writeCanonical(value: unknown): string {
  // Iterative, with an explicit stack: events can be nested 100 000 deep, which would overflow the call
  // stack of a recursive writer.
  type Frame =
    | { readonly array: true; readonly o: unknown[]; i: number; readonly parts: string[] }
    | {
        readonly array: false;
        readonly o: Record<string, unknown>;
        readonly keys: string[];
        i: number;
        readonly written: Map<string, string>;
      };
  // ON_PATH while an object is being written (meeting it again is a cycle), DONE after: meeting a done
  // one again is a shared part, and the first such meeting checks what sharing makes of the size.
  const seen = new Map<object, number>();
  let sizeChecked = false;
  const stack: Frame[] = [];

  /** A scalar's JSON, or undefined after pushing a frame for an object or array. */
  const open = (v: unknown): string | undefined => {
    switch (typeof v) {
      case "string":
        return JSON.stringify(v);
      case "number":
        return Number.isFinite(v) ? String(v) : "null";
      case "boolean":
        return v ? "true" : "false";
      case "bigint":
        return JSON.stringify(`${v}n`);
      case "function":
      case "symbol":
        return `"<${typeof v}>"`;
      case "undefined":
        return "null";
    }
    if (v === null) return "null";
    const o = v as object;
    const met = seen.get(o);
    if (met === ON_PATH) return '"<cycle>"';
    if (met === DONE && !sizeChecked) {
      sizeChecked = true;
      if (jsonSize(value) > MAX_JSON_VALUES) throw TOO_LARGE;
    }
    seen.set(o, ON_PATH);
    if (Array.isArray(o) && o.length > SPARSE_FROM && Object.keys(o).length < o.length) {
      // A huge sparse array (length 2^32 − 1 with three items): JSON.stringify would write billions of
      // nulls. It is written by what is present, {"<sparse array>":{"length":n,"items":{index: item}}}.
      const items: Record<string, unknown> = {};
      for (const k of Object.keys(o)) if (isArrayIndex(k)) items[k] = (o as unknown[])[Number(k)];
      const marker = { "<sparse array>": { length: o.length, items } };
      stack.push({ array: false, o: marker, keys: Object.keys(marker), i: 0, written: new Map() });
    } else if (Array.isArray(o)) stack.push({ array: true, o, i: 0, parts: [] });
    // Every key is read in sorted order (getters run as they did), then written in JSON.stringify's order.
    else
      stack.push({
        array: false,
        o: o as Record<string, unknown>,
        keys: Object.keys(o).sort(),
        i: 0,
        written: new Map(),
      });
    return undefined;
  };

  const close = (f: Frame): string => {
    seen.set(f.o, DONE);
    if (f.array) return `[${f.parts.join(",")}]`;
    let indices: string[] | null = null;
    for (const k of f.keys) {
      if (!isArrayIndex(k)) continue;
      indices ??= [];
      indices.push(k);
    }
    const order = indices
      ? [...indices.sort((a, b) => Number(a) - Number(b)), ...f.keys.filter((k) => !isArrayIndex(k))]
      : f.keys;
    return `{${order.map((k) => `${JSON.stringify(k)}:${f.written.get(k)!}`).join(",")}}`;
  };

  /** Hands a finished child to the frame on top of the stack (or returns it when none is left). */
  const deliver = (text: string): string | undefined => {
    const parent = stack[stack.length - 1];
    if (!parent) return text;
    if (parent.array) parent.parts.push(text);
    else parent.written.set(parent.keys[parent.i - 1]!, text);
    return undefined;
  };

  const first = open(value);
  if (first !== undefined) return first;
  for (;;) {
    const f = stack[stack.length - 1]!;
    let child: string | undefined;
    if (f.array && f.i < f.o.length) {
      const i = f.i++;
      // Array.prototype.map skips holes and JSON.stringify writes them as null.
      child = i in f.o ? open(f.o[i]) : "null";
    } else if (!f.array && f.i < f.keys.length) {
      child = open(f.o[f.keys[f.i++]!]);
    } else {
      stack.pop();
      const done = deliver(close(f));
      if (done !== undefined) return done;
      continue;
    }
    if (child !== undefined) deliver(child);
  }
}

/** @internal An FNV-1a 64 state as four 16-bit limbs, low first. */
export type FnvState = readonly [number, number, number, number];

/** @internal The FNV-1a 64 offset basis. */
export const FNV_OFFSET: FnvState = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

// The running state of fnvFeed: module-level so that hashing allocates nothing per character or call.
let h0 = 0;
let h1 = 0;
let h2 = 0;
let h3 = 0;

/**
 * One FNV-1a 64 step on the running state: (h ^ c) · (2^40 + 0x1b3) mod 2^64, limb by limb; every intermediate stays a
 * small integer.
 */
function fnvStep(c: number): void {
  h0 ^= c;
  const t0 = h0 * 0x1b3;
  const t1 = h1 * 0x1b3 + (t0 >>> 16);
  const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
  h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
  h0 = t0 & 0xffff;
  h1 = t1 & 0xffff;
  h2 = t2 & 0xffff;
}

/**
 * Feeds text[from..to) into the running state. With `jsonString`, refuses (returns false, state spoilt)
 * at the first character JSON.stringify would escape, so that the caller can hash `"${text}"` as its
 * JSON only when it is that verbatim.
 */
function fnvFeed(text: string, jsonString: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (jsonString && (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800)) return false;
    fnvStep(c);
  }
  return true;
}

// The digest's 16 hex digits as char codes, refilled for every digest.
const digits: number[] = new Array<number>(16).fill(0);

/**
 * The running state as 16 hex digits: one flat string made by one call, with no strings in between (joining
 * two-digit pieces was a sixth of a reducer call).
 */
function fnvHex(): string {
  for (let k = 0; k < 16; k++) {
    const limb = k < 4 ? h3 : k < 8 ? h2 : k < 12 ? h1 : h0;
    const n = (limb >>> (12 - 4 * (k & 3))) & 15;
    digits[k] = n < 10 ? 48 + n : 87 + n;
  }
  return String.fromCharCode(...digits);
}

function fnvStart(from: FnvState): void {
  h0 = from[0];
  h1 = from[1];
  h2 = from[2];
  h3 = from[3];
}

/** @internal The state after hashing `prefix` from `from`. */
export function fnvState(from: FnvState, prefix: string): FnvState {
  fnvStart(from);
  fnvFeed(prefix, false);
  return [h0, h1, h2, h3];
}

/**
 * @internal shortHash(prefix + JSON.stringify(value) + suffix), given the state after `prefix`, without
 * building the string; null when `value` has a character JSON.stringify escapes (hash the whole string then).
 */
export function shortHashJsonString(from: FnvState, value: string, suffix: string): string | null {
  fnvStart(from);
  fnvFeed('"', false);
  if (!fnvFeed(value, true)) return null;
  fnvFeed('"', false);
  fnvFeed(suffix, false);
  return fnvHex();
}

// Polled timestamps share most of their characters with the previous one (`2026-11-23T10:00:0`): the
// states after each character of the last value hashed are kept, so the next one is hashed from where it
// first differs. Only a value that hashed fully (no escaped character) is remembered.
const MEMO_LENGTH = 64;
const memo = new Uint16Array(MEMO_LENGTH * 4);
let memoFrom: FnvState | null = null;
let memoText = "";

/** Starts from `from` and feeds `"` + value (as fnvFeed with jsonString), reusing the memo; false when refused. */
function feedMemo(from: FnvState, value: string): boolean {
  let i = 0;
  if (from === memoFrom) {
    const n = Math.min(value.length, memoText.length);
    while (i < n && value.charCodeAt(i) === memoText.charCodeAt(i)) i++;
  }
  if (i === 0) {
    fnvStart(from);
    fnvFeed('"', false);
  } else {
    const k = (i - 1) * 4;
    h0 = memo[k]!;
    h1 = memo[k + 1]!;
    h2 = memo[k + 2]!;
    h3 = memo[k + 3]!;
  }
  const keep = value.length <= MEMO_LENGTH;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800) {
      memoFrom = null;
      return false;
    }
    fnvStep(c);
    if (keep) {
      const k = i * 4;
      memo[k] = h0;
      memo[k + 1] = h1;
      memo[k + 2] = h2;
      memo[k + 3] = h3;
    }
  }
  memoFrom = keep ? from : null;
  memoText = value;
  return true;
}

/**
 * @internal `${a}${b}${c}${shortHashJsonString(from, value, suffix)}`, null when shortHashJsonString is.
 * Added up, not joined: the parts are only joined into one flat string when the id is first hashed or
 * compared, and a join per id cost more than the tree of parts the garbage collector copies instead.
 */
export function withShortHashJsonString(
  a: string,
  b: string,
  c: string,
  from: FnvState,
  value: string,
  suffix: string,
): string | null {
  if (!feedMemo(from, value)) return null;
  fnvFeed('"', false);
  fnvFeed(suffix, false);
  return a + b + c + fnvHex();
}

/**
 * FNV-1a 64-bit of a string, as 16 hex digits: short, stable, not cryptographic.
 * Computed on four 16-bit limbs in small-integer arithmetic instead of BigInt, which allocated per character.
 */
export function shortHash(text: string): string {
  fnvStart(FNV_OFFSET);
  fnvFeed(text, false);
  return fnvHex();
}
