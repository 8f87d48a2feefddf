import { isRecord } from "@innbyggerpost/contracts";
import { readFileSync } from "node:fs";
import type { Problem } from "@innbyggerpost/runtime";

/** What the postbox or print service does with one recipient's letters. */
export interface Scenario {
  readonly description: string;
  /** `FEILET`: the access point cannot forward the letter (no receipts). Default `SENDT`. */
  readonly accessPoint?: "SENDT" | "FEILET";
  /** A scripted feil instead of the receipts. */
  readonly feil?: "KLIENT" | "SERVER";
  /** Whether the citizen opens the letter (an aapningskvittering when the letter asks). Default true. */
  readonly opened?: boolean;
  /** Notification channels that fail (a varslingfeiletkvittering for each one the letter orders). */
  readonly failingChannels?: readonly ("epost" | "sms")[];
  /** Print: the letter comes back (returpostkvittering). */
  readonly returpost?: boolean;
}

/** The timings, in simulated seconds after acceptance. */
export interface Timings {
  readonly sent: number;
  readonly leveringskvittering: number;
  readonly aapningskvittering: number;
  readonly varslingfeiletkvittering: number;
  readonly mottakskvittering: number;
  readonly printLeveringskvittering: number;
  readonly returpostkvittering: number;
  readonly feil: number;
}

/** The scenario table: timings, defaults per letter type, and scenarios by recipient key. */
export interface ScenarioTable {
  readonly timings: Timings;
  readonly defaults: { readonly digital: Scenario; readonly utskrift: Scenario };
  readonly recipients: Readonly<Record<string, Scenario>>;
}

const TIMING_KEYS = [
  "sent",
  "leveringskvittering",
  "aapningskvittering",
  "varslingfeiletkvittering",
  "mottakskvittering",
  "printLeveringskvittering",
  "returpostkvittering",
  "feil",
] as const;
const SCENARIO_KEYS = new Set(["description", "accessPoint", "feil", "opened", "failingChannels", "returpost"]);

function checkScenario(value: unknown, pointer: string, errors: Problem[]): void {
  const bad = (p: string, message: string): void =>
    void errors.push({ pointer: `${pointer}${p}`, code: "bad-scenario", message });
  if (!isRecord(value)) {
    bad("", "a scenario is an object");
    return;
  }
  for (const key of Object.keys(value)) if (!SCENARIO_KEYS.has(key)) bad(`/${key}`, `unknown scenario field ${key}`);
  if (typeof value.description !== "string") bad("/description", "description is a string");
  if (value.accessPoint !== undefined && value.accessPoint !== "SENDT" && value.accessPoint !== "FEILET")
    bad("/accessPoint", "accessPoint is SENDT or FEILET");
  if (value.feil !== undefined && value.feil !== "KLIENT" && value.feil !== "SERVER")
    bad("/feil", "feil is KLIENT or SERVER");
  for (const key of ["opened", "returpost"])
    if (value[key] !== undefined && typeof value[key] !== "boolean") bad(`/${key}`, `${key} is a boolean`);
  const channels = value.failingChannels;
  if (channels !== undefined && !(Array.isArray(channels) && channels.every((c) => c === "epost" || c === "sms")))
    bad("/failingChannels", "failingChannels lists epost and/or sms");
}

