/**
 * Regex safety: every `pattern` in schemas/ (message schemas and strict-rules.json) is checked for
 * super-linear backtracking with redos-detector, in the unicode mode ajv compiles patterns with.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isSafePattern } from "redos-detector";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/shared.js";

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsonFiles(p) : n.endsWith(".json") ? [p] : [];
  });
}

function patterns(node: unknown, at: string, out: { at: string; pattern: string }[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => {
      patterns(n, `${at}/${i}`, out);
    });
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      // "pattern" as a keyword (a string), not a property that happens to be named so.
      if (k === "pattern" && typeof v === "string") out.push({ at: `${at}/pattern`, pattern: v });
      else patterns(v, `${at}/${k}`, out);
    }
  }
}

const found: { at: string; pattern: string }[] = [];
for (const f of jsonFiles(join(repoRoot, "schemas")))
  patterns(JSON.parse(readFileSync(f, "utf8")), relative(repoRoot, f), found);

describe("regex safety of every schema pattern", () => {
  it("finds the patterns (schemas and strict rules)", () => {
    expect(found.some((p) => p.at.startsWith("schemas/strict-rules.json"))).toBe(true);
    expect(found.some((p) => p.at.startsWith("schemas/dpi/"))).toBe(true);
  });

  for (const { at, pattern } of found) {
    it(`${at}: ${pattern}`, () => {
      const r = isSafePattern(pattern.replace(/\{\{\w+\}\}/g, "x"), { unicode: true });
      expect({ safe: r.safe, error: r.error, score: r.score }).toMatchObject({ safe: true, error: null });
    });
  }

  it("the detector does flag a super-linear pattern (so a pass means something)", () => {
    expect(isSafePattern("^(a+)+$", { unicode: true }).safe).toBe(false);
  });
});
