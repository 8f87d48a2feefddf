import { afterEach, describe, expect, it } from "vitest";
import { createAccessPointClient, type AccessPointClient } from "@innbyggerpost/access-point";
import { json, problem, startServer, type Answer, type ScriptedServer, type SeenRequest } from "./support/server.js";
import { receipt } from "./support/fixtures.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
async function clientFor(
  script: (req: SeenRequest, n: number) => Answer | Promise<Answer>,
  extra = {},
): Promise<AccessPointClient> {
  server = await startServer(script);
  return createAccessPointClient({
    baseUrl: `${server.url}/api/v2/dpi/`,
    token: () => "tok-1",
    retry: fast,
    timeoutMs: 2000,
    ...extra,
  });
}
const ID = "3f9a2f7e-5b1c-4d2e-9f00-0123456789ab";

describe("statuses", () => {
  it("reads statuses leniently: offsets or none, unknown statuses as ANNET with the raw value", async () => {
    const c = await clientFor(() =>
      json(200, [
        { status: "OPPRETTET", timestamp: "2022-03-30T09:20:59" },
        { status: "SENDT", timestamp: "2022-03-30T09:21:00+01:00", beskrivelse: "" },
        { status: "FEILET", timestamp: "2022-01-10T08:00:00Z", beskrivelse: "oops" },
        { status: "VIDERESENDT", timestamp: "2022-03-30T10:00:00.123+0200" },
      ]),
    );
    const r = await c.statuses(ID);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(server!.requests[0]).toMatchObject({ method: "GET", path: `/api/v2/dpi/messages/out/${ID}/statuses` });
    expect(server!.requests[0]!.headers.authorization).toBe("Bearer tok-1");
    expect(r.statuses.map((s) => [s.status, s.timestamp])).toEqual([
      ["OPPRETTET", "2022-03-30T09:20:59+02:00"], // Oslo summer time
      ["SENDT", "2022-03-30T09:21:00+01:00"],
      ["FEILET", "2022-01-10T08:00:00Z"],
      ["ANNET", "2022-03-30T10:00:00.123+02:00"],
    ]);
    expect(r.statuses.map((s) => s.mapped.status)).toEqual(["SENDT", "MOTTATT", "FEIL", "ANNET"]);
    expect(r.statuses[3]!.rawStatus).toBe("VIDERESENDT");
    expect(r.statuses[2]!.beskrivelse).toBe("oops");
    expect(r.found).toBe(true);
  });

  it("an unknown id: an empty list or 404 is found: false", async () => {
    let c = await clientFor(() => json(200, []));
    expect(await c.statuses(ID)).toMatchObject({ ok: true, found: false, statuses: [] });
    await server!.close();
    c = await clientFor(() => problem(404, { title: "Not Found", status: 404 }));
    expect(await c.statuses(ID)).toMatchObject({ ok: true, found: false });
  });

  it("a 200 that is not a JSON array is bad-response", async () => {
    const c = await clientFor(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>login</html>",
    }));
    const r = await c.statuses(ID);
    expect(r.ok ? null : r.errors[0]!.code).toBe("bad-response");
  });
});

