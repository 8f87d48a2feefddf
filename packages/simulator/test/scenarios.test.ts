import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { buildMessage, computeFingerprint, signMessage } from "@innbyggerpost/runtime";
import { defaultScenarioTable, parseScenarioTable } from "../src/index.js";
import { get, letter, peek, send, sender, start, token, until, withSimulator } from "./support.js";

const env = withSimulator();

async function printLetter(postnummer: string) {
  const cms = new Uint8Array(randomBytes(256));
  const fp = computeFingerprint(cms);
  if (!fp.ok) throw new Error("fingerprint");
  const address = { navn: "Kari Nordmann", adresselinje1: "Storgata 1", postnummer, poststed: "OSLO" };
  const built = buildMessage({
    type: "utskrift",
    sender: env.who.orgnr,
    receiver: "974761076",
    payload: {
      avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: `0192:${env.who.orgnr}` } },
      mottaker: address,
      dokumentpakkefingeravtrykk: fp.fingerprint,
      maskinportentoken: env.bearer,
      utskriftstype: "SORT_HVIT",
      retur: { mottaker: { ...address, postnummer: "0155" }, returposthaandtering: "MAKULERING_MED_MELDING" },
      posttype: "B",
    },
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const signed = await signMessage({
    message: built.message,
    privateKey: env.who.privateKey,
    certificate: env.who.certificate,
  });
  if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
  return { id: built.envelope.messageId, jws: signed.jws, cms };
}

const answers = (kanal: string, n: number) =>
  until(async () => {
    const r = await get(env.sim, env.bearer, `/messages/in?kanal=${kanal}`);
    const list = r.status === 200 ? (r.body as { forretningsmelding: string }[]) : [];
    return list.length >= n ? list.map((m) => peek(m.forretningsmelding).type).sort() : null;
  }, kanal);

describe("the scenario table", () => {
  it("ships a valid table and refuses a broken one, naming the field", () => {
    expect(defaultScenarioTable().recipients["postnummer:9990"]?.returpost).toBe(true);
    const broken = parseScenarioTable({
      ...defaultScenarioTable(),
      recipients: { "x#1": { description: "d", feil: "MAYBE" } },
    });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors.map((e) => e.pointer)).toEqual(["/recipients/x#1/feil"]);
  });

  it("print: mottakskvittering and leveringskvittering; returpost where the scenario says", async () => {
    expect((await send(env.sim, env.bearer, await printLetter("0150"), "print")).status).toBe(201);
    expect(await answers("print", 2)).toEqual(["leveringskvittering", "mottakskvittering"]);
    expect((await send(env.sim, env.bearer, await printLetter("9990"), "retur")).status).toBe(201);
    expect(await answers("retur", 3)).toEqual(["leveringskvittering", "mottakskvittering", "returpostkvittering"]);
  });

  it("a scripted SERVER feil, and an access point that fails (FEILET, no receipts)", async () => {
    expect(
      (
        await send(
          env.sim,
          env.bearer,
          await letter(env.who, env.bearer, { postkasseadresse: "server.feil#0004" }),
          "server",
        )
      ).status,
    ).toBe(201);
    expect(await answers("server", 1)).toEqual(["feil"]);
    const l = await letter(env.who, env.bearer, { postkasseadresse: "aksesspunkt.feiler#0006" });
    expect((await send(env.sim, env.bearer, l, "ap")).status).toBe(201);
    const statuses = await until(async () => {
      const list = (await get(env.sim, env.bearer, `/messages/out/${l.id}/statuses`)).body as { status: string }[];
      return list.length > 1 ? list.map((s) => s.status) : null;
    }, "FEILET");
    expect(statuses).toEqual(["OPPRETTET", "FEILET"]);
    expect((await get(env.sim, env.bearer, "/messages/in?kanal=ap")).status).toBe(204);
  });

  it("a --scenario table overrides the shipped one", async () => {
    const table = defaultScenarioTable();
    const custom = await start({
      scenarios: { ...table, recipients: { "ola.nordmann#9YDT": { description: "never opened here", opened: false } } },
    });
    try {
      const me = await sender(custom);
      const t = await token(custom, me);
      expect((await send(custom, t, await letter(me, t), "custom")).status).toBe(201);
      const list = await until(async () => {
        const r = await get(custom, t, "/messages/in?kanal=custom");
        return r.status === 200 ? (r.body as { forretningsmelding: string }[]) : null;
      }, "custom");
      expect(list.map((m) => peek(m.forretningsmelding).type)).toEqual(["leveringskvittering"]);
    } finally {
      await custom.close();
    }
  });
});
