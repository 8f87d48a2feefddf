import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../support/shared.js";

/** The published packages, in dependency order. */
export const packages = [
  { dir: "packages/contracts", name: "@innbyggerpost/contracts" },
  { dir: "packages/runtime", name: "@innbyggerpost/runtime" },
  { dir: "packages/dokumentpakke", name: "@innbyggerpost/dokumentpakke" },
  { dir: "packages/access-point", name: "@innbyggerpost/access-point" },
  { dir: "packages/simulator", name: "@innbyggerpost/simulator" },
  { dir: "packages/cli", name: "@innbyggerpost/cli" },
] as const;

export type PackageName = (typeof packages)[number]["name"];

/** Runs a command, returning stdout; on failure the error carries stdout and stderr for the report. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${err.status}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`);
  }
}

/** The same command, for when a non-zero exit is an answer rather than a failure. */
export function runStatus(cmd: string, args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }), stderr: "" };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

/**
 * Packs every package with `npm pack` (what `npm publish` would upload) into a fresh temp dir.
 * The packages must be built: `npm test` runs the build first.
 */
export function packAll(): { dir: string; tarballs: Record<PackageName, string>; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-pack-"));
  const tarballs = {} as Record<PackageName, string>;
  for (const p of packages) {
    const out = run("npm", ["pack", "--pack-destination", dir, "--json", "--ignore-scripts"], join(repoRoot, p.dir));
    const [info] = JSON.parse(out.slice(out.indexOf("["))) as { filename: string }[];
    tarballs[p.name] = join(dir, info!.filename);
  }
  return { dir, tarballs, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