describe("error shapes", () => {
  const cases: [string, Answer, string, number, string | null][] = [
    [
      "problem+json with status as a string",
      problem(403, { title: "Forbidden", status: "403", detail: "missing scope", type: "" }),
      "forbidden",
      403,
      "missing scope",
    ],
    [
      "problem+json with an integer status",
      problem(401, { title: "Unauthorized", status: 401 }),
      "unauthenticated",
      401,
      "Unauthorized",
    ],
    [
      "an HTML page",
      {
        status: 403,
        headers: { "content-type": "text/html" },
        body: "<html><body><h1>403 Forbidden</h1><p>nginx</p></body></html>",
      },
      "forbidden",
      403,
      "403 Forbidden nginx",
    ],
    ["an empty body", { status: 401 }, "unauthenticated", 401, null],
    ["plain JSON without problem type", json(418, { detail: "teapot" }), "http-error", 418, "teapot"],
  ];
  it.each(cases)("%s becomes a typed failure with status and detail", async (_name, answer, code, status, detail) => {
    const c = await clientFor(() => answer);
    const r = await c.incoming();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code, httpStatus: status, detail, retryable: false });
    expect(server!.requests).toHaveLength(1); // 4xx is never retried
  });

  it("problem fields are read leniently (string status as a number, empty strings as absent)", async () => {
    const c = await clientFor(() => problem(400, { type: "", title: "Bad Request", status: "400", detail: "" }));
    const r = await c.markRead(ID);
    expect(r.ok ? null : r.errors[0]!.problem).toMatchObject({
      type: null,
      title: "Bad Request",
      status: 400,
      detail: null,
    });
  });

  it("5xx is retried with backoff and then reported", async () => {
    const c = await clientFor(() => ({
      status: 503,
      headers: { "content-type": "text/html" },
      body: "<h1>Service Unavailable</h1>",
    }));
    const r = await c.download(ID);
    expect(r).toMatchObject({ ok: false, attempts: 3 });
    expect(r.ok ? null : r.errors[0]).toMatchObject({
      code: "server-error",
      httpStatus: 503,
      retryable: true,
      detail: "Service Unavailable",
    });
    expect(server!.requests).toHaveLength(3);
  });

  it("5xx then 200 succeeds on the retry", async () => {
    const c = await clientFor((_req, n) => (n === 1 ? { status: 502 } : json(200, [])));
    expect(await c.statuses(ID)).toMatchObject({ ok: true, attempts: 2 });
  });

  it("a reset connection is a network error, retried", async () => {
    const c = await clientFor((_req, n) => (n < 3 ? "reset" : json(200, [])));
    expect(await c.statuses(ID)).toMatchObject({ ok: true, attempts: 3 });
  });

  it("a hanging server times out; the caller's signal aborts", async () => {
    let c = await clientFor(() => "hang", { timeoutMs: 50, retry: { attempts: 1 } });
    const r = await c.statuses(ID);
    expect(r.ok ? null : r.errors[0]!.code).toBe("timeout");
    await server!.close();
    c = await clientFor(() => "hang", { timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = c.incoming({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const a = await pending;
    expect(a.ok ? null : a.errors[0]!.code).toBe("aborted");
  });

  it("a failing token source is token-failed; nothing is sent", async () => {
    server = await startServer(() => json(200, []));
    const c = createAccessPointClient({ baseUrl: server.url, token: () => Promise.reject(new Error("no key")) });
    const r = await c.statuses(ID);
    expect(r.ok ? null : r.errors[0]).toMatchObject({ code: "token-failed", pointer: "/token" });
    expect(server.requests).toHaveLength(0);
  });

  it("bad options and bad input are typed failures, never throws", async () => {
    const bad = createAccessPointClient({ baseUrl: "not a url", token: () => "t" });
    expect(await bad.statuses(ID)).toMatchObject({ ok: false, errors: [{ code: "bad-option", pointer: "/baseUrl" }] });
    const c = createAccessPointClient({ baseUrl: "http://127.0.0.1:1", token: () => "t", retry: { attempts: 0 } });
    expect(await c.statuses(ID)).toMatchObject({
      ok: false,
      errors: [{ code: "bad-option", pointer: "/retry/attempts" }],
    });
    const ok = createAccessPointClient({ baseUrl: "http://127.0.0.1:1", token: () => "t" });
    expect(await ok.download("../x")).toMatchObject({ ok: false, errors: [{ code: "bad-input", pointer: "/id" }] });
    expect(await ok.incoming({ kanal: "æøå" })).toMatchObject({
      ok: false,
      errors: [{ code: "bad-input", pointer: "/kanal" }],
    });
    expect(await ok.send({ jws: "x", cms: new Uint8Array(1) })).toMatchObject({
      ok: false,
      errors: [{ code: "bad-input", pointer: "/jws" }],
    });
  });
});

describe("incoming, download, markRead", () => {
  it("lists a page with the query as the API names it; 204 is none", async () => {
    const r1 = await receipt();
    const c = await clientFor((req) =>
      req.query.get("page") === "0"
        ? json(200, [{ forretningsmelding: r1.jws, downloadurl: `http://x/messages/in/${r1.id}` }, { nope: 1 }])
        : { status: 204 },
    );
    const r = await c.incoming({ kanal: "min_kanal", avsenderidentifikator: "avd-1", page: 0, pageSize: 10 });
    expect(Object.fromEntries(server!.requests[0]!.query)).toEqual({
      kanal: "min_kanal",
      avsenderidentifikator: "avd-1",
      page: "0",
      page_size: "10",
    });
    expect(r).toMatchObject({
      ok: true,
      none: false,
      messages: [{ id: r1.id, forretningsmelding: r1.jws }],
      invalid: [{ index: 1, value: { nope: 1 } }],
    });
    expect(await c.incoming({ page: 1 })).toMatchObject({ ok: true, none: true, messages: [] });
  });

  it("downloads bytes and marks read", async () => {
    const bytes = new Uint8Array([0x30, 0x80, 1, 2, 3]);
    const c = await clientFor((req) =>
      req.method === "GET"
        ? { status: 200, headers: { "content-type": "application/cms" }, body: bytes }
        : { status: 200 },
    );
    const d = await c.download(ID);
    expect(d.ok && [...d.bytes]).toEqual([...bytes]);
    expect(await c.markRead(ID)).toMatchObject({ ok: true, outcome: "marked" });
    expect(server!.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v2/dpi/messages/in/${ID}`,
      `POST /api/v2/dpi/messages/in/${ID}/read`,
    ]);
  });

  it("download and markRead of an unknown id: not-found with the problem's detail", async () => {
    const c = await clientFor(() => problem(404, { title: "Not Found", status: 404, detail: "Ugyldig id" }));
    expect(await c.download(ID)).toMatchObject({
      ok: false,
      errors: [{ code: "not-found", httpStatus: 404, detail: "Ugyldig id" }],
    });
    expect(await c.markRead(ID)).toMatchObject({ ok: false, errors: [{ code: "not-found" }] });
  });

  it("markRead whose first answer was lost and whose retry finds it gone is already-gone", async () => {
    const c = await clientFor((_req, n) => (n === 1 ? "reset" : problem(404, { status: 404 })));
    expect(await c.markRead(ID)).toMatchObject({ ok: true, outcome: "already-gone", attempts: 2 });
  });
});

describe("backoffDelay", () => {
  it("doubles from the base, is capped, and jitters within [half, full] of the step", async () => {
    const { backoffDelay } = await import("@innbyggerpost/access-point");
    const policy = (r: number) => ({ attempts: 9, baseDelayMs: 100, maxDelayMs: 1000, random: () => r });
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(policy(0.999999), n))).toEqual(
      [100, 200, 400, 800, 1000, 1000].map((x) => expect.closeTo(x, 0)),
    );
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy(0), n))).toEqual([50, 100, 200, 400, 500]);
    expect(backoffDelay(policy(0), 1, 5000)).toBe(1000); // Retry-After is honoured up to the cap
  });
});
