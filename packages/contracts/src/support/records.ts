/**
 * @internal Whether `v` is a plain (non-array) object: the one guard every package reads untrusted input
 * with (defined here, at the bottom of the dependency graph, so that no package writes its own). Like every
 * guard it answers and never throws: a revoked proxy, which even Array.isArray cannot ask, is not a record.
 */
export function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  try {
    return !Array.isArray(v);
  } catch {
    return false;
  }
}
