// Driven by what no one here wrote: curl as the HTTP client (token grant, send, statuses, paging, 204,
// download, read), packages zipped by the zip tool and encrypted by `openssl cms`, and the official Digdir
// packages (made by the Java reference implementation) encrypted by openssl for the simulator's postbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPackage } from "@innbyggerpost/dokumentpakke";
import { signMessage } from "@innbyggerpost/runtime";
import { digdirDir } from "../../../test/support/shared.js";
import { startSimulator, type Simulator } from "../src/index.js";
import { carry, grant, letter, peek, sender, token, until, type Sender } from "./support.js";

const run = promisify(execFile);
const has = (tool: string, args = ["--version"]) => spawnSync(tool, args, { stdio: "ignore" }).status === 0;
const tools = {
  curl: has("curl"),
  openssl: has("openssl", ["version"]),
  zip: has("zip", ["-v"]),
  unzip: has("unzip", ["-v"]),
  xmlsec1: has("xmlsec1"),
};
for (const [tool, present] of Object.entries(tools)) if (!present) console.warn(`skipped: ${tool} is not installed`);
const komplette = join(digdirDir, "examples/komplette");
const hasOfficial = spawnSync("test", ["-f", join(komplette, "digital-dokumentpakke.zip")]).status === 0;
if (!hasOfficial) console.warn(`skipped: the official packages are not in ${komplette} (../shared is absent)`);

const OFFICIAL = ["digital", "digital-avsenderidentifikator", "digital-pa-vegne-av"] as const;
const dir = mkdtempSync(join(tmpdir(), "sim-foreign-"));
let sim: Simulator;
let who: Sender;
let bearer: string;
let postboxPem: string;

