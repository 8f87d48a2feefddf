/**
 * npx tsx bench/simulator.ts [--senders 8] [--letters 25]
 *
 * Letters per second end to end through the simulator (client signs, server checks token, multipart, JWS,
 * strict validation, fingerprint, authorisation, stores, answers with signed receipts, the client lists and
 * marks them read), against the floor of the crypto one letter needs, measured in the same run: one RSA
 * signature and one verify for the letter, one OAEP decrypt, AES-256-CBC and SHA-256 over the package, one
 * verify for the XAdES signature, one signature per receipt. Target: ≥ 0.5× the floor. Memory per letter
 * in flight: heap growth while every letter is accepted and none is read, divided by the letters.
 * The packages are real (createPackage: ASiC-E, XAdES, CMS) and the simulator opens and verifies each with
 * @innbyggerpost/dokumentpakke. Run with --expose-gc for the memory figure; `--profile FILE` writes a CPU
 * profile (.cpuprofile) of the measured phase only (not of building the letters).
 */
import {
  createCipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign,
  verify,
  constants,
} from "node:crypto";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { startSimulator } from "../packages/simulator/src/index.js";
import { letter, peek, sender, token } from "../packages/simulator/test/support.js";

const { values } = parseArgs({
  options: { senders: { type: "string" }, letters: { type: "string" }, profile: { type: "string" } },
});
const SENDERS = Number(values.senders ?? 8);
const LETTERS = Number(values.letters ?? 25);
const RECEIPTS = 2;

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

// The crypto floor of one letter, measured now.
const key = createPrivateKey(who[0]!.privateKey);
const pub = createPublicKey(key);
const PACKAGE_BYTES = letters[0]![0]!.cms.length;
const data = randomBytes(PACKAGE_BYTES);
const wrapped = publicEncrypt(
  { key: pub, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
  randomBytes(32),
);
const floorRounds = 200;
let t = performance.now();
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

gc?.();
const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
await Promise.all(
  letters.map(async (mine, i) => {
    const auth = { authorization: `Bearer ${tokens[i]}` };
    for (const l of mine) {
      const form = new FormData();
      form.append("forretningsmelding", l.jws);
      form.append("dokumentpakke", new Blob([l.cms]), "dokumentpakke.cms");
      const res = await fetch(`${sim.url}/messages/out?kanal=b${i}`, { method: "POST", headers: auth, body: form });
      if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
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
      const res = await fetch(`${sim.url}/messages/in?kanal=b${i}&page_size=100`, { headers: auth });
      if (res.status === 204) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      for (const m of (await res.json()) as { forretningsmelding: string }[]) {
        await fetch(`${sim.url}/messages/in/${peek(m.forretningsmelding).messageId}/read`, {
          method: "POST",
          headers: auth,
        });
        seen++;
      }
    }
  }),
);
const totalMs = performance.now() - t;
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(values.profile!, JSON.stringify(profile));
  session.disconnect();
}
await sim.close();

const n = SENDERS * LETTERS;
const perSecond = (n * 1000) / totalMs;
const floorPerSecond = 1000 / floorMs;
console.log(
  JSON.stringify(
    {
      letters: n,
      senders: SENDERS,
      packageBytes: PACKAGE_BYTES,
      endToEndLettersPerSecond: Number(perSecond.toFixed(1)),
      acceptedLettersPerSecond: Number(((n * 1000) / acceptedMs).toFixed(1)),
      cryptoFloorLettersPerSecond: Number(floorPerSecond.toFixed(1)),
      ratioToFloor: Number((perSecond / floorPerSecond).toFixed(2)),
      target: 0.5,
      heapBytesPerLetterInFlight: heapInFlight === null ? "run with --expose-gc" : Math.round(heapInFlight),
    },
    null,
    2,
  ),
);
