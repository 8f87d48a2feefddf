import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** `../shared` beside the repository: reference material that is never copied into the repo. */
export const sharedDir = resolve(repoRoot, "../shared");
export const digdirDir = join(sharedDir, "reference/digdir");
export const hasDigdir = existsSync(join(digdirDir, "schemas/dpi"));

/** Why a test that needs ../shared is skipped; printed once by the skipping suite. */
export const digdirSkipReason = `../shared/reference/digdir not found at ${digdirDir}: the official Digdir schemas and examples are not in this repo; conformance tests against them are skipped`;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}
