/**
 * Size: gzip of every validator module we ship, and what a bundler keeps of them when an application
 * imports one type's validator (esbuild, bundling and tree-shaking as an application build would).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { catalogue, dpiTypes, type DpiType } from "@innbyggerpost/contracts";
import { repoRoot } from "../../test/support/shared.js";
import type { BenchRows, Row } from "../harness.js";

const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length / 1024;

/** The bundle of `code` (imports resolved from the repository), minified or readable. */
async function bundle(code: string, minify: boolean): Promise<string> {
  const r = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    minify,
    write: false,
    logLevel: "silent",
  });
  return r.outputFiles[0]!.text;
}

/**
 * The other types whose compiled code is in a readable bundle: their root validators (`<Type>Message`,
 * both modes) or strict walkers (`walk_<type>`) keep their names there (esbuild only adds a suffix).
 */
function otherTypesIn(text: string, type: DpiType): DpiType[] {
  const kept = (t: DpiType) => new RegExp(`\\b(?:${catalogue[t].typeName}Message|walk_${t})\\d*\\b`).test(text);
  return dpiTypes.filter((t) => t !== type && kept(t));
}

export const rows: BenchRows = {
  measure: async ({ mode }) => {
    const files = ["validators.js", "validators-first-error.js", "strict-rules.js"].map((f) =>
      join(repoRoot, "packages/contracts/dist/generated", f),
    );
    const support = ["ucs2length.js", "formats.js", "json-check.js", "quick-check.js"].map((f) =>
      join(repoRoot, "packages/contracts/dist/support", f),
    );
    const shipped = gz(Buffer.concat([...files, ...support].map((f) => readFileSync(f))));
    const all = await bundle(`export * from "@innbyggerpost/contracts/validators";`, true);
    const out: Row[] = [
      {
        section: "size",
        name: "all validators (both modes, strict rules, helpers), gzip -9",
        detail: `${shipped.toFixed(1)} KB`,
        value: shipped,
        spread: Number.NaN,
        target: { atMost: 30, unit: " KB" },
      },
      {
        section: "size",
        name: "bundle of @innbyggerpost/contracts/validators (esbuild, minified), gzip -9",
        detail: `${gz(all).toFixed(1)} KB`,
        value: gz(all),
        spread: Number.NaN,
        target: { unit: " KB" },
      },
    ];
    const types = mode === "smoke" ? dpiTypes.slice(0, 1) : dpiTypes;
    for (const type of types) {
      const name = `validate${catalogue[type].typeName}`;
      const code = `export { ${name} } from "@innbyggerpost/contracts/validators";`;
      const [min, readable] = await Promise.all([bundle(code, true), bundle(code, false)]);
      const others = otherTypesIn(readable, type);
      out.push({
        section: "tree-shaking",
        name: `import { ${name} }: other types' code in the bundle`,
        detail:
          `${gz(min).toFixed(1)} KB gzip (${((gz(min) / gz(all)) * 100).toFixed(0)} % of all)` +
          (others.length ? `; pulls ${others.join(", ")}` : ""),
        value: others.length,
        spread: Number.NaN,
        target: { atMost: 0, unit: " types" },
      });
    }
    return out;
  },
};
