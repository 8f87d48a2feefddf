import { readFileSync } from "node:fs";
import type { ParseArgsConfig } from "node:util";
import {
  createAccessPointClient,
  DPI_SCOPE,
  maskinportenTokenSource,
  type AccessPointClient,
  type AccessPointProblem,
  type TokenSource,
} from "@innbyggerpost/access-point";
import { reduceStatus } from "@innbyggerpost/runtime";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { parseOptions } from "../options.js";

/** The options every access-point command takes: where, and how to get the token. */
export const accessPointOptionsUsage = `  --to <url>           the access point's base URL, vendor prefix included
                       (e.g. https://ap.example/api/v2/dpi)
  --token <token>      a Maskinporten access token, used as it is; or get one with the JWT-bearer grant:
  --token-url <url>    Maskinporten's token endpoint (https://test.maskinporten.no/token), with
  --client-id <id>     the integration's client id
  --client-key <pem>   PEM file with the enterprise certificate's private key
  --client-cert <pem>  PEM file with the enterprise certificate (and its chain), sent in x5c
  --audience <aud>     the assertion's aud, the issuer (default: the token URL's directory, as Maskinporten's
                       https://test.maskinporten.no/ for …/token, or the simulator's …/maskinporten/)
  --scope <scope>      default ${DPI_SCOPE}
  --timeout <ms>       time per attempt (default 30000)`;

/** @internal The parseArgs options behind {@link accessPointOptionsUsage}. */
export const accessPointOptions = {
  to: { type: "string" },
  token: { type: "string" },
  "token-url": { type: "string" },
  "client-id": { type: "string" },
  "client-key": { type: "string" },
  "client-cert": { type: "string" },
  audience: { type: "string" },
  scope: { type: "string" },
  timeout: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

type Values = { [K in keyof typeof accessPointOptions]?: string };

/**
 * @internal The assertion's default `aud`: the token endpoint's directory. Maskinporten's issuer is
 * `https://test.maskinporten.no/` for `https://test.maskinporten.no/token`, the simulator's
 * `http://host:port/maskinporten/` for `…/maskinporten/token`; null when `tokenUrl` is not a URL.
 */
export function defaultAudience(tokenUrl: string): string | null {
  try {
    return new URL(".", tokenUrl).href;
  } catch {
    return null;
  }
}

function readPem(flag: string, file: string | undefined): string {
  if (file === undefined) throw new UsageError(`--token-url needs --${flag}`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(
      `--${flag} ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`,
    );
  }
}

/** @internal The token source the flags describe; a usage error when they describe none or two. */
export function tokenFrom(v: Values): TokenSource {
  if (v.token !== undefined && v["token-url"] !== undefined)
    throw new UsageError("give --token or --token-url, not both");
  if (v.token !== undefined) {
    const token = v.token;
    return () => token;
  }
  const tokenUrl = v["token-url"];
  if (tokenUrl === undefined)
    throw new UsageError(
      "no token: give --token <token> or --token-url <url> with --client-id, --client-key and --client-cert",
    );
  if (v["client-id"] === undefined) throw new UsageError("--token-url needs --client-id");
  const audience = v.audience ?? defaultAudience(tokenUrl);
  if (audience === null) throw new UsageError(`--token-url ${tokenUrl}: not a URL`);
  const source = maskinportenTokenSource({
    tokenUrl,
    audience,
    clientId: v["client-id"],
    privateKey: readPem("client-key", v["client-key"]),
    certificate: readPem("client-cert", v["client-cert"]),
    scope: v.scope ?? DPI_SCOPE,
  });
  return source;
}

/** @internal A client from the flags (usage errors for what is missing or malformed). */
export function clientFrom(v: Values): AccessPointClient {
  if (v.to === undefined) throw new UsageError("--to <url> is required");
  if (!/^https?:\/\/./.test(v.to)) throw new UsageError(`--to ${v.to}: not an http(s) URL`);
  const timeoutMs = v.timeout === undefined ? 30_000 : Number(v.timeout);
  if (!(Number.isInteger(timeoutMs) && timeoutMs > 0))
    throw new UsageError(`--timeout ${v.timeout}: not a positive number of milliseconds`);
  return createAccessPointClient({ baseUrl: v.to, token: tokenFrom(v), timeoutMs });
}

/** @internal How a failure prints. */
export function formatProblem(e: AccessPointProblem): string {
  return `error  [${e.code}]${e.httpStatus === null ? "" : ` HTTP ${e.httpStatus}`} ${e.message}`;
}

/** The `statuses` line of the top-level help. */
export const summary = "read a sent letter's statuses from the access point and reduce them to one state";

/** `innbyggerpost statuses --help`. */
export const usage = `usage: innbyggerpost statuses <messageId> --to <url> (--token … | --token-url …) [--json]

Reads the access point's statuses for one sent letter and reduces them to its eFormidling status.
Each item of GET /messages/out/{id}/statuses is mapped to its eFormidling status. Timestamps without
an offset are read as Norwegian time; unknown statuses are kept as ANNET with the raw value.
${accessPointOptionsUsage}
  --json               print {messageId, found, statuses, state}
Exit 0 when read, 1 when the access point could not be asked, 2 on a usage error.`;

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseOptions(args, { ...accessPointOptions, json: { type: "boolean" } });
  const [messageId, ...more] = parsed.positionals;
  if (messageId === undefined) throw new UsageError("no message id given");
  if (more.length) throw new UsageError(`one message id at a time (got ${parsed.positionals.length})`);
  const client = clientFrom(parsed.values as Values);
  const r = await client.statuses(messageId);
  if (!r.ok) {
    for (const e of r.errors) io.warn(formatProblem(e));
    return EXIT.invalid;
  }
  const state = reduceStatus(r.statuses.map((s) => s.event));
  const statuses = r.statuses.map((s) => ({
    status: s.status,
    rawStatus: s.rawStatus,
    timestamp: s.timestamp,
    rawTimestamp: s.rawTimestamp,
    beskrivelse: s.beskrivelse,
    eformidling: s.mapped.status,
  }));
  if (parsed.values.json) {
    io.json({
      messageId,
      found: r.found,
      statuses,
      state: {
        status: state.status,
        state: state.state,
        description: state.description,
        terminal: state.terminal,
        since: state.since,
      },
    });
    return EXIT.ok;
  }
  if (!r.found) io.line(`${messageId}: the access point has no statuses for it (not sent, or unknown id)`);
  for (const s of statuses) {
    const raw = s.status === "ANNET" ? ` (${JSON.stringify(s.rawStatus)})` : "";
    io.line(
      `${s.status.padEnd(9)}${raw} ${s.timestamp ?? "no time"}  → ${s.eformidling}` +
        (s.beskrivelse ? `  ${s.beskrivelse}` : ""),
    );
  }
  io.line(`state: ${state.status ?? state.state}${state.terminal ? " (final)" : ""}`);
  return EXIT.ok;
}
