import { compactVerify, importX509 } from "jose";
import { buildAnswer, reduceStatus, receiptToStatus, signMessage, verifyMessage, type StatusEvent } from "@innbyggerpost/runtime";
import { makeSigner } from "../../packages/runtime/test/support/certificates.js";
import { validMessage } from "../../test/fixtures/messages.js";
import { nsPerOp, type BenchMode, type Row } from "../harness.js";

/** A leveringskvittering answering a digital letter, signed RS512 as real postbox receipts are. */
async function signedReceipt() {
  const signer = await makeSigner({ hash: "SHA-512", serialNumber: "984661185" });
  const letter = validMessage("digital");
  const answer = buildAnswer({ original: letter, type: "leveringskvittering" });
  if (!answer.ok) throw new Error(`building the receipt failed: ${JSON.stringify(answer.errors)}`);
  const signed = await signMessage({ message: answer.message, privateKey: signer.privateKey, certificate: signer.certificatePem, algorithm: "RS512", bindSender: false });
  if (!signed.ok) throw new Error(`signing failed: ${JSON.stringify(signed.errors)}`);
  return { jws: signed.jws as string, signer };
}

/** Receipt handling (verify + validate + map) and the status reducer. */
export async function extraRows(mode: BenchMode): Promise<Row[]> {
  const rows: Row[] = [];
  const { jws, signer } = await signedReceipt();
  const key = await importX509(signer.certificatePem, "RS512");
  const trust = { certificates: signer.certificatePem };
  const sanity = await verifyMessage({ jws, trust });
  if (!sanity.ok) throw new Error(`the bench receipt does not verify: ${JSON.stringify(sanity.errors)}`);

  // jose alone: the floor any verifier pays (RSA with the key already imported).
  const bare = await asyncNsPerOp(() => compactVerify(jws, key), mode);
  const ours = await asyncNsPerOp(async () => {
    const v = await verifyMessage({ jws, trust });
    return v.ok ? receiptToStatus(v.message, { jws }) : v;
  }, mode);
  rows.push({
    section: "receipt",
    name: "verifyMessage (x5c, trust, strict) + receiptToStatus, RS512",
    measured: opsMs(ours),
    baseline: `jose.compactVerify ${opsMs(bare)}`,
    value: ours / bare,
    target: "≤ 1.10×",
    met: (v) => v <= 1.1,
  });

  for (const n of [10, 1_000, 100_000]) {
    const events = makeEvents(n);
    const ns = await nsPerOp(() => reduceStatus(events, { now: "2026-12-01T00:00:00Z" }), mode);
    const perSec = (n / ns) * 1e9;
    rows.push({
      section: "reducer",
      name: `reduceStatus, ${n.toLocaleString("en-US")} events`,
      measured: Number.isNaN(ns) ? "-" : `${Math.round(perSec).toLocaleString("en-US")} events/s`,
      baseline: Number.isNaN(ns) ? "-" : `${(ns / 1e6).toFixed(3)} ms per call`,
      value: perSec,
      target: "≥ 1,000,000 events/s",
      met: (v) => v >= 1e6,
    });
  }
  return rows;
}

function opsMs(ns: number): string {
  return Number.isNaN(ns) ? "-" : `${(ns / 1000).toFixed(1)} µs`;
}

/** nsPerOp for an async function: mitata measures the promise's settle time. */
async function asyncNsPerOp(fn: () => Promise<unknown>, mode: BenchMode): Promise<number> {
  if (mode.smoke) {
    await fn();
    return Number.NaN;
  }
  const { measure } = await import("mitata");
  const s = await measure(async () => fn(), { min_cpu_time: 400e6, warmup_samples: 32 });
  return s.p50;
}

/**
 * One conversation's events: access-point statuses (mostly repeats, as polling produces them) with the
 * letter's receipts among them (a leveringskvittering and an aapningskvittering every 10 events).
 */
function makeEvents(n: number): StatusEvent[] {
  const base = Date.parse("2026-11-23T10:00:00Z");
  const receipts = [validMessage("leveringskvittering"), validMessage("aapningskvittering")];
  const out: StatusEvent[] = [];
  for (let i = 0; i < n; i++) {
    const timestamp = new Date(base + i * 1000).toISOString();
    if (i % 10 === 9) out.push({ kind: "receipt", message: receipts[(i / 10) % 2 | 0] });
    else out.push({ kind: "api-status", status: i % 10 === 0 ? "OPPRETTET" : "SENDT", timestamp });
  }
  return out;
}
