import { X509Certificate } from "node:crypto";
import { decodeProtectedHeader, importX509, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import {
  createAccessPointClient,
  DPI_SCOPE,
  JWT_BEARER_GRANT,
  maskinportenTokenSource,
} from "@innbyggerpost/access-point";
import { json, startServer, type Answer, type ScriptedServer, type SeenRequest } from "./support/server.js";
import { signers } from "./support/fixtures.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const AUD = "https://test.maskinporten.no/";

async function tokenEndpoint(
  answer: (req: SeenRequest, n: number) => Answer = (_r, n) =>
    json(200, { access_token: `at-${n}`, token_type: "Bearer", expires_in: 120, scope: DPI_SCOPE }),
) {
  server = await startServer(answer);
  const { sender } = await signers;
  return {
    tokenUrl: `${server.url}/token`,
    audience: AUD,
    clientId: "client-1",
    privateKey: sender.privateKeyPem,
    certificate: sender.certificatePem,
  };
}

describe("maskinportenTokenSource", () => {
  it("posts the JWT-bearer grant with an RS256 assertion (x5c; aud, iss, scope, iat, exp ≤ 120 s, jti)", async () => {
    const options = await tokenEndpoint();
    const source = maskinportenTokenSource(options);
    expect(await source()).toBe("at-1");
    const req = server!.requests[0]!;
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = new URLSearchParams(req.body.toString());
    expect(form.get("grant_type")).toBe(JWT_BEARER_GRANT);
    const assertion = form.get("assertion")!;
    const header = decodeProtectedHeader(assertion);
    expect(header.alg).toBe("RS256");
    const { sender } = await signers;
    expect(new X509Certificate(Buffer.from(header.x5c![0]!, "base64")).fingerprint256).toBe(
      sender.certificate.fingerprint256,
    );
    const { payload } = await jwtVerify(assertion, await importX509(sender.certificatePem, "RS256"), {
      audience: AUD,
      issuer: "client-1",
    });
    expect(payload.scope).toBe(DPI_SCOPE);
    expect(typeof payload.jti).toBe("string");
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(120);
    expect(payload.exp! - payload.iat!).toBeGreaterThan(0);
  });

  it("caches the token and refreshes it before it expires; concurrent calls share one request", async () => {
    let now = 1_800_000_000_000;
    const options = await tokenEndpoint();
    const source = maskinportenTokenSource({ ...options, now: () => now, refreshBeforeSeconds: 30 });
    expect(await Promise.all([source(), source()])).toEqual(["at-1", "at-1"]);
    now += 60_000;
    expect(await source()).toBe("at-1");
    now += 31_000; // 120 s token, 30 s early: refresh
    expect(await source()).toBe("at-2");
    expect(server!.requests).toHaveLength(2);
  });

  it("an OAuth error answer is token-failed with the error; the client sends nothing", async () => {
    const options = await tokenEndpoint(() =>
      json(400, { error: "invalid_grant", error_description: "Invalid assertion" }),
    );
    const source = maskinportenTokenSource(options);
    expect(await source.result()).toMatchObject({
      ok: false,
      errors: [{ code: "token-failed", httpStatus: 400, detail: "invalid_grant: Invalid assertion" }],
    });
    const client = createAccessPointClient({ baseUrl: "http://127.0.0.1:9", token: source });
    const r = await client.statuses("3f9a2f7e-5b1c-4d2e-9f00-0123456789ab");
    expect(r.ok ? null : r.errors[0]!.message).toMatch(/invalid_grant: Invalid assertion/);
  });

  it("bad options are reported by result() and never thrown", async () => {
    const source = maskinportenTokenSource({
      tokenUrl: "x",
      audience: AUD,
      clientId: "c",
      privateKey: "",
      certificate: "",
    });
    expect(await source.result()).toMatchObject({ ok: false, errors: [{ code: "bad-option", pointer: "/tokenUrl" }] });
    const { sender } = await signers;
    const noKey = maskinportenTokenSource({
      tokenUrl: "https://x/token",
      audience: AUD,
      clientId: "c",
      privateKey: "nope",
      certificate: sender.certificatePem,
    });
    expect(await noKey.result()).toMatchObject({ ok: false, errors: [{ pointer: "/privateKey" }] });
  });
});
