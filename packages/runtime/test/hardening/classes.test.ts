import { CompactSign } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { isDigitalMessage, validate } from "@innbyggerpost/contracts";
import * as runtime from "@innbyggerpost/runtime";
import { makeSigner, type TestSigner } from "../support/certificates.js";
import { digital, receipt } from "../status/fixtures.js";

// One test per class of broken promise found by the adversarial review (issue 12, items 1–7); each failed
// on the code before the fix. The generic sweep over every export is test/hardening/sweep.test.ts.

let signer: TestSigner;
let jws = "";
beforeAll(async () => {
  signer = await makeSigner({ serialNumber: "991825827" });
  const s = await runtime.signMessage({
    message: digital(),
    privateKey: signer.privateKey,
    certificate: signer.certificate,
    bindSender: false,
  });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  jws = s.jws;
});

/** Signs any payload text as the test signer, bypassing signMessage's own validation. */
async function signRaw(payload: string): Promise<string> {
  const x5c = [signer.certificate.raw.toString("base64")];
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ x5c, alg: "RS256" })
    .sign(signer.privateKey);
}

const trust = () => ({ certificates: signer.certificatePem });

describe("1. every caller field is read once", () => {
  it("verifyMessage: a jws getter that answers a forged token first and the genuine one after is refused", async () => {
    const [h, p, sig] = jws.split(".");
    const forgedPayload = JSON.parse(Buffer.from(p!, "base64url").toString());
    forgedPayload.standardBusinessDocument.digital.ikkesensitivtittel = "Forged";
    const forged = `${h}.${Buffer.from(JSON.stringify(forgedPayload)).toString("base64url")}.${sig}`;
    for (const [first, later] of [
      [forged, jws],
      [jws, forged],
    ]) {
      let reads = 0;
      const input = {
        trust: trust(),
        get jws() {
          return reads++ === 0 ? first : later;
        },
      };
      const r = await runtime.verifyMessage(input as unknown as runtime.VerifyInput);
      const title = r.ok ? JSON.stringify(r.message).includes('"ikkesensitivtittel":"Forged"') : false;
      expect(title).toBe(false);
      expect(reads).toBe(1);
    }
  });

  it("receiptToStatus and reduceStatus: each option getter is read once", () => {
    const reads: Record<string, number> = {};
    const counted = (values: Record<string, unknown>) =>
      Object.defineProperties(
        {},
        Object.fromEntries(
          Object.entries(values).map(([k, v]) => [
            k,
            {
              enumerable: true,
              get: () => {
                reads[k] = (reads[k] ?? 0) + 1;
                return v;
              },
            },
          ]),
        ),
      );
    runtime.receiptToStatus(
      receipt("leveringskvittering"),
      counted({ jws: "a.b.c", fallbackTime: "2026-11-23T10:00:00Z" }) as never,
    );
    runtime.reduceStatus([], counted({ flow: "dpi", now: "2026-11-23T10:00:00Z", conversationId: "c" }) as never);
    expect(reads).toEqual({ jws: 1, fallbackTime: 1, flow: 1, now: 1, conversationId: 1 });
  });
});

describe("2. any doubt about a certificate's validity refuses", () => {
  it("a certificate whose notAfter Node cannot read as a date (year 0049) is not accepted", async () => {
    const odd = await makeSigner({
      serialNumber: "991825827",
      notAfter: new Date("0049-12-31T00:00:00Z"),
      notBefore: new Date("0001-01-01T00:00:00Z"),
    });
    const s = await runtime.signMessage({
      message: digital(),
      privateKey: odd.privateKey,
      certificate: odd.certificate,
      bindSender: false,
    });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const r = await runtime.verifyMessage({ jws: s.jws, trust: { certificates: odd.certificatePem } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.code)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^certificate-(validity-unknown|expired)$/)]),
      );
  });
});

describe("3. every option is type-checked, with one code: bad-option", () => {
  it.each([["true"], [1], [null], [{}]])("verifyMessage bindSender %j", async (bindSender) => {
    const r = await runtime.verifyMessage({ jws, trust: trust(), bindSender } as unknown as runtime.VerifyInput);
    expect(r.ok ? [] : r.errors.map((e) => [e.pointer, e.code])).toEqual([["/bindSender", "bad-option"]]);
  });

  it('signMessage bindSender "false"', async () => {
    const r = await runtime.signMessage({
      message: digital(),
      privateKey: signer.privateKey,
      certificate: signer.certificate,
      bindSender: "false",
    } as unknown as runtime.SignInput);
    expect(r.ok ? [] : r.errors.map((e) => [e.pointer, e.code])).toEqual([["/bindSender", "bad-option"]]);
  });

  it("the status functions and validate say bad-option too (never invalid-option)", () => {
    expect(runtime.reduceStatus([], { now: "soon" }).anomalies.map((a) => a.code)).toEqual(["bad-option"]);
    expect(
      runtime
        .receiptToStatus(receipt("leveringskvittering"), { jws: 7 } as never)
        .issues.map((i) => [i.pointer, i.code]),
    ).toEqual([["/options/jws", "bad-option"]]);
    expect(
      runtime.apiStatusToStatus("SENDT", { messageId: 7 } as never).issues.map((i) => [i.pointer, i.code]),
    ).toEqual([["/options/messageId", "bad-option"]]);
    const v = validate(digital(), { allErrors: "yes" } as never);
    expect(v.ok ? [] : v.errors.map((e) => [e.pointer, e.code])).toEqual([["/options/allErrors", "bad-option"]]);
    const p = runtime.parseMessage(digital(), { profile: "loose" } as never);
    expect(p.ok ? [] : p.errors.map((e) => [e.pointer, e.code])).toEqual([["/options/profile", "bad-option"]]);
  });
});

