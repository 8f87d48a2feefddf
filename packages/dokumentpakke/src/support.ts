import type { Failure, Problem } from "@innbyggerpost/runtime";

/** @internal */
export function fail<C extends string>(pointer: string, code: C, message: string): Failure<C> {
  return { ok: false, errors: [{ pointer, code, message }] };
}

/** @internal */
export function problem<C extends string>(pointer: string, code: C, message: string): Problem<C> {
  return { pointer, code, message };
}

/** @internal */
export { isRecord } from "@innbyggerpost/contracts";

/** @internal A short description of a value's kind for error messages. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(String(value)).slice(0, 40)}`;
}

/** @internal Bytes from a Uint8Array/Buffer/ArrayBuffer, or null. */
export function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}

/** @internal A JSON pointer token, escaped (RFC 6901). */
export function token(t: string | number): string {
  return `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** @internal A Buffer view of bytes, without copying. */
export function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** @internal The message of anything thrown. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
