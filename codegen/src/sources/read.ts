import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Freezes a JSON value so that any accidental mutation by an emitter throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Reads every input file of one generator run, each once, and remembers its content hash: the hash of
 * all inputs keys the output cache (see ../cache.ts).
 */
export class InputReader {
  private readonly hashes = new Map<string, string>();

  /** Parses and deep-freezes one JSON file; a parse error names the file. */
  json<T>(path: string): T {
    const text = this.text(path);
    try {
      return deepFreeze(JSON.parse(text) as T);
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
  }

  text(path: string): string {
    const text = readFileSync(path, "utf8");
    this.hashes.set(path, createHash("sha256").update(text).digest("hex"));
    return text;
  }

  /** Every file under `dir` whose name ends with `suffix`, sorted, depth first. */
  list(dir: string, suffix: string): string[] {
    const out: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) out.push(...this.list(p, suffix));
      else if (name.endsWith(suffix)) out.push(p);
    }
    return out;
  }

  /** path → sha256 of every file read so far, in path order. */
  inputs(): ReadonlyMap<string, string> {
    return new Map([...this.hashes].sort(([a], [b]) => a.localeCompare(b)));
  }
}
