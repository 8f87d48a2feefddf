/**
 * The document package bench (self-contained):
 *   npx tsx bench/dokumentpakke.ts [--quick] [--size MB] [--json]
 * Rows, ratios within the same run (shared machines are noisy): build + sign + encrypt of a 10 MB and a 50 MB
 * package vs `openssl cms -encrypt` of the same zip plus node:crypto signing; open + verify vs
 * `openssl cms -decrypt` plus the digests; the floor: node:crypto AES-256-CBC + SHA-256 over the same bytes.
 * Targets: our overhead over the floor at most 25 % at 50 MB; peak memory at most 3x the package size.
 * `--quick`: 10 MB only, one timing each. `--size MB`: that size only. `--json`: one JSON line per size instead
 * of the table (bench/rows/dokumentpakke.ts reads it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createCipheriv, createHash, createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPackage, openPackage } from "@innbyggerpost/dokumentpakke";

const MB = 1024 * 1024;
const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

/** A throw-away RSA key and self-signed certificate from openssl (the bench needs no test PKI). */
function keys(dir: string, name: string): { key: string; cert: string; keyFile: string; certFile: string } {
  const keyFile = join(dir, `${name}.key`);
  const certFile = join(dir, `${name}.pem`);
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-subj",
      `/CN=${name}`,
      "-days",
      "2",
    ],
    { stdio: "ignore" },
  );
  return {
    key: execFileSync("cat", [keyFile]).toString(),
    cert: execFileSync("cat", [certFile]).toString(),
    keyFile,
    certFile,
  };
}

const letter = {
  standardBusinessDocument: {
    standardBusinessDocumentHeader: { headerVersion: "1.0" },
    digital: {
      avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } },
      mottaker: { postkasseadresse: "ola.nordmann#1A2B" },
      dokumentpakkefingeravtrykk: { digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256", digestValue: "" },
    },
  },
};

