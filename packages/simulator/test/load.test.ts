import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { organisationNumberCheckDigit } from "@innbyggerpost/runtime";
import type { Simulator } from "../src/index.js";
import { drainReceipts, letter, peek, sender, start, token, type Letter } from "./support.js";

// SIMULATOR_LOAD=SxL changes the size (e.g. 20x25, the issue's; CI runs the default).
const [SENDERS, LETTERS] = (process.env.SIMULATOR_LOAD ?? "20x25").split("x").map(Number) as [number, number];
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Twenty valid organisation numbers. */
function orgnrs(n: number): string[] {
  const out: string[] = [];
  for (let base = 91000000; out.length < n; base++) {
    const digit = organisationNumberCheckDigit(String(base).padStart(8, "0"));
    if (digit !== null) out.push(`${String(base).padStart(8, "0")}${digit}`);
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** fetch that retries while the simulator is away (bounded), against whichever simulator is current. */
async function call(
  current: () => Simulator,
  path: string,
  init: () => RequestInit,
  tries?: { count: number },
): Promise<Response> {
  for (let i = 0; i < 400; i++) {
    if (tries) tries.count = i;
    try {
      const res = await fetch(`${current().url}${path}`, init());
      if (res.status < 500) return res;
    } catch {
      // connection refused or reset while restarting
    }
    await sleep(25);
  }
  throw new Error(`gave up on ${path}`);
}

interface Outcome {
  accepted: number;
  receipts: Map<string, string[]>;
  seenAfterRead: number;
}

async function runSender(current: () => Simulator, orgnr: string, halfway: () => Promise<void>): Promise<Outcome> {
  const who = await sender(current(), orgnr);
  const bearer = await token(current(), who);
  const kanal = `k${orgnr}`;
  const auth = { authorization: `Bearer ${bearer}` };
  const letters: Letter[] = [];
  for (let i = 0; i < LETTERS; i++) letters.push(await letter(who, bearer));
  let accepted = 0;
  for (const [i, l] of letters.entries()) {
    if (i === Math.floor(LETTERS / 2)) await halfway();
    {
      const tries = { count: 0 };
      const res = await call(
        current,
        `/messages/out?kanal=${kanal}`,
        () => {
          const form = new FormData();
          form.append("forretningsmelding", l.jws);
          form.append("dokumentpakke", new Blob([l.cms]), "dokumentpakke.cms");
          return { method: "POST", headers: auth, body: form };
        },
        tries,
      );
      const body = await res.text();
      // After an unknown outcome (a retried call) the id may already be there: accepted once, as the statuses show.
      const known = res.status === 400 && tries.count > 0 && body.includes("duplicate-message-id");
      if (res.status !== 201 && !known) throw new Error(`letter ${i}: ${res.status} ${body}`);
    }
    accepted++;
  }
  const { receipts, seenAfterRead } = await drainReceipts(
    () => call(current, `/messages/in?kanal=${kanal}&page_size=50`, () => ({ headers: auth })),
    (id) => call(current, `/messages/in/${id}/read`, () => ({ method: "POST", headers: auth })),
    LETTERS * 2,
  );
  const left = await call(current, `/messages/in?kanal=${kanal}`, () => ({ headers: auth }));
  expect(left.status).toBe(204);
  for (const l of letters) {
    const res = await call(current, `/messages/out/${l.id}/statuses`, () => ({ headers: auth }));
    const statuses = ((await res.json()) as { status: string }[]).map((s) => s.status);
    expect(statuses).toEqual(["OPPRETTET", "SENDT"]);
    expect(receipts.get(peek(l.jws).conversationId)).toEqual(["aapningskvittering", "leveringskvittering"]);
  }
  return { accepted, receipts, seenAfterRead };
}

async function run(restart: boolean): Promise<Outcome[]> {
  const dir = await mkdtemp(join(tmpdir(), "sim-load-"));
  dirs.push(dir);
  let sim = await start({ stateDir: dir });
  const port = Number(new URL(sim.url).port);
  let arrived = 0;
  let restarted: Promise<void> | null = null;
  // Once every sender is halfway, the simulator stops (requests in flight are cut) and starts again on the
  // same port and state.
  const halfway = async () => {
    if (!restart) return;
    arrived++;
    if (arrived === SENDERS) {
      restarted = (async () => {
        await sim.close();
        sim = await start({ stateDir: dir, port });
      })();
    }
  };
  try {
    const outcomes = await Promise.all(orgnrs(SENDERS).map((o) => runSender(() => sim, o, halfway)));
    if (restart) expect(restarted).not.toBeNull();
    return outcomes;
  } finally {
    await sim.close();
  }
}

describe(`${SENDERS} concurrent senders × ${LETTERS} letters`, () => {
  it("each letter accepted once, with exactly its statuses and receipts", { timeout: 540_000 }, async () => {
    const outcomes = await run(false);
    expect(outcomes.map((o) => o.accepted)).toEqual(Array(SENDERS).fill(LETTERS));
    expect(outcomes.reduce((n, o) => n + o.receipts.size, 0)).toBe(SENDERS * LETTERS);
    expect(outcomes.map((o) => o.seenAfterRead)).toEqual(Array(SENDERS).fill(0));
  });

  it("the same with the simulator stopped and restarted on its state dir halfway", { timeout: 540_000 }, async () => {
    const outcomes = await run(true);
    expect(outcomes.map((o) => o.accepted)).toEqual(Array(SENDERS).fill(LETTERS));
    expect(outcomes.reduce((n, o) => n + o.receipts.size, 0)).toBe(SENDERS * LETTERS);
    expect(outcomes.map((o) => o.seenAfterRead)).toEqual(Array(SENDERS).fill(0));
  });
});
