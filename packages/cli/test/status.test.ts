import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { digital, fakeJws, receipt } from "../../runtime/test/status/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-status-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};
async function cli(args: string[]) {
  const out: string[] = [];
  const code = await main(["status", ...args], { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, text: out.join("\n") };
}

describe("innbyggerpost status", () => {
  const letter = write("letter.json", digital({ aapningskvittering: true }));
  const statuses = write("statuses.json", [
    { status: "OPPRETTET", timestamp: "2026-11-23T10:16:00+01:00" },
    { status: "SENDT", beskrivelse: "ok", timestamp: "2026-11-23T10:17:00+01:00" },
  ]);
  const levert = write(
    "levert.jwt",
    fakeJws(receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:20:00+01:00" })),
  );
  const lest = write("lest.json", receipt("aapningskvittering", { tidspunkt: "2026-11-23T12:00:00+01:00" }));

  it("reduces .json letters, .json status arrays and .jwt receipts to one state with every event (--json)", async () => {
    const { code, text } = await cli([lest, levert, statuses, letter, "--json"]);
    expect(code).toBe(0);
    const r = JSON.parse(text);
    expect(r).toMatchObject({ status: "LEST", state: "LEST", terminal: true, soft: false, anomalies: [] });
    expect(r.events.map((e: { status: string }) => e.status)).toEqual([
      "OPPRETTET",
      "SENDT",
      "MOTTATT",
      "LEVERT",
      "LEST",
    ]);
    expect(r.events.find((e: { trigger: string }) => e.trigger === "leveringskvittering").files).toEqual([levert]);
    expect(r.events.find((e: { trigger: string }) => e.trigger === "leveringskvittering").receipt.jws).toMatch(/^ey/);
  });

  it("a file given twice, or a copy of it, is one event naming every file", async () => {
    const copy = write("levert-copy.jwt", readFileSync(levert, "utf8"));
    const { code, text } = await cli([letter, levert, copy, levert, "--json"]);
    expect(code).toBe(0);
    const r = JSON.parse(text);
    expect(r.events.map((e: { status: string }) => e.status)).toEqual(["OPPRETTET", "MOTTATT", "LEVERT"]);
    expect(r.events[2].files).toEqual([levert, copy, levert]);
  });

  it("events from another conversation are an anomaly (exit 1), not a crash", async () => {
    const other = write("other.json", receipt("feil", { conversationId: "99999999-9999-4999-8999-999999999999" }));
    const { code, text } = await cli([letter, levert, other, "--json"]);
    expect(code).toBe(1);
    const r = JSON.parse(text);
    expect(r.state).toBe("LEVERT");
    expect(r.anomalies).toEqual([expect.objectContaining({ code: "conversation-mismatch" })]);
    expect(r.events).toHaveLength(4); // the letter, the synthetic MOTTATT, LEVERT and the foreign feil
  });

  it("--now past the expected response time gives LEVETID_UTLOPT; the text output names each event", async () => {
    const { code, text } = await cli([letter, statuses, "--now", "2026-11-25T00:00:00+01:00"]);
    expect(code).toBe(0);
    expect(text.split("\n")[0]).toMatch(/^LEVETID_UTLOPT \(LEVETID_UTLOPT\)\s+terminal/);
    expect(text).toMatch(/synthetic expired/);
  });

  it("usage errors: no files, a bad --now; an unreadable file exits 2", async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli([letter, "--now", "tomorrow"])).code).toBe(2);
    const { code, text } = await cli([letter, join(dir, "missing.jwt")]);
    expect(code).toBe(2);
    expect(text).toMatch(/unreadable .*missing\.jwt: no such file/);
  });
});
