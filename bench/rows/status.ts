/** Receipt handling against bare JWS verification, and the status reducer's cost per event as histories grow. */
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey, verify } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { compactVerify, importX509 } from "jose";
import {
  buildAnswer,
  reduceStatus,
  receiptToStatus,
  signMessage,
  verifyMessage,
  type StatusEvent,
} from "@innbyggerpost/runtime";
import { repoRoot } from "../../test/support/shared.js";
import { makeSigner } from "../../packages/runtime/test/support/certificates.js";
import { validMessage } from "../../test/fixtures/messages.js";
import type { BenchRows, Duel } from "../harness.js";

/** Leveringskvitteringer answering digital letters, signed RS512 as real postbox receipts are. */
async function signedReceipts(n: number) {
  const signer = await makeSigner({ hash: "SHA-512", serialNumber: "984661185" });
  const jwss: string[] = [];
  for (let i = 0; i < n; i++) {
    const letter = validMessage("digital");
    const answer = buildAnswer({ original: letter, type: "leveringskvittering" });
    if (!answer.ok) throw new Error(`building the receipt failed: ${JSON.stringify(answer.errors)}`);
    const message = structuredClone(answer.message) as {
      standardBusinessDocument: { leveringskvittering: { tidspunkt: string } };
    };
    message.standardBusinessDocument.leveringskvittering.tidspunkt = new Date(
      Date.UTC(2026, 10, 23, 10, i),
    ).toISOString();
    const signed = await signMessage({
      message,
      privateKey: signer.privateKey,
      certificate: signer.certificatePem,
      algorithm: "RS512",
      bindSender: false,
    });
    if (!signed.ok) throw new Error(`signing failed: ${JSON.stringify(signed.errors)}`);
    jwss.push(signed.jws as string);
  }
  return { jwss, signer };
}

/**
 * One conversation's events: access-point statuses (mostly repeats, as polling produces them) with the
 * letter's receipts among them (a leveringskvittering and an aapningskvittering every 10 events).
 */
function makeEvents(n: number, start: number): StatusEvent[] {
  const receipts = [validMessage("leveringskvittering"), validMessage("aapningskvittering")];
  const out: StatusEvent[] = [];
  for (let i = 0; i < n; i++) {
    const timestamp = new Date(start + i * 1000).toISOString();
    if (i % 10 === 9) out.push({ kind: "receipt", message: receipts[((i / 10) % 2) | 0] });
    else out.push({ kind: "api-status", status: i % 10 === 0 ? "OPPRETTET" : "SENDT", timestamp });
  }
  return out;
}

const NOW = { now: "2026-12-01T00:00:00Z" } as const;

/** The last commit before the reducer was split into its steps (inputs, entries, order, walk): the baseline. */
const BASELINE = "7eab077";
const REDUCER = "packages/runtime/src/status/reduce.ts";
type Reducer = (events: unknown, options: unknown) => unknown;

/**
 * reduceStatus of commit `rev`'s runtime sources (read from git) or, for null, of the working tree's, each
 * bundled by esbuild alike (contracts external, so both read the same generated tables): the duel then
 * compares the code alone. A string (the reason) when git cannot give the commit (a shallow clone, an
 * exported tree).
 */
