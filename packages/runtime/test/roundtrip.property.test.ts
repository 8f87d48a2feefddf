import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogue, dpiTypes, validate, type DpiType } from "@innbyggerpost/contracts";
import { buildMessage, parseMessage, signMessage, verifyMessage, type BuildInput } from "@innbyggerpost/runtime";
import { buildOptions, deepFreeze, fcOptions, payloads } from "./support/arbitraries.js";
import { makeSigner, type TestSigner } from "./support/certificates.js";

const SENDER = "991825827";
let rs256: TestSigner;
let rs512: TestSigner;

beforeAll(async () => {
  // One key per file (RSA keygen is the slow part): SEID 1 style and SEID 2 style certificates.
  rs256 = await makeSigner({ serialNumber: SENDER });
  rs512 = await makeSigner({ organizationIdentifier: `NTRNO-${SENDER}`, hash: "SHA-512" });
});

describe("build → sign → verify → parse → validate", () => {
  for (const type of dpiTypes) {
    it(`round-trips every ${type} to a deep-equal message`, async () => {
      await fc.assert(
        fc.asyncProperty(payloads[type], buildOptions(type), fc.boolean(), async (payload, options, use512) => {
          const input = deepFreeze({ type, payload, sender: SENDER, ...options }) as BuildInput<DpiType>;
          const snapshot = structuredClone(input);
          const built = buildMessage(input);
          expect(built.ok ? [] : built.errors).toEqual([]);
          if (!built.ok) return;
          expect(input).toEqual(snapshot);
          expect(built.envelope).toMatchObject({
            type,
            messageId: options.messageId,
            conversationId: options.conversationId,
            process:
              type === "digital" || type === "utskrift" || type === "flyttet" ? expect.any(String) : options.process,
            receiver: `0192:${options.receiver}`,
          });
          expect(Date.parse(built.envelope.createdAt)).toBe(options.createdAt.getTime());

          const signer = use512 ? rs512 : rs256;
          const signed = await signMessage({
            message: built.message,
            privateKey: signer.privateKeyPem,
            certificate: signer.certificatePem,
            algorithm: use512 ? "RS512" : "RS256",
          });
          expect(signed.ok ? [] : signed.errors).toEqual([]);
          if (!signed.ok) return;
          const header = JSON.parse(Buffer.from(signed.jws.split(".")[0]!, "base64url").toString("utf8"));
          expect(header).toEqual({ x5c: [signer.certificate.raw.toString("base64")], alg: use512 ? "RS512" : "RS256" });
          expect(Object.keys(header)).toEqual(["x5c", "alg"]);

          const verified = await verifyMessage({
            jws: signed.jws,
            trust: { certificates: signer.certificatePem },
            bindSender: true,
          });
          expect(verified.ok ? [] : verified.errors).toEqual([]);
          if (!verified.ok) return;
          expect(verified.message).toEqual(built.message);
          expect(verified.signature.organisationNumber).toBe(SENDER);

          const parsed = parseMessage(JSON.stringify(verified.message));
          expect(parsed.ok && parsed.message).toEqual(built.message);
          const valid = validate(parsed.ok ? parsed.message : null, { profile: "strict" });
          expect(valid.ok && valid.type).toBe(type);
        }),
        fcOptions(type === "digital" ? 40 : 20),
      );
    });
  }
});

describe("a signed JWS", () => {
  it("is rejected after any single-byte change", async () => {
    const jwsByType = new Map<DpiType, string>();
    for (const type of dpiTypes) {
      const payload = fc.sample(payloads[type] as fc.Arbitrary<unknown>, { seed: 7, numRuns: 1 })[0]!;
      const process = catalogue[type].processes[0]!;
      const built = buildMessage({
        type,
        payload,
        sender: SENDER,
        receiver: "984661185",
        process,
      } as BuildInput<DpiType>);
      if (!built.ok) throw new Error(JSON.stringify(built.errors));
      const signed = await signMessage({
        message: built.message,
        privateKey: rs256.privateKey,
        certificate: rs256.certificate,
      });
      if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
      jwsByType.set(type, signed.jws);
    }
    const trust = { certificates: rs256.certificatePem };
    // The unchanged tokens verify, so a rejection below is the change's doing.
    for (const jws of jwsByType.values()) expect((await verifyMessage({ jws, trust })).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...dpiTypes),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        async (type, where, byte) => {
          const jws = jwsByType.get(type)!;
          const i = where % jws.length;
          fc.pre(jws.charCodeAt(i) !== byte);
          const changed = jws.slice(0, i) + String.fromCharCode(byte) + jws.slice(i + 1);
          const r = await verifyMessage({ jws: changed, trust });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors[0]!.pointer.startsWith("/jws")).toBe(true);
        },
      ),
      fcOptions(400),
    );
  });

  it("is rejected when the last character of a segment changes only spare bits (non-canonical base64url)", async () => {
    const built = buildMessage({
      type: "leveringskvittering",
      payload: fc.sample(payloads.leveringskvittering, { seed: 3, numRuns: 1 })[0]!,
      sender: SENDER,
      receiver: "984661185",
      process: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
    });
    if (!built.ok) throw new Error("build");
    const signed = await signMessage({
      message: built.message,
      privateKey: rs256.privateKey,
      certificate: rs256.certificate,
    });
    if (!signed.ok) throw new Error("sign");
    const [h, p, s] = signed.jws.split(".") as [string, string, string];
    // 256 signature bytes = 342 base64url characters, the last carrying 4 spare bits.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(s.at(-1)!);
    const twin = alphabet[last ^ 1]!;
    const forged = `${h}.${p}.${s.slice(0, -1)}${twin}`;
    expect(Buffer.from(forged.split(".")[2]!, "base64url")).toEqual(Buffer.from(s, "base64url"));
    const r = await verifyMessage({ jws: forged, trust: { certificates: rs256.certificate } });
    expect(r.ok === false && r.errors[0]).toMatchObject({ code: "malformed-jws", pointer: "/jws/signature" });
  });
});
