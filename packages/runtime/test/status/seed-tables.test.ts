import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { statusFlows, type StatusFlow, type StatusFlowId } from "@innbyggerpost/contracts";
import { describe, expect, it } from "vitest";
import { reduceStatus, whatCanStillHappen } from "../../src/status/index.js";

/**
 * Every row of the seed status tables (../shared/spec/seeds, read-only, never copied) has a test named
 * after it that compares it with our table in schemas/status/. The behavioural half (each seed state is
 * reachable through the reducer, with its marks) runs from our table even without ../shared.
 */
const seedsDir = resolve(import.meta.dirname, "../../../../../shared/spec/seeds");
const hasSeeds = existsSync(seedsDir);
const seedText = (n: string) =>
  readFileSync(join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(`${n}_`))!), "utf8");

/** Markdown tables of a seed file: each a list of rows of trimmed cells, header first. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t.startsWith("|")) {
      const cells = t
        .replace(/^\|/, "")
        .replace(/\|\s*$/, "")
        .split("|")
        .map((c) => c.trim());
      if (!cells.every((c) => /^:?-+:?$/.test(c))) cur.push(cells);
    } else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

interface SeedRow {
  seed: string;
  table: string;
  status: string;
  loggedBy: string | null;
  comment: string;
}

/** The status tables of seeds 000 and 003 and the flow each belongs to. */
function seedRows(): { row: SeedRow; flows: StatusFlowId[] }[] {
  if (!hasSeeds) return [];
  const rows: { row: SeedRow; flows: StatusFlowId[] }[] = [];
  const t000 = tables(seedText("000")).filter((t) => t[0]![0] === "Status");
  for (const r of t000[0]!.slice(1))
    rows.push({
      row: { seed: "000", table: "Meldingsstatuser (DPI)", status: r[0]!, loggedBy: null, comment: r[1]! },
      flows: ["dpi"],
    });
  const t003 = tables(seedText("003")).filter((t) => t[0]![0] === "Status");
  const names: [string, StatusFlowId[]][] = [
    ["DPO statuser", []],
    ["DPF statuser: state → municipality", ["dpf-state-to-municipality"]],
    ["DPF statuser: municipality → state", ["dpf-municipality-to-state"]],
    ["DPF relaterte feilstatuser", ["dpf-state-to-municipality"]],
    ["DPV statuser", ["dpv"]],
  ];
  t003.forEach((t, i) => {
    const [name, flows] = names[i]!;
    for (const r of t.slice(1)) {
      const three = t[0]!.length === 3;
      const loggedBy = three ? r[1]!.toLowerCase() : null;
      rows.push({
        row: { seed: "003", table: name, status: r[0]!, loggedBy, comment: three ? r[2]! : r[1]! },
        flows: three ? [loggedBy === "mottaker" ? "dpo-receiver" : "dpo-sender"] : flows,
      });
    }
  });
  return rows;
}

/** How many rows each seed table has: without ../shared, as many row tests are reported skipped. */
const tableRows: [seed: string, table: string, rows: number][] = [
  ["000", "Meldingsstatuser (DPI)", 6],
  ["003", "DPO statuser", 8],
  ["003", "DPF statuser: state → municipality", 4],
  ["003", "DPF statuser: municipality → state", 3],
  ["003", "DPF relaterte feilstatuser", 3],
  ["003", "DPV statuser", 4],
];
/** The DPE steps of our table, one seed line each. */
const dpeStepCount = statusFlows.dpe.states.filter((s) => s.step !== undefined).length;
const noSeeds = `skipped: ${seedsDir} not found (../shared/spec/seeds is not in this repo)`;
if (!hasSeeds) console.warn(`seed tables: ${noSeeds}`);

const dpeSteps = hasSeeds
  ? [
      ...seedText("003")
        .split("### eInnsyn (DPE)")[1]!
        .matchAll(/^(\d+)\. (.+)$/gm),
    ]
  : [];

