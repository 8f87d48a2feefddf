// Shared by the bad-input tables and their test: a letter built by buildMessage, a signer and its signed letter.
import * as runtime from "@innbyggerpost/runtime";
import { makeSigner, type TestSigner } from "./support/certificates.js";

export const org = (n: string) => ({ authority: "iso6523-actorid-upis" as const, value: `0192:${n}` });
export const letterPayload = () => ({
  avsender: { virksomhetsidentifikator: org("991825827") },
  mottaker: { postkasseadresse: "0000487204" },
  dokumentpakkefingeravtrykk: {
    digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
    digestValue: "BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=",
  },
  maskinportentoken: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ consumer: { authority: "iso6523-actorid-upis", ID: "0192:991825827" } })).toString("base64url")}.c2ln`,
  sikkerhetsnivaa: 3 as const,
  ikkesensitivtittel: "Test",
  spraak: "no",
});
export const letter = () => {
  const r = runtime.buildMessage({
    type: "digital",
    payload: letterPayload(),
    sender: "991825827",
    receiver: "922020175",
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.message;
};

/** The test signer (organisation number 991825827) and its signed letter; set by {@link setUpSigner}. */
export let signer: TestSigner;
/** The letter signed by {@link signer}. */
export let jws = "";

/** Makes the signer and signs the letter (call in beforeAll). */
export async function setUpSigner(): Promise<void> {
  signer = await makeSigner({ serialNumber: "991825827" });
  const s = await runtime.signMessage({
    message: letter(),
    privateKey: signer.privateKey,
    certificate: signer.certificate,
  });
  if (!s.ok) throw new Error("sign");
  jws = s.jws;
}

export const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

/** A leveringskvittering answering {@link letter}. */
export function answer() {
  const r = runtime.buildAnswer({ original: letter(), type: "leveringskvittering" });
  if (!r.ok) throw new Error("answer");
  return r.message;
}
