// The CLI started as a user starts it, then driven by a client written here from the specifications alone:
// node:crypto for the grant and the JWS, a hand-written multipart body, node:http (no library of ours).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createPrivateKey, randomBytes, randomUUID, sign, X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { carry } from "./support.js";

const cli = join(import.meta.dirname, "../../cli/dist/main.js");
const example = join(import.meta.dirname, "../../../schemas/examples/digital.json");
const built = existsSync(cli);
if (!built) console.warn(`skipped: ${cli} is not built (run npm run build)`);
const dir = mkdtempSync(join(tmpdir(), "sim-cli-"));
let child: ChildProcess;
let start: Record<string, string>;
const lines: string[] = [];

const b64url = (b: Buffer | string) => Buffer.from(b).toString("base64url");
function jws(header: object, payload: object, keyPem: string): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(sign("sha256", Buffer.from(input), createPrivateKey(keyPem)))}`;
}

function http(
  method: string,
  url: string,
  headers: Record<string, string | number>,
  body?: Buffer | string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  if (!built) return;
  child = spawn(
    process.execPath,
    [cli, "simulate", "--port", "0", "--state-dir", join(dir, "state"), "--speed", "1000000000"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const rl = createInterface({ input: child.stdout! });
  start = await new Promise((resolve, reject) => {
    rl.once("line", (line) => resolve(JSON.parse(line) as Record<string, string>));
    child.once("exit", (code) => reject(new Error(`simulate exited ${code}`)));
  });
  rl.on("line", (line) => lines.push(line));
});
afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!built)("innbyggerpost simulate, driven over raw HTTP", () => {
  it("prints one start line with the URLs and the PEM files", () => {
    expect(Object.keys(start)).toEqual(
      expect.arrayContaining(["url", "tokenUrl", "issuer", "caCertificate", "postboxCertificate", "printCertificate"]),
    );
    for (const f of [start.caCertificate, start.postboxCertificate, start.printCertificate])
      expect(readFileSync(f!, "utf8")).toContain("BEGIN CERTIFICATE");
  });

  it("issues a certificate, grants a token, accepts a hand-made letter and answers with receipts", async () => {
    const issued = spawnSync(
      process.execPath,
      [
        cli,
        "simulate",
        "issue-certificate",
        "--state-dir",
        join(dir, "state"),
        "--org",
        "991825827",
        "--out",
        join(dir, "me"),
      ],
      { encoding: "utf8" },
    );
    expect(issued.status, issued.stderr).toBe(0);
    const key = readFileSync(join(dir, "me", "key.pem"), "utf8");
    const cert = new X509Certificate(readFileSync(join(dir, "me", "cert.pem"), "utf8"));
    expect(cert.subject).toContain("NTRNO-991825827");
    const x5c = [cert.raw.toString("base64")];

    const now = Math.floor(Date.now() / 1000);
    const grant = jws(
      { alg: "RS256", x5c },
      {
        aud: start.issuer,
        iss: "raw-client",
        scope: "digitalpostinnbygger:send",
        iat: now,
        exp: now + 60,
        jti: randomUUID(),
      },
      key,
    );
    const tokenAnswer = await http(
      "POST",
      start.tokenUrl!,
      { "content-type": "application/x-www-form-urlencoded" },
      `grant_type=${encodeURIComponent("urn:ietf:params:oauth:grant-type:jwt-bearer")}&assertion=${grant}`,
    );
    expect(tokenAnswer.status, tokenAnswer.body).toBe(200);
    const token = (JSON.parse(tokenAnswer.body) as { access_token: string }).access_token;

    const cms = randomBytes(1000);
    const sbd = JSON.parse(readFileSync(example, "utf8")) as {
      standardBusinessDocument: Record<string, Record<string, unknown>>;
    };
    const header = sbd.standardBusinessDocument.standardBusinessDocumentHeader as {
      documentIdentification: { instanceIdentifier: string };
    };
    const id = randomUUID();
    header.documentIdentification.instanceIdentifier = id;
    carry(sbd.standardBusinessDocument.digital!, token, cms);
    const letter = jws({ x5c, alg: "RS256" }, sbd, key);

    const boundary = "raw-boundary-1234";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="forretningsmelding"\r\n\r\n${letter}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="dokumentpakke"; filename="p.cms"\r\n` +
          "Content-Type: application/cms\r\n\r\n",
      ),
      cms,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const auth = { authorization: `Bearer ${token}` };
    const sent = await http(
      "POST",
      `${start.url}/messages/out?kanal=raw`,
      { ...auth, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": body.length },
      body,
    );
    // The package is random bytes: the postbox answers feil KLIENT (unless no package library is installed: then too).
    expect(sent.status, sent.body).toBe(201);

    let statuses: { status: string }[] = [];
    for (let i = 0; i < 200 && !statuses.some((s) => s.status !== "OPPRETTET"); i++) {
      statuses = JSON.parse((await http("GET", `${start.url}/messages/out/${id}/statuses`, auth)).body) as {
        status: string;
      }[];
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(statuses.map((s) => s.status)).toEqual(["OPPRETTET", "SENDT"]);
    let incoming = await http("GET", `${start.url}/messages/in?kanal=raw`, auth);
    for (let i = 0; i < 200 && incoming.status === 204; i++)
      incoming = await http("GET", `${start.url}/messages/in?kanal=raw`, auth);
    expect(incoming.status).toBe(200);
    const [first] = JSON.parse(incoming.body) as { forretningsmelding: string; downloadurl: string }[];
    const receipt = JSON.parse(Buffer.from(first!.forretningsmelding.split(".")[1]!, "base64url").toString("utf8")) as {
      standardBusinessDocument: Record<string, { feiltype?: string }>;
    };
    expect(receipt.standardBusinessDocument.feil?.feiltype).toBe("KLIENT");
    const again = await http(
      "POST",
      `${start.url}/messages/out?kanal=raw`,
      { ...auth, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": body.length },
      body,
    );
    expect(again.status).toBe(400);
    expect(again.type).toBe("application/problem+json");
    expect(lines.some((l) => (JSON.parse(l) as { path?: string }).path === "/messages/out")).toBe(true);
  });

  it("stops cleanly on SIGINT", async () => {
    const code = await new Promise<number | null>((resolve) => {
      child.once("exit", (c) => resolve(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
  });
});
