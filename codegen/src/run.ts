import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { cacheKey, readCache, writeCache } from "./cache.js";
import { formatFiles } from "./format.js";
import { generate, ownedDirs } from "./generate.js";
import { loadSources } from "./sources/index.js";

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** What one file's state was and what was done with it. */
export interface FileReport {
  path: string;
  symbols: number | null;
  bytes: number | null;
  state: "unchanged" | "written" | "stale" | "missing" | "extra" | "removed";
}

export interface RunResult {
  files: FileReport[];
  /** Paths (with the reason) that --check found out of date; empty when writing. */
  stale: string[];
  ms: number;
  schemas: number;
  rules: number;
  /** Whether the files came from the output cache (see cache.ts). */
  cached: boolean;
}

/** Options of {@link runCodegen}. */
export interface RunOptions {
  /** Use and fill the output cache (default true). */
  cache?: boolean;
}

/**
 * Regenerates everything under `root` from `root/schemas`. With `check`, writes nothing and lists every
 * generated file that is stale, missing, or present without an emitter producing it.
 */
export async function runCodegen(root: string, check: boolean, options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const useCache = options.cache !== false;
  const key = useCache ? cacheKey(root) : "";
  const hit = useCache ? readCache(root, key) : null;
  let entry = hit;
  if (entry === null) {
    const sources = loadSources(join(root, "schemas"));
    const files = formatFiles(await generate(sources));
    entry = { files, schemas: sources.schemas.length, rules: sources.rules.length };
    if (useCache) writeCache(root, key, entry);
  }
  const generated = entry.files;
  const produced = new Set(generated.map((f) => f.path));
  const files: FileReport[] = [];
  const stale: string[] = [];
  for (const f of generated) {
    const abs = join(root, f.path);
    const current = existsSync(abs) ? readFileSync(abs, "utf8") : null;
    const upToDate = current === f.content;
    if (!upToDate && check) stale.push(`${f.path} (${current === null ? "missing" : "stale"})`);
    if (!upToDate && !check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.content);
    }
    const state = upToDate ? "unchanged" : check ? (current === null ? "missing" : "stale") : "written";
    files.push({ path: f.path, symbols: f.symbols, bytes: Buffer.byteLength(f.content), state });
  }
  const extra = ownedDirs
    .flatMap((d) => walk(join(root, d)))
    .map((p) => relative(root, p).split("\\").join("/"))
    .filter((p) => !produced.has(p))
    .sort();
  for (const p of extra) {
    if (check) stale.push(`${p} (not produced by any emitter)`);
    else rmSync(join(root, p));
    files.push({ path: p, symbols: null, bytes: null, state: check ? "extra" : "removed" });
  }
  return {
    files,
    stale,
    ms: Math.round(performance.now() - started),
    schemas: entry.schemas,
    rules: entry.rules,
    cached: hit !== null,
  };
}

/** The table `npm run codegen` prints. */
export function formatReport(result: RunResult, check: boolean): string {
  const header = ["file", "symbols", "bytes", check ? "state" : "action"];
  const rows = result.files.map((f) => [
    f.path,
    f.symbols === null ? "-" : String(f.symbols),
    f.bytes === null ? "-" : String(f.bytes),
    f.state,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const total = result.files.reduce((n, f) => n + (f.bytes ?? 0), 0);
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    `${result.files.filter((f) => f.bytes !== null).length} files, ${total} bytes, from ` +
      `${result.schemas} schemas and ${result.rules} strict rules in ${result.ms} ` +
      `ms${result.cached ? " (from the output cache)" : ""}`,
  ].join("\n");
}
