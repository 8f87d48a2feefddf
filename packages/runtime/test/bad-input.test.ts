import { beforeAll, describe, expect, it } from "vitest";
import { processes } from "@innbyggerpost/contracts";
import * as runtime from "@innbyggerpost/runtime";
import { asyncCases } from "./bad-input-async-cases.js";
import { cases } from "./bad-input-cases.js";
import { letter, org, setUpSigner, signer } from "./bad-input-fixtures.js";
import { deepFreeze } from "./support/arbitraries.js";
import { makeSigner } from "./support/certificates.js";

// The tables of bad input are bad-input-cases.ts (synchronous functions) and bad-input-async-cases.ts.
beforeAll(setUpSigner);

describe("bad input to every public function", () => {
  for (const [name, make, call, code, pointer] of cases) {
    it(name, () => {
      const input = deepFreeze(make());
      let before: unknown = input;
      try {
        before = structuredClone(input);
      } catch {
        // Holds a function: frozen is all we can check.
      }
      const r = call(input) as { ok: boolean; errors?: { code: string; pointer: string; message: string }[] };
      expect(r.ok).toBe(false);
      expect(r.errors?.[0]).toMatchObject({ code, pointer, message: expect.any(String) });
      expect(input).toEqual(before);
    });
  }
  for (const [name, make, call, code, pointer] of asyncCases) {
    it(name, async () => {
      const input = deepFreeze(make());
      const r = (await call(input)) as { ok: boolean; errors?: { code: string; pointer: string }[] };
      expect(r.ok).toBe(false);
      expect(r.errors?.[0]).toMatchObject({ code, pointer });
    });
  }

  it("verifyMessage binds the sender when asked", async () => {
    const other = await makeSigner({ serialNumber: "922020175" });
    const s = await runtime.signMessage({
      message: letter(),
      privateKey: other.privateKey,
      certificate: other.certificate,
      bindSender: false,
    });
    if (!s.ok) throw new Error("sign");
    const r = await runtime.verifyMessage({
      jws: s.jws,
      trust: { certificates: [other.certificatePem] },
      bindSender: true,
    });
    expect(r.ok === false && r.errors).toEqual([
      expect.objectContaining({
        code: "sender-mismatch",
        pointer: "/jws/payload/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/value",
      }),
    ]);
    const unbound = await runtime.verifyMessage({ jws: s.jws, trust: { certificates: [other.certificatePem] } });
    expect(unbound.ok).toBe(true);
  });

  it("signMessage refuses a certificate that is not the key's, and one without an organisation number", async () => {
    const other = await makeSigner({});
    const mismatch = await runtime.signMessage({
      message: letter(),
      privateKey: signer.privateKey,
      certificate: other.certificatePem,
    });
    expect(mismatch.ok === false && mismatch.errors[0]).toMatchObject({
      code: "key-certificate-mismatch",
      pointer: "/certificate",
    });
    const anonymous = await runtime.signMessage({
      message: letter(),
      privateKey: other.privateKey,
      certificate: other.certificate,
    });
    expect(anonymous.ok === false && anonymous.errors[0]).toMatchObject({
      code: "certificate-without-organisation",
      pointer: "/certificate",
    });
  });

  it("a receipt process mismatch stays a warning, not an error", () => {
    const r = runtime.buildMessage({
      type: "returpostkvittering",
      payload: {
        avsender: { virksomhetsidentifikator: org("974761076") },
        mottaker: { virksomhetsidentifikator: org("991825827") },
        tidspunkt: "2026-07-01T12:00:00+02:00",
      },
      sender: "974761076",
      receiver: "991825827",
      process: processes.digital,
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(["receipt-process"]);
  });
});
