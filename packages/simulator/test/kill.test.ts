// The real CLI, killed with SIGKILL twice (while letters are sent, while receipts are read) and started again
// on the same --state-dir: every letter answered 2xx is there with its statuses, every receipt is delivered,
// none is made twice, and none acknowledged as read comes back.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { organisationNumberCheckDigit } from "@innbyggerpost/runtime";
import type { Simulator } from "../src/index.js";
import { Store } from "../src/store.js";
import { drainReceipts, issued, letter, peek, pkiIn, token, type Letter, type Sender } from "./support.js";

const bin = join(import.meta.dirname, "../../cli/bin/innbyggerpost.js");
const built = existsSync(join(import.meta.dirname, "../../cli/dist/main.js"));
if (!built) console.warn("skipped: packages/cli/dist/main.js is not built (run npm run build)");
const [SENDERS, LETTERS] = (process.env.SIMULATOR_KILL ?? "5x10").split("x").map(Number) as [number, number];
const dir = mkdtempSync(join(tmpdir(), "sim-kill-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `innbyggerpost simulate` on the state dir; resolves with its start line. */
function launch(port: number): Promise<Record<string, string>> {
  const child = spawn(
    process.execPath,
    [bin, "simulate", "--port", String(port), "--state-dir", join(dir, "state"), "--speed", "1000000000"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  const rl = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    rl.once("line", (line) => resolve(JSON.parse(line) as Record<string, string>));
    child.once("exit", (code) => reject(new Error(`simulate exited ${code}`)));
  });
}

function orgnrs(n: number): string[] {
  const out: string[] = [];
  for (let base = 92000000; out.length < n; base++) {
    const digit = organisationNumberCheckDigit(String(base));
    if (digit !== null) out.push(`${base}${digit}`);
  }
  return out;
}

describe.skipIf(!built)(`${SENDERS} senders × ${LETTERS} letters, the simulator SIGKILLed and restarted`, () => {
  it("loses no accepted letter, status or unread receipt and makes none twice", { timeout: 300_000 }, async () => {
    let start = await launch(0);
    const port = Number(new URL(start.url!).port);
    // The issuer names the port, so the restart takes the same one (tokens and letters stay valid).
    let restarting: Promise<void> | null = null;
    let kills = 0;
    const kill = () => {
      kills++;
      const child = children.at(-1)!;
      restarting = (async () => {
        child.kill("SIGKILL");
        await new Promise((r) => child.once("exit", r));
        start = await launch(port);
        restarting = null;
      })();
    };
    /** fetch against whichever process is current, retried (bounded) while it is away. */
    const call = async (path: string, init: () => RequestInit, tries = { count: 0 }): Promise<Response> => {
      for (let i = 0; i < 600; i++) {
        tries.count = i;
        if (restarting) await restarting;
        try {
          const res = await fetch(`${start.url}${path}`, init());
          if (res.status < 500) return res;
        } catch {
          // refused or reset: killed under us
        }
        await sleep(25);
      }
      throw new Error(`gave up on ${path}`);
    };
    const pki = await pkiIn(join(dir, "state"));
    const postbox = readFileSync(start.postboxCertificate!, "utf8");
    const view = () => ({ url: start.url, tokenUrl: start.tokenUrl, issuer: start.issuer }) as unknown as Simulator;
    const senders = await Promise.all(
      orgnrs(SENDERS).map(async (orgnr) => {
        const who: Sender = await issued(pki.ca, orgnr);
        const bearer = await token(view(), who);
        const letters: Letter[] = [];
        for (let i = 0; i < LETTERS; i++) letters.push(await letter(who, bearer, { recipientCertificate: postbox }));
        return { who, bearer, letters, kanal: `k${orgnr}` };
      }),
    );
    const total = SENDERS * LETTERS;
    let accepted = 0;
    let readCount = 0;

    await Promise.all(
      senders.map(async ({ bearer, letters, kanal }) => {
        for (const l of letters) {
          const tries = { count: 0 };
          const res = await call(
            `/messages/out?kanal=${kanal}`,
            () => {
              const form = new FormData();
              form.append("forretningsmelding", l.jws);
              form.append("dokumentpakke", new Blob([l.cms]), "dokumentpakke.cms");
              return { method: "POST", headers: { authorization: `Bearer ${bearer}` }, body: form };
            },
            tries,
          );
          const body = await res.text();
          // A retry after a cut connection may find the letter accepted: once, as its statuses show below.
          const known = res.status === 400 && tries.count > 0 && body.includes("duplicate-message-id");
          if (res.status !== 201 && !known) throw new Error(`${res.status} ${body}`);
          if (++accepted === Math.floor(total / 2)) kill();
        }
      }),
    );

    const results = await Promise.all(
      senders.map(async ({ bearer, letters, kanal }) => {
        const auth = { authorization: `Bearer ${bearer}` };
        const { read, receipts, seenAfterRead } = await drainReceipts(
          () => call(`/messages/in?kanal=${kanal}&page_size=5`, () => ({ headers: auth })),
          (id) => call(`/messages/in/${id}/read`, () => ({ method: "POST", headers: auth })),
          LETTERS * 2,
          () => {
            if (++readCount === total) kill();
          },
        );
        expect((await call(`/messages/in?kanal=${kanal}`, () => ({ headers: auth }))).status).toBe(204);
        for (const l of letters) {
          const res = await call(`/messages/out/${l.id}/statuses`, () => ({ headers: auth }));
          expect(((await res.json()) as { status: string }[]).map((s) => s.status)).toEqual(["OPPRETTET", "SENDT"]);
          expect(receipts.get(peek(l.jws).conversationId)).toEqual(["aapningskvittering", "leveringskvittering"]);
        }
        return { read: read.size, seenAfterRead };
      }),
    );
    expect(kills).toBe(2);
    expect(results).toEqual(Array(SENDERS).fill({ read: LETTERS * 2, seenAfterRead: 0 }));
  });
});

describe("the store's order of work", () => {
  it("lists receipts only once they are on disk", async () => {
    const stateDir = mkdtempSync(join(dir, "store-"));
    const store = await Store.open(stateDir);
    const record = {
      id: "4a1d2a0c-6b0e-4a57-9a43-3b6f0e8d1c11",
      type: "digital",
      consumer: "991825827",
      kanal: null,
      avsenderidentifikator: null,
      acceptedAt: Date.now(),
      jws: "x.e30.y",
      statuses: [{ status: "OPPRETTET" as const, timestamp: new Date().toISOString() }],
      processed: false,
      incoming: [],
    };
    await store.accept(record, new Uint8Array(4));
    const entry = { id: "5b2e3b1d-7c1f-4b68-8b54-4c7f1f9e2d22", type: "leveringskvittering", jws: "r", availableAt: 0 };
    const pending = store.update(record, {
      statuses: [...record.statuses, { status: "SENDT", timestamp: new Date().toISOString() }],
      incoming: [{ ...entry, read: false }],
      processed: true,
    });
    expect(store.unread("991825827", {})).toEqual([]);
    await pending;
    expect(store.unread("991825827", {}).map((u) => u.entry.id)).toEqual([entry.id]);
    const reopened = await Store.open(stateDir);
    expect(reopened.unread("991825827", {}).map((u) => u.entry.id)).toEqual([entry.id]);
    expect(existsSync(join(stateDir, "packages", `${record.id}.cms`))).toBe(false);
  });
});
