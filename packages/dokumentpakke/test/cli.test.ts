import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFingerprint } from "@innbyggerpost/runtime";
import { digitalLetter } from "./support/fixtures.js";
import { testPki } from "./support/pki.js";

const bin = resolve(import.meta.dirname, "../../cli/dist/main.js");
const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-package-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const p = (name: string): string => join(dir, name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "package", ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("innbyggerpost package build|verify|open", () => {
  beforeAll(async () => {
    const pki = await testPki();
    writeFileSync(p("letter.json"), JSON.stringify(digitalLetter()));
    writeFileSync(p("Vedtak.pdf"), "%PDF-1.4 vedtak");
    writeFileSync(p("vedlegg.txt"), "vedlegg");
    writeFileSync(p("key.pem"), pki.sender.keyPem);
    writeFileSync(p("cert.pem"), pki.sender.certPem);
    writeFileSync(p("root.pem"), pki.root.certPem);
    writeFileSync(p("recipient.pem"), pki.recipient.certPem);
    writeFileSync(p("recipient.key"), pki.recipient.keyPem);
    writeFileSync(p("stranger.key"), pki.stranger.keyPem);
  });

  it("build prints the fingerprint of the CMS it wrote; --json the entries and sizes", () => {
    const base = [
      "build",
      "--letter",
      p("letter.json"),
      "--document",
      p("Vedtak.pdf"),
      "--title",
      "Vedtak",
      "--attachment",
      p("vedlegg.txt"),
    ];
    const keys = [
      "--key",
      p("key.pem"),
      "--cert",
      p("cert.pem"),
      "--chain",
      p("root.pem"),
      "--recipient",
      p("recipient.pem"),
    ];
    const plain = cli(...base, ...keys, "--out", p("p.cms"), "--zip", p("p.zip"));
    expect(plain.code, plain.err).toBe(0);
    const fp = computeFingerprint(readFileSync(p("p.cms")));
    expect(plain.out.trim()).toBe(fp.ok && fp.fingerprint.digestValue);
    const json = cli(...base, ...keys, "--out", p("q.cms"), "--json");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report.entries).toEqual([
      "mimetype",
      "manifest.xml",
      "Vedtak.pdf",
      "vedlegg.txt",
      "META-INF/signatures.xml",
    ]);
    expect(report.cmsBytes).toBe(readFileSync(p("q.cms")).length);
    expect(typeof report.zipBytes).toBe("number");
  });

  it("verify: 0 for a valid package, 1 for a changed one, 2 for a missing file", () => {
    const ok = cli("verify", p("p.zip"), "--trust", p("root.pem"), "--json");
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, signer: { trusted: true } });
    const zip = readFileSync(p("p.zip"));
    const changed = Buffer.from(zip);
    const at = changed.indexOf("%PDF-1.4 vedtak");
    changed[at + 10] = 0x58;
    writeFileSync(p("changed.zip"), changed);
    const bad = cli("verify", p("changed.zip"), "--json");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).errors[0].code).toBe("crc-mismatch"); // a raw byte change: the zip CRC catches it first
    expect(cli("verify", p("nope.zip")).code).toBe(2);
    expect(cli("verify").code).toBe(2);
  });

  it("open: decrypts and verifies with the receiver's key; another key is exit 1", () => {
    const ok = cli("open", p("p.cms"), "--key", p("recipient.key"), "--out", p("opened.zip"));
    expect(ok.code, ok.err).toBe(0);
    expect(Buffer.compare(readFileSync(p("opened.zip")), readFileSync(p("p.zip")))).toBe(0);
    const wrong = cli("open", p("p.cms"), "--key", p("stranger.key"), "--json");
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.out).errors[0].code).toBe("decryption-failed");
    expect(cli("open", p("p.cms")).code).toBe(2);
    expect(cli("frobnicate").code).toBe(2);
  });
});
