/** Sizes and digests of caller values that may share their parts (DAGs), in time linear in what is present. */

/**
 * @internal At most this many values (objects, arrays and leaves, as JSON writes them) are written as
 * JSON text from one value: far above any DPI message (a 50 MB JSON text holds fewer), and the bound on
 * a value sharing its parts, whose text grows exponentially with its depth (see jsonSize).
 */
export const MAX_JSON_VALUES = 20_000_000;

/** An object being walked: its keys, the next one, and the total of its finished children. */
interface Frame {
  readonly o: object;
  readonly keys: readonly string[];
  i: number;
  total: number;
}

/**
 * @internal How many values (objects, arrays, leaves) `value` holds as JSON writes it, each shared part
 * counted every time it appears, saturating just above `limit`. Each object is walked once (its size is
 * remembered), so a DAG whose JSON is exponential is measured in linear time; a cycle counts as one
 * value where it closes (the writers print a marker or refuse there). Iterative; may throw on a
 * hostile getter, like any read of the value.
 */
export function jsonSize(value: unknown, limit = MAX_JSON_VALUES): number {
  if (typeof value !== "object" || value === null) return 1;
  const sizes = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  const push = (o: object) => {
    onPath.add(o);
    stack.push({ o, keys: Object.keys(o), i: 0, total: 1 });
  };
  push(value);
  for (;;) {
    const f = stack[stack.length - 1]!;
    if (f.i < f.keys.length && f.total <= limit) {
      const v = (f.o as Record<string, unknown>)[f.keys[f.i++]!];
      if (typeof v !== "object" || v === null || onPath.has(v)) f.total++;
      else {
        const known = sizes.get(v);
        if (known === undefined) push(v);
        else f.total = Math.min(f.total + known, limit + 1);
      }
      continue;
    }
    stack.pop();
    onPath.delete(f.o);
    const size = Math.min(f.total, limit + 1);
    sizes.set(f.o, size);
    const parent = stack[stack.length - 1];
    if (!parent) return size;
    parent.total = Math.min(parent.total + size, limit + 1);
  }
}
