import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
    return execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    throw new Error(
      `${cmd} ${args.join(" ")} (in ${cwd}) exited ${err.status}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`,
    );
  }
}

/** The same command, for when a non-zero exit is an answer rather than a failure. */
export function runStatus(
  cmd: string,
  args: string[],
  cwd: string,
): { status: number; stdout: string; stderr: string } {
  try {
    return {
      status: 0,
      stdout: execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
      stderr: "",
    };
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

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** One package as npm installed it: name, version and its folder (a lockfile key under node_modules/). */
export interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
  /** Another version is nested in node_modules too; the scratch project overrides it with this one. */
  override?: true;
}

/**
 * Where Node would find `name` from the lockfile location `from` ("packages/runtime", "node_modules/jose"):
 * the nearest `node_modules/<name>` walking up, as npm laid it out.
 */
function resolveIn(lock: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let at = from; ; at = dirname(at)) {
    const key = at === "." || at === "" ? `node_modules/${name}` : `${at}/node_modules/${name}`;
    if (lock[key]) return key;
    if (at === "." || at === "") return undefined;
  }
}

/**
 * The installed packages (lockfile keys under node_modules/) that `names`, needed from `from`, bring
 * with them: the same versions `npm ci` installed, with their dependencies, optional dependencies that
 * are installed, and non-optional peers, transitively. Workspace packages (our own) are left out.
 */
export function dependencyClosure(wanted: { from: string; names: string[] }[]): InstalledPackage[] {
  const lockText = readFileSync(join(repoRoot, "package-lock.json"), "utf8");
  const lock = (JSON.parse(lockText) as { packages: Record<string, LockEntry> }).packages;
  const found = new Map<string, InstalledPackage>();
  const overridden = new Set<string>();
  const queue = wanted.flatMap((w) => w.names.map((name) => ({ from: w.from, name, optional: false })));
  while (queue.length) {
    const { from, name, optional } = queue.shift()!;
    if (name.startsWith("@innbyggerpost/")) continue;
    const key = resolveIn(lock, from, name);
    if (!key || !existsSync(join(repoRoot, key))) {
      if (optional) continue;
      throw new Error(`${name} (needed by ${from}) is not in node_modules as package-lock.json says; run npm ci`);
    }
    const entry = lock[key]!;
    const seen = found.get(name);
    if (seen && seen.dir !== key) {
      // A flat scratch install holds one version of each package: a nested second version (tsyringe's
      // tslib 1 beside tslib 2) is replaced by the hoisted one through the scratch project's overrides.
      if (seen.version !== entry.version) overridden.add(name);
      continue;
    }
    if (seen) continue;
    found.set(name, { name, version: entry.version!, dir: key });
    for (const d of Object.keys(entry.dependencies ?? {})) queue.push({ from: key, name: d, optional: false });
    for (const d of Object.keys(entry.optionalDependencies ?? {})) queue.push({ from: key, name: d, optional: true });
    for (const d of Object.keys(entry.peerDependencies ?? {})) {
      queue.push({ from: key, name: d, optional: entry.peerDependenciesMeta?.[d]?.optional === true });
    }
  }
  return [...found.values()]
    .map((p): InstalledPackage => (overridden.has(p.name) ? { ...p, override: true as const } : p))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Packs the installed copies of `deps` out of node_modules into `dir` (one `npm pack` call), so a scratch
 * project installs exactly the versions the lockfile brought, offline, whatever the npm cache holds.
 */
export function packInstalled(deps: { name: string; dir: string }[], dir: string): string[] {
  if (deps.length === 0) return [];
  const dirs = deps.map((d) => join(repoRoot, d.dir));
  const out = run("npm", ["pack", "--pack-destination", dir, "--json", "--ignore-scripts", ...dirs], dir);
  const infos = JSON.parse(out.slice(out.indexOf("["))) as { filename: string }[];
  return infos.map((i) => join(dir, i.filename));
}
