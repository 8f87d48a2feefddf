/** Running the CLI in tests: in process through main(argv, sink), or as a process through the bin launcher. */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/main.js";

/** The committed launcher, as npm links it. */
export const launcher = resolve(import.meta.dirname, "../../bin/innbyggerpost.js");
export const repoRoot = resolve(import.meta.dirname, "../../../..");

/** Runs main in process; `stdin` is what `-` reads. */
export async function cli(
  argv: string[],
  stdin?: string | Uint8Array,
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const bytes = typeof stdin === "string" ? Buffer.from(stdin) : stdin;
  const code = await main(argv, {
    out: (t) => {
      out += t.endsWith("\n") ? t : `${t}\n`;
    },
    err: (t) => {
      err += t.endsWith("\n") ? t : `${t}\n`;
    },
    ...(bytes ? { stdin: async () => bytes } : {}),
  });
  return { code, out, err };
}

/** Runs the launcher as a process. */
export function spawnCli(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: "utf8", ...options });
  return { code: r.status, out: String(r.stdout ?? ""), err: String(r.stderr ?? "") };
}

/** A temporary folder removed after the file's tests, and a writer into it. */
export function scratch(prefix: string): (name: string, content: unknown) => string {
  const dir = mkdtempSync(join(tmpdir(), `innbyggerpost-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const p = join(dir, name);
    const data = typeof content === "string" || content instanceof Uint8Array ? content : JSON.stringify(content);
    writeFileSync(p, data);
    return p;
  };
}

/** Raw control characters a terminal would obey (what human output must never contain). */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
