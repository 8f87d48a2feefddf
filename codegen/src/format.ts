import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./sources/model.js";

/**
 * Formats generated TypeScript and JavaScript with Biome (the exact version in codegen/package.json), all
 * files in one process. Markdown and the quicktype models are written readable by their emitters; JSON is
 * written by JSON.stringify with indentation.
 */
export const BIOME_CONFIG = {
  formatter: { indentStyle: "space", indentWidth: 2, lineWidth: 120 },
  javascript: { formatter: { quoteStyle: "double", trailingCommas: "all", semicolons: "always" } },
  files: { maxSize: 16 * 1024 * 1024 },
} as const;

const FORMATTED = /\.(ts|js)$/;

export function formatFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  const todo = files.filter((f) => FORMATTED.test(f.path));
  if (todo.length === 0) return [...files];
  const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-format-"));
  try {
    writeFileSync(join(dir, "biome.json"), JSON.stringify(BIOME_CONFIG));
    todo.forEach((f, i) => {
      const p = join(dir, "files", String(i), f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.content);
    });
    const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    try {
      execFileSync(
        process.execPath,
        [biome, "format", "--write", "--no-errors-on-unmatched", "--colors=off", "files"],
        { cwd: dir, stdio: "pipe" },
      );
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `biome could not format the generated code:\n${String(err.stdout ?? "")}${String(err.stderr ?? "")}`,
      );
    }
    const formatted = new Map(todo.map((f, i) => [f, readFileSync(join(dir, "files", String(i), f.path), "utf8")]));
    return files.map((f) => (formatted.has(f) ? { ...f, content: formatted.get(f)! } : f));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
