import { escapePointer, isRecord } from "@innbyggerpost/contracts";
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
const TABLE_KEYS = new Set(["timings", "defaults", "recipients", "$comment"]);

/**
 * @internal Reads a scenario table field by field, each once, into a fresh table (the caller's object is never kept):
 * `where` names the field being read, so a throwing getter or proxy is a `bad-scenario` at its pointer.
 */
export class TableReader {
  readonly errors: Problem[] = [];
  where = "";

  bad(pointer: string, message: string): void {
    this.errors.push({ pointer, code: "bad-scenario", message });
  }

  /** The own enumerable keys of a record, refusing the ones not in `known`. */
  keys(value: Record<string, unknown>, pointer: string, known: Set<string>): void {
    for (const key of Object.keys(value))
      if (!known.has(key)) this.bad(`${pointer}/${escapePointer(key)}`, `unknown field ${key}`);
  }

  scenario(value: unknown, pointer: string): Scenario | null {
    this.where = pointer;
    if (!isRecord(value)) {
      this.bad(pointer, "a scenario is an object");
      return null;
    }
    this.keys(value, pointer, SCENARIO_KEYS);
    const before = this.errors.length;
    const description = this.field(value, pointer, "description");
    if (typeof description !== "string") this.bad(`${pointer}/description`, "description is a string");
    const accessPoint = this.field(value, pointer, "accessPoint");
    if (accessPoint !== undefined && accessPoint !== "SENDT" && accessPoint !== "FEILET")
      this.bad(`${pointer}/accessPoint`, "accessPoint is SENDT or FEILET");
    const feil = this.field(value, pointer, "feil");
    if (feil !== undefined && feil !== "KLIENT" && feil !== "SERVER")
      this.bad(`${pointer}/feil`, "feil is KLIENT or SERVER");
    const opened = this.field(value, pointer, "opened");
    const returpost = this.field(value, pointer, "returpost");
    for (const [key, v] of [
      ["opened", opened],
      ["returpost", returpost],
    ] as const)
      if (v !== undefined && typeof v !== "boolean") this.bad(`${pointer}/${key}`, `${key} is a boolean`);
    const channels = this.channels(this.field(value, pointer, "failingChannels"), `${pointer}/failingChannels`);
    if (this.errors.length > before) return null;
    return {
      description: description as string,
      ...(accessPoint !== undefined ? { accessPoint: accessPoint as "SENDT" | "FEILET" } : {}),
      ...(feil !== undefined ? { feil: feil as "KLIENT" | "SERVER" } : {}),
      ...(opened !== undefined ? { opened: opened as boolean } : {}),
      ...(channels !== undefined ? { failingChannels: channels } : {}),
      ...(returpost !== undefined ? { returpost: returpost as boolean } : {}),
    };
  }

  field(value: Record<string, unknown>, pointer: string, key: string): unknown {
    this.where = `${pointer}/${key}`;
    return value[key];
  }

  /** At most two channels (epost, sms), read once each; a huge sparse list is refused by its length. */
  channels(value: unknown, pointer: string): ("epost" | "sms")[] | undefined {
    if (value === undefined) return undefined;
    const refuse = () => void this.bad(pointer, "failingChannels lists epost and/or sms");
    if (!Array.isArray(value)) return refuse();
    const n = value.length;
    if (n > 2) return refuse();
    const out: ("epost" | "sms")[] = [];
    for (let i = 0; i < n; i++) {
      this.where = `${pointer}/${i}`;
      const c: unknown = value[i];
      if (c !== "epost" && c !== "sms") return refuse();
      out.push(c);
    }
    return out;
  }

  timings(value: unknown): Timings | null {
    if (!isRecord(value)) {
      this.bad("/timings", "timings is an object");
      return null;
    }
    this.keys(value, "/timings", new Set(TIMING_KEYS));
    const out: Record<string, number> = {};
    for (const key of TIMING_KEYS) {
      const t = this.field(value, "/timings", key);
      if (typeof t !== "number" || !(t >= 0) || t === Number.POSITIVE_INFINITY)
        this.bad(`/timings/${key}`, `${key} is seconds ≥ 0`);
      else out[key] = t;
    }
    return Object.keys(out).length === TIMING_KEYS.length ? (out as unknown as Timings) : null;
  }

