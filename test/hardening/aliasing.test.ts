import { describe, expect, it } from "vitest";
import * as runtime from "@innbyggerpost/runtime";
import { detectType } from "@innbyggerpost/contracts";
import { buildPackage, createPackage } from "@innbyggerpost/dokumentpakke";
import { checkOptions, defaultScenarioTable, parseScenarioTable } from "@innbyggerpost/simulator";
import { digital, receipt, utskrift } from "../../packages/runtime/test/status/fixtures.js";
import { digitalLetter } from "../../packages/dokumentpakke/test/support/fixtures.js";
import { testPki } from "../../packages/dokumentpakke/test/support/pki.js";

// Issue 12: a result never is, or holds, the caller's input (so changing the input after the call cannot change
// the result, and changing the result cannot change the input). Each case calls one public function with a
// plain valid input, then (1) looks for any object of the input inside the result, (2) mutates every object of
// the input and checks the result's JSON is unchanged.

/** Every object reachable from a value (bounded: these are small fixtures). */
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || out.has(value)) return out;
  out.add(value);
  if (ArrayBuffer.isView(value)) return out;
  for (const v of Object.values(value)) objectsOf(v, out);
  return out;
}

/** Pointers in `result` at which an object of `input` appears. */
export function aliasesOf(input: unknown, result: unknown): string[] {
  const inputs = objectsOf(input);
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, pointer: string): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (inputs.has(v)) {
      found.push(pointer || "/");
      return;
    }
    if (ArrayBuffer.isView(v)) return;
    for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${k}`);
  };
  walk(result, "");
  return found;
}

/** Changes every plain object and array of a value (a new key, a pushed item), bytes left alone. */
function mutateAll(value: unknown): void {
  for (const o of objectsOf(value)) {
    if (ArrayBuffer.isView(o) || Object.isFrozen(o)) continue;
    if (Array.isArray(o)) o.push("mutated");
    else (o as Record<string, unknown>).mutated = "after the call";
  }
}

const json = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Buffer.from(x).toString("base64") : x));

/** A public function, the valid input it is called with (made afresh), and the call. */
type Case = [name: string, input: () => unknown | Promise<unknown>, call: (input: never) => unknown];

const text = (s: string) => new TextEncoder().encode(s);
/** What buildPackage and createPackage are given: the test PKI's sender signs, its postbox receives. */
async function packageInput() {
  const pki = await testPki();
  return {
    letter: digitalLetter(),
    document: { bytes: text("Hei"), fileName: "brev.txt", mimeType: "text/plain", title: "Brev" },
    signer: { privateKey: pki.sender.keyPem, certificate: pki.sender.certPem, chain: [pki.root.certPem] },
    recipientCertificate: pki.recipient.certPem,
    signingTime: new Date("2026-11-23T10:00:00Z"),
  };
}
const letterEvents = () => [
  { kind: "message", message: digital() },
  { kind: "receipt", message: receipt("leveringskvittering") },
];
const address = () => ({ navn: "Kari", adresselinje1: "Storgata 1", postnummer: "0150", poststed: "OSLO" });
const header = { type: "digital", sender: "991825827", receiver: "984661185" };
const apiStatus = { status: "LEVERT", timestamp: "2026-11-23T10:00:00Z", messageId: "m", conversationId: "c" };

const cases: Case[] = [
  ["runtime.receiptToStatus", () => receipt("leveringskvittering"), (m) => runtime.receiptToStatus(m)],
  ["runtime.receiptToStatus (feil)", () => receipt("feil"), (m) => runtime.receiptToStatus(m)],
  ["runtime.reduceStatus", letterEvents, (e) => runtime.reduceStatus(e)],
  ["runtime.parseMessage", digital, (m) => runtime.parseMessage(m)],
  ["runtime.envelopeOf", digital, (m) => runtime.envelopeOf("digital", m)],
  ["runtime.buildAnswer", () => ({ original: digital(), type: "leveringskvittering" }), (i) => runtime.buildAnswer(i)],
  [
    "runtime.buildMessage",
    () => ({ ...header, payload: digital().standardBusinessDocument.digital }),
    (i) => runtime.buildMessage(i),
  ],
  ["runtime.apiStatusToStatus", () => ({ ...apiStatus }), (s) => runtime.apiStatusToStatus(s)],
  ["runtime.checkPrintRules", utskrift, (m) => runtime.checkPrintRules(m)],
  ["runtime.foldPrintAddress", address, (a) => runtime.foldPrintAddress(a)],
  [
    "runtime.parseOrganisationIdentification",
    () => ({ authority: "iso6523-actorid-upis", value: "0192:991825827" }),
    (id) => runtime.parseOrganisationIdentification(id),
  ],
  ["contracts.detectType", digital, (m) => detectType(m)],
  ["simulator.parseScenarioTable", () => structuredClone(defaultScenarioTable()), (t) => parseScenarioTable(t)],
  [
    "simulator.checkOptions",
    () => ({ trust: [], grantableScopes: ["a"], scenarios: structuredClone(defaultScenarioTable()) }),
    (o) => checkOptions(o),
  ],
  [
    "dokumentpakke.buildPackage",
    async () => ({ ...(await packageInput()), recipientCertificate: undefined }),
    (i) => buildPackage(i),
  ],
  // The CMS is random (a fresh content key): only the letter is compared.
  [
    "dokumentpakke.createPackage",
    packageInput,
    async (i) => {
      const r = await createPackage(i);
      return { ok: r.ok, letter: r.ok ? r.letter : null };
    },
  ],
];

describe("results never alias their input", () => {
  for (const [name, make, call] of cases)
    it(name, async () => {
      const input = await make();
      const result = await call(input as never);
      expect((result as { ok?: unknown }).ok ?? true, `${name} failed on its valid input`).not.toBe(false);
      expect(aliasesOf(input, result), `${name}: objects of the input inside the result`).toEqual([]);
      const before = json(result);
      mutateAll(input);
      expect(json(result), `${name}: changing the input changed the result`).toBe(before);
    });

  it("the check can fail: an identity function is caught", () => {
    const m = digital();
    expect(aliasesOf(m, { message: m })).toEqual(["/message"]);
  });
});
