/** Same exit-code meaning in every command: 0 all good, 1 something invalid, 2 usage or unreadable input. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { digital, fakeJws, receipt } from "../../runtime/test/status/fixtures.js";
import { commands } from "../src/commands/index.js";
import { cli, scratch } from "./support/cli.js";

const write = scratch("exit");
const letter = write("letter.json", digital());
const letterJwt = write("letter.jwt", fakeJws(digital()));
const levert = write("levert.jwt", fakeJws(receipt("leveringskvittering")));

describe("exit codes", () => {
  it.each(["validate", "receipt", "status"])("%s: a missing file or a directory exits 2", async (command) => {
    const missing = await cli([command, letter, join(letter, "..", "no-such-file.jwt")]);
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/no such file/);
    expect((await cli([command, join(letter, "..")])).code).toBe(2);
  });

  const cert = join(import.meta.dirname, "../examples/postbox.pem");
  it.each([
    ["status", ["--now"]],
    ["validate", ["--cert", cert, "--at"]],
    ["receipt", ["--cert", cert, "--at"]],
  ])("%s %j with an impossible date-time is a usage error (exit 2)", async (command, option) => {
    const bad = [
      "2026-02-30T00:00:00Z",
      "2025-02-29T00:00:00Z",
      "2026-04-31T12:00:00+02:00",
      "2026-11-24T24:00:00Z",
      "tomorrow",
    ];
    for (const value of bad) {
      const r = await cli([command, levert, ...option, value]);
      expect(r.code, value).toBe(2);
      expect(r.err, value).toMatch(/must be an RFC 3339 date-time/);
    }
    // A real one (a leap day) is not a usage error.
    expect((await cli([command, levert, ...option, "2024-02-29T00:00:00Z"])).code).not.toBe(2);
  });

  it("--at and --bind-sender without --cert are usage errors", async () => {
    expect((await cli(["validate", levert, "--at", "2026-01-01T00:00:00Z"])).code).toBe(2);
    expect((await cli(["receipt", levert, "--bind-sender"])).code).toBe(2);
  });

  it("status --time-zone must be a real zone", async () => {
    expect((await cli(["status", letter, "--time-zone", "Mars/Olympus"])).code).toBe(2);
  });
});

describe("receipt refuses what is not a receipt", () => {
  it("a letter, as JSON or as a JWS, is reported as not a receipt and exits 1", async () => {
    const r = await cli(["receipt", "--json", letter, letterJwt]);
    expect(r.code).toBe(1);
    for (const x of JSON.parse(r.out)) expect(x.errors.map((e: { code: string }) => e.code)).toContain("not-a-receipt");
    const human = await cli(["receipt", letterJwt]);
    expect(human.code).toBe(1);
    expect(human.out).toMatch(/not a receipt/);
    expect(human.out).not.toMatch(/^ANNET/m);
  });
});

describe("validate says when a signature was not checked", () => {
  it("human output and --json", async () => {
    const human = await cli(["validate", levert]);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/signature not checked/);
    const json = JSON.parse((await cli(["validate", "--json", levert])).out)[0];
    expect(json.signature).toMatchObject({ verified: false, reason: expect.stringMatching(/not checked/) });
  });
});

describe("top-level help and --version", () => {
  it("lists every command with its whole summary", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const [name, c] of Object.entries(commands)) {
      expect(r.out).toContain(`  ${name}`);
      expect(r.out).toContain(c.summary);
      expect(c.summary.length).toBeLessThanOrEqual(90);
    }
    expect(r.out).toMatch(/status +reduce one message's letter, receipts and access-point statuses to its status\n/);
  });

  it("--version prints the package.json version", async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8"));
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });
});
