#!/usr/bin/env node
/**
 * `npm run codegen`: runs codegen/src/cli.ts precompiled, with plain node. tsx (a loader process, esbuild
 * and a transform per module) cost most of a cached run; the sources are bundled by esbuild instead, once
 * per change, into node_modules/.cache/innbyggerpost-codegen/cli-<root>/. The bundle is reused while every
 * file it was built from (esbuild's own list) has the content it had; heavy emitters stay separate chunks,
 * loaded only when the output cache misses, as under tsx. `tsx codegen/src/main.ts` runs the same sources.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sha = (data) => createHash("sha256").update(data).digest("hex");
// One folder per checkout (tests run copies that share node_modules).
const dir = join(root, "node_modules/.cache/innbyggerpost-codegen", `cli-${sha(root).slice(0, 12)}`);
const manifestFile = join(dir, "manifest.json");

/** The manifest's bundle folder when every input still has the content it was built from, else null. */
function reusable() {
  if (!existsSync(manifestFile)) return null;
  try {
    const { bundle, inputs } = JSON.parse(readFileSync(manifestFile, "utf8"));
    for (const [path, hash] of Object.entries(inputs)) {
      const abs = join(root, path);
      if (!existsSync(abs) || sha(readFileSync(abs)) !== hash) return null;
    }
    return join(dir, bundle);
  } catch {
    return null;
  }
}

/** Bundles the sources into a new folder and records it (renamed into place, so a reader never sees half). */
async function rebuild() {
  const { build } = await import("esbuild");
  const tmp = join(dir, `tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: "codegen/src/cli.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((p) => [p, sha(readFileSync(join(root, p)))]),
  );
  const bundle = sha(JSON.stringify(inputs)).slice(0, 16);
  if (existsSync(join(dir, bundle))) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, join(dir, bundle));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ bundle, inputs }));
  renameSync(`${manifestFile}.${process.pid}`, manifestFile);
  // The newest few bundles stay (a run started before this one may still load chunks of its own).
  const old = readdirSync(dir)
    .filter((n) => /^[0-9a-f]{16}$/.test(n))
    .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const o of old.slice(4)) rmSync(join(dir, o.n), { recursive: true, force: true });
  return join(dir, bundle);
}

const bundle = reusable() ?? (await rebuild());
const { runCli } = await import(pathToFileURL(join(bundle, "cli.mjs")).href);
runCli(root);
