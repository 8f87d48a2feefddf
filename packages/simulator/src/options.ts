import type { Problem } from "@innbyggerpost/runtime";
import type { OpenPackage } from "./postbox.js";
import { parseScenarioTable, type ScenarioTable } from "./scenarios.js";
import { SEND_SCOPE } from "./token.js";

/** Options of {@link startSimulator}; every one is checked at run time. */
export interface SimulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Host to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** Folder for the PKI and all state (kept across restarts); without it state is in memory. */
  readonly stateDir?: string;
  /** Simulated seconds per real second for the receipt delays; default 1. */
  readonly speed?: number;
  /** PEM text of further certificates trusted to sign letters and grants (besides the simulator's CA). */
  readonly trust?: readonly string[];
  /** The scenario table (default: the shipped `scenarios.json`). */
  readonly scenarios?: unknown;
  /** Largest upload in bytes; default 50 MB. */
  readonly maxBytes?: number;
  /** Milliseconds an upload may take before it is cut off; default 120 000. */
  readonly bodyTimeoutMs?: number;
  /** Scopes the token issuer grants; default `digitalpostinnbygger:send` and the older `dpi:send`. */
  readonly grantableScopes?: readonly string[];
  /** Opens a package (default: `openPackage` of `@innbyggerpost/dokumentpakke`). */
  readonly openPackage?: OpenPackage;
  /** Receives one object per request (and per internal failure); default: nothing is logged. */
  readonly log?: (entry: Record<string, unknown>) => void;
}

/** The options with their defaults filled in. */
export interface CheckedOptions {
  readonly port: number;
  readonly host: string;
  readonly stateDir: string | null;
  readonly speed: number;
  readonly trust: readonly string[];
  readonly scenarios: ScenarioTable | null;
  readonly maxBytes: number;
  readonly bodyTimeoutMs: number;
  readonly grantableScopes: readonly string[];
  readonly openPackage: OpenPackage | null;
  readonly log: (entry: Record<string, unknown>) => void;
}

/** Default upload limit: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The option names, in the order they are read. */
const OPTION_KEYS = [
  "port",
  "host",
  "stateDir",
  "speed",
  "trust",
  "scenarios",
  "maxBytes",
  "bodyTimeoutMs",
  "grantableScopes",
  "openPackage",
  "log",
] as const;
const KNOWN = new Set<string>(OPTION_KEYS);
/** Most PEM texts in `trust` and scopes in `grantableScopes` (a huge sparse list is refused by its length). */
const MAX_LIST = 1000;

/** A list of strings copied into a fresh array (each item read once), or null when it is not one. */
function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const n = value.length;
  if (n > MAX_LIST) return null;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const item: unknown = value[i];
    if (typeof item !== "string") return null;
    out.push(item);
  }
  return out;
}

/** The caller's log, made unable to throw into the server (a request's outcome is logged after it ended). */
const quiet =
  (log: CheckedOptions["log"]): CheckedOptions["log"] =>
  (entry) => {
    try {
      log(entry);
    } catch {
      // A failing log must not fail the request it describes.
    }
  };

const reason = (e: unknown): string => {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return "an unreadable value was thrown";
  }
};

/**
 * Checks the options once: each field read once into a fresh value (lists copied), an unknown option refused
 * (a misspelt one would be ignored silently), a wrong or unreadable one `bad-option` at its pointer. Never throws.
 */
export function checkOptions(
  options: unknown,
): { ok: true; options: CheckedOptions } | { ok: false; errors: Problem[] } {
  const errors: Problem[] = [];
  const bad = (key: string, message: string) => errors.push({ pointer: `/${key}`, code: "bad-option", message });
  const read: Record<string, unknown> = {};
  let where = "";
  try {
    if (typeof options !== "object" || options === null || Array.isArray(options))
      return { ok: false, errors: [{ pointer: "", code: "bad-option", message: "options are an object" }] };
    const o = options as Record<string, unknown>;
    for (const key of Object.keys(o)) if (!KNOWN.has(key)) bad(key, `unknown option ${key}`);
    for (const key of OPTION_KEYS) {
      where = `/${key}`;
      read[key] = o[key];
    }
  } catch (e) {
    return { ok: false, errors: [{ pointer: where, code: "bad-option", message: `unreadable option: ${reason(e)}` }] };
  }
  const port = read.port ?? 0;
  const host = read.host ?? "127.0.0.1";
  const stateDir = read.stateDir ?? null;
  const speed = read.speed ?? 1;
  const scenarios = read.scenarios;
  const maxBytes = read.maxBytes ?? DEFAULT_MAX_BYTES;
  const bodyTimeoutMs = read.bodyTimeoutMs ?? 120_000;
  const openPackage = read.openPackage ?? null;
  const log = read.log ?? (() => undefined);
  let trust: string[] | null = [];
  let grantableScopes: string[] | null = [SEND_SCOPE, "dpi:send"];
  try {
    where = "/trust";
    if (read.trust !== undefined) trust = stringList(read.trust);
    where = "/grantableScopes";
    if (read.grantableScopes !== undefined) grantableScopes = stringList(read.grantableScopes);
  } catch (e) {
    return { ok: false, errors: [{ pointer: where, code: "bad-option", message: `unreadable option: ${reason(e)}` }] };
  }
  if (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65535)
    bad("port", "port is an integer 0–65535");
  if (typeof host !== "string" || host === "") bad("host", "host is a non-empty string");
  if (stateDir !== null && (typeof stateDir !== "string" || stateDir === "" || stateDir.includes("\u0000")))
    bad("stateDir", "stateDir is a folder path");
  if (typeof speed !== "number" || !Number.isFinite(speed) || speed <= 0) bad("speed", "speed is a positive number");
  if (trust === null) bad("trust", `trust is a list of at most ${MAX_LIST} PEM texts`);
  if (!Number.isSafeInteger(maxBytes) || (maxBytes as number) < 1) bad("maxBytes", "maxBytes is a positive integer");
  // Node's timers take at most 2^31 − 1 ms (a longer one fires at once).
  if (!Number.isInteger(bodyTimeoutMs) || (bodyTimeoutMs as number) < 1 || (bodyTimeoutMs as number) > 2 ** 31 - 1)
    bad("bodyTimeoutMs", "bodyTimeoutMs is a positive integer of milliseconds (at most 2^31 − 1)");
  if (grantableScopes === null) bad("grantableScopes", `grantableScopes is a list of at most ${MAX_LIST} strings`);
  if (openPackage !== null && typeof openPackage !== "function") bad("openPackage", "openPackage is a function");
  if (typeof log !== "function") bad("log", "log is a function");
  let table: ScenarioTable | null = null;
  if (scenarios !== undefined) {
    const parsed = parseScenarioTable(scenarios);
    if (parsed.ok) table = parsed.table;
    else errors.push(...parsed.errors.map((e) => ({ ...e, pointer: `/scenarios${e.pointer}` })));
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    options: {
      port: port as number,
      host: host as string,
      stateDir: stateDir as string | null,
      speed: speed as number,
      trust: trust as string[],
      scenarios: table,
      maxBytes: maxBytes as number,
      bodyTimeoutMs: bodyTimeoutMs as number,
      grantableScopes: grantableScopes as string[],
      openPackage: openPackage as OpenPackage | null,
      log: quiet(log as CheckedOptions["log"]),
    },
  };
}
