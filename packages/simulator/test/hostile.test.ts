import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Simulator } from "../src/index.js";
import { BOUNDARY, multipart, rawRequest, type RawAnswer } from "./raw.js";
import { issued, letter, pkiIn, send, sender, start, token, type Letter, type Sender } from "./support.js";

const LIMIT = 256 * 1024;
let sim: Simulator;
let who: Sender;
let bearer: string;
let strangerDir: string;

beforeAll(async () => {
  sim = await start({ maxBytes: LIMIT, bodyTimeoutMs: 1_500 });
  who = await sender(sim);
  bearer = await token(sim, who);
  strangerDir = await mkdtemp(join(tmpdir(), "sim-hostile-"));
});
afterAll(async () => {
  await sim.close();
  await rm(strangerDir, { recursive: true, force: true });
});

const headers = (auth = bearer) => ({
  authorization: `Bearer ${auth}`,
  "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
});
const parts = (l: Letter) => [
  { name: "forretningsmelding", content: l.jws },
  { name: "dokumentpakke", filename: "dokumentpakke.cms", type: "application/cms", content: l.cms },
];
const post = (body: Buffer, extra: Parameters<typeof rawRequest>[1] extends infer O ? Partial<O> : never = {}) =>
  rawRequest(sim.url, { method: "POST", path: "/messages/out", headers: headers(), body, ...extra });

function expectProblem(answer: RawAnswer | null, status: number, code: string, pointer?: string): void {
  expect(answer, "an answer").not.toBeNull();
  expect(answer!.status, answer!.body).toBe(status);
  expect(answer!.headers["content-type"]).toBe("application/problem+json");
  const problem = JSON.parse(answer!.body) as {
    status: number;
    type: string;
    errors: { pointer: string; code: string }[];
  };
  expect(problem.status).toBe(status);
  expect(problem.type).toBe(`urn:innbyggerpost:simulator:${code}`);
  if (pointer !== undefined) expect(problem.errors.map((e) => e.pointer)).toContain(pointer);
}

describe("hostile uploads each get their problem+json", () => {
  it("no bearer token: 401", async () => {
    const l = await letter(who, bearer);
    expectProblem(
      await rawRequest(sim.url, {
        method: "POST",
        path: "/messages/out",
        headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
        body: multipart(parts(l)),
      }),
      401,
      "missing-token",
      "/headers/authorization",
    );
  });
  it("a forged bearer token (not signed by the issuer): 401", async () => {
    const [h, p] = bearer.split(".");
    const forged = `${h}.${p}.${Buffer.from("not the signature").toString("base64url")}`;
    const l = await letter(who, bearer);
    expectProblem(
      await post(multipart(parts(l)), { headers: headers(forged) }),
      401,
      "invalid-token",
      "/headers/authorization",
    );
  });
  it("a token for another scope: 403", async () => {
    const other = await token(sim, who, { scope: "dpi:send" });
    const l = await letter(who, other);
    expectProblem(await post(multipart(parts(l)), { headers: headers(other) }), 403, "missing-scope");
  });
  it("wrong content type: 400", async () => {
    expectProblem(
      await post(Buffer.from("{}"), { headers: { ...headers(), "content-type": "application/json" } }),
      400,
      "wrong-content-type",
      "/content-type",
    );
  });
  it("a missing part: 400", async () => {
    const l = await letter(who, bearer);
    expectProblem(await post(multipart(parts(l).slice(0, 1))), 400, "missing-part", "/dokumentpakke");
  });
  it("two forretningsmelding parts: 400", async () => {
    const l = await letter(who, bearer);
    expectProblem(await post(multipart([parts(l)[0]!, ...parts(l)])), 400, "duplicate-part", "/forretningsmelding");
  });
  it("truncated multipart (no closing boundary): 400", async () => {
    const l = await letter(who, bearer);
    expectProblem(await post(multipart(parts(l), false)), 400, "malformed-multipart");
  });
  it("an over-limit body: 413, declared or not", async () => {
    const l = await letter(who, bearer, { cms: new Uint8Array(LIMIT + 1024) });
    expectProblem(await post(multipart(parts(l))), 413, "body-too-large");
    // Declared small, sent large: cut off while streaming.
    const big = multipart(parts(l));
    const answer = await rawRequest(sim.url, {
      method: "POST",
      path: "/messages/out",
      headers: { ...headers(), "transfer-encoding": "chunked" },
      body: Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from("\r\n0\r\n\r\n")]),
      declaredLength: undefined,
    });
    expect([413, 400]).toContain(answer?.status);
  });
  it("a declared 60 MB body is refused before it is read, at the default 50 MB limit", async () => {
    const big = await start();
    try {
      const me = await sender(big);
      const t = await token(big, me);
      const answer = await rawRequest(big.url, {
        method: "POST",
        path: "/messages/out",
        headers: headers(t),
        body: Buffer.alloc(1024),
        declaredLength: 60 * 1024 * 1024,
      });
      expectProblem(answer, 413, "body-too-large");
    } finally {
      await big.close();
    }
  });
  it("a JWS signed by a certificate from an unknown CA: 400 naming the x5c", async () => {
    const other = await pkiIn(strangerDir);
    const stranger = await issued(other.ca, who.orgnr);
    const l = await letter(stranger, bearer);
    expectProblem(await post(multipart(parts(l))), 400, "invalid-jws", "/forretningsmelding/header/x5c/0");
  });
  it("a package that is not the one fingerprinted: 400", async () => {
    const l = await letter(who, bearer);
    expectProblem(
      await post(multipart(parts({ ...l, cms: new Uint8Array(64) }))),
      400,
      "fingerprint-mismatch",
      "/forretningsmelding/payload/standardBusinessDocument/digital/dokumentpakkefingeravtrykk",
    );
  });
  it("a letter whose token names another consumer than the bearer: 403", async () => {
    const otherOrg = await sender(sim, "910076787");
    const otherToken = await token(sim, otherOrg);
    const l = await letter(who, otherToken);
    expectProblem(
      await post(multipart(parts(l))),
      403,
      "token-consumer-mismatch",
      "/forretningsmelding/payload/standardBusinessDocument/digital/maskinportentoken",
    );
  });
  it("a reused message id: 400", async () => {
    const l = await letter(who, bearer);
    expect((await send(sim, bearer, l)).status).toBe(201);
    expectProblem(await post(multipart(parts(l))), 400, "duplicate-message-id");
  });

  it("a body sent a byte at a time times out (408) while the server keeps serving others", async () => {
    const l = await letter(who, bearer);
    const slow = post(multipart(parts(l)), { chunkSize: 1, delayMs: 50 });
    // Meanwhile good letters and bad ones are answered.
    const good = await letter(who, bearer);
    expect((await send(sim, bearer, good)).status).toBe(201);
    const truncated = rawRequest(sim.url, {
      method: "POST",
      path: "/messages/out",
      headers: headers(),
      body: multipart(parts(await letter(who, bearer))).subarray(0, 300),
      declaredLength: 5_000,
      endEarly: true,
    });
    const second = await letter(who, bearer);
    expect((await send(sim, bearer, second)).status).toBe(201);
    expectProblem(await slow, 408, "body-timeout");
    await truncated;
    const third = await letter(who, bearer);
    expect((await send(sim, bearer, third)).status).toBe(201);
  });
});

