import { afterEach, describe, expect, it } from "vitest";
import { createAccessPointClient, followReceipts, type FollowedReceipt } from "@innbyggerpost/access-point";
import { reduceStatus, type StatusEvent } from "@innbyggerpost/runtime";
import { json, startServer, type ScriptedServer } from "./support/server.js";
import { receipt, signers } from "./support/fixtures.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Item = { id: string; jws: string };

/** An access point holding unread receipts; pages of `pageSize`, 204 when a page is empty; /read removes one. */
async function inbox(items: Item[], options: { failRead?: (id: string) => boolean } = {}) {
  const unread = [...items];
  const reads: string[] = [];
  server = await startServer((req) => {
    if (req.method === "GET" && req.path === "/messages/in") {
      const size = Number(req.query.get("page_size") ?? 100);
      const page = Number(req.query.get("page") ?? 0);
      const slice = unread.slice(page * size, page * size + size);
      return slice.length
        ? json(
            200,
            slice.map((i) => ({ forretningsmelding: i.jws, downloadurl: `${server!.url}/messages/in/${i.id}` })),
          )
        : { status: 204 };
    }
    const m = /^\/messages\/in\/([^/]+)\/read$/.exec(req.path);
    if (req.method === "POST" && m) {
      if (options.failRead?.(m[1]!)) return "reset";
      reads.push(m[1]!);
      const i = unread.findIndex((x) => x.id === m[1]);
      if (i < 0) return { status: 404 };
      unread.splice(i, 1);
      return { status: 200 };
    }
    return { status: 404 };
  });
  const client = createAccessPointClient({
    baseUrl: server.url,
    token: () => "tok",
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
  });
  return { client, unread, reads };
}

const trust = async () => ({ certificates: (await signers).postbox.certificatePem });

