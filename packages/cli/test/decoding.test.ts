/** One decoding rule for files, standard input and --cert (common brief): UTF-8, one BOM skipped, else exit 2. */
import { describe, expect, it } from "vitest";
import { validMessage } from "../../../test/fixtures/messages.js";
import { digital, fakeJws, receipt } from "../../runtime/test/status/fixtures.js";
import { cli, scratch } from "./support/cli.js";

const write = scratch("decoding");
const text = JSON.stringify(validMessage("digital"));
// "Vedtak om barnehageplass" with a Latin-1 "å" (0xE5): valid Latin-1, not UTF-8.
const latin1 = Buffer.from(text.replace('"spraak":"', '"spraak":"\u00e5').replace(/[^\x00-\xff]/g, "?"), "latin1");
const bom = `\ufeff${text}`;
const receiptText = fakeJws(receipt("leveringskvittering"));

describe("inputs are UTF-8, a leading BOM is skipped, anything else is refused (exit 2)", () => {
  it.each(["validate", "receipt", "status"])("%s refuses a Latin-1 file as not UTF-8", async (command) => {
    const r = await cli([command, "--json", write(`latin1-${command}.json`, latin1)]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/not UTF-8/);
  });

  it("validate reads a UTF-8 file with a BOM, and JWS files with one", async () => {
    const r = await cli(["validate", "--json", write("bom.json", bom), write("bom.jwt", `\ufeff${receiptText}\n`)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((x: { valid: boolean }) => x.valid)).toEqual([true, true]);
  });

  it("status and receipt read BOM files too", async () => {
    const s = await cli(["status", "--json", write("bom-letter.json", `\ufeff${JSON.stringify(digital())}`)]);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out).status).toBe("OPPRETTET");
    const r = await cli(["receipt", "--json", write("bom-receipt.jwt", `\ufeff${receiptText}`)]);
    expect(JSON.parse(r.out)[0]).toMatchObject({ type: "leveringskvittering", status: "LEVERT" });
  });

  it("a Latin-1 --cert is a usage error", async () => {
    const r = await cli([
      "receipt",
      write("r.jwt", receiptText),
      "--cert",
      write("latin1.pem", Buffer.from([0x2d, 0xe9, 0x0a])),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not UTF-8/);
  });

  it("--help states the rule in every command", async () => {
    for (const command of ["validate", "receipt", "status"]) {
      expect((await cli([command, "--help"])).out).toMatch(/must\s+be\s+UTF-8; one leading byte-order mark is skipped/);
    }
    expect((await cli(["--help"])).out).toMatch(/must be UTF-8/);
  });
});

describe("- reads standard input in every command", () => {
  it("validate -", async () => {
    const r = await cli(["validate", "--json", "-"], bom);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ file: "-", valid: true, type: "digital" });
  });
  it("validate - refuses non-UTF-8 standard input", async () => {
    const r = await cli(["validate", "-"], latin1);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/\[invalid-encoding\] not UTF-8/);
  });
  it("receipt - (a compact JWS on standard input) and status -", async () => {
    const r = await cli(["receipt", "--json", "-"], `${receiptText}\n`);
    expect(JSON.parse(r.out)[0]).toMatchObject({ file: "-", type: "leveringskvittering", status: "LEVERT" });
    const s = await cli(["status", "--json", write("letter.json", digital()), "-"], receiptText);
    expect(JSON.parse(s.out).status).toBe("LEVERT");
  });
  it("--cert - reads the certificate from standard input; - twice is a usage error", async () => {
    const twice = await cli(["validate", "-", "-"], bom);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/standard input \(-\) can be read only once/);
    const both = await cli(["receipt", "-", "--cert", "-"], bom);
    expect(both.code).toBe(2);
  });
});
