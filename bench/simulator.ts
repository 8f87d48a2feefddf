/**
 * npx tsx bench/simulator.ts [--senders 8] [--letters 25] [--client http|fetch] [--profile FILE]
 *
 * Letters per second end to end through the simulator (client signs the letter, server checks token, multipart, JWS,
 * strict validation, fingerprint, authorisation, stores, answers with signed receipts, the client lists and
 * marks them read), against the floor of the crypto one letter needs, measured in the same run: one RSA
 * signature and one verify for the letter, one OAEP decrypt, AES-256-CBC and SHA-256 over the package, one
 * verify for the XAdES signature, one signature per receipt. Target: ≥ 0.5× the floor. Memory per letter
 * in flight: heap growth while every letter is accepted and none is read, divided by the letters.
 * The packages are real (createPackage: ASiC-E, XAdES, CMS) and the simulator opens and verifies each with
 * @innbyggerpost/dokumentpakke. The packages are made before the clock starts (a document package is made once and
 * is not in the floor); each letter's JWS is signed inside the measured phase, by signMessage with the sender's key
 * parsed once, since the floor counts that signature. The target is judged on CPU time (process.cpuUsage, all
 * threads): on a shared machine other processes' load moves the wall-clock ratio between the floor phase and the
 * measured one; the wall-clock ratio is printed beside it. Run with --expose-gc for the memory figure;
 * `--profile FILE` writes a CPU profile (.cpuprofile) of the measured phase only (not of building the letters).
 */
