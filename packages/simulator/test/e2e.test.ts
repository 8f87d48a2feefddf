import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { reduceStatus, verifyMessage, type StatusEvent } from "@innbyggerpost/runtime";
import { get, letter, peek, send, until, withSimulator } from "./support.js";

const env = withSimulator();

type Incoming = { forretningsmelding: string; downloadurl: string };

async function receiptsFor(conversation: string, want: number): Promise<Incoming[]> {
  return until(async () => {
    const r = await get(env.sim, env.bearer, "/messages/in?page_size=1000");
    const mine =
      r.status === 200
        ? (r.body as Incoming[]).filter((m) => peek(m.forretningsmelding).conversationId === conversation)
        : [];
    return mine.length >= want ? mine : null;
  }, `${want} receipts`);
}

describe("a letter end to end", () => {
  it("is accepted, SENDT, answered with signed receipts, and reaches LEST through the reducer", async () => {
    const l = await letter(env.who, env.bearer);
    const sent = await send(env.sim, env.bearer, l, "kanal_1");
    expect(sent.status).toBe(201);
    const statuses = await until(async () => {
      const r = await get(env.sim, env.bearer, `/messages/out/${l.id}/statuses`);
      const list = r.body as { status: string }[];
      return list.some((s) => s.status === "SENDT") ? list : null;
    }, "SENDT");
    expect(statuses.map((s) => s.status)).toEqual(["OPPRETTET", "SENDT"]);

    const conversation = peek(l.jws).conversationId;
    const incoming = await receiptsFor(conversation, 2);
    const postbox = readFileSync(env.sim.files.postboxCertificate, "utf8");
    const events: StatusEvent[] = [
      { kind: "message", message: l.message },
      ...statuses.map((s) => ({ kind: "api-status" as const, ...s })),
    ];
    const types: string[] = [];
    for (const m of incoming) {
      const v = await verifyMessage({ jws: m.forretningsmelding, trust: { certificates: postbox } });
      expect(v.ok, JSON.stringify(!v.ok && v.errors)).toBe(true);
      if (!v.ok) continue;
      types.push(v.type);
      events.push({ kind: "receipt", message: v.message, jws: m.forretningsmelding });
      expect(m.downloadurl).toMatch(new RegExp(`^${env.sim.url}/messages/in/`));
      const read = await fetch(`${env.sim.url}/messages/in/${v.envelope.messageId}/read`, {
        method: "POST",
        headers: { authorization: `Bearer ${env.bearer}` },
      });
      expect(read.status).toBe(200);
    }
    expect(types.sort()).toEqual(["aapningskvittering", "leveringskvittering"]);
    const state = reduceStatus(events, { now: new Date().toISOString() });
    expect(state.status).toBe("LEST");
    // Read receipts are gone from the list.
    const after = await get(env.sim, env.bearer, "/messages/in?kanal=KANAL_1");
    expect(after.status).toBe(204);
  });

  it("no aapningskvittering unless asked; one varslingfeiletkvittering per failing channel", async () => {
    const quiet = await letter(env.who, env.bearer, { aapningskvittering: false });
    expect((await send(env.sim, env.bearer, quiet, "quiet")).status).toBe(201);
    const failing = await letter(env.who, env.bearer, { postkasseadresse: "varsel.feiler#0002" });
    expect((await send(env.sim, env.bearer, failing, "failing")).status).toBe(201);
    const types = async (kanal: string, n: number) =>
      until(async () => {
        const r = await get(env.sim, env.bearer, `/messages/in?kanal=${kanal}`);
        const list = r.status === 200 ? (r.body as Incoming[]) : [];
        return list.length >= n ? list.map((m) => peek(m.forretningsmelding).type).sort() : null;
      }, kanal);
    expect(await types("quiet", 1)).toEqual(["leveringskvittering"]);
    expect(await types("failing", 3)).toEqual([
      "leveringskvittering",
      "varslingfeiletkvittering",
      "varslingfeiletkvittering",
    ]);
  });
});
