/**
 * Writes packages/cli/examples/, the files the README's CLI lines run on: the example letter, its receipts
 * signed by a throw-away "postbox" certificate, the letter signed by a "sender" certificate naming the
 * sender's organisation number, and the access point's statuses. No private key is written.
 * Run with `npx tsx packages/cli/test/support/make-examples.ts` (new keys each time).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildAnswer, signMessage } from "@innbyggerpost/runtime";
import { makeSigner } from "../../../runtime/test/support/certificates.js";

const root = resolve(import.meta.dirname, "../../../..");
const out = join(root, "packages/cli/examples");
const letter = JSON.parse(readFileSync(join(root, "schemas/examples/digital.json"), "utf8"));
const validity = { notBefore: new Date("2026-01-01T00:00:00Z"), notAfter: new Date("2126-01-01T00:00:00Z") };
const postbox = await makeSigner({ commonName: "innbyggerpost example postbox", hash: "SHA-512", ...validity });
const sender = await makeSigner({
  commonName: "innbyggerpost example sender",
  organizationIdentifier: "NTRNO-991825827",
  ...validity,
});

async function sign(message: unknown, signer: typeof postbox, algorithm: "RS256" | "RS512"): Promise<string> {
  const s = await signMessage({
    message,
    privateKey: signer.privateKey,
    certificate: signer.certificate,
    algorithm,
    bindSender: false,
  });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return `${s.jws}\n`;
}
function answer(type: "leveringskvittering" | "aapningskvittering", messageId: string, tidspunkt: string): unknown {
  const r = buildAnswer({ original: letter, type, messageId, tidspunkt });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.message;
}

mkdirSync(join(out, "receipts"), { recursive: true });
writeFileSync(join(out, "letter.json"), `${JSON.stringify(letter, null, 2)}\n`);
writeFileSync(join(out, "postbox.pem"), postbox.certificatePem);
writeFileSync(join(out, "sender.pem"), sender.certificatePem);
writeFileSync(join(out, "signed.jwt"), await sign(letter, sender, "RS256"));
const levert = answer("leveringskvittering", "7c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "2026-11-23T10:20:00+01:00");
const lest = answer("aapningskvittering", "8d2e3f4a-5b6c-4d7e-9f80-a1b2c3d4e5f6", "2026-11-23T12:00:00+01:00");
writeFileSync(join(out, "receipts/leveringskvittering.jwt"), await sign(levert, postbox, "RS512"));
writeFileSync(join(out, "receipts/aapningskvittering.jwt"), await sign(lest, postbox, "RS512"));
const statuses = [
  { status: "OPPRETTET", timestamp: "2026-11-23T09:15:31Z" },
  { status: "SENDT", beskrivelse: "sent to the access point", timestamp: "2026-11-23T09:15:40Z" },
];
writeFileSync(join(out, "api-statuses.json"), `${JSON.stringify(statuses, null, 2)}\n`);