import {
  createCipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  X509Certificate,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign,
  verify,
  constants,
} from "node:crypto";
import { writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { signMessage } from "@innbyggerpost/runtime";
import { startSimulator } from "../packages/simulator/src/index.js";
import { letter, peek, sender, token } from "../packages/simulator/test/support.js";

const { values } = parseArgs({
  options: {
    senders: { type: "string" },
    letters: { type: "string" },
    profile: { type: "string" },
    client: { type: "string" },
    "floor-rounds": { type: "string" },
  },
});
const SENDERS = Number(values.senders ?? 8);
const LETTERS = Number(values.letters ?? 25);
const RECEIPTS = 2;
const CLIENT = values.client ?? "http";
if (CLIENT !== "http" && CLIENT !== "fetch") throw new Error("--client is http or fetch");

// The sender's HTTP client: node:http with keep-alive and the multipart body written out (the default, as a
// sending service would run), or fetch + FormData (undici; costs about as much CPU as the simulator's checks).
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function call(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<{ status: number; text: string }> {
  if (CLIENT === "fetch")
    return fetch(url, { method, headers, body: body ?? null }).then(async (r) => ({
      status: r.status,
      text: await r.text(),
    }));
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, "content-length": body?.length ?? 0 }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
function multipart(jws: string, cms: Uint8Array): { type: string; body: Buffer } {
  const b = `b${randomBytes(12).toString("hex")}`;
  const head =
    `--${b}\r\ncontent-disposition: form-data; name="forretningsmelding"\r\n\r\n${jws}\r\n` +
    `--${b}\r\ncontent-disposition: form-data; name="dokumentpakke"; filename="dokumentpakke.cms"\r\n` +
    `content-type: application/cms\r\n\r\n`;
  return {
    type: `multipart/form-data; boundary=${b}`,
    body: Buffer.concat([Buffer.from(head), cms, Buffer.from(`\r\n--${b}--\r\n`)]),
  };
}

const started = await startSimulator({ speed: 1e9 });
if (!started.ok) throw new Error(JSON.stringify(started.errors));
const sim = started.simulator;
const gc = (globalThis as { gc?: () => void }).gc;
const who = await Promise.all(Array.from({ length: SENDERS }, () => sender(sim)));
const tokens = await Promise.all(who.map((w) => token(sim, w)));
const letters = await Promise.all(
  who.map(async (w, i) =>
    Promise.all(
      Array.from({ length: LETTERS }, () =>
        letter(w, tokens[i]!, { recipientCertificate: sim.pki.postbox.certificate }),
      ),
    ),
  ),
);

// Each sender's key and certificate, parsed once as a sending service holds them.
const signers = who.map((w) => ({
  privateKey: createPrivateKey(w.privateKey),
  certificate: new X509Certificate(w.certificate),
}));

// The crypto floor of one letter, measured now.
const key = createPrivateKey(who[0]!.privateKey);
const pub = createPublicKey(key);
const PACKAGE_BYTES = letters[0]![0]!.cms.length;
const data = randomBytes(PACKAGE_BYTES);
const wrapped = publicEncrypt(
  { key: pub, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
  randomBytes(32),
);
const floorRounds = Number(values["floor-rounds"] ?? 200);
// CPU time (process.cpuUsage, all threads) besides wall time: on a shared machine the wall-clock ratio moves
// with other processes' load between the two phases, the CPU ratio much less.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = performance.now();
let cpu0 = cpuMs();
for (let i = 0; i < floorRounds; i++) {
  const s = sign("sha256", data.subarray(0, 2048), key);
  verify("sha256", data.subarray(0, 2048), pub, s);
  const cek = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, wrapped);
  const c = createCipheriv("aes-256-cbc", cek, randomBytes(16));
  c.update(data);
  c.final();
  createHash("sha256").update(data).digest();
  verify("sha256", data.subarray(0, 1024), pub, s);
  for (let r = 0; r < RECEIPTS; r++) sign("sha256", data.subarray(0, 1024), key);
}
const floorMs = (performance.now() - t) / floorRounds;
const floorCpuMs = (cpuMs() - cpu0) / floorRounds;

gc?.();
const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
cpu0 = cpuMs();
await Promise.all(
  letters.map(async (mine, i) => {
    const auth = { authorization: `Bearer ${tokens[i]}` };
    const { privateKey, certificate } = signers[i]!;
    for (const l of mine) {
      const signed = await signMessage({ message: l.message, privateKey, certificate });
      if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
      const { type, body } = multipart(signed.jws, l.cms);
      const res = await call(`${sim.url}/messages/out?kanal=b${i}`, "POST", { ...auth, "content-type": type }, body);
      if (res.status !== 201) throw new Error(`${res.status} ${res.text}`);
    }
  }),
);
const acceptedMs = performance.now() - t;
gc?.();
const heapInFlight = gc ? (process.memoryUsage().heapUsed - heapBefore) / (SENDERS * LETTERS) : null;
await Promise.all(
  letters.map(async (_mine, i) => {
    const auth = { authorization: `Bearer ${tokens[i]}` };
    let seen = 0;
    for (let round = 0; seen < LETTERS * RECEIPTS && round < 2000; round++) {
      const res = await call(`${sim.url}/messages/in?kanal=b${i}&page_size=100`, "GET", auth);
      if (res.status === 204) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      for (const m of JSON.parse(res.text) as { forretningsmelding: string }[]) {
        const read = await call(`${sim.url}/messages/in/${peek(m.forretningsmelding).messageId}/read`, "POST", auth);
        if (read.status !== 200) throw new Error(`read: ${read.status} ${read.text}`);
        seen++;
      }
    }
  }),
);
const totalMs = performance.now() - t;
const totalCpuMs = cpuMs() - cpu0;
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(values.profile!, JSON.stringify(profile));
  session.disconnect();
}
agent.destroy();
await sim.close();

const n = SENDERS * LETTERS;
const perSecond = (n * 1000) / totalMs;
const floorPerSecond = 1000 / floorMs;
console.log(
  JSON.stringify(
    {
      letters: n,
      senders: SENDERS,
      client: CLIENT,
      packageBytes: PACKAGE_BYTES,
      endToEndLettersPerSecond: Number(perSecond.toFixed(1)),
      acceptedLettersPerSecond: Number(((n * 1000) / acceptedMs).toFixed(1)),
      cryptoFloorLettersPerSecond: Number(floorPerSecond.toFixed(1)),
      ratioToFloor: Number((perSecond / floorPerSecond).toFixed(2)),
      endToEndLettersPerCpuSecond: Number(((n * 1000) / totalCpuMs).toFixed(1)),
      cryptoFloorLettersPerCpuSecond: Number((1000 / floorCpuMs).toFixed(1)),
      ratioToFloorCpu: Number((floorCpuMs / (totalCpuMs / n)).toFixed(2)),
      cpuMsPerLetter: Number((totalCpuMs / n).toFixed(2)),
      floorCpuMsPerLetter: Number(floorCpuMs.toFixed(2)),
      target: 0.5,
      heapBytesPerLetterInFlight: heapInFlight === null ? "run with --expose-gc" : Math.round(heapInFlight),
    },
    null,
    2,
  ),
);