/** Checks a scenario table (the shipped one or a `--scenario` file). Never throws. */
export function parseScenarioTable(
  value: unknown,
): { ok: true; table: ScenarioTable } | { ok: false; errors: Problem[] } {
  const errors: Problem[] = [];
  if (!isRecord(value))
    return {
      ok: false,
      errors: [
        { pointer: "", code: "bad-scenario", message: "a scenario table is an object {timings, defaults, recipients}" },
      ],
    };
  const timings = value.timings;
  if (!isRecord(timings)) errors.push({ pointer: "/timings", code: "bad-scenario", message: "timings is an object" });
  else
    for (const key of TIMING_KEYS) {
      const t = timings[key];
      if (typeof t !== "number" || !(t >= 0))
        errors.push({ pointer: `/timings/${key}`, code: "bad-scenario", message: `${key} is seconds ≥ 0` });
    }
  const defaults = value.defaults;
  if (!isRecord(defaults))
    errors.push({ pointer: "/defaults", code: "bad-scenario", message: "defaults is {digital, utskrift}" });
  else for (const key of ["digital", "utskrift"]) checkScenario(defaults[key], `/defaults/${key}`, errors);
  const recipients = value.recipients;
  if (!isRecord(recipients))
    errors.push({ pointer: "/recipients", code: "bad-scenario", message: "recipients is an object" });
  else
    for (const [key, s] of Object.entries(recipients))
      checkScenario(s, `/recipients/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, errors);
  return errors.length ? { ok: false, errors } : { ok: true, table: value as unknown as ScenarioTable };
}

/** The shipped scenario table (`scenarios.json`). */
export function defaultScenarioTable(): ScenarioTable {
  const parsed = parseScenarioTable(JSON.parse(readFileSync(new URL("../scenarios.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`scenarios.json is broken: ${JSON.stringify(parsed.errors)}`);
  return parsed.table;
}

/** The key a letter's recipient is looked up by: the postkasseadresse, or `postnummer:NNNN` for print. */
export function recipientKey(type: string, payload: Record<string, unknown>): string | null {
  const mottaker = payload.mottaker as Record<string, unknown> | undefined;
  if (type === "digital" && typeof mottaker?.postkasseadresse === "string") return mottaker.postkasseadresse;
  if (type === "utskrift" && typeof mottaker?.postnummer === "string") return `postnummer:${mottaker.postnummer}`;
  return null;
}

/** One answer the postbox or print service will give, and when. */
export type PlannedAnswer =
  | {
      readonly type: "leveringskvittering" | "aapningskvittering" | "mottakskvittering" | "returpostkvittering";
      readonly after: number;
    }
  | { readonly type: "varslingfeiletkvittering"; readonly varslingskanal: "epost" | "sms"; readonly after: number }
  | {
      readonly type: "feil";
      readonly feiltype: "KLIENT" | "SERVER";
      readonly detaljer: string;
      readonly after: number;
    };

/** The answers a letter gets under a scenario (seconds after acceptance, unscaled). Flyttet is answered as digital. */
export function planAnswers(
  type: string,
  payload: Record<string, unknown>,
  scenario: Scenario,
  t: Timings,
): PlannedAnswer[] {
  if (scenario.feil)
    return [
      {
        type: "feil",
        feiltype: scenario.feil,
        detaljer: `scripted by the scenario: ${scenario.description}`,
        after: t.feil,
      },
    ];
  if (type === "utskrift") {
    const plan: PlannedAnswer[] = [
      { type: "mottakskvittering", after: t.mottakskvittering },
      { type: "leveringskvittering", after: t.printLeveringskvittering },
    ];
    if (scenario.returpost) plan.push({ type: "returpostkvittering", after: t.returpostkvittering });
    return plan;
  }
  const plan: PlannedAnswer[] = [{ type: "leveringskvittering", after: t.leveringskvittering }];
  const varsler = (payload.varsler ?? {}) as Record<string, unknown>;
  const ordered = { epost: varsler.epostvarsel !== undefined, sms: varsler.smsvarsel !== undefined };
  for (const channel of scenario.failingChannels ?? []) {
    if (ordered[channel])
      plan.push({ type: "varslingfeiletkvittering", varslingskanal: channel, after: t.varslingfeiletkvittering });
  }
  if (payload.aapningskvittering === true && scenario.opened !== false)
    plan.push({ type: "aapningskvittering", after: t.aapningskvittering });
  return plan.sort((a, b) => a.after - b.after);
}

const label = (a: PlannedAnswer): string =>
  a.type === "feil"
    ? `feil ${a.feiltype}`
    : a.type === "varslingfeiletkvittering"
      ? `varslingfeiletkvittering (${a.varslingskanal})`
      : a.type;

/** The scenario table as the README shows it (the README is checked against this, so it cannot drift). */
export function scenarioTableMarkdown(table: ScenarioTable): string {
  const t = table.timings;
  const answers = (type: string, s: Scenario): string => {
    const digital = { aapningskvittering: true, varsler: { epostvarsel: {}, smsvarsel: {} } };
    const plan = planAnswers(type, type === "utskrift" ? {} : digital, s, t);
    if (s.accessPoint === "FEILET") return "none (status FEILET)";
    return plan.map((a) => `${label(a)} after ${a.after} s`).join(", ");
  };
  const rows = [
    ["any other postkasseadresse", "digital", table.defaults.digital] as const,
    ["any other print address", "utskrift", table.defaults.utskrift] as const,
    ...Object.entries(table.recipients).map(
      ([key, s]) => [`\`${key}\``, key.startsWith("postnummer:") ? "utskrift" : "digital", s] as const,
    ),
  ];
  return [
    "| Recipient | What happens | Answers (simulated time after acceptance; for a digital letter asking for " +
      "aapningskvittering and ordering both notifications) |",
    "| --- | --- | --- |",
    ...rows.map(([key, type, s]) => `| ${key} | ${s.description} | ${answers(type, s)} |`),
  ].join("\n");
}
