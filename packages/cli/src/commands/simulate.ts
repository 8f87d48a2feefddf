import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseOrganisationNumber } from "@innbyggerpost/runtime";
import { issueCertificate, loadPki, startSimulator } from "@innbyggerpost/simulator";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { parseOptions } from "../options.js";

/** The `simulate` line of the top-level help. */
export const summary = "run a local access point with postbox, print service, test CA and token issuer";

/** `innbyggerpost simulate --help`. */
export const usage = `usage: innbyggerpost simulate [options]
       innbyggerpost simulate issue-certificate --state-dir DIR --org ORGNR --out DIR

Runs a local DPI access point (C2) with a postbox and print service behind it, a test CA and a token issuer.
  options: [--port N] [--host H] [--state-dir DIR] [--speed X] [--trust PEM]... [--scenario FILE] [--max-bytes N]
  --port       port to listen on (default 0: a free one)      --host   default 127.0.0.1
  --state-dir  keep the CA and every letter, status and unread receipt here (else in memory)
  --speed      simulated seconds per second for receipt delays (default 1; 86400 makes a day a second)
  --trust      a PEM certificate also trusted to sign letters and grants (repeatable)
  --scenario   a scenario table replacing the shipped scenarios.json
  --max-bytes  upload limit (default 52428800)
Prints one JSON line {url, tokenUrl, issuer, caCertificate, postboxCertificate, printCertificate, stateDir},
then one JSON line per request; Ctrl-C stops it.
issue-certificate writes key.pem and cert.pem: a test enterprise certificate for ORGNR from the CA in DIR.`;

const number = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n))
    throw new UsageError(`--${name} must be a number, not ${JSON.stringify(v)}`);
  return n;
};

function read(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(e as Error).message}`);
  }
}

async function issue(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseOptions(
    args,
    { "state-dir": { type: "string" }, org: { type: "string" }, out: { type: "string" } },
    { positionals: false },
  );
  const { "state-dir": stateDir, org, out } = parsed.values;
  if (!stateDir || !org || !out) throw new UsageError("issue-certificate needs --state-dir, --org and --out");
  const orgnr = parseOrganisationNumber(org);
  if (!orgnr.ok) throw new UsageError(`--org: ${orgnr.errors[0]!.message}`);
  const loaded = await loadPki(resolve(stateDir));
  if (!loaded.ok) throw new UsageError(`--state-dir: ${loaded.errors[0]!.message}`);
  const pki = loaded.pki;
  const pair = await issueCertificate(pki.ca, orgnr.value);
  if (!pair.ok) throw new UsageError(`issue-certificate: ${pair.errors[0]!.message}`);
  mkdirSync(out, { recursive: true });
  const key = resolve(join(out, "key.pem"));
  const cert = resolve(join(out, "cert.pem"));
  writeFileSync(key, pair.privateKey, { mode: 0o600 });
  writeFileSync(cert, pair.certificate);
  io.line(JSON.stringify({ org: orgnr.value, key, cert, caCertificate: pki.files.ca }));
  return EXIT.ok;
}

/** Runs the simulator until `stop` resolves (default: SIGINT or SIGTERM). */
export async function simulate(args: string[], io: CommandIo, stop?: Promise<unknown>): Promise<number> {
  const parsed = parseOptions(
    args,
    {
      port: { type: "string" },
      host: { type: "string" },
      "state-dir": { type: "string" },
      speed: { type: "string" },
      trust: { type: "string", multiple: true },
      scenario: { type: "string" },
      "max-bytes": { type: "string" },
    },
    { positionals: false },
  );
  const v = parsed.values;
  let scenarios: unknown;
  if (v.scenario !== undefined) {
    try {
      scenarios = JSON.parse(read(v.scenario, "scenario file"));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`the scenario file ${v.scenario} is not JSON: ${(e as Error).message}`);
    }
  }
  const started = await startSimulator({
    ...(v.port !== undefined ? { port: number("port", v.port) } : {}),
    ...(v.host !== undefined ? { host: v.host } : {}),
    ...(v["state-dir"] !== undefined ? { stateDir: resolve(v["state-dir"]) } : {}),
    ...(v.speed !== undefined ? { speed: number("speed", v.speed) } : {}),
    ...(v["max-bytes"] !== undefined ? { maxBytes: number("max-bytes", v["max-bytes"]) } : {}),
    ...(scenarios !== undefined ? { scenarios } : {}),
    trust: (v.trust ?? []).map((f) => read(f, "certificate")),
    log: (entry) => io.line(JSON.stringify({ time: new Date().toISOString(), ...entry })),
  });
  if (!started.ok) {
    for (const e of started.errors) io.warn(`innbyggerpost simulate: ${e.pointer || "/"} [${e.code}] ${e.message}`);
    return EXIT.usage;
  }
  const sim = started.simulator;
  io.line(
    JSON.stringify({
      url: sim.url,
      tokenUrl: sim.tokenUrl,
      issuer: sim.issuer,
      ...sim.files,
      stateDir: v["state-dir"] ? resolve(v["state-dir"]) : null,
    }),
  );
  await (stop ??
    new Promise<void>((done) => {
      process.once("SIGINT", done);
      process.once("SIGTERM", done);
    }));
  await sim.close();
  io.warn("innbyggerpost simulate: stopped");
  return EXIT.ok;
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  if (args[0] === "issue-certificate") return issue(args.slice(1), io);
  return simulate(args, io);
}
