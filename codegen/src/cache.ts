import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { GeneratedFile } from "./sources/model.js";

/**
 * The output cache: generated files keyed by the hash of everything that determines them — every file
 * under schemas/ (where every input of the model lives), the generator's own source, the hand-written
 * contracts modules it imports, and the lockfile (the exact versions of ajv, json-schema-to-typescript,
 * quicktype, Biome, ...). A run whose key matches skips reading the model and the emitters (and never
 * loads them): the same inputs were read and checked by the run that filled the entry. Any change to any
 * of those files misses.
 */
const CACHE_DIR = "node_modules/.cache/innbyggerpost-codegen";
const KEEP = 4;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

/** What a cache entry holds: the files, and the counts the report gives. */
export interface CacheEntry {
  readonly files: readonly GeneratedFile[];
  readonly schemas: number;
  readonly rules: number;
}

/** The cache key of a run over `root`. */
export function cacheKey(root: string): string {
  const h = createHash("sha256");
  const inputs = [
    ...files(join(root, "schemas")),
    ...files(join(root, "codegen/src")),
    ...files(join(root, "packages/contracts/src")).filter((p) => !p.includes("/generated/")),
    join(root, "codegen/package.json"),
    join(root, "package-lock.json"),
  ];
  for (const p of inputs)
    if (existsSync(p))
      h.update(`${relative(root, p)}\0`)
        .update(readFileSync(p))
        .update("\n");
  h.update(process.version);
  return h.digest("hex").slice(0, 32);
}

/** What a previous run produced for this key, or null. */
export function readCache(root: string, key: string): CacheEntry | null {
  const p = join(root, CACHE_DIR, `${key}.json`);
  if (!existsSync(p)) return null;
  try {
    const entry = JSON.parse(readFileSync(p, "utf8")) as CacheEntry;
    return Array.isArray(entry.files) ? entry : null;
  } catch {
    return null;
  }
}

/** Stores a run's files under its key and keeps only the newest few entries. */
export function writeCache(root: string, key: string, entry: CacheEntry): void {
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(entry));
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) rmSync(join(dir, e.n), { force: true });
}
