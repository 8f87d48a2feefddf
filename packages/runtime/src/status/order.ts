/** The order in which the reducer applies its entries. */
import type { Entries } from "./entries.js";

/**
 * The indices of the distinct entries in the order applied: by time, rank and key, equal access-point
 * statuses kept once, and the letter (when there is one) first.
 */
export function applyOrder(entries: Entries, hasLetter: boolean): number[] {
  const order = sortedIndices(entries);
  if (entries.apiCount > 1) order.length = dropEqualStatuses(entries, order);
  return hasLetter ? letterFirst(entries, order) : order;
}

/**
 * Sorted by time, rank, key. Keys are only equal between access-point statuses, which sit at the front
 * in input order, so ordering ties by index is the stable sort of the list [...others, ...statuses].
 */
function sortedIndices(entries: Entries): number[] {
  const m = entries.count;
  const { ms, rank } = entries;
  const order: number[] = new Array<number>(m);
  for (let i = 0; i < m; i++) order[i] = i;
  const compare = (a: number, b: number): number => {
    const ta = ms[a]!;
    const tb = ms[b]!;
    if (ta !== tb) return ta < tb ? -1 : 1;
    if (rank[a] !== rank[b]) return rank[a]! - rank[b]!;
    const ka = entries.keyAt(a);
    const kb = entries.keyAt(b);
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  };
  // The order is total (index last), so any sort gives the same result: a few entries, mostly in order
  // already, are sorted by insertion, cheaper than Array.prototype.sort's setup.
  if (m > 16) return order.sort(compare);
  for (let j = 1; j < m; j++) {
    const x = order[j]!;
    let k = j - 1;
    while (k >= 0 && compare(order[k]!, x) > 0) {
      order[k + 1] = order[k]!;
      k--;
    }
    order[k + 1] = x;
  }
  return order;
}

/**
 * Equal access-point statuses have equal time, rank and key, so the sort made them neighbours, first
 * given first: keeps that one (prefer's rule, as they carry no JWS), in place. Returns the count kept.
 */
function dropEqualStatuses(entries: Entries, order: number[]): number {
  const { ms, rank, apiCount } = entries;
  let w = 0;
  let last = -1;
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    const same =
      last >= 0 &&
      i < apiCount &&
      last < apiCount &&
      ms[i] === ms[last] &&
      rank[i] === rank[last] &&
      entries.keyAt(i) === entries.keyAt(last);
    if (same) continue;
    order[w++] = i;
    last = i;
  }
  return w;
}

/**
 * The letter is applied first, whatever its creation time says: nothing about a message precedes the
 * message (a creationDateAndTime after the receipts is clock skew, not order). Stable, in place.
 */
function letterFirst(entries: Entries, order: number[]): number[] {
  const rest: number[] = [];
  let w = 0;
  for (const i of order) {
    const c = entries.cands[i];
    if (c && c.kind === "message" && c.trigger !== null) order[w++] = i;
    else rest.push(i);
  }
  for (const i of rest) order[w++] = i;
  return order;
}
