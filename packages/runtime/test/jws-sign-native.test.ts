import { generateKeyPairSync } from "node:crypto";
import { CompactSign } from "jose";
import { describe, expect, it } from "vitest";
import { signCompact } from "../src/jws/sign-rsa.js";

describe("signCompact (node:crypto for RSA ≥ 2048) writes what jose's CompactSign writes", () => {
  const payload = new TextEncoder().encode(JSON.stringify({ tekst: "Hei, Åse! ✓", n: [1, 2, 3] }));
  for (const alg of ["RS256", "RS512"] as const) {
    it(`${alg}: byte for byte`, async () => {
      const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const header = { x5c: ["MIIBbase64cert"], alg };
      const ours = await signCompact(payload.subarray(0), header, privateKey);
      const jose = await new CompactSign(payload)
        .setProtectedHeader({ ...header, x5c: ["MIIBbase64cert"] })
        .sign(privateKey);
      expect(ours).toBe(jose);
    });
  }

  it("a payload viewing part of a larger buffer signs only its own bytes", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const big = new Uint8Array(payload.length + 10);
    big.set(payload, 5);
    const header = { x5c: ["x"], alg: "RS256" } as const;
    expect(await signCompact(big.subarray(5, 5 + payload.length), header, privateKey)).toBe(
      await new CompactSign(payload).setProtectedHeader({ x5c: ["x"], alg: "RS256" }).sign(privateKey),
    );
  });

  it("a key jose refuses (1024 bits) is still refused by jose", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    await expect(signCompact(payload, { x5c: ["x"], alg: "RS256" }, privateKey)).rejects.toThrow(/2048/);
  });
});
