import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { reduceStatus, verifyMessage, type StatusEvent } from "@innbyggerpost/runtime";
import { startSimulator, type Simulator } from "../src/index.js";
import { get, letter, peek, send, sender, token, until, type Sender } from "./support.js";

// The simulator with its default package opening (@innbyggerpost/dokumentpakke): real packages.
let sim: Simulator;
let who: Sender;
let bearer: string;

beforeAll(async () => {
  const r = await startSimulator({ speed: 1e9 });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  sim = r.simulator;
  who = await sender(sim);
  bearer = await token(sim, who);
});
afterAll(async () => sim.close());

async function answers(kanal: string, n: number): Promise<{ forretningsmelding: string }[]> {
  return until(async () => {
    const r = await get(sim, bearer, `/messages/in?kanal=${kanal}`);
    const list = r.status === 200 ? (r.body as { forretningsmelding: string }[]) : [];
    return list.length >= n ? list : null;
  }, `${n} answers on ${kanal}`);
}

describe("real document packages", () => {
  it("a package for the postbox is opened and verified; the letter reaches LEST", async () => {
    const l = await letter(who, bearer, { recipientCertificate: sim.pki.postbox.certificate });
    expect((await send(sim, bearer, l, "real")).status).toBe(201);
    const list = await answers("real", 2);
    const postbox = readFileSync(sim.files.postboxCertificate, "utf8");
    const events: StatusEvent[] = [{ kind: "message", message: l.message }];
    for (const m of list) {
      const v = await verifyMessage({ jws: m.forretningsmelding, trust: { certificates: postbox } });
      expect(v.ok).toBe(true);
      if (v.ok) events.push({ kind: "receipt", message: v.message, jws: m.forretningsmelding });
    }
    expect(list.map((m) => peek(m.forretningsmelding).type).sort()).toEqual([
      "aapningskvittering",
      "leveringskvittering",
    ]);
    expect(reduceStatus(events, { now: new Date().toISOString() }).status).toBe("LEST");
  });

  it("a package encrypted for someone else gets feil KLIENT naming why", async () => {
    const l = await letter(who, bearer, { recipientCertificate: sim.pki.print.certificate });
    expect((await send(sim, bearer, l, "wrongkey")).status).toBe(201);
    const [answer] = await answers("wrongkey", 1);
    const sbd = JSON.parse(Buffer.from(answer!.forretningsmelding.split(".")[1]!, "base64url").toString("utf8")) as {
      standardBusinessDocument: { feil?: { feiltype: string; detaljer: string } };
    };
    expect(sbd.standardBusinessDocument.feil?.feiltype).toBe("KLIENT");
    expect(sbd.standardBusinessDocument.feil?.detaljer).toContain("decryption-failed");
  });
});