describe("4. throwing getters and proxies never escape", () => {
  const revoked = () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  };
  const getter = () =>
    Object.defineProperty({}, "standardBusinessDocument", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });

  it("reduceStatus, receiptToStatus, parseMessage, decodeJws, the guards and the checks return typed results", () => {
    expect(
      runtime
        .reduceStatus([{ kind: "receipt", message: getter() }])
        .anomalies.some((a) => a.code === "invalid-input" || a.code === "invalid-event" || a.code === "unknown-event"),
    ).toBe(true);
    expect(runtime.reduceStatus(revoked()).anomalies[0]?.code).toBe("invalid-input");
    expect(runtime.receiptToStatus(revoked()).status).toBe("ANNET");
    expect(runtime.parseMessage(getter()).ok).toBe(false);
    expect(runtime.decodeJws(revoked() as never).ok).toBe(false);
    expect(isDigitalMessage(revoked())).toBe(false);
    expect(isDigitalMessage(getter())).toBe(false);
    expect(runtime.checkPrintRules(getter())[0]?.code).toBe("invalid-input");
    expect(runtime.buildMessage(revoked() as never).ok).toBe(false);
    expect(runtime.shouldResend(revoked() as never).advice).toBe("no");
  });
});

describe("5. deep nesting: one verdict whichever entry point reads the message", () => {
  it("a wire-valid letter with a 20 000-deep array inside varsler", async () => {
    // Built as text: JSON.stringify itself recurses and cannot write this.
    const depth = 20_000;
    const shell = digital() as { standardBusinessDocument: { digital: Record<string, unknown> } };
    shell.standardBusinessDocument.digital.varsler = "DEEP";
    const text = JSON.stringify(shell).replace('"DEEP"', `${"[".repeat(depth)}${"]".repeat(depth)}`);
    const letter = JSON.parse(text) as unknown;
    expect(validate(letter, { profile: "wire" }).ok).toBe(true);
    expect(runtime.parseMessage(letter, { profile: "wire" }).ok).toBe(true);
    expect(runtime.parseMessage(text, { profile: "wire" }).ok).toBe(true);
    const signed = await signRaw(text);
    const v = await runtime.verifyMessage({ jws: signed, trust: trust(), profile: "wire" });
    expect(v.ok ? [] : v.errors).toEqual([]);
  });
});

describe("6. every time the format accepts is kept, spelled canonically, the original beside it", () => {
  it.each([
    ["2016-12-31T23:59:60Z", "2016-12-31T23:59:59.999Z"],
    ["2026-11-23 10:20:00+01:00", "2026-11-23T10:20:00+01:00"],
    ["2026-11-23t10:20:00z", "2026-11-23T10:20:00Z"],
    ["2026-11-23T10:20:00+0100", "2026-11-23T10:20:00+01:00"],
    ["2026-11-23T10:20:00.5+01", "2026-11-23T10:20:00.5+01:00"],
  ])("tidspunkt %s", (tidspunkt, canonical) => {
    const message = receipt("leveringskvittering", { tidspunkt });
    expect(validate(message, { profile: "wire" }).ok).toBe(true);
    const r = runtime.receiptToStatus(message);
    expect([r.time, r.originalTime, r.timeSource]).toEqual([canonical, tidspunkt, "tidspunkt"]);
    const state = runtime.reduceStatus([{ kind: "receipt", message }]);
    const event = state.events.find((e) => e.kind === "receipt");
    expect([event?.time, event?.receipt?.originalTime]).toEqual([canonical, tidspunkt]);
    expect(state.anomalies.filter((a) => a.code === "no-time")).toEqual([]);
  });

  it("a canonical time has no originalTime", () => {
    const r = runtime.receiptToStatus(receipt("leveringskvittering", { tidspunkt: "2026-11-23T10:20:00+01:00" }));
    expect(r.time).toBe("2026-11-23T10:20:00+01:00");
    expect("originalTime" in r).toBe(false);
  });
});

describe("7. huge sparse arrays", () => {
  it("reduceStatus refuses a 2^32-1 long array with a typed anomaly, no RangeError", () => {
    const a: unknown[] = [{ kind: "api-status", status: "SENDT", timestamp: "2026-11-23T10:00:00Z" }];
    a.length = 2 ** 32 - 1;
    const s = runtime.reduceStatus(a);
    expect(s.anomalies.map((x) => x.code)).toEqual(["invalid-input"]);
  });

  it("verifyMessage refuses a sparse algorithms list as bad-option", async () => {
    const algorithms: string[] = ["RS256"];
    algorithms.length = 2 ** 32 - 1;
    const r = await runtime.verifyMessage({ jws, trust: trust(), algorithms });
    expect(r.ok ? [] : r.errors.map((e) => [e.pointer, e.code])).toEqual([["/algorithms", "bad-option"]]);
  });
});

describe("8. decodeUtf8: one decoding rule for bytes", () => {
  it("UTF-8 with one BOM skipped; Latin-1 refused as invalid-encoding", () => {
    expect(runtime.decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: "{}" });
    const latin1 = new Uint8Array(Buffer.from('{"a":"bl\u00e5"}', "latin1"));
    expect(
      runtime.decodeUtf8(latin1).ok
        ? ""
        : (runtime.decodeUtf8(latin1) as { errors: readonly { code: string }[] }).errors[0]!.code,
    ).toBe("invalid-encoding");
    const p = runtime.parseMessage(latin1);
    expect(p.ok ? [] : p.errors.map((e) => e.code)).toEqual(["invalid-encoding"]);
  });
});
