import { type KeyObject, sign } from "node:crypto";
import { CompactSign } from "jose";

const RSA_PKCS1_HASH: Readonly<Record<string, string>> = { RS256: "sha256", RS512: "sha512" };

/**
 * @internal A compact JWS over `payload` with the protected header `header` (written as JSON.stringify writes
 * it, as jose does). RS256/RS512 with an RSA key of at least 2048 bits are signed with node:crypto's one-shot
 * sign: RSASSA-PKCS1-v1_5 is deterministic, so the result is byte for byte what jose's CompactSign gives, by the
 * same OpenSSL, without WebCrypto's key import, thread-pool round trip and argument conversions (a quarter of
 * a receipt's signing time). Every other key goes to jose, which signs or refuses it (its errors are thrown).
 */
export async function signCompact(
  payload: Uint8Array,
  header: { readonly x5c: readonly string[]; readonly alg: "RS256" | "RS512" },
  key: KeyObject,
): Promise<string> {
  const hash = RSA_PKCS1_HASH[header.alg]!;
  if (key.asymmetricKeyType === "rsa" && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048) {
    const input =
      `${Buffer.from(JSON.stringify(header), "utf8").toString("base64url")}.` +
      Buffer.from(payload.buffer, payload.byteOffset, payload.length).toString("base64url");
    return `${input}.${sign(hash, Buffer.from(input, "latin1"), key).toString("base64url")}`;
  }
  return new CompactSign(payload).setProtectedHeader({ ...header, x5c: [...header.x5c] }).sign(key);
}