describe("followReceipts", () => {
  it("pages through all pages, verifies, hands over and marks read after the handler resolved", async () => {
    const items = await Promise.all([1, 2, 3, 4, 5].map(() => receipt()));
    const { client, unread, reads } = await inbox(items);
    const order: string[] = [];
    const r = await followReceipts({
      client,
      trust: await trust(),
      pageSize: 2,
      handler: async (rc) => {
        await new Promise((res) => setTimeout(res, 1));
        expect(reads).not.toContain(rc.id); // not marked before the handler resolved
        order.push(rc.id);
        expect(rc.status.status).toBe("LEVERT");
      },
    });
    expect(r.ok).toBe(true);
    expect(order).toEqual(items.map((i) => i.id));
    expect(reads).toEqual(items.map((i) => i.id));
    expect(unread).toEqual([]);
  });

  it("a throwing handler quarantines that receipt only; it is not marked read", async () => {
    const items = await Promise.all([1, 2, 3].map(() => receipt()));
    const { client, reads } = await inbox(items);
    const handled: string[] = [];
    const r = await followReceipts({
      client,
      trust: await trust(),
      handler: (rc) => {
        if (rc.id === items[1]!.id) throw new Error("database down");
        handled.push(rc.id);
      },
    });
    expect(handled).toEqual([items[0]!.id, items[2]!.id]);
    expect(reads).toEqual([items[0]!.id, items[2]!.id]);
    const q = r.ok ? r.reports.filter((x) => x.outcome === "quarantined") : [];
    expect(q).toMatchObject([
      { reason: "handler-failed", id: items[1]!.id, errors: [{ message: "the handler failed: database down" }] },
    ]);
  });

  it("a page with one forged receipt among valid ones: it is quarantined, the others go through", async () => {
    const good1 = await receipt();
    const forged = await receipt({ by: "forger" });
    const good2 = await receipt();
    const tampered = await receipt();
    const parts = tampered.jws.split(".");
    const bad = { id: tampered.id, jws: `${parts[0]}.${parts[1]!.slice(0, -4)}AAAA.${parts[2]}` };
    const { client, reads } = await inbox([good1, forged, good2, bad]);
    const handled: string[] = [];
    const r = await followReceipts({ client, trust: await trust(), handler: (rc) => void handled.push(rc.id) });
    expect(handled).toEqual([good1.id, good2.id]);
    expect(reads).toEqual([good1.id, good2.id]);
    const q = r.ok ? r.reports.filter((x) => x.outcome === "quarantined") : [];
    expect(q.map((x) => [x.id, x.outcome === "quarantined" && x.reason, x.errors[0]!.code])).toEqual([
      [forged.id, "invalid-receipt", "untrusted-certificate"],
      [bad.id, "invalid-receipt", expect.stringMatching(/bad-signature|malformed-payload/)],
    ]);
  });

  it("killed between handing over and mark-read: the receipt comes again, the reducer keeps it once", async () => {
    const rc = await receipt();
    const { client, reads } = await inbox([rc]);
    const store: StatusEvent[] = [];
    const controller = new AbortController();
    // First run: the handler stores the receipt, then the process "dies" before mark-read.
    await followReceipts({
      client,
      trust: await trust(),
      signal: controller.signal,
      handler: (r: FollowedReceipt) => {
        store.push(r.event);
        controller.abort();
      },
    });
    expect(reads).toEqual([]);
    // The next run gets it again, stores it again and marks it read.
    const again = await followReceipts({ client, trust: await trust(), handler: (r) => void store.push(r.event) });
    expect(again.ok && again.reports.map((x) => x.outcome === "handled" && x.marked)).toEqual([true]);
    expect(store).toHaveLength(2);
    const state = reduceStatus(store);
    expect(state.events.filter((e) => e.kind === "receipt")).toHaveLength(1);
    expect(state.status).toBe("LEVERT");
  });

  it("mark-read that fails is reported, the receipt stays handled (it comes again, harmlessly)", async () => {
    const rc = await receipt();
    const { client } = await inbox([rc], { failRead: () => true });
    const r = await followReceipts({ client, trust: await trust(), handler: () => undefined });
    expect(r.ok && r.reports).toMatchObject([
      { outcome: "handled", marked: false, markErrors: [{ code: "network-error" }] },
    ]);
  });

  it("204 means none; markRead: false marks nothing; follow polls until aborted", async () => {
    const { client, reads } = await inbox([]);
    expect(await followReceipts({ client, trust: await trust(), handler: () => undefined })).toMatchObject({
      ok: true,
      reports: [],
      sweeps: 1,
    });
    const rc = await receipt();
    await server!.close();
    const second = await inbox([rc]);
    expect(
      await followReceipts({ client: second.client, trust: await trust(), markRead: false, handler: () => undefined }),
    ).toMatchObject({ ok: true, reports: [{ marked: false }] });
    expect(second.reads).toEqual([]);
    const controller = new AbortController();
    let sweeps = 0;
    const r = await followReceipts({
      client: second.client,
      trust: await trust(),
      follow: { intervalMs: 1 },
      signal: controller.signal,
      handler: () => undefined,
      onReport: () => {
        if (++sweeps >= 1) setTimeout(() => controller.abort(), 5);
      },
    });
    expect(r.ok && r.sweeps).toBeGreaterThanOrEqual(1);
    expect(reads).toEqual([]);
  });

  it("an item that is not a message is reported, not dropped; an unreachable access point fails one pass", async () => {
    const good = await receipt();
    server = await startServer((req) =>
      req.query.get("page") === "0"
        ? json(200, [{ forretningsmelding: good.jws }, { hello: "world" }])
        : { status: 204 },
    );
    const client = createAccessPointClient({ baseUrl: server.url, token: () => "t", retry: { attempts: 1 } });
    const r = await followReceipts({ client, trust: await trust(), markRead: false, handler: () => undefined });
    expect(r).toMatchObject({ ok: true, reports: [{ outcome: "handled", id: good.id }] });
    expect(r.ok && r.listingErrors).toMatchObject([{ code: "bad-response", pointer: "/pages/0/1" }]);
    const down = createAccessPointClient({ baseUrl: "http://127.0.0.1:9", token: () => "t", retry: { attempts: 1 } });
    const d = await followReceipts({ client: down, trust: await trust(), handler: () => undefined });
    expect(d).toMatchObject({ ok: false, errors: [{ code: "network-error" }] });
  });

  it("bad options are typed failures", async () => {
    const { client } = await inbox([]);
    expect(await followReceipts({ client, trust: await trust(), handler: "no" as never })).toMatchObject({
      ok: false,
      errors: [{ code: "bad-option", pointer: "/handler" }],
    });
    expect(await followReceipts({ client, trust: await trust(), handler: () => undefined, pageSize: 0 })).toMatchObject(
      { ok: false, errors: [{ pointer: "/pageSize" }] },
    );
  });
});
