import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REMEMBERED_CERTIFICATES, trustDecision } from "../src/trust.js";
import { issued, pkiIn } from "./support.js";
import type { Pki } from "../src/index.js";

const DAY = 86_400_000;
let dirs: string[] = [];
let ours: Pki;
let stranger: Pki;
let sender: X509Certificate;
let foreign: X509Certificate;

beforeAll(async () => {
  dirs = [await mkdtemp(join(tmpdir(), "trust-a-")), await mkdtemp(join(tmpdir(), "trust-b-"))];
  ours = await pkiIn(dirs[0]!);
  stranger = await pkiIn(dirs[1]!);
  sender = new X509Certificate((await issued(ours.ca, "991825827")).certificate);
  foreign = new X509Certificate((await issued(stranger.ca, "991825827")).certificate);
});
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("the simulator's trust decision (issuer verdicts remembered, validity read at every call)", () => {
  it("trusts what the CA issued and refuses another CA's certificate, each time asked", () => {
    const trusts = trustDecision(new X509Certificate(ours.ca.certificate), []);
    for (let i = 0; i < 3; i++) {
      expect(trusts(sender)).toBe(true);
      expect(trusts(foreign)).toBe(false);
    }
  });

  it("refuses a remembered certificate once it has expired (the memo never skips validity)", () => {
    let clock = Date.now();
    const trusts = trustDecision(new X509Certificate(ours.ca.certificate), [], { now: () => clock });
    expect(trusts(sender)).toBe(true);
    clock += 800 * DAY; // the test certificates are valid for 730 days
    expect(trusts(sender)).toBe(false);
    clock -= 802 * DAY; // before it was issued
    expect(trusts(sender)).toBe(false);
  });

  it("trusts a pinned certificate from any CA, and nothing that is not a certificate", () => {
    const trusts = trustDecision(new X509Certificate(ours.ca.certificate), [foreign]);
    expect(trusts(foreign)).toBe(true);
    expect(trusts("not a certificate" as unknown as X509Certificate)).toBe(false);
    expect(trusts(null as unknown as X509Certificate)).toBe(false);
  });

  it("keeps the same verdicts past its bound (the oldest verdict is dropped, not kept wrong)", () => {
    const trusts = trustDecision(new X509Certificate(ours.ca.certificate), [], { remember: 1 });
    for (let i = 0; i < 3; i++) {
      expect(trusts(sender)).toBe(true);
      expect(trusts(foreign)).toBe(false);
      expect(trusts(new X509Certificate(stranger.ca.certificate))).toBe(false);
      expect(trusts(new X509Certificate(ours.ca.certificate))).toBe(true);
    }
    expect(REMEMBERED_CERTIFICATES).toBe(1024);
  });
});
