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

/** Checks the options once (each field read once). */
export function checkOptions(
  options: unknown,
): { ok: true; options: CheckedOptions } | { ok: false; errors: Problem[] } {
  const errors: Problem[] = [];
  const bad = (key: string, message: string) => errors.push({ pointer: `/${key}`, code: "bad-option", message });
  if (typeof options !== "object" || options === null)
    return { ok: false, errors: [{ pointer: "", code: "bad-option", message: "options are an object" }] };
  const o = options as Record<string, unknown>;
  const port = o.port ?? 0;
  const host = o.host ?? "127.0.0.1";
  const stateDir = o.stateDir ?? null;
  const speed = o.speed ?? 1;
  const trust = o.trust ?? [];
  const scenarios = o.scenarios;
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const bodyTimeoutMs = o.bodyTimeoutMs ?? 120_000;
  const grantableScopes = o.grantableScopes ?? [SEND_SCOPE, "dpi:send"];
  const openPackage = o.openPackage ?? null;
  const log = o.log ?? (() => undefined);
  if (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65535)
    bad("port", "port is an integer 0–65535");
  if (typeof host !== "string" || host === "") bad("host", "host is a non-empty string");
  if (stateDir !== null && (typeof stateDir !== "string" || stateDir === ""))
    bad("stateDir", "stateDir is a folder path");
  if (typeof speed !== "number" || !Number.isFinite(speed) || speed <= 0) bad("speed", "speed is a positive number");
  if (!Array.isArray(trust) || !trust.every((t) => typeof t === "string")) bad("trust", "trust is a list of PEM texts");
  if (!Number.isInteger(maxBytes) || (maxBytes as number) < 1) bad("maxBytes", "maxBytes is a positive integer");
  if (!Number.isInteger(bodyTimeoutMs) || (bodyTimeoutMs as number) < 1)
    bad("bodyTimeoutMs", "bodyTimeoutMs is a positive integer");
  if (!Array.isArray(grantableScopes) || !grantableScopes.every((s) => typeof s === "string"))
    bad("grantableScopes", "grantableScopes is a list of strings");
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
      log: log as CheckedOptions["log"],
    },
  };
}
