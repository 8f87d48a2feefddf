/**
 * checkFingerprint accepts only the canonical encoding of the right digest: standard base64, padded, with
 * zero spare bits. Buffer.from(x, "base64") decodes every one of the variants below to the same 32 bytes,
 * so only the canonical-text comparison refuses them.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFingerprint, computeFingerprint } from "../src/index.js";
import { repoRoot } from "../../../test/support/shared.js";

const example = JSON.parse(readFileSync(join(repoRoot, "schemas/examples/digital.json"), "utf8"));
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A package whose SHA-256 in base64 contains both '+' and '/', so its base64url spelling differs. */
function packageWithUrlUnsafeDigest(): Uint8Array {
  for (let i = 0; ; i++) {
    const bytes = new TextEncoder().encode(`package ${i}`);
    const b64 = createHash("sha256").update(bytes).digest("base64");
    if (b64.includes("+") && b64.includes("/")) return bytes;
  }
}

const pkg = packageWithUrlUnsafeDigest();
const canonical = createHash("sha256").update(pkg).digest("base64");
const letterWith = (digestValue: string) => {
  const m = structuredClone(example);
  m.standardBusinessDocument.digital.dokumentpakkefingeravtrykk.digestValue = digestValue;
  return m;
};
// 32 bytes are 43 base64 digits and one "="; the 43rd digit carries 2 bits that must be zero.
const last = canonical[42]!;
const spareBitsSet = `${canonical.slice(0, 42) + B64[B64.indexOf(last) | 1]}=`;

describe("checkFingerprint refuses non-canonical base64 of the right digest", () => {
  it("accepts the canonical digest computeFingerprint writes", () => {
    const computed = computeFingerprint(pkg);
    expect(computed.ok && computed.fingerprint.digestValue).toBe(canonical);
    expect(checkFingerprint({ message: letterWith(canonical), encryptedPackage: pkg }).ok).toBe(true);
  });

  it.each([
    ["unpadded", canonical.replace(/=+$/, "")],
    ["base64url", canonical.replace(/\+/g, "-").replace(/\//g, "_")],
    ["base64url, unpadded", canonical.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")],
    ["non-zero spare bits", spareBitsSet],
  ])("%s: refused as digest-mismatch at digestValue, though it decodes to the same bytes", (_name, variant) => {
    expect(variant).not.toBe(canonical);
    expect(Buffer.from(variant, "base64").equals(Buffer.from(canonical, "base64"))).toBe(true);
    const r = checkFingerprint({ message: letterWith(variant), encryptedPackage: pkg });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        expect.objectContaining({
          code: "digest-mismatch",
          pointer: "/message/standardBusinessDocument/digital/dokumentpakkefingeravtrykk/digestValue",
        }),
      ]);
    }
  });
});
