/**
 * One verdict per message whichever entry point reads it (issue 12, class 5): deep nesting in a free
 * field, parts shared 2^60 times (a DAG) and array holes get the same answer from validate, parseMessage
 * (object and text), signMessage and verifyMessage, in time linear in what is present.
 */
import { readFileSync } from "node:fs";
import { CompactSign } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { validate } from "@innbyggerpost/contracts";
import * as runtime from "@innbyggerpost/runtime";
import { makeSigner, type TestSigner } from "../support/certificates.js";

/** The strict example leveringskvittering; its `mottaker` takes extra members under both profiles. */
const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL("../../../../schemas/examples/leveringskvittering.json", import.meta.url), "utf8"));
const MOTTAKER = "/standardBusinessDocument/leveringskvittering/mottaker";

function withFree(value: unknown): Record<string, any> {
  const m = example();
  m.standardBusinessDocument.leveringskvittering.mottaker.free = value;
  return m;
}

/** `levels` levels of {a: v, b: v}: 2^levels paths as JSON, a few dozen objects in memory. */
function shared(levels: number): unknown {
  let v: unknown = { leaf: true };
  for (let i = 0; i < levels; i++) v = { a: v, b: v };
  return v;
}

const verdict = (r: { ok: boolean; errors?: readonly { code: string; pointer: string }[] }) =>
  r.ok ? "ok" : `${r.errors![0]!.code} at ${r.errors![0]!.pointer}`;

let signer: TestSigner;
beforeAll(async () => {
  signer = await makeSigner();
});

describe("deep nesting in a free field: the same verdict from every entry point", () => {
  for (const depth of [100, 1_000, 4_000, 6_000, 10_000, 100_000])
    for (const kind of ["array", "object"] as const)
      it(`${depth}-deep ${kind}`, async () => {
        const open = kind === "array" ? "[" : '{"a":';
        const close = kind === "array" ? "]" : "}";
        // The text is written by hand: JSON.stringify itself overflows the stack from about 6 000 levels.
        const text = JSON.stringify(withFree(0)).replace(
          '"free":0',
          `"free":${open.repeat(depth)}1${close.repeat(depth)}`,
        );
        const message = JSON.parse(text);
        const signed = await runtime.signMessage({
          message,
          privateKey: signer.privateKeyPem,
          certificate: signer.certificatePem,
          bindSender: false,
        });
        const jws = await new CompactSign(new TextEncoder().encode(text))
          .setProtectedHeader({ alg: "RS256", x5c: [signer.certificate.raw.toString("base64")] })
          .sign(signer.privateKey);
        const verified = await runtime.verifyMessage({ jws, trust: { certificates: signer.certificatePem } });
        const verdicts = {
          validate: verdict(validate(message)),
          parseObject: verdict(runtime.parseMessage(message)),
          parseText: verdict(runtime.parseMessage(text)),
          parseBytes: verdict(runtime.parseMessage(new TextEncoder().encode(text))),
          sign: verdict(signed),
          verify: verdict(verified),
        };
        expect(verdicts).toEqual({
          validate: "ok",
          parseObject: "ok",
          parseText: "ok",
          parseBytes: "ok",
          sign: "ok",
          verify: "ok",
        });
        // What was signed is the message: its payload reads back to the same verdict.
        if (signed.ok) {
          const back = await runtime.verifyMessage({ jws: signed.jws, trust: { certificates: signer.certificatePem } });
          expect(verdict(back)).toBe("ok");
        }
      });
});

describe("parts shared 2^60 times (a DAG): linear work, one verdict", () => {
  it("validate, parseMessage and receiptToStatus accept it; signMessage refuses its 2^61-value JSON", async () => {
    const message = withFree(shared(60));
    expect(verdict(validate(message))).toBe("ok");
    const parsed = runtime.parseMessage(message);
    expect(verdict(parsed)).toBe("ok");
    // A fresh copy that shares as the input did (never the caller's objects).
    if (parsed.ok) {
      const free = (parsed.message.standardBusinessDocument as any).leveringskvittering.mottaker.free;
      // Booleans only: a matcher given the DAG itself would format its 2^60 values.
      expect(free !== message.standardBusinessDocument.leveringskvittering.mottaker.free).toBe(true);
      expect(free.a === free.b).toBe(true);
    }
    expect(runtime.receiptToStatus(message).status).toBe("LEVERT");
    const signed = await runtime.signMessage({
      message,
      privateKey: signer.privateKeyPem,
      certificate: signer.certificatePem,
      bindSender: false,
    });
    expect(verdict(signed)).toBe("too-large at /message");
  });

  it("the reducer gives equal DAGs one identity and different ones two", () => {
    const a = withFree(shared(60));
    const b = withFree(shared(60));
    const c = withFree({ a: shared(59), b: shared(58) });
    const same = runtime.reduceStatus([
      { kind: "receipt", message: a },
      { kind: "receipt", message: b },
    ]);
    const different = runtime.reduceStatus([
      { kind: "receipt", message: a },
      { kind: "receipt", message: c },
    ]);
    // Counts only: a failing matcher would print the DAG, which is 2^60 values long.
    expect(same.events.filter((e) => e.kind === "receipt").length).toBe(1);
    expect(different.events.filter((e) => e.kind === "receipt").length).toBe(2);
  });

  it("a message event, a status event and an invalid event sharing their parts reduce in linear time", () => {
    const v = shared(60);
    const r = runtime.reduceStatus([
      { kind: "message", message: v },
      { kind: "status", trigger: "x", time: "2026-11-23T10:00:00Z", extra: v } as never,
      { kind: v } as never,
    ]);
    expect(r.events.length).toBeGreaterThan(0);
  });
});

describe("array holes are not JSON: refused at the hole by every entry point that reads a JSON value", () => {
  const holey = () => {
    const items: unknown[] = [1];
    items[2] = 3; // index 1 is a hole
    return withFree(items);
  };
  const hole = `${MOTTAKER}/free/1`;

  it("parseMessage (strict and wire), signMessage and buildMessage name the hole", async () => {
    expect(verdict(runtime.parseMessage(holey()))).toBe(`not-json at ${hole}`);
    expect(verdict(runtime.parseMessage(holey(), { profile: "wire" }))).toBe(`not-json at ${hole}`);
    const signed = await runtime.signMessage({
      message: holey(),
      privateKey: signer.privateKeyPem,
      certificate: signer.certificatePem,
      bindSender: false,
    });
    expect(verdict(signed)).toBe(`invalid-message at /message${hole}`);
    const payload = { ...holey().standardBusinessDocument.leveringskvittering };
    const process = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";
    const built = runtime.buildMessage({
      type: "leveringskvittering",
      sender: "984661185",
      receiver: "991825827",
      process,
      payload,
    });
    expect(verdict(built)).toBe("not-json at /payload/mottaker/free/1");
  });
});
