import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validMessage } from "../../../test/fixtures/messages.js";
import { setAt } from "../../../test/support/pointer.js";
import { digdirDir, digdirSkipReason, hasDigdir } from "../../../test/support/shared.js";

// The built entry point, run directly (the bin launcher is tested in process.test.ts).
const bin = resolve(import.meta.dirname, "../dist/main.js");
const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}
const jwt = (payload: unknown) =>
  `${Buffer.from(JSON.stringify({ alg: "RS256" })).toString("base64url")}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2ln`;

describe("innbyggerpost validate", () => {
  const good = file("good.json", validMessage("digital"));
  const badMessage = validMessage("utskrift");
  setAt(badMessage, "/standardBusinessDocument/utskrift/posttype", "C");
  const bad = file("bad.json", badMessage);

  it("exits 0 and says valid when every file is valid", () => {
    const r = cli("validate", good);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid\s+.*good\.json\s+\(digital, strict\)/m);
  });

  it("exits 1 and names the file, type and each error with its pointer", () => {
    const r = cli("validate", good, bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/INVALID\s+.*bad\.json\s+\(utskrift, strict\)/);
    expect(r.out).toMatch(/error\s+\/standardBusinessDocument\/utskrift\/posttype\s+\[enum\]/);
  });

  it("--json prints one array of {file, valid, type, errors, warnings}", () => {
    const r = cli("validate", "--json", good, bad);
    const reports = JSON.parse(r.out);
    expect(reports).toEqual([
      { file: good, valid: true, type: "digital", errors: [], warnings: [] },
      {
        file: bad,
        valid: false,
        type: "utskrift",
        errors: [
          { pointer: "/standardBusinessDocument/utskrift/posttype", code: "enum", message: 'must be one of "A", "B"' },
        ],
        warnings: [],
      },
    ]);
  });

  it("validates the decoded payload of a .jwt file", () => {
    const r = cli("validate", "--json", file("receipt.jwt", jwt(validMessage("leveringskvittering"))));
    expect(JSON.parse(r.out)[0]).toMatchObject({ valid: true, type: "leveringskvittering" });
  });

  it("--profile wire accepts what only strict refuses", () => {
    const legacy = validMessage("digital");
    setAt(
      legacy,
      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",
      "digitalpost",
    );
    const f = file("legacy.json", legacy);
    expect(cli("validate", "--profile", "wire", f).code).toBe(0);
    const strict = cli("validate", f);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/\[type-matches-payload\]/);
  });

  it.each([
    [["validate"], /no files given/],
    [["validate", "--profile", "loose", "x.json"], /--profile must be wire or strict/],
    [["validate", "--frobnicate", "x.json"], /Unknown option/],
    [["nonsense"], /unknown command "nonsense"/],
    [[], /usage: innbyggerpost <command>/],
  ])("exits 2 with usage on %j", (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err + r.out).toMatch(message);
  });

  it("exits 2 for an unreadable or unparsable file, naming it", () => {
    const missing = cli("validate", "--json", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)[0].errors[0]).toMatchObject({ code: "unreadable", message: "no such file" });
    const broken = cli("validate", file("broken.json", "{ not json"));
    expect(broken.code).toBe(2);
    expect(broken.out).toMatch(/^UNREADABLE .*broken\.json/);
    expect(broken.out).toMatch(/\[not-json\] not JSON/);
  });

  it("prints usage for --help with exit 0", () => {
    const r = cli("validate", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/usage: innbyggerpost validate <file>/);
  });
});

describe.skipIf(!hasDigdir)("innbyggerpost validate --profile wire on the official examples", () => {
  if (!hasDigdir) console.warn(digdirSkipReason);
  it("gives the README's verdicts", () => {
    const ex = (f: string) => join(digdirDir, "examples", f);
    const files = [
      "innbyggerpost_dpi_digital_1_0.json",
      "innbyggerpost_dpi_utskrift_1_0.json",
      "lerveringskvittering_nav_sample.json",
      "komplette/digital-forretningsmelding.json",
      "komplette/digital-forretningsmelding.jwt",
      "innbyggerpost_dpi_1_0_nav_sample.json",
      "innbyggerpost_dpi_1_0_budnad_sample.json",
      "innbyggerpost_dpi_lerveringskvittering_1_0.json",
      "fysiskpost_print_1_0_sample.json",
    ];
    const r = cli("validate", "--profile", "wire", "--json", ...files.map(ex));
    expect(r.code).toBe(1);
    const valid = Object.fromEntries(
      JSON.parse(r.out).map((x: { file: string; valid: boolean }) => [x.file.slice(ex("").length + 1), x.valid]),
    );
    expect(valid).toEqual({
      "innbyggerpost_dpi_digital_1_0.json": true,
      "innbyggerpost_dpi_utskrift_1_0.json": true,
      "lerveringskvittering_nav_sample.json": true,
      "komplette/digital-forretningsmelding.json": true,
      "komplette/digital-forretningsmelding.jwt": true,
      "innbyggerpost_dpi_1_0_nav_sample.json": true,
      "innbyggerpost_dpi_1_0_budnad_sample.json": true,
      "innbyggerpost_dpi_lerveringskvittering_1_0.json": false,
      "fysiskpost_print_1_0_sample.json": false,
    });
  });
});
