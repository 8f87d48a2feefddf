// Public functions of every package, each with a plain valid input made afresh: the aliasing and read-once
// tests call each one.
import * as runtime from "@innbyggerpost/runtime";
import { detectType } from "@innbyggerpost/contracts";
import { buildPackage, createPackage } from "@innbyggerpost/dokumentpakke";
import { checkOptions, defaultScenarioTable, parseScenarioTable } from "@innbyggerpost/simulator";
import { digital, receipt, utskrift } from "../../packages/runtime/test/status/fixtures.js";
import { digitalLetter } from "../../packages/dokumentpakke/test/support/fixtures.js";
import { testPki } from "../../packages/dokumentpakke/test/support/pki.js";

/** A public function, the valid input it is called with (made afresh), and the call. */
export type Case = [name: string, input: () => unknown | Promise<unknown>, call: (input: never) => unknown];

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

export const publicCalls: Case[] = [
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
