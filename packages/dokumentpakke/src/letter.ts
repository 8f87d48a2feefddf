import { isRecord, token } from "./support.js";
import type { Failure, Problem } from "@innbyggerpost/runtime";

/** The parties of a letter as the manifest carries them. */
export interface LetterParties {
  readonly type: "digital" | "utskrift";
  /** The `0192:` organisation identifier of the sender (avsender.virksomhetsidentifikator.value). */
  readonly organisation: string;
  readonly authority: string;
  readonly avsenderidentifikator?: string;
  readonly fakturaReferanse?: string;
  /** The mailbox address (digital only; print letters have no mottaker in the manifest). */
  readonly postkasseadresse?: string;
  /** The letter's dokumentpakkefingeravtrykk digestValue, when present. */
  readonly fingerprint?: string;
}

/** @internal Where a letter's body sits. */
export function letterBody(letter: unknown): { type: "digital" | "utskrift"; body: Record<string, unknown> } | null {
  if (!isRecord(letter)) return null;
  const sbd = letter.standardBusinessDocument;
  if (!isRecord(sbd)) return null;
  for (const type of ["digital", "utskrift"] as const) {
    const body = sbd[type];
    if (isRecord(body)) return { type, body };
  }
  return null;
}

/** @internal Reads the manifest-relevant parties of a digital or utskrift SBD (object or JSON text). */
export function readLetter(input: unknown, base: string): { ok: true; parties: LetterParties } | Failure<"bad-letter"> {
  let letter = input;
  if (typeof input === "string") {
    try {
      letter = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ pointer: base, code: "bad-letter", message: "the letter is not JSON" }] };
    }
  }
  const found = letterBody(letter);
  if (!found) {
    const message = "the letter is an SBD object {standardBusinessDocument: {…, digital | utskrift}}";
    return { ok: false, errors: [{ pointer: base, code: "bad-letter", message }] };
  }
  const { type, body } = found;
  const at = `${base}/standardBusinessDocument/${type}`;
  const errors: Problem<"bad-letter">[] = [];
  const avsender = body.avsender;
  const id = isRecord(avsender) ? avsender.virksomhetsidentifikator : undefined;
  const value = isRecord(id) ? id.value : undefined;
  const authority = isRecord(id) ? id.authority : undefined;
  if (typeof value !== "string" || !/^[0-9]{4}:\w{1,35}$/.test(value)) {
    errors.push({
      pointer: `${at}/avsender/virksomhetsidentifikator/value`,
      code: "bad-letter",
      message: "the sender is a 0192:<orgnr> identifier",
    });
  }
  const optional = (v: unknown, name: string, max: number): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === "string" && v.length <= max) return v;
    errors.push({
      pointer: `${at}/avsender${token(name)}`,
      code: "bad-letter",
      message: `${name} is a string of at most ${max} characters`,
    });
    return undefined;
  };
  const avsenderidentifikator = isRecord(avsender)
    ? optional(avsender.avsenderidentifikator, "avsenderidentifikator", 100)
    : undefined;
  const fakturaReferanse = isRecord(avsender) ? optional(avsender.fakturaReferanse, "fakturaReferanse", 40) : undefined;
  let postkasseadresse: string | undefined;
  if (type === "digital") {
    const mottaker = body.mottaker;
    const address = isRecord(mottaker) ? mottaker.postkasseadresse : undefined;
    if (typeof address !== "string" || !address) {
      errors.push({
        pointer: `${at}/mottaker/postkasseadresse`,
        code: "bad-letter",
        message: "a digital letter names the mailbox (postkasseadresse)",
      });
    } else postkasseadresse = address;
  }
  const fp = body.dokumentpakkefingeravtrykk;
  // Read once: a getter must not answer the check one value and the use another.
  const digest: unknown = isRecord(fp) ? fp.digestValue : undefined;
  const fingerprint = typeof digest === "string" ? digest : undefined;
  if (errors.length) return { ok: false, errors };
  const parties: LetterParties = {
    type,
    organisation: value as string,
    authority: typeof authority === "string" ? authority : "iso6523-actorid-upis",
    ...(avsenderidentifikator !== undefined ? { avsenderidentifikator } : {}),
    ...(fakturaReferanse !== undefined ? { fakturaReferanse } : {}),
    ...(postkasseadresse !== undefined ? { postkasseadresse } : {}),
    ...(fingerprint !== undefined ? { fingerprint } : {}),
  };
  return { ok: true, parties };
}
