import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID, X509Certificate } from "node:crypto";
import { decodeTokenClaims, organisationNumberOfCertificate } from "@innbyggerpost/runtime";
import type { Simulator } from "../src/index.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { grant, issued, pkiIn, requestToken, sender, start, token, type Sender } from "./support.js";

let sim: Simulator;
let who: Sender;
let strangerDir: string;
let stranger: Sender;

beforeAll(async () => {
  sim = await start();
  who = await sender(sim, "991825827");
  strangerDir = await mkdtemp(join(tmpdir(), "sim-stranger-"));
  const otherCa = await pkiIn(strangerDir);
  stranger = await issued(otherCa.ca, "991825827");
});
afterAll(async () => {
  await sim.close();
  await rm(strangerDir, { recursive: true, force: true });
});

describe("the test PKI", () => {
  it("puts the organisation number where the runtime reads it", () => {
    expect(organisationNumberOfCertificate(new X509Certificate(who.certificate))).toBe("991825827");
    expect(organisationNumberOfCertificate(new X509Certificate(sim.pki.postbox.certificate))).toBe("984661185");
  });
});

describe("the token endpoint", () => {
  it("answers a good grant with a Bearer token naming the consumer", async () => {
    const r = await requestToken(sim, await grant(sim, who));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: "Bearer", expires_in: 120, scope: "digitalpostinnbygger:send" });
    const claims = decodeTokenClaims(r.body.access_token);
    expect(claims.ok && claims.claims).toMatchObject({
      iss: sim.issuer,
      scope: "digitalpostinnbygger:send",
      client_id: "test-client",
      client_amr: "virksomhetssertifikat",
      consumer: { authority: "iso6523-actorid-upis", ID: "0192:991825827" },
    });
  });

  it("names the supplier when a databehandler asks on behalf of a consumer (consumer_org)", async () => {
    const r = await requestToken(sim, await grant(sim, who, { consumer_org: "910076787" }));
    const claims = decodeTokenClaims(r.body.access_token);
    expect(claims.ok && claims.claims).toMatchObject({
      consumer: { ID: "0192:910076787" },
      supplier: { ID: "0192:991825827" },
    });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => Promise<string>, string][] = [
    ["an expired grant", () => grant(sim, who, { iat: now() - 300, exp: now() - 200 }), "invalid_grant"],
    ["a grant living longer than 120 s", () => grant(sim, who, { exp: now() + 600 }), "invalid_grant"],
    ["a grant for another audience", () => grant(sim, who, { aud: "https://maskinporten.no/" }), "invalid_grant"],
    ["a grant without jti", () => grant(sim, who, { jti: undefined }), "invalid_grant"],
    ["a wrongly signed grant", () => grant(sim, who, {}, stranger.privateKey), "invalid_grant"],
    ["a grant from an unknown CA", () => grant(sim, stranger), "invalid_grant"],
    ["a grant for a scope not granted", () => grant(sim, who, { scope: "altinn:everything" }), "invalid_scope"],
  ];
  for (const [name, make, error] of cases) {
    it(`refuses ${name} with ${error}`, async () => {
      const r = await requestToken(sim, await make());
      expect(r.status).toBe(400);
      expect(r.body.error).toBe(error);
    });
  }

  it("refuses a replayed jti", async () => {
    const jti = randomUUID();
    expect((await requestToken(sim, await grant(sim, who, { jti }))).status).toBe(200);
    const again = await requestToken(sim, await grant(sim, who, { jti }));
    expect(again).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("trusts a certificate given with --trust (trust option) besides its CA", async () => {
    const trusting = await start({ trust: [stranger.certificate] });
    try {
      expect((await requestToken(trusting, await grant(trusting, stranger))).status).toBe(200);
    } finally {
      await trusting.close();
    }
  });

  it("refuses another grant type", async () => {
    const res = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe("unsupported_grant_type");
  });
});

describe("bearer tokens", () => {
  it("a token verified once (and remembered) is refused once it expires", async () => {
    const bearer = await token(sim, who);
    const list = () => fetch(`${sim.url}/messages/in`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await list()).status).toBe(204);
    expect((await list()).status).toBe(204);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 200_000 });
    try {
      const res = await list();
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe("expired-token");
    } finally {
      vi.useRealTimers();
    }
    expect((await list()).status).toBe(204);
  });
});
