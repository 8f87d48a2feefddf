import type { BenchMode, Row } from "../harness.js";

/** Rows for the runtime (receipt verification, reducer); filled in as the runtime lands. */
export async function extraRows(_mode: BenchMode): Promise<Row[]> {
  return [];
}