function ms(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function msAsync(f: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Child mode, a fresh process each: one build of `size` MB, or one open of the parent's `p.cms`; prints
 * {ms, peakBytes, packageBytes} (peak = max RSS over the RSS before the work).
 */
async function child(what: string, size: number, dir: string): Promise<void> {
  const signer = {
    key: execFileSync("cat", [join(dir, "sender.key")]).toString(),
    cert: execFileSync("cat", [join(dir, "sender.pem")]).toString(),
  };
  const recipient = {
    key: execFileSync("cat", [join(dir, "recipient.key")]).toString(),
    cert: execFileSync("cat", [join(dir, "recipient.pem")]).toString(),
  };
  if (what === "build") {
    const document = { bytes: randomBytes(size * MB), fileName: "vedtak.pdf", mimeType: "application/pdf", title: "V" };
    const input = {
      letter,
      document,
      signer: { privateKey: signer.key, certificate: signer.cert },
      recipientCertificate: recipient.cert,
      maxBytes: 60 * MB,
    };
    global.gc?.();
    const base = process.memoryUsage().rss;
    const t = await msAsync(async () => {
      const r = await createPackage(input);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
    });
    console.log(
      JSON.stringify({ ms: t, peakBytes: process.resourceUsage().maxRSS * 1024 - base, packageBytes: size * MB }),
    );
    return;
  }
  // Open runs in its own process on the CMS the parent wrote: nothing of a build is in this heap. The peak
  // counts the CMS as read from disk, the decrypted zip and everything verification holds.
  global.gc?.();
  const base = process.memoryUsage().rss;
  const cms = readFileSync(join(dir, "p.cms"));
  const t = await msAsync(async () => {
    const r = await openPackage({
      cms,
      privateKey: recipient.key,
      limits: { maxBytes: 60 * MB, maxInflatedBytes: 120 * MB },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
  });
  console.log(
    JSON.stringify({ ms: t, peakBytes: process.resourceUsage().maxRSS * 1024 - base, packageBytes: cms.length }),
  );
}

async function main(): Promise<void> {
  if (args[0] === "--child") return child(args[1]!, Number(args[2]), args[3]!);
  const quick = args.includes("--quick");
  const json = args.includes("--json");
  const only = args.includes("--size") ? Number(args[args.indexOf("--size") + 1]) : null;
  const sizes = only ? [only] : quick ? [10] : [10, 50];
  const say = (line: string) => (json ? undefined : console.log(line));
  const repeat = quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), "bench-dokumentpakke-"));
  try {
    keys(dir, "sender");
    const recipient = keys(dir, "recipient");
    const senderKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    say(`dokumentpakke bench (${quick ? "quick" : `median of ${repeat}`}; times in ms; ratios within this run)\n`);
    say(
      "size   ours build  openssl+sign  floor  overhead  peak/size |" +
        " ours open  openssl+digests  floor  overhead  peak/size",
    );
    for (const size of sizes) {
      const runChild = (what: string) => {
        const r = spawnSync(
          process.execPath,
          ["--expose-gc", "--import", "tsx", self, "--child", what, String(size), dir],
          { encoding: "utf8", maxBuffer: 1e6 },
        );
        if (r.status !== 0) throw new Error(r.stderr);
        return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as {
          ms: number;
          peakBytes: number;
          packageBytes: number;
        };
      };
      // The same zip for the competitors and the floor.
      const document = {
        bytes: randomBytes(size * MB),
        fileName: "vedtak.pdf",
        mimeType: "application/pdf",
        title: "Vedtak",
      };
      const built = await createPackage({
        letter,
        document,
        signer: {
          privateKey: execFileSync("cat", [join(dir, "sender.key")]).toString(),
          certificate: execFileSync("cat", [join(dir, "sender.pem")]).toString(),
        },
        recipientCertificate: recipient.cert,
        maxBytes: 60 * MB,
      });
      if (!built.ok) throw new Error(JSON.stringify(built.errors));
      const zipFile = join(dir, "p.zip");
      const cmsFile = join(dir, "p.cms");
      writeFileSync(zipFile, built.zip);
      writeFileSync(cmsFile, built.cms);
      const builds = Array.from({ length: repeat }, () => runChild("build"));
      const opens = Array.from({ length: repeat }, () => runChild("open"));
      const zip = built.zip;
      const sign = (): void => {
        const digest = createHash("sha256").update(document.bytes).digest();
        createSign("RSA-SHA256").update(digest).sign(senderKey);
      };
      const opensslEncrypt = median(
        Array.from({ length: repeat }, () =>
          ms(() => {
            execFileSync("openssl", [
              "cms",
              "-encrypt",
              "-binary",
              "-aes-256-cbc",
              "-in",
              zipFile,
              "-outform",
              "DER",
              "-out",
              join(dir, "o.cms"),
              "-recip",
              recipient.certFile,
              "-keyopt",
              "rsa_padding_mode:oaep",
              "-keyopt",
              "rsa_oaep_md:sha256",
              "-keyopt",
              "rsa_mgf1_md:sha256",
            ]);
            sign();
          }),
        ),
      );
      const opensslDecrypt = median(
        Array.from({ length: repeat }, () =>
          ms(() => {
            execFileSync("openssl", [
              "cms",
              "-decrypt",
              "-inform",
              "DER",
              "-in",
              cmsFile,
              "-inkey",
              recipient.keyFile,
              "-out",
              join(dir, "d.zip"),
            ]);
            createHash("sha256").update(document.bytes).digest();
          }),
        ),
      );
      const floor = median(
        Array.from({ length: repeat }, () =>
          ms(() => {
            const c = createCipheriv("aes-256-cbc", randomBytes(32), randomBytes(16));
            const out = Buffer.concat([c.update(zip), c.final()]);
            createHash("sha256").update(out).digest();
          }),
        ),
      );
      const b = median(builds.map((x) => x.ms));
      const o = median(opens.map((x) => x.ms));
      const peak = (xs: { peakBytes: number; packageBytes: number }[]): string =>
        (Math.max(...xs.map((x) => x.peakBytes)) / xs[0]!.packageBytes).toFixed(2);
      const pct = (x: number): string => `${(((x - floor) / floor) * 100).toFixed(0)} %`;
      const cells = (widths: number[], values: string[]): string =>
        values.map((v, i) => v.padStart(widths[i]!)).join(" ");
      const n = (x: number): string => x.toFixed(0);
      const peakOf = (xs: { peakBytes: number; packageBytes: number }[]) =>
        Math.max(...xs.map((x) => x.peakBytes)) / xs[0]!.packageBytes;
      if (json) {
        console.log(
          JSON.stringify({
            sizeMB: size,
            buildMs: b,
            openMs: o,
            floorMs: floor,
            opensslEncryptMs: opensslEncrypt,
            opensslDecryptMs: opensslDecrypt,
            buildPeak: peakOf(builds),
            openPeak: peakOf(opens),
          }),
        );
        continue;
      }
      console.log(
        `${String(size).padStart(3)} MB ` +
          cells([11, 13, 6, 9, 10], [n(b), n(opensslEncrypt), n(floor), pct(b), peak(builds)]) +
          " | " +
          cells([9, 16, 6, 9, 10], [n(o), n(opensslDecrypt), n(floor), pct(o), peak(opens)]),
      );
    }
    say("\ntargets at 50 MB: overhead over the floor <= 25 %, peak memory <= 3x the package size");
    say("(each build and open in a fresh process; the open peak counts the CMS read from disk)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