describe.skipIf(!hasSeeds)("seed tables match schemas/status/ row by row", () => {
  const rows = seedRows();
  it("found the seed tables: 6 DPI rows, 8 DPO, 4 + 3 + 3 DPF, 4 DPV, and one DPE line per step of ours", () => {
    const count = (table: string) => rows.filter((r) => r.row.table === table).length;
    expect(tableRows.map(([, table]) => count(table))).toEqual(tableRows.map(([, , n]) => n));
    expect(dpeSteps.length).toBe(dpeStepCount);
  });
  if (!hasSeeds) {
    for (const [seed, table, n] of tableRows) {
      for (let i = 1; i <= n; i++) it.skip(`seed ${seed} ${table}: row ${i} of ${n} (${noSeeds})`, () => {});
    }
    for (let i = 1; i <= dpeStepCount; i++) it.skip(`seed 003 eInnsyn (DPE) step ${i} (${noSeeds})`, () => {});
  }
  for (const { row, flows } of rows) {
    it(`seed ${row.seed} ${row.table}: ${row.status}${row.loggedBy ? ` (${row.loggedBy})` : ""} "${row.comment}"`, () => {
      const flow = statusFlows[flows[0]!] as StatusFlow;
      const state = flow.states.find((s) => s.id === row.status);
      expect(state, `${row.status} is a state of ${flow.id}`).toBeDefined();
      expect(state!.description).toBe(row.comment);
      expect(state!.seed).toBe(row.seed);
      if (row.loggedBy) expect(state!.loggedBy).toBe(row.loggedBy);
    });
  }
  it("seed 000: the FEIL notes (varsling, returned letter) are quoted verbatim", () => {
    const text = seedText("000").replace(/\s+/g, " ");
    for (const id of ["FEIL_VARSLING", "FEIL_RETURPOST"])
      expect(text).toContain(statusFlows.dpi.states.find((s) => s.id === id)!.description);
  });
  it("seed 003: DPV says LEST is not supported, and our table marks it supported: false", () => {
    expect(seedText("003")).toContain("Per i dag støtter ikke Altinn DPV lese-bekreftelse");
    expect(statusFlows.dpv.states.find((s) => s.id === "LEST")!.supported).toBe(false);
  });
  for (const m of dpeSteps) {
    it(`seed 003 eInnsyn (DPE) step ${m[1]}: "${m[2]!.trim()}"`, () => {
      const s = statusFlows.dpe.states.find((x) => x.step === Number(m[1]));
      expect(s?.description).toBe(m[2]!.trim());
      expect(s?.id).toBe(`STEG_${m[1]}`);
    });
  }
});

/** The shortest trigger path from the flow's initial state to `target` (breadth first). */
function pathTo(flow: StatusFlow, target: string): string[] | null {
  const transitions = flow.transitions as Record<string, Record<string, string>>;
  const queue: [string, string[]][] = [[flow.initial, []]];
  const seen = new Set([flow.initial]);
  while (queue.length) {
    const [at, path] = queue.shift()!;
    if (at === target) return path;
    for (const [on, to] of Object.entries(transitions[at] ?? {})) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push([to, [...path, on]]);
      }
    }
  }
  return null;
}

describe("every state of every flow is reachable through the reducer, with its marks", () => {
  for (const [id, f] of Object.entries(statusFlows)) {
    const flow = f as StatusFlow;
    for (const state of flow.states) {
      it(`${id}: ${state.id}${state.seed ? ` (seed ${state.seed})` : ""} → status ${state.status}, terminal ${state.terminal}, soft ${state.soft}`, () => {
        const path = pathTo(flow, state.id);
        expect(path, `${state.id} is reachable from ${flow.initial}`).not.toBeNull();
        const events = path!.map((trigger, i) => ({
          kind: "status" as const,
          trigger,
          time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        }));
        const r = reduceStatus(events, { flow: id as StatusFlowId });
        expect(r.anomalies).toEqual([]);
        expect(r).toMatchObject({ state: state.id, status: state.status, terminal: state.terminal, soft: state.soft });
        if (state.terminal) expect(whatCanStillHappen(r)).toEqual([]);
        if (state.soft) expect(whatCanStillHappen(r).length).toBeGreaterThan(0);
      });
    }
  }
});
