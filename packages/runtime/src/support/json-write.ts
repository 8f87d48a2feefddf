/** Writing a JSON value as text at any nesting depth. */

/**
 * @internal `JSON.stringify(value)` of a plain JSON value (objects, arrays, strings, finite numbers,
 * booleans, null: what copyJson returns), also when it is nested deeper than JSON.stringify's recursion
 * can go (a 10 000-deep array overflows it): the native writer first, an iterative one with the same
 * output when that runs out of stack, so that a message gets the same verdict at every depth.
 */
export function writeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return writeIteratively(value);
  }
}

type Frame = { readonly o: object; readonly keys: readonly string[]; i: number; readonly array: boolean };

function writeIteratively(value: unknown): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  const write = (v: unknown) => {
    if (typeof v !== "object" || v === null) out.push(JSON.stringify(v));
    else {
      const array = Array.isArray(v);
      out.push(array ? "[" : "{");
      stack.push({ o: v, keys: Object.keys(v), i: 0, array });
    }
  };
  write(value);
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.keys.length) {
      stack.pop();
      out.push(f.array ? "]" : "}");
      continue;
    }
    const k = f.keys[f.i++]!;
    if (f.i > 1) out.push(",");
    if (!f.array) out.push(JSON.stringify(k), ":");
    write((f.o as Record<string, unknown>)[k]);
  }
  return out.join("");
}