/** The certificates of the official packages' XAdES signature (trusted with --trust, as a real sender's CA). */
function officialSigners(): string[] {
  if (!hasOfficial || !tools.unzip) return [];
  return OFFICIAL.flatMap((name) => {
    const zip = join(komplette, `${name}-dokumentpakke.zip`);
    const xml = execFileSync("unzip", ["-p", zip, "META-INF/signatures.xml"]).toString("utf8");
    return [...xml.matchAll(/<(?:\w+:)?X509Certificate>([^<]+)</g)].map((m) =>
      new X509Certificate(Buffer.from(m[1]!.replace(/&#1[03];|\s+/g, ""), "base64")).toString(),
    );
  });
}

beforeAll(async () => {
  const r = await startSimulator({ speed: 1e9, trust: officialSigners() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  sim = r.simulator;
  who = await sender(sim);
  bearer = await token(sim, who);
  postboxPem = sim.files.postboxCertificate;
});
afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `openssl cms -encrypt` for the postbox: AES-256-CBC, RSAES-OAEP with SHA-256 (the profile's choice). */
function opensslEncrypt(zipPath: string): Uint8Array {
  const out = join(dir, `${randomUUID()}.cms`);
  execFileSync("openssl", [
    "cms",
    "-encrypt",
    "-binary",
    "-aes256",
    "-in",
    zipPath,
    "-outform",
    "DER",
    "-out",
    out,
    "-recip",
    postboxPem,
    "-keyopt",
    "rsa_padding_mode:oaep",
    "-keyopt",
    "rsa_oaep_md:sha256",
  ]); // prettier-ignore
  return new Uint8Array(readFileSync(out));
}

/** The answers to a letter's conversation, once `n` are there. */
async function answersTo(conversationId: string, kanal: string, n: number): Promise<{ type: string; jws: string }[]> {
  return until(async () => {
    const res = await fetch(`${sim.url}/messages/in?kanal=${kanal}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    if (res.status !== 200) return null;
    const mine = ((await res.json()) as { forretningsmelding: string }[])
      .map((m) => ({ type: peek(m.forretningsmelding).type, jws: m.forretningsmelding }))
      .filter((m) => peek(m.jws).conversationId === conversationId);
    return mine.length >= n ? mine : null;
  }, `${n} answers`);
}

async function post(jws: string, cms: Uint8Array, kanal: string): Promise<number> {
  const form = new FormData();
  form.append("forretningsmelding", jws);
  form.append("dokumentpakke", new Blob([cms], { type: "application/cms" }), "dokumentpakke.cms");
  const res = await fetch(`${sim.url}/messages/out?kanal=${kanal}`, {
    method: "POST",
    headers: { authorization: `Bearer ${bearer}` },
    body: form,
  });
  return res.status;
}

const feilOf = (jws: string) =>
  (
    JSON.parse(Buffer.from(jws.split(".")[1]!, "base64url").toString("utf8")) as {
      standardBusinessDocument: { feil?: { detaljer?: string } };
    }
  ).standardBusinessDocument.feil?.detaljer;

describe.skipIf(!tools.openssl || !tools.zip || !tools.unzip)("packages made by other tools", () => {
  /**
   * Our package unzipped and zipped again by the zip tool (mimetype first and stored, no extra fields), its
   * signature made again by `xmlsec1 --sign` when `resign` (digests and SignatureValue emptied, xmlsec1 fills
   * them in), encrypted by openssl, sent; the answers to it.
   */
  async function foreign(resign: boolean): Promise<[string, string | undefined][]> {
    const draft = await letter(who, bearer, { cms: new Uint8Array(16) });
    const built = await buildPackage({
      letter: draft.message,
      document: {
        bytes: Buffer.from("%PDF-1.4\n% annen\n"),
        fileName: "vedtak.pdf",
        mimeType: "application/pdf",
        title: "V",
      },
      signer: { privateKey: who.privateKey, certificate: who.certificate },
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const files = mkdtempSync(join(dir, "files-"));
    writeFileSync(join(files, "..", "ours.zip"), built.zip);
    execFileSync("unzip", ["-q", join(files, "..", "ours.zip"), "-d", files]);
    if (resign) {
      const signatures = join(files, "META-INF/signatures.xml");
      const template = readFileSync(signatures, "utf8")
        .replace(/<DigestValue>[^<]*<\/DigestValue>/g, "<DigestValue></DigestValue>")
        .replace(/<SignatureValue>[^<]*<\/SignatureValue>/, "<SignatureValue></SignatureValue>");
      writeFileSync(join(files, "template.xml"), template);
      writeFileSync(join(files, "..", "key.pem"), who.privateKey);
      writeFileSync(join(files, "..", "cert.pem"), who.certificate);
      const maps = built.entries.filter((e) => !e.startsWith("META-INF") && e !== "mimetype");
      execFileSync(
        "xmlsec1",
        [
          ...[
            "--sign",
            "--insecure",
            "--privkey-pem",
            `${join(files, "..", "key.pem")},${join(files, "..", "cert.pem")}`,
          ],
          ...["--id-attr:Id", "http://uri.etsi.org/01903/v1.3.2#:SignedProperties"],
          ...["--enabled-reference-uris", "empty,same-doc,local,remote", ...maps.flatMap((m) => [`--url-map:${m}`, m])],
          ...["--output", signatures, "template.xml"],
        ],
        { cwd: files, stdio: "pipe" },
      );
      rmSync(join(files, "template.xml"));
      expect(readFileSync(signatures, "utf8")).not.toContain("<DigestValue></DigestValue>");
    }
    const zipped = join(files, "..", "theirs.zip");
    rmSync(zipped, { force: true });
    execFileSync("zip", ["-X", "-0", "-q", zipped, "mimetype"], { cwd: files });
    execFileSync("zip", ["-X", "-q", "-r", zipped, ...built.entries.filter((e) => e !== "mimetype")], { cwd: files });
    expect(Buffer.compare(readFileSync(zipped), Buffer.from(built.zip))).not.toBe(0);
    const cms = opensslEncrypt(zipped);
    const l = await letter(who, bearer, { cms });
    expect(await post(l.jws, cms, "tools")).toBe(201);
    const answers = await answersTo(peek(l.jws).conversationId, "tools", 1);
    return answers.map((a) => [a.type, feilOf(a.jws)]);
  }

  it("an ASiC-E re-zipped by the zip tool and encrypted by openssl cms is opened and verified", async () => {
    const answers = await foreign(false);
    expect(answers).toContainEqual(["leveringskvittering", undefined]);
    expect(answers.map(([type]) => type)).not.toContain("feil");
  });

  it.skipIf(!tools.xmlsec1)("its XAdES signature made by xmlsec1 --sign verifies too", async () => {
    const answers = await foreign(true);
    expect(answers).toContainEqual(["leveringskvittering", undefined]);
    expect(answers.map(([type]) => type)).not.toContain("feil");
  });

  it.skipIf(!hasOfficial)(
    "the official packages, encrypted by openssl for this postbox, are opened and verified",
    async () => {
      for (const name of OFFICIAL) {
        const cms = opensslEncrypt(join(komplette, `${name}-dokumentpakke.zip`));
        const sbd = JSON.parse(readFileSync(join(komplette, `${name}-forretningsmelding.json`), "utf8")) as {
          standardBusinessDocument: Record<string, Record<string, unknown>>;
        };
        const header = sbd.standardBusinessDocument.standardBusinessDocumentHeader as {
          sender: { identifier: { value: string } }[];
          documentIdentification: { instanceIdentifier: string; creationDateAndTime: string };
          businessScope: { scope: { instanceIdentifier: string; scopeInformation?: unknown }[] };
        };
        const orgnr = header.sender[0]!.identifier.value.slice(5);
        const signer = await sender(sim, orgnr);
        const on = (
          sbd.standardBusinessDocument.digital!.avsender as { virksomhetsidentifikator: { value: string } }
        ).virksomhetsidentifikator.value.slice(5);
        // On behalf of another organisation (pa-vegne-av): the databehandler's token names it as consumer.
        const its = await token(sim, signer, on === orgnr ? {} : { consumer_org: on });
        header.documentIdentification.instanceIdentifier = randomUUID();
        header.documentIdentification.creationDateAndTime = new Date().toISOString();
        header.businessScope.scope[0]!.instanceIdentifier = randomUUID();
        delete header.businessScope.scope[0]!.scopeInformation;
        carry(sbd.standardBusinessDocument.digital!, its, cms);
        const signed = await signMessage({
          message: sbd,
          privateKey: signer.privateKey,
          certificate: signer.certificate,
        });
        if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
        const form = new FormData();
        form.append("forretningsmelding", signed.jws);
        form.append("dokumentpakke", new Blob([cms]), "dokumentpakke.cms");
        const res = await fetch(`${sim.url}/messages/out?kanal=official`, {
          method: "POST",
          headers: { authorization: `Bearer ${its}` },
          body: form,
        });
        expect(res.status, `${name}: ${await res.text()}`).toBe(201);
        const conversation = header.businessScope.scope[0]!.instanceIdentifier;
        const answers = await until(async () => {
          const r = await fetch(`${sim.url}/messages/in?kanal=official`, {
            headers: { authorization: `Bearer ${its}` },
          });
          const list = r.status === 200 ? ((await r.json()) as { forretningsmelding: string }[]) : [];
          const mine = list.filter((m) => peek(m.forretningsmelding).conversationId === conversation);
          return mine.length ? mine : null;
        }, `answers to ${name}`);
        expect(
          answers.map((a) => [peek(a.forretningsmelding).type, feilOf(a.forretningsmelding)]),
          name,
        ).toContainEqual(["leveringskvittering", undefined]);
      }
    },
  );
});

/**
 * curl, returning the status and the body (`-w` appends the status on its own line). Asynchronous: the
 * simulator runs in this process and must answer while curl waits.
 */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run("curl", ["-sS", "--max-time", "30", "-w", "\n%{http_code}", ...args], {
    encoding: "utf8",
  });
  const i = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(i + 1)), body: stdout.slice(0, i) };
}

describe.skipIf(!tools.curl)("curl as the client", () => {
  it("token grant, send, statuses, paging, 204, download, read", async () => {
    const assertion = await grant(sim, who);
    const t = await curl([
      "--data-urlencode",
      "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer",
      "--data-urlencode",
      `assertion=${assertion}`,
      sim.tokenUrl,
    ]); // prettier-ignore
    expect(t.status, t.body).toBe(200);
    const access = (JSON.parse(t.body) as { access_token: string; token_type: string }).access_token;
    const auth = ["-H", `Authorization: Bearer ${access}`];
    const l = await letter(who, access, { recipientCertificate: readFileSync(postboxPem, "utf8") });
    writeFileSync(join(dir, "letter.jwt"), l.jws);
    writeFileSync(join(dir, "package.cms"), l.cms);
    const upload = [
      ...auth,
      ...["-F", `forretningsmelding=<${join(dir, "letter.jwt")}`],
      ...["-F", `dokumentpakke=@${join(dir, "package.cms")};type=application/cms`],
      `${sim.url}/messages/out?kanal=curl`,
    ];
    const sent = await curl(upload);
    expect(sent.status, sent.body).toBe(201);
    const again = await curl(upload);
    expect(again.status).toBe(400);
    expect((JSON.parse(again.body) as { errors: { pointer: string }[] }).errors[0]?.pointer).toMatch(
      /instanceIdentifier$/,
    );

    const statuses = await until(async () => {
      const s = await curl([...auth, `${sim.url}/messages/out/${l.id}/statuses`]);
      const list = (JSON.parse(s.body) as { status: string }[]).map((x) => x.status);
      return list.includes("SENDT") ? list : null;
    }, "SENDT");
    expect(statuses).toEqual(["OPPRETTET", "SENDT"]);

    // Two receipts (leverings- and aapningskvittering), one per page.
    const page = (n: number) => curl([...auth, `${sim.url}/messages/in?kanal=curl&page_size=1&page=${n}`]);
    await until(async () => ((await page(1)).status === 200 ? true : null), "two receipts");
    const first = JSON.parse((await page(0)).body) as { forretningsmelding: string; downloadurl: string }[];
    const second = JSON.parse((await page(1)).body) as { forretningsmelding: string; downloadurl: string }[];
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect((await page(2)).status).toBe(204);
    const types = [first[0]!, second[0]!].map((m) => peek(m.forretningsmelding).type).sort();
    expect(types).toEqual(["aapningskvittering", "leveringskvittering"]);
    for (const m of [first[0]!, second[0]!]) {
      expect((await curl([...auth, m.downloadurl])).status).toBe(200);
      const id = peek(m.forretningsmelding).messageId;
      expect((await curl([...auth, "-X", "POST", `${sim.url}/messages/in/${id}/read`])).status).toBe(200);
    }
    const none = await curl([...auth, "-i", `${sim.url}/messages/in?kanal=curl`]);
    expect(none.status).toBe(204);
    const bad = await curl([...auth, `${sim.url}/messages/in?page_size=0`]);
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('"pointer":"/query/page_size"');
  });
});
