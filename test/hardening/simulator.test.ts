import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrivateKey, X509Certificate } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkOptions,
  defaultScenarioTable,
  issueCertificate,
  issuedBy,
  loadPki,
  parseScenarioTable,
  planAnswers,
  recipientKey,
  scenarioTableMarkdown,
  startSimulator,
  TokenIssuer,
  type Pki,
} from "@innbyggerpost/simulator";
import { hostileValues } from "./hostile.js";

// The simulator's exports keep the promise (issue 12): typed errors with pointers, each field read once,
// fresh copies (never the caller's object), bounded work; the generic sweep (sweep.test.ts) covers them too.

let dir = "";
let pki: Pki;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "harden-simulator-"));
  const loaded = await loadPki(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  pki = loaded.pki;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A Proxy over `target` counting reads of each property. */
function counting<T extends object>(target: T): { proxy: T; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string") reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(t, key, receiver);
    },
  });
  return { proxy, reads };
}

const codes = (r: { ok: boolean; errors?: readonly { pointer: string; code: string }[] }) =>
  r.ok ? [] : (r.errors ?? []).map((e) => `${e.code} ${e.pointer}`);

describe("simulator entry checks", () => {
  it("checkOptions reads each option once, refuses unknown ones and copies its lists", () => {
    const trust: string[] = [];
    const { proxy, reads } = counting({ port: 0, speed: 2, trust, grantableScopes: ["a"] });
    const r = checkOptions(proxy);
    expect(r.ok).toBe(true);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    trust.push("later");
    expect(r.ok && r.options.trust).toEqual([]);
    expect(r.ok && r.options.trust).not.toBe(trust);
    expect(codes(checkOptions({ stateDIr: "/tmp/x" }))).toEqual(["bad-option /stateDIr"]);
    expect(codes(checkOptions({ trust: hostileValues["sparse array 2^32-1"]!() }))).toEqual(["bad-option /trust"]);
    expect(codes(checkOptions(hostileValues["throwing getters"]!()))[0]).toMatch(/^bad-option/);
    expect(codes(checkOptions({ bodyTimeoutMs: 2 ** 31 }))).toEqual(["bad-option /bodyTimeoutMs"]);
  });

  it("checkOptions: a throwing log cannot throw into the server", () => {
    const r = checkOptions({
      log: () => {
        throw new Error("log");
      },
    });
    expect(r.ok && (() => r.options.log({}))).not.toThrow();
  });

  it("parseScenarioTable returns a fresh table, reads each field once, names an unreadable one", () => {
    const table = structuredClone(defaultScenarioTable()) as unknown as Record<string, unknown>;
    const recipient = { description: "d", opened: false };
    (table.recipients as Record<string, unknown>)["x#1"] = recipient;
    const { proxy, reads } = counting(recipient);
    (table.recipients as Record<string, unknown>)["x#1"] = proxy;
    const r = parseScenarioTable(table);
    expect(r.ok).toBe(true);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    recipient.opened = true;
    expect(r.ok && r.table.recipients["x#1"]?.opened).toBe(false);
    expect(r.ok && r.table).not.toBe(table);
    const hostile = { ...table, defaults: hostileValues["throwing getters"]!() };
    expect(codes(parseScenarioTable(hostile))[0]).toMatch(/^bad-scenario \/defaults/);
    // A recipient called "constructor" is a recipient, not Object's constructor.
    const own = parseScenarioTable(JSON.parse(JSON.stringify({ ...table, recipients: {} })));
    expect(own.ok && own.table.recipients.constructor).toBeUndefined();
  });

  it("recipientKey reads each field once and never throws", () => {
    let n = 0;
    const liar = {
      get postkasseadresse() {
        return n++ === 0 ? "first#1" : { not: "a string" };
      },
    };
    expect(recipientKey("digital", { mottaker: liar })).toBe("first#1");
    expect(recipientKey("digital", hostileValues["throwing proxy"]!() as Record<string, unknown>)).toBeNull();
  });

  it("planAnswers and scenarioTableMarkdown return results; a wrong argument names its pointer", () => {
    const table = defaultScenarioTable();
    const plan = planAnswers("digital", { aapningskvittering: true }, table.defaults.digital, table.timings);
    expect(plan.ok && plan.answers.map((a) => a.type)).toEqual(["leveringskvittering", "aapningskvittering"]);
    expect(codes(planAnswers("brev", {}, table.defaults.digital, table.timings))).toEqual(["bad-input /type"]);
    expect(codes(planAnswers("digital", {}, { description: 1 }, table.timings))).toEqual([
      "bad-scenario /scenario/description",
    ]);
    expect(codes(planAnswers("digital", { varsler: hostileValues["throwing proxy"]!() }, {}, {}))[0]).toBe(
      "bad-input /payload/varsler/epostvarsel",
    );
    expect(codes(scenarioTableMarkdown(hostileValues["revoked proxy"]!() as never))[0]).toMatch(/^bad-scenario/);
  });

  it("issueCertificate checks every argument before it makes a key; a DN-injecting name is refused", async () => {
    const sparse = hostileValues["sparse array 2^32-1"]!();
    expect(codes(await issueCertificate(pki.ca, sparse as never))).toEqual(["bad-option /organisationNumber"]);
    expect(codes(await issueCertificate(pki.ca, "991825828"))).toEqual(["bad-option /organisationNumber"]);
    expect(codes(await issueCertificate({ ...pki.ca, privateKey: pki.postbox.privateKey }, "991825827"))).toEqual([
      "bad-option /ca/privateKey",
    ]);
    expect(codes(await issueCertificate(pki.postbox, "991825827"))).toEqual(["bad-option /ca/certificate"]);
    expect(codes(await issueCertificate(pki.ca, "991825827", "x, CN=evil"))).toEqual(["bad-option /name"]);
    expect(codes(await loadPki(sparse as never))).toEqual(["bad-option /dir"]);
    const ok = await issueCertificate(pki.ca, "991 825 827");
    expect(ok.ok && new X509Certificate(ok.certificate).subject).toContain("NTRNO-991825827");
  });

  // Node 20's recursive mkdir never settles under /proc: the state folder is made one level at a time.
  it.skipIf(!existsSync("/proc/self"))("a state folder that cannot be made is a failure, not a hang", async () => {
    expect(codes(await loadPki("/proc/innbyggerpost-no/such"))).toEqual(["pki-unavailable /dir"]);
    const started = await startSimulator({ stateDir: "/proc/innbyggerpost-no" });
    expect(started.ok).toBe(false);
  });

  it("issuedBy: any doubt refuses (not a certificate, an invalid or lying now, a CA not valid then)", () => {
    const ca = new X509Certificate(pki.ca.certificate);
    const cert = new X509Certificate(pki.postbox.certificate);
    expect(issuedBy(cert, ca)).toBe(true);
    expect(issuedBy(cert, ca, new Date(Number.NaN))).toBe(false);
    // A Date whose own getTime lies: its time value is read, not the lie.
    const lying = Object.assign(new Date(), { getTime: () => 0 });
    expect(issuedBy(cert, ca, lying)).toBe(true);
    expect(issuedBy(cert, ca, "2030-01-01" as unknown as Date)).toBe(false);
    expect(issuedBy(hostileValues["throwing proxy"]!() as X509Certificate, ca)).toBe(false);
    // The CA is valid ten years, the certificate two: in year five the CA is fine and the certificate is not.
    expect(issuedBy(cert, ca, new Date(Date.now() + 5 * 365 * 86_400_000))).toBe(false);
  });

  it("TokenIssuer.create returns a result, the constructor throws as documented, methods never throw", async () => {
    const options = {
      issuer: "http://127.0.0.1/maskinporten/",
      signer: pki.token,
      trusts: () => {
        throw new Error("trust callback");
      },
      grantable: ["digitalpostinnbygger:send"],
      remember: () => true,
    };
    expect(
      codes(TokenIssuer.create({ ...options, grantable: hostileValues["sparse array 2^32-1"]!() } as never)),
    ).toEqual(["bad-option /grantable"]);
    expect(codes(TokenIssuer.create(hostileValues["throwing getters"]!() as never))[0]).toMatch(/^bad-option/);
    expect(() => new TokenIssuer({ ...options, signer: { privateKey: "x", certificate: "y" } })).toThrow(TypeError);
    const created = TokenIssuer.create(options);
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const issuer = created.issuer;
    for (const make of Object.values(hostileValues)) {
      await expect(issuer.grant(make() as URLSearchParams)).resolves.toMatchObject({ ok: false });
      await expect(issuer.bearer(make() as string)).resolves.toMatchObject({ ok: false });
      await expect(issuer.issuedHere(make())).resolves.toBeNull();
    }
    // A well-formed grant whose trust callback throws is refused, not thrown.
    const x5c = [new X509Certificate(pki.postbox.certificate).raw.toString("base64")];
    const assertion = await new SignJWT({ scope: "digitalpostinnbygger:send" })
      .setProtectedHeader({ alg: "RS256", x5c })
      .setIssuer("client")
      .setAudience(issuer.issuer)
      .setIssuedAt()
      .setExpirationTime("60s")
      .setJti("jti-1")
      .sign(createPrivateKey(pki.postbox.privateKey));
    const form = new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion });
    await expect(issuer.grant(form)).resolves.toMatchObject({ ok: false, error: "invalid_grant" });
  });
});
