import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueCertificate, startSimulator, type Simulator } from "@innbyggerpost/simulator";
import { main } from "../src/main.js";
import type { CliIo } from "../src/io.js";

let sim: Simulator;
const dir = mkdtempSync(join(tmpdir(), "cli-send-"));

function capture(): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (t) => void out_.push(t), err: (t) => void err_.push(t) };
}

beforeAll(async () => {
  const r = await startSimulator({ speed: 1e7, stateDir: join(dir, "state") });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  sim = r.simulator;
  const me = await issueCertificate(sim.pki.ca, "991825827");
  if (!me.ok) throw new Error(JSON.stringify(me.errors));
  writeFileSync(join(dir, "key.pem"), me.privateKey);
  writeFileSync(join(dir, "cert.pem"), me.certificate);
  writeFileSync(join(dir, "vedtak.pdf"), "%PDF-1.4\n% test\n");
  const payload = (adresse: string) => ({
    avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } },
    mottaker: { postkasseadresse: adresse },
    sikkerhetsnivaa: 4,
    ikkesensitivtittel: "Vedtak",
    spraak: "nb",
    aapningskvittering: true,
  });
  writeFileSync(join(dir, "letter.json"), JSON.stringify({ type: "digital", payload: payload("ola.nordmann#9YDT") }));
  writeFileSync(join(dir, "failing.json"), JSON.stringify({ type: "digital", payload: payload("server.feil#0004") }));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const args = (letter: string, ...more: string[]) => [
  "send",
  join(dir, letter),
  "--document",
  join(dir, "vedtak.pdf"),
  "--key",
  join(dir, "key.pem"),
  "--cert",
  join(dir, "cert.pem"),
  "--to",
  sim.url,
  ...more,
];

describe("innbyggerpost send", () => {
  it("sends to the simulator and follows the letter to LEST, keeping letter.jwt and package.cms", async () => {
    const io = capture();
    const code = await main(args("letter.json", "--follow", "--json", "--kanal", "cli", "--out", join(dir, "out")), io);
    expect(code, io.err_.join("\n")).toBe(0);
    const report = JSON.parse(io.out_.join("\n")) as {
      outcome: string;
      state: string;
      terminal: boolean;
      statuses: string[];
      receipts: { type: string }[];
    };
    expect(report).toMatchObject({ outcome: "sent", state: "LEST", terminal: true });
    expect(report.receipts.map((r) => r.type).sort()).toEqual(["aapningskvittering", "leveringskvittering"]);
    expect(existsSync(join(dir, "out", "letter.jwt")) && existsSync(join(dir, "out", "package.cms"))).toBe(true);
  });

  it("with --token-url and no --audience, the grant's aud is the token URL's directory (the simulator's issuer)", async () => {
    const io = capture();
    const code = await main(args("letter.json", "--json", "--kanal", "tokenurl", "--token-url", sim.tokenUrl), io);
    expect(code, io.err_.join("\n")).toBe(0);
    expect((JSON.parse(io.out_.join("\n")) as { outcome: string }).outcome).toBe("sent");
  });

  it("exits 1 when the letter ends in FEIL", async () => {
    const io = capture();
    const code = await main(args("failing.json", "--follow", "--json", "--kanal", "failing"), io);
    expect(code).toBe(1);
    expect((JSON.parse(io.out_.join("\n")) as { state: string }).state).toBe("FEIL");
  });

  it("is a usage error without --to", async () => {
    const io = capture();
    expect(await main(["send", join(dir, "letter.json"), "--document", "x.pdf", "--key", "k", "--cert", "c"], io)).toBe(
      2,
    );
  });
});