async function reducerOf(rev: string | null): Promise<Reducer | string> {
  const cache = join(repoRoot, "node_modules/.cache/innbyggerpost-bench/reducers");
  let root = repoRoot;
  if (rev !== null) {
    root = join(cache, rev);
    if (!existsSync(join(root, REDUCER))) {
      const git = (...args: string[]) => execFileSync("git", ["-C", repoRoot, ...args], { maxBuffer: 64 << 20 });
      let files: string[];
      try {
        files = git("ls-tree", "-r", "--name-only", rev, "packages/runtime/src").toString().split("\n");
      } catch {
        return `git has no commit ${rev} here (a shallow clone?)`;
      }
      for (const f of files.filter((f) => f.endsWith(".ts"))) {
        mkdirSync(dirname(join(root, f)), { recursive: true });
        writeFileSync(join(root, f), git("show", `${rev}:${f}`));
      }
    }
  }
  const out = await build({
    entryPoints: [join(root, REDUCER)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "es2022",
    packages: "external",
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  // Named by content, so that a bundle is written once and never changed under a running worker.
  const file = join(cache, `${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(file, code);
  }
  return ((await import(pathToFileURL(file).href)) as { reduceStatus: Reducer }).reduceStatus;
}

export const rows: BenchRows = {
  duels: async () => {
    const { jwss, signer } = await signedReceipts(4);
    const key = await importX509(signer.certificatePem, "RS512");
    const publicKey = createPublicKey(signer.certificatePem);
    const trust = { certificates: signer.certificatePem };
    const sanity = await verifyMessage({ jws: jwss[0]!, trust });
    if (!sanity.ok) throw new Error(`the bench receipt does not verify: ${JSON.stringify(sanity.errors)}`);
    const base = Date.parse("2026-11-23T10:00:00Z");
    const receipt: Duel = {
      section: "receipt",
      pool: jwss,
      contenders: {
        jose: { label: "jose.compactVerify (key imported)", fn: (jws: string) => compactVerify(jws, key), async: true },
        // The RSA floor itself: one RS512 verification of the signing input, the key imported once, synchronous
        // as ours is (jose's goes through WebCrypto's thread pool, whose hand-offs cost more the busier the machine).
        rsa: {
          label: "node:crypto verify (RS512, key imported)",
          fn: (jws: string) => {
            const dot = jws.lastIndexOf(".");
            return verify(
              "sha512",
              Buffer.from(jws.slice(0, dot)),
              publicKey,
              Buffer.from(jws.slice(dot + 1), "base64url"),
            );
          },
        },
        ours: {
          label: "verifyMessage (x5c, trust, strict) + receiptToStatus",
          async: true,
          fn: async (jws: string) => {
            const v = await verifyMessage({ jws, trust });
            return v.ok ? receiptToStatus(v.message, { jws }) : v;
          },
        },
      },
      ratios: [
        {
          name: "verify + validate + map / bare jose verify, RS512",
          num: "ours",
          den: "jose",
          target: { atMost: 1.1 },
        },
        {
          name: "verify + validate + map / the RSA verification alone (node:crypto)",
          num: "ours",
          den: "rsa",
          target: {},
        },
      ],
    };
    // Distinct histories (other start times), so no cache carries one call's work into the next.
    const small = Array.from({ length: 20 }, (_, i) => makeEvents(1_000, base + i * 86_400_000));
    const large = Array.from({ length: 2 }, (_, i) => makeEvents(100_000, base + i * 86_400_000 * 7));
    const reducer: Duel = {
      section: "reducer",
      pool: small,
      contenders: {
        small: { label: "reduceStatus, 1 000 events", fn: (e: StatusEvent[]) => reduceStatus(e, NOW), perCall: 1_000 },
        large: {
          label: "reduceStatus, 100 000 events",
          fn: (e: StatusEvent[]) => reduceStatus(e, NOW),
          pool: large,
          perCall: 100_000,
        },
      },
      ratios: [
        {
          name: "cost per event at 100 000 events / at 1 000 (linear: ≤ 1.3)",
          num: "large",
          den: "small",
          target: { atMost: 1.3 },
        },
      ],
    };
    const [ours, before] = [await reducerOf(null), await reducerOf(BASELINE)];
    if (typeof ours === "string" || typeof before === "string") {
      console.error(`bench: reducer against ${BASELINE} skipped: ${String(typeof ours === "string" ? ours : before)}`);
      return [receipt, reducer];
    }
    // One duel per history size: a burst of 100 000 events leaves garbage that a 1 000-event burst after it
    // would pay for, so sizes are not mixed in one duel.
    const against = (pool: StatusEvent[][], n: number, size: string): Duel => ({
      section: "reducer",
      pool,
      contenders: {
        ours: { label: `reduceStatus, ${size} events`, fn: (e: StatusEvent[]) => ours(e, NOW), perCall: n },
        before: {
          label: `reduceStatus of ${BASELINE}, ${size} events`,
          fn: (e: StatusEvent[]) => before(e, NOW),
          perCall: n,
        },
      },
      ratios: [
        {
          name: `now / before the split (${BASELINE}), bundled alike, ${size} events`,
          num: "ours",
          den: "before",
          target: { atMost: 1 },
        },
      ],
    });
    return [receipt, reducer, against(small, 1_000, "1 000"), against(large, 100_000, "100 000")];
  },
};
