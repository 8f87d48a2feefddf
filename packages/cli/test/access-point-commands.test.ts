import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { json, startServer, type ScriptedServer } from "../../access-point/test/support/server.js";
import { receipt, signers } from "../../access-point/test/support/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-cli-ap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}
const ID = "3f9a2f7e-5b1c-4d2e-9f00-0123456789ab";

describe("innbyggerpost statuses", () => {
  it("prints the statuses, mapped and reduced (--json), with the token from --token", async () => {
    server = await startServer(() =>
      json(200, [
        { status: "OPPRETTET", timestamp: "2026-11-23T10:00:00" },
        { status: "SENDT", timestamp: "2026-11-23T10:00:05+01:00" },
      ]),
    );
    const r = await run("statuses", ID, "--to", server.url, "--token", "tok", "--json");
    expect(r.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toBe("Bearer tok");
    const out = JSON.parse(r.out);
    expect(out.statuses.map((s: { eformidling: string }) => s.eformidling)).toEqual(["SENDT", "MOTTATT"]);
    expect(out.statuses[0].timestamp).toBe("2026-11-23T10:00:00+01:00");
    expect(out.state.status).toBe("MOTTATT");
  });

  it("gets the token with the JWT-bearer grant from --token-url", async () => {
    const { sender } = await signers;
    writeFileSync(join(dir, "key.pem"), sender.privateKeyPem);
    writeFileSync(join(dir, "cert.pem"), sender.certificatePem);
    server = await startServer((req) =>
      req.path === "/token"
        ? json(200, { access_token: "from-mp", token_type: "Bearer", expires_in: 120 })
        : json(200, []),
    );
    const r = await run(
      "statuses",
      ID,
      "--to",
      server.url,
      "--token-url",
      `${server.url}/token`,
      "--client-id",
      "c1",
      "--client-key",
      join(dir, "key.pem"),
      "--client-cert",
      join(dir, "cert.pem"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no statuses/);
    expect(server.requests.find((q) => q.path.endsWith("/statuses"))!.headers.authorization).toBe("Bearer from-mp");
  });

  it("the assertion's aud defaults to the token URL's directory (Maskinporten's issuer, the simulator's)", async () => {
    const { sender } = await signers;
    writeFileSync(join(dir, "key.pem"), sender.privateKeyPem);
    writeFileSync(join(dir, "cert.pem"), sender.certificatePem);
    server = await startServer((req) =>
      req.path.endsWith("/token")
        ? json(200, { access_token: "from-mp", token_type: "Bearer", expires_in: 120 })
        : json(200, []),
    );
    const audOf = (path: string): unknown => {
      const grant = server!.requests.find((q) => q.path === path)!;
      const assertion = new URLSearchParams(grant.body.toString("utf8")).get("assertion")!;
      return JSON.parse(Buffer.from(assertion.split(".")[1]!, "base64url").toString("utf8")).aud;
    };
    const flags = ["--client-id", "c1", "--client-key", join(dir, "key.pem"), "--client-cert", join(dir, "cert.pem")];
    for (const [path, aud] of [
      ["/token", `${server.url}/`],
      ["/maskinporten/token", `${server.url}/maskinporten/`],
    ] as const) {
      const r = await run("statuses", ID, "--to", server.url, "--token-url", `${server.url}${path}`, ...flags);
      expect(r.code).toBe(0);
      expect(audOf(path)).toBe(aud);
    }
    const given = await run(
      "statuses",
      ID,
      "--to",
      server.url,
      "--token-url",
      `${server.url}/other/token`,
      "--audience",
      "https://issuer.example/",
      ...flags,
    );
    expect(given.code).toBe(0);
    expect(audOf("/other/token")).toBe("https://issuer.example/");
  });

  it("usage errors: no id, no token, both token kinds; an unreachable access point is exit 1", async () => {
    expect((await run("statuses", "--to", "http://127.0.0.1:9", "--token", "t")).code).toBe(2);
    expect((await run("statuses", ID, "--to", "http://127.0.0.1:9")).err).toMatch(/no token/);
    expect((await run("statuses", ID, "--to", "http://x", "--token", "t", "--token-url", "http://y")).code).toBe(2);
    server = await startServer(() => ({
      status: 403,
      headers: { "content-type": "text/html" },
      body: "<h1>Forbidden</h1>",
    }));
    const r = await run("statuses", ID, "--to", server.url, "--token", "t");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[forbidden\] HTTP 403 .*Forbidden/);
  });
});

describe("innbyggerpost receipts", () => {
  it("verifies against --cert, marks read with --mark-read, and quarantines a forged one (exit 1)", async () => {
    const { postbox } = await signers;
    writeFileSync(join(dir, "postbox.pem"), postbox.certificatePem);
    const good = await receipt();
    const forged = await receipt({ by: "forger" });
    const read: string[] = [];
    server = await startServer((req) => {
      if (req.path === "/messages/in")
        return req.query.get("page") === "0"
          ? json(
              200,
              [good, forged].map((x) => ({ forretningsmelding: x.jws })),
            )
          : { status: 204 };
      read.push(req.path);
      return { status: 200 };
    });
    const r = await run(
      "receipts",
      "--to",
      server.url,
      "--token",
      "t",
      "--cert",
      join(dir, "postbox.pem"),
      "--mark-read",
      "--json",
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.map((x: { id: string; outcome: string; marked: boolean }) => [x.id, x.outcome, x.marked])).toEqual([
      [good.id, "handled", true],
      [forged.id, "quarantined", false],
    ]);
    expect(out[0].status).toBe("LEVERT");
    expect(read).toEqual([`/messages/in/${good.id}/read`]);
  });

  it("without --cert lists unverified and refuses --mark-read", async () => {
    const good = await receipt();
    server = await startServer((req) =>
      req.query.get("page") === "0" ? json(200, [{ forretningsmelding: good.jws }]) : { status: 204 },
    );
    const r = await run("receipts", "--to", server.url, "--token", "t");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/LEVERT .* UNVERIFIED/);
    expect((await run("receipts", "--to", server.url, "--token", "t", "--mark-read")).code).toBe(2);
  });

  it("204 is no unread receipts (exit 0)", async () => {
    server = await startServer(() => ({ status: 204 }));
    const { postbox } = await signers;
    writeFileSync(join(dir, "postbox.pem"), postbox.certificatePem);
    const r = await run("receipts", "--to", server.url, "--token", "t", "--cert", join(dir, "postbox.pem"));
    expect(r).toMatchObject({ code: 0, out: "no unread receipts\n" });
  });
});
