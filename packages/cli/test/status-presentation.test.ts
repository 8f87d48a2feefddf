/** Issue 12 item 8, last bullet: one time zone per output, and no synthetic event before its cause. */
import { describe, expect, it } from "vitest";
import { digital, receipt } from "../../runtime/test/status/fixtures.js";
import { cli, scratch } from "./support/cli.js";

const write = scratch("status-view");
// Created 2026-11-23T10:15:30+01:00 (09:15:30Z).
const letter = write("letter.json", digital());
const statuses = write("statuses.json", [{ status: "OPPRETTET", timestamp: "2026-11-23T09:15:31Z" }]);
// LEVERT at the letter's own second: the reducer derives MOTTATT one second earlier, before OPPRETTET.
const sameSecond = write("same.json", receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:15:30+01:00" }));
// LEVERT stamped before the letter was created (clock skew): the reducer applies the letter last.
const skewed = write("skewed.json", receipt("leveringskvittering", { tidspunkt: "2026-11-23T09:00:00Z" }));
const lest = write("lest.json", receipt("aapningskvittering", { tidspunkt: "2026-11-23T14:00:00+02:00" }));

type Event = {
  status: string;
  time: string;
  synthetic: boolean;
  kind: string;
  derivedTime?: string;
  originalTime?: string;
};
const lines = (out: string) => out.split("\n").filter((l) => l.startsWith("  2"));
const times = (out: string) => lines(out).map((l) => l.trim().split(/\s+/)[0]!);

describe("status: one time zone per output", () => {
  it("prints every time in UTC by default, human and --json", async () => {
    const human = await cli(["status", letter, statuses, sameSecond, lest]);
    for (const t of [...times(human.out), human.out.match(/since (\S+)/)![1]!]) expect(t).toMatch(/Z$/);
    const json = JSON.parse((await cli(["status", "--json", letter, statuses, sameSecond, lest])).out);
    for (const e of json.events as Event[]) expect(e.time).toMatch(/Z$/);
    expect(json.since).toMatch(/Z$/);
    expect(json.expectedResponseTime).toBe("2026-11-24T09:15:30Z");
    // The original text stays beside a rewritten time.
    expect((json.events as Event[]).find((e) => e.kind === "message")).toMatchObject({
      time: "2026-11-23T09:15:30Z",
      originalTime: "2026-11-23T10:15:30+01:00",
    });
  });

  it("--time-zone Europe/Oslo writes them all with Oslo's offset", async () => {
    const human = await cli(["status", letter, statuses, sameSecond, lest, "--time-zone", "Europe/Oslo"]);
    expect(human.code).toBe(0);
    for (const t of times(human.out)) expect(t).toMatch(/\+01:00$/);
    expect(human.out).toContain("2026-11-23T13:00:00+01:00");
  });
});

describe("status: synthetic events never precede their cause", () => {
  it("a synthesised MOTTATT is not stamped before OPPRETTET (LEVERT in the letter's second)", async () => {
    for (const order of [
      [letter, sameSecond],
      [sameSecond, letter],
    ]) {
      const json = JSON.parse((await cli(["status", "--json", ...order])).out);
      const events = json.events as Event[];
      expect(events.map((e) => e.status)).toEqual(["OPPRETTET", "MOTTATT", "LEVERT"]);
      expect(events[1]!.synthetic).toBe(true);
      expect(events[1]!.time >= events[0]!.time).toBe(true);
      // The reducer bounds the synthetic time by the event before it, so the CLI has nothing to move.
      expect(events[1]!.derivedTime).toBeUndefined();
      const human = await cli(["status", ...order]);
      const [t0, t1] = times(human.out);
      expect(t1! >= t0!).toBe(true);
    }
  });

  it("lists the letter before a synthetic MOTTATT even when LEVERT is stamped earlier than the letter", async () => {
    const json = JSON.parse((await cli(["status", "--json", skewed, letter])).out);
    const events = json.events as Event[];
    const synthetic = events.findIndex((e) => e.synthetic);
    expect(events.findIndex((e) => e.kind === "message")).toBeLessThan(synthetic);
    expect(events[synthetic]!.time >= events[0]!.time).toBe(true);
    const human = await cli(["status", skewed, letter]);
    expect(lines(human.out)[0]).toMatch(/OPPRETTET/);
  });
});
