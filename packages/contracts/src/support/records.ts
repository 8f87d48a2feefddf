/**
 * @internal Whether `v` is a plain (non-array) object: the one guard every package reads untrusted input
 * with (defined here, at the bottom of the dependency graph, so that no package writes its own).
 */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
