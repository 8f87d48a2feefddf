import { afterEach, describe, expect, it } from "vitest";
import { createAccessPointClient, type AccessPointClient } from "@innbyggerpost/access-point";
import {
  formOf,
  json,
  problem,
  startServer,
  type Answer,
  type ScriptedServer,
  type SeenRequest,
} from "./support/server.js";
import { letter } from "./support/fixtures.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A scripted access point that stores letters by id and answers statuses from what it stored. */
function accessPoint(
  onPost: (n: number, stored: Set<string>, id: string) => Answer | "store-then-hang" | "store-then-500" | "store",
) {
  const stored = new Set<string>();
  let posts = 0;
  return {
    stored,
    posts: () => posts,
    script: async (req: SeenRequest): Promise<Answer> => {
      const m = /\/messages\/out\/([^/]+)\/statuses$/.exec(req.path);
      if (m) return json(200, stored.has(m[1]!) ? [{ status: "OPPRETTET", timestamp: "2026-11-23T10:00:00" }] : []);
      if (req.method === "POST" && req.path.endsWith("/messages/out")) {
        posts++;
        const form = await formOf(req);
        const jws = String(form.get("forretningsmelding"));
        const id = JSON.parse(Buffer.from(jws.split(".")[1]!, "base64url").toString()).standardBusinessDocument
          .standardBusinessDocumentHeader.documentIdentification.instanceIdentifier as string;
        if (stored.has(id))
          return problem(400, {
            title: "Bad Request",
            status: "400",
            detail: `duplicate key value violates unique constraint "unique_message_uuid"`,
          });
        const what = onPost(posts, stored, id);
        if (typeof what !== "string" || what === "hang" || what === "reset") return what;
        stored.add(id);
        return what === "store-then-hang" ? "hang" : what === "store-then-500" ? { status: 500 } : { status: 201 };
      }
      return { status: 404 };
    },
  };
}

async function clientFor(script: (req: SeenRequest) => Promise<Answer>, timeoutMs = 2000): Promise<AccessPointClient> {
  server = await startServer(script);
  return createAccessPointClient({
    baseUrl: server.url,
    token: () => "tok",
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs,
  });
}
const cms = new Uint8Array([0x30, 0x80, 0, 1, 2, 3]);

describe("send", () => {
  it("posts multipart forretningsmelding + dokumentpakke (application/cms) with kanal", async () => {
    const ap = accessPoint(() => "store");
    const c = await clientFor(ap.script);
    const l = await letter();
    const r = await c.send({ jws: l.jws, cms, kanal: "kanal_1" });
    expect(r).toMatchObject({ ok: true, outcome: "sent", messageId: l.id, confirmedBy: "response", attempts: 1 });
    const post = server!.requests[0]!;
    expect(post.query.get("kanal")).toBe("kanal_1");
    expect(post.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(post);
    expect(form.get("forretningsmelding")).toBe(l.jws);
    const part = form.get("dokumentpakke") as File;
    expect(part.type).toBe("application/cms");
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([...cms]);
  });

  it("a first attempt that times out after the server stored it is not sent twice", async () => {
    const ap = accessPoint((n) => (n === 1 ? "store-then-hang" : "store"));
    const c = await clientFor(ap.script, 150);
    const l = await letter();
    const r = await c.send({ jws: l.jws, cms });
    expect(r).toMatchObject({ ok: true, outcome: "sent", confirmedBy: "statuses", attempts: 1 });
    expect(ap.posts()).toBe(1);
    expect(ap.stored.size).toBe(1);
  });

  it("a 500 after storing is confirmed by the statuses, not resent", async () => {
    const ap = accessPoint(() => "store-then-500");
    const c = await clientFor(ap.script);
    const r = await c.send({ jws: (await letter()).jws, cms });
    expect(r).toMatchObject({ ok: true, outcome: "sent", confirmedBy: "statuses" });
    expect(ap.posts()).toBe(1);
  });

  it("a reset before storing is resent (the access point does not have it) and then succeeds", async () => {
    const ap = accessPoint((n) => (n === 1 ? "reset" : "store"));
    const c = await clientFor(ap.script);
    const r = await c.send({ jws: (await letter()).jws, cms });
    expect(r).toMatchObject({ ok: true, outcome: "sent", confirmedBy: "response", attempts: 2 });
    expect(ap.posts()).toBe(2);
  });

  it("400 for an id the access point already has becomes already-sent", async () => {
    const ap = accessPoint(() => "store");
    const c = await clientFor(ap.script);
    const l = await letter();
    ap.stored.add(l.id);
    const r = await c.send({ jws: l.jws, cms });
    expect(r).toMatchObject({ ok: true, outcome: "already-sent", confirmedBy: "statuses", attempts: 1 });
    expect(r.ok && r.statuses[0]!.status).toBe("OPPRETTET");
  });

  it("a 400 for an id it does not have is rejected with the problem, not retried", async () => {
    const ap = accessPoint(() => problem(400, { title: "Bad Request", status: 400, detail: "invalid JWS" }));
    const c = await clientFor(ap.script);
    const r = await c.send({ jws: (await letter()).jws, cms });
    expect(r).toMatchObject({ ok: false, errors: [{ code: "rejected", httpStatus: 400, detail: "invalid JWS" }] });
    expect(ap.posts()).toBe(1);
  });

  it("403 is not retried", async () => {
    const ap = accessPoint(() => problem(403, { status: "403", title: "Forbidden" }));
    const c = await clientFor(ap.script);
    expect(await c.send({ jws: (await letter()).jws, cms })).toMatchObject({
      ok: false,
      errors: [{ code: "forbidden" }],
    });
    expect(ap.posts()).toBe(1);
  });

  it("5xx every time: retried up to the policy, failed only when the statuses show it is not there", async () => {
    const ap = accessPoint(() => ({ status: 503 }));
    const c = await clientFor(ap.script);
    const r = await c.send({ jws: (await letter()).jws, cms });
    expect(r).toMatchObject({ ok: false, attempts: 3, errors: [{ code: "server-error", httpStatus: 503 }] });
    expect(ap.posts()).toBe(3);
  });

  it("statuses unreadable after an unknown outcome: outcome-unknown, never resent blindly", async () => {
    let posts = 0;
    const c = await clientFor(async (req) => {
      if (req.method === "POST") posts++;
      return req.method === "POST" ? "reset" : { status: 502 };
    });
    const r = await c.send({ jws: (await letter()).jws, cms });
    expect(r.ok ? null : r.errors.map((e) => e.code)).toEqual(["outcome-unknown", "network-error", "server-error"]);
    expect(posts).toBe(1);
  });
});