describe("hostile uploads all at once, among good letters", () => {
  it("each gets its problem+json with its pointer; every good letter is accepted", { timeout: 60_000 }, async () => {
    const other = await pkiIn(strangerDir);
    const stranger = await issued(other.ca, who.orgnr);
    const otherScope = await token(sim, who, { scope: "dpi:send" });
    const sentBefore = await letter(who, bearer);
    expect((await send(sim, bearer, sentBefore)).status).toBe(201);
    const fresh = () => letter(who, bearer);
    const chunked = multipart(parts(await letter(who, bearer, { cms: new Uint8Array(4 * LIMIT) })));
    // The pointer each names (null: the body as a whole or the part it was in, whichever limit struck first).
    const hostile: [string, Promise<RawAnswer | null>, number, string, string | null][] = [
      ["truncated", post(multipart(parts(await fresh()), false)), 400, "malformed-multipart", "/dokumentpakke"],
      [
        "wrong type",
        post(Buffer.from("{}"), { headers: { ...headers(), "content-type": "application/json" } }),
        400,
        "wrong-content-type",
        "/content-type",
      ],
      ["missing part", post(multipart(parts(await fresh()).slice(0, 1))), 400, "missing-part", "/dokumentpakke"],
      [
        "two forretningsmelding",
        post(multipart([parts(await fresh())[0]!, ...parts(await fresh())])),
        400,
        "duplicate-part",
        "/forretningsmelding",
      ],
      [
        "60 MB declared",
        post(Buffer.alloc(1024), { declaredLength: 60 * 1024 * 1024 }),
        413,
        "body-too-large",
        "/content-length",
      ],
      [
        "over the limit, streamed",
        post(
          Buffer.concat([Buffer.from(`${chunked.length.toString(16)}\r\n`), chunked, Buffer.from("\r\n0\r\n\r\n")]),
          { headers: { ...headers(), "transfer-encoding": "chunked" }, declaredLength: -1 },
        ),
        413,
        "body-too-large",
        null,
      ],
      [
        "a byte at a time",
        post(multipart(parts(await fresh())), { chunkSize: 1, delayMs: 50 }),
        408,
        "body-timeout",
        "",
      ],
      [
        "unknown CA",
        post(multipart(parts(await letter(stranger, bearer)))),
        400,
        "invalid-jws",
        "/forretningsmelding/header/x5c/0",
      ],
      [
        "another scope",
        post(multipart(parts(await letter(who, otherScope))), { headers: headers(otherScope) }),
        403,
        "missing-scope",
        "/headers/authorization",
      ],
      [
        "reused id",
        post(multipart(parts(sentBefore))),
        400,
        "duplicate-message-id",
        "/forretningsmelding/payload/standardBusinessDocument/standardBusinessDocumentHeader" +
          "/documentIdentification/instanceIdentifier",
      ],
    ];
    const good = await Promise.all(Array.from({ length: 10 }, () => fresh()));
    const accepted = await Promise.all(good.map(async (l) => (await send(sim, bearer, l)).status));
    expect(accepted).toEqual(Array(10).fill(201));
    for (const [name, answer, status, code, pointer] of hostile) {
      const a = await answer;
      expect(a?.status, `${name}: ${a?.body}`).toBe(status);
      expectProblem(a, status, code, pointer ?? undefined);
      const errors = (JSON.parse(a!.body) as { errors: { pointer: unknown }[] }).errors;
      expect(errors.length, name).toBeGreaterThan(0);
      for (const e of errors) expect(typeof e.pointer, name).toBe("string");
    }
  });
});