  table(value: unknown): ScenarioTable | null {
    if (!isRecord(value)) {
      this.bad("", "a scenario table is an object {timings, defaults, recipients}");
      return null;
    }
    this.keys(value, "", TABLE_KEYS);
    const timings = this.timings(this.field(value, "", "timings"));
    const defaultsValue = this.field(value, "", "defaults");
    let defaults: ScenarioTable["defaults"] | null = null;
    if (!isRecord(defaultsValue)) this.bad("/defaults", "defaults is {digital, utskrift}");
    else {
      this.keys(defaultsValue, "/defaults", new Set(["digital", "utskrift"]));
      const digital = this.scenario(this.field(defaultsValue, "/defaults", "digital"), "/defaults/digital");
      const utskrift = this.scenario(this.field(defaultsValue, "/defaults", "utskrift"), "/defaults/utskrift");
      if (digital && utskrift) defaults = { digital, utskrift };
    }
    const recipientsValue = this.field(value, "", "recipients");
    // No prototype: a recipient key "constructor" or "__proto__" is a recipient like any other.
    const recipients: Record<string, Scenario> = Object.create(null);
    if (!isRecord(recipientsValue)) this.bad("/recipients", "recipients is an object");
    else
      for (const key of Object.keys(recipientsValue)) {
        const pointer = `/recipients/${escapePointer(key)}`;
        const s = this.scenario(this.field(recipientsValue, "/recipients", key), pointer);
        if (s)
          Object.defineProperty(recipients, key, { value: s, enumerable: true, writable: true, configurable: true });
      }
    if (this.errors.length || !timings || !defaults) return null;
    return { timings, defaults, recipients };
  }
}

/**
 * Checks a scenario table (the shipped one or a `--scenario` file) and returns a fresh copy of it: each field
 * is read once, unknown fields are refused (a typo would be ignored silently), and a field that cannot be read
 * is a `bad-scenario` at its pointer. Never throws.
 */
export function parseScenarioTable(
  value: unknown,
): { ok: true; table: ScenarioTable } | { ok: false; errors: Problem[] } {
  const reader = new TableReader();
  try {
    const table = reader.table(value);
    if (table) return { ok: true, table };
  } catch (e) {
    reader.bad(reader.where, `could not read the scenario table: ${reasonOf(e)}`);
  }
  return { ok: false, errors: reader.errors };
}

/** @internal What a caught exception says, without trusting it (a thrown proxy can throw again). */
export function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return "an unreadable value was thrown";
  }
}

/** The shipped scenario table (`scenarios.json`). */
export function defaultScenarioTable(): ScenarioTable {
  const parsed = parseScenarioTable(JSON.parse(readFileSync(new URL("../scenarios.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`scenarios.json is broken: ${JSON.stringify(parsed.errors)}`);
  return parsed.table;
}

/**
 * The key a letter's recipient is looked up by: the postkasseadresse, or `postnummer:NNNN` for print; null when
 * the payload has none (or cannot be read: each field is read once, and a throwing one means no key). Never throws.
 */
export function recipientKey(type: string, payload: Record<string, unknown>): string | null {
  try {
    if (type !== "digital" && type !== "utskrift") return null;
    const mottaker: unknown = isRecord(payload) ? payload.mottaker : undefined;
    if (!isRecord(mottaker)) return null;
    if (type === "digital") {
      const address: unknown = mottaker.postkasseadresse;
      return typeof address === "string" ? address : null;
    }
    const postnummer: unknown = mottaker.postnummer;
    return typeof postnummer === "string" ? `postnummer:${postnummer}` : null;
  } catch {
    return null;
  }
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

/**
 * @internal The answers a letter gets under a scenario (seconds after acceptance, unscaled); flyttet is answered
 * as digital. Unchecked: the server passes values it checked; the public face (a result) is in public.ts.
 */
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

/** @internal The scenario table as the README shows it; unchecked (the public face is in public.ts). */
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
