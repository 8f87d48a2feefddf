/** Issue 12 item 8, first bullet: nothing from an input reaches the terminal raw. */
import { describe, expect, it } from "vitest";
import { validMessage } from "../../../test/fixtures/messages.js";
import { digital, receipt } from "../../runtime/test/status/fixtures.js";
import { RAW_CONTROL, cli, scratch } from "./support/cli.js";

const write = scratch("safety");
// ESC[2J clears the screen, CSI (U+009B) is its C1 form, U+202E reverses text, DEL, a lone surrogate, LF forges a line.
const HOSTILE = "\u001b[2J\u009b2J\u202e\u007f\ud800\nFAKE valid";

describe("human output escapes control characters from inputs", () => {
  it("in payload keys and values (validate)", async () => {
    const m = validMessage("digital") as unknown as { standardBusinessDocument: { digital: Record<string, unknown> } };
    m.standardBusinessDocument.digital[`x${HOSTILE}`] = HOSTILE;
    const r = await cli(["validate", write("key.json", m)]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain("\\u001B[2J\\u009B2J\\u202E\\u007F\\uD800\\u000AFAKE");
    expect(r.out.split("\n").some((l) => l.startsWith("FAKE"))).toBe(false);
  });

  it("in file names, in every command", async () => {
    const file = write(`name${HOSTILE.replace("\ud800", "")}.json`, validMessage("digital"));
    for (const command of ["validate", "receipt", "status"]) {
      const r = await cli([command, file]);
      expect(r.out + r.err, command).not.toMatch(RAW_CONTROL);
      expect(r.out, command).toContain("name\\u001B[2J");
    }
  });

  it("in detaljer and descriptions (status) and in the reason of an unreadable file", async () => {
    const letter = write("letter.json", digital());
    const feil = write("feil.json", receipt("feil", { feiltype: "KLIENT", detaljer: HOSTILE }));
    const r = await cli(["status", letter, feil]);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain("KLIENT: \\u001B[2J");
    const broken = await cli(["validate", write("broken.json", `{"a": "\u001b[2J`)]);
    expect(broken.out).not.toMatch(RAW_CONTROL);
  });

  it("in usage errors (unknown options and commands go to stderr escaped)", async () => {
    const option = await cli(["validate", `--x${HOSTILE}`, "f.json"]);
    expect(option.code).toBe(2);
    expect(option.err).not.toMatch(RAW_CONTROL);
    const command = await cli([`v${HOSTILE}`]);
    expect(command.code).toBe(2);
    expect(command.err).not.toMatch(RAW_CONTROL);
  });

  it("--json stays exact JSON (same value) and terminal-safe", async () => {
    const m = validMessage("digital") as unknown as { standardBusinessDocument: { digital: Record<string, unknown> } };
    m.standardBusinessDocument.digital.ikkesensitivtittel = `T${HOSTILE}`;
    const file = write(`j${HOSTILE.replace("\ud800", "")}.json`, m);
    const r = await cli(["validate", "--json", file]);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.out)[0].file).toBe(file);
    const s = await cli([
      "status",
      "--json",
      write("feil2.json", receipt("feil", { feiltype: "SERVER", detaljer: HOSTILE })),
    ]);
    expect(s.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(s.out).events[0].receipt.detaljer).toBe(HOSTILE);
  });
});
