import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { GeneratedFile, Sources } from "./sources/model.js";

/**
 * The output cache: generated files keyed by the hash of everything that determines them — every input
 * file the model was read from, the generator's own source, the hand-written contracts modules it imports,
 * and the lockfile (the exact versions of ajv, json-schema-to-typescript, quicktype, Biome, ...). A run
 * whose key matches skips the emitters (and never loads them); any change to any of those misses.
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

/** The cache key of a run over `root` with this model. */
export function cacheKey(root: string, sources: Sources): string {
  const h = createHash("sha256");
  for (const [path, hash] of sources.inputs) h.update(`${relative(root, path)}\0${hash}\n`);
  const code = [
    ...files(join(root, "codegen/src")),
    ...files(join(root, "packages/contracts/src")).filter((p) => !p.includes("/generated/")),
    join(root, "codegen/package.json"),
    join(root, "package-lock.json"),
  ];
  for (const p of code)
    if (existsSync(p))
      h.update(`${relative(root, p)}\0`)
        .update(readFileSync(p))
        .update("\n");
  h.update(process.version);
  return h.digest("hex").slice(0, 32);
}

/** The files a previous run produced for this key, or null. */
export function readCache(root: string, key: string): GeneratedFile[] | null {
  const p = join(root, CACHE_DIR, `${key}.json`);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, "utf8")) as GeneratedFile[];
  } catch {
    return null;
  }
}

/** Stores a run's files under its key and keeps only the newest few entries. */
export function writeCache(root: string, key: string, generated: readonly GeneratedFile[]): void {
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(generated));
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) rmSync(join(dir, e.n), { force: true });
}
