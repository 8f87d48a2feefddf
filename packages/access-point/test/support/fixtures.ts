import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { signMessage } from "@innbyggerpost/runtime";
import { makeSigner, type TestSigner } from "../../../runtime/test/support/certificates.js";

const root = join(import.meta.dirname, "../../../..");
const example = (type: string) => JSON.parse(readFileSync(join(root, "schemas/examples", `${type}.json`), "utf8"));

/** The postbox's and the sender's throw-away signers (made once per test file). */
export const signers = (async () => ({
  postbox: await makeSigner({ commonName: "postbox" }),
  sender: await makeSigner({ commonName: "sender" }),
  forger: await makeSigner({ commonName: "forger" }),
}))();

async function sign(message: unknown, signer: TestSigner): Promise<string> {
  const r = await signMessage({
    message: message as never,
    privateKey: signer.privateKeyPem,
    certificate: signer.certificatePem,
    bindSender: false,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.jws;
}

function withId(message: Record<string, any>, type: string, id: string): Record<string, any> {
  const copy = structuredClone(message);
  copy.standardBusinessDocument.standardBusinessDocumentHeader.documentIdentification.instanceIdentifier = id;
  void type;
  return copy;
}

/** A signed digital letter with a fresh message id. */
export async function letter(id = randomUUID()): Promise<{ id: string; jws: string }> {
  const { sender } = await signers;
  return { id, jws: await sign(withId(example("digital"), "digital", id), sender) };
}

/** A signed receipt (default leveringskvittering) with its own message id, signed by `by` (default the postbox). */
export async function receipt(
  options: { id?: string; type?: string; by?: "postbox" | "forger" } = {},
): Promise<{ id: string; jws: string; message: unknown }> {
  const all = await signers;
  const id = options.id ?? randomUUID();
  const message = withId(example(options.type ?? "leveringskvittering"), options.type ?? "leveringskvittering", id);
  return { id, jws: await sign(message, all[options.by ?? "postbox"]), message };
}
