import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { createAccessPointClient, maskinportenTokenSource, type AccessPointClient } from "@innbyggerpost/access-point";
import { createPackage, MIME_TYPES, type DocumentInput } from "@innbyggerpost/dokumentpakke";
import {
  buildMessage,
  organisationNumberOfCertificate,
  readCertificate,
  reduceStatus,
  signMessage,
  verifyMessage,
  type StatusEvent,
} from "@innbyggerpost/runtime";
import { EXIT, UsageError, type CommandIo } from "../io.js";
import { parseOptions } from "../options.js";
import { defaultAudience } from "./statuses.js";

/** The `send` line of the top-level help. */
export const summary = "build, sign, encrypt and send one letter to an access point (--follow its receipts)";

/** `innbyggerpost send --help`. */
export const usage = `usage: innbyggerpost send LETTER.json --document FILE --key K.pem --cert C.pem --to URL [options]

Sends one letter: fills the envelope, gets a Maskinporten token, builds and encrypts the document package for
the recipient, signs, and sends it to the access point at --to.
  options: [--attachment FILE]... [--recipient-cert PEM] [--token-url URL [--audience ISSUER]] [--client-id ID]
           [--kanal K] [--follow] [--timeout S] [--json] [--out DIR]
  LETTER.json       {type: "digital"|"utskrift", receiver?, payload} (payload without token and fingerprint),
                    or a whole SBD {standardBusinessDocument}; the token and fingerprint are filled in
  --recipient-cert  the postbox's or print service's certificate; when --to is the simulator, its own
  --token-url, --audience   Maskinporten (the audience defaults to the token URL's directory); when --to is
                    the simulator, its token issuer
  --follow          print each status and verified receipt until the letter's state is terminal
                    (at most --timeout seconds, default 300)
  --out DIR         keep the signed letter as DIR/letter.jwt and the package as DIR/package.cms
Exit 0 when sent (and, with --follow, a terminal state other than FEIL was reached), 1 otherwise, 2 on a usage error.`;

const DIGEST = "http://www.w3.org/2001/04/xmlenc#sha256";
const PLACEHOLDER = { digestMethod: DIGEST, digestValue: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hXuFU=" };

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(e as Error).message}`);
  }
}

function documentInput(file: string): DocumentInput {
  const ext = extname(file).slice(1).toLowerCase();
  const type = MIME_TYPES.find((m) => !m.extension && m.fileType === (ext === "jpg" ? "jpeg" : ext));
  if (!type)
    throw new UsageError(`${file}: no DPI document type for .${ext} (see MIME_TYPES of @innbyggerpost/dokumentpakke)`);
  return {
    bytes: new Uint8Array(read(file, "document")),
    fileName: basename(file),
    mimeType: type.mimeType,
    title: basename(file, extname(file)),
  };
}

/** What the simulator tells about itself (null when --to is not one). */
async function discover(to: string): Promise<{
  tokenUrl: string;
  issuer: string;
  postbox: string;
  print: string;
  providers: { postbox: string; print: string };
} | null> {
  try {
    const meta = await fetch(`${to}/maskinporten/.well-known/oauth-authorization-server`);
    const certs = await fetch(`${to}/simulator/certificates`);
    if (meta.status !== 200 || certs.status !== 200) return null;
    const m = (await meta.json()) as { issuer: string; token_endpoint: string };
    const c = (await certs.json()) as {
      postboxCertificate: string;
      printCertificate: string;
      providers: { postbox: string; print: string };
    };
    return {
      tokenUrl: m.token_endpoint,
      issuer: m.issuer,
      postbox: c.postboxCertificate,
      print: c.printCertificate,
      providers: c.providers,
    };
  } catch {
    return null;
  }
}

type Report = {
  messageId: string;
  conversationId: string | null;
  outcome: string;
  statuses: string[];
  receipts: { type: string; status: string | null; verified: boolean }[];
  state: string | null;
  terminal: boolean;
};

async function follow(
  client: AccessPointClient,
  report: Report,
  letter: unknown,
  kanal: string | undefined,
  trust: string[],
  timeoutMs: number,
  io: CommandIo,
  json: boolean,
): Promise<void> {
  const events: StatusEvent[] = [{ kind: "message", message: letter }];
  const seenStatuses = new Set<string>();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const st = await client.statuses(report.messageId);
    if (st.ok) {
      for (const s of st.statuses) {
        const key = `${s.status}|${s.timestamp}`;
        if (seenStatuses.has(key)) continue;
        seenStatuses.add(key);
        events.push(s.event);
        report.statuses.push(s.status);
        if (!json) io.line(`status   ${s.status}${s.beskrivelse ? ` (${s.beskrivelse})` : ""}  ${s.timestamp ?? ""}`);
      }
    }
    const incoming = await client.incoming(kanal ? { kanal } : {});
    if (incoming.ok) {
      for (const m of incoming.messages) {
        const v = await verifyMessage({ jws: m.forretningsmelding, trust: { certificates: trust } });
        if (!v.ok || v.envelope.conversationId !== report.conversationId) continue;
        events.push({ kind: "receipt", message: v.message, jws: m.forretningsmelding });
        const state = reduceStatus(events, { now: new Date().toISOString() });
        report.receipts.push({ type: v.type, status: state.status, verified: true });
        if (!json)
          io.line(`receipt  ${v.type} (verified, ${v.signature.organisationNumber ?? "no org"}) -> ${state.status}`);
        if (m.id) await client.markRead(m.id);
      }
    }
    const state = reduceStatus(events, { now: new Date().toISOString() });
    report.state = state.status;
    report.terminal = state.terminal;
    if (state.terminal) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseOptions(args, {
    document: { type: "string" },
    attachment: { type: "string", multiple: true },
    key: { type: "string" },
    cert: { type: "string" },
    to: { type: "string" },
    "recipient-cert": { type: "string" },
    "token-url": { type: "string" },
    audience: { type: "string" },
    "client-id": { type: "string" },
    kanal: { type: "string" },
    follow: { type: "boolean" },
    timeout: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
  });
  const v = parsed.values;
  if (parsed.positionals.length !== 1) throw new UsageError("give exactly one LETTER.json");
  if (!v.document || !v.key || !v.cert || !v.to)
    throw new UsageError("--document, --key, --cert and --to are required");
  const to = v.to.replace(/\/+$/, "");
  const timeoutMs = 1000 * Number(v.timeout ?? 300);
  if (!(timeoutMs > 0)) throw new UsageError("--timeout is a number of seconds");
  const privateKey = read(v.key, "key").toString("utf8");
  const certificate = read(v.cert, "certificate").toString("utf8");
  const cert = readCertificate(certificate);
  if (!cert.ok) throw new UsageError(`--cert: ${cert.errors[0]!.message}`);
  const orgnr = organisationNumberOfCertificate(cert.certificate);
  if (!orgnr) throw new UsageError("--cert carries no organisation number");
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(read(parsed.positionals[0]!, "letter").toString("utf8")) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${parsed.positionals[0]} is not JSON`);
  }
  const document = documentInput(v.document);
  const attachments = (v.attachment ?? []).map(documentInput);

  const sim = await discover(to);
  // Without --token-url, the simulator's own token endpoint and the issuer it announces.
  const discovered = v["token-url"] === undefined ? sim : undefined;
  const tokenUrl = v["token-url"] ?? discovered?.tokenUrl;
  if (!tokenUrl)
    throw new UsageError("--to is not the simulator: give --token-url (and --audience if not its directory)");
  const audience = v.audience ?? discovered?.issuer ?? defaultAudience(tokenUrl);
  if (!audience) throw new UsageError(`--token-url ${tokenUrl}: not a URL`);
  const token = maskinportenTokenSource({
    tokenUrl,
    audience,
    clientId: v["client-id"] ?? "innbyggerpost-cli",
    privateKey,
    certificate,
  });
  const got = await token.result();
  if (!got.ok) {
    for (const e of got.errors) io.warn(`innbyggerpost send: token: ${e.pointer || "/"} [${e.code}] ${e.message}`);
    return EXIT.invalid;
  }

  const sbd = input.standardBusinessDocument as Record<string, unknown> | undefined;
  const type = sbd ? (["digital", "utskrift"].find((t) => t in sbd) ?? "") : String(input.type ?? "");
  if (type !== "digital" && type !== "utskrift") throw new UsageError("the letter is a digital or utskrift letter");
  const recipientCertificate = v["recipient-cert"]
    ? read(v["recipient-cert"], "recipient certificate").toString("utf8")
    : type === "utskrift"
      ? sim?.print
      : sim?.postbox;
  if (!recipientCertificate) throw new UsageError("--to is not the simulator: give --recipient-cert");
  const filled = (payload: unknown) => ({
    ...(payload as object),
    maskinportentoken: got.accessToken,
    dokumentpakkefingeravtrykk: PLACEHOLDER,
  });
  let letter: unknown;
  if (sbd) letter = { standardBusinessDocument: { ...sbd, [type]: filled(sbd[type]) } };
  else {
    const receiver = input.receiver ?? (sim ? sim.providers[type === "utskrift" ? "print" : "postbox"] : undefined);
    const built = buildMessage({
      type,
      sender: (input.sender as string | undefined) ?? orgnr,
      receiver: receiver as string,
      payload: filled(input.payload),
    } as Parameters<typeof buildMessage>[0]);
    if (!built.ok) {
      for (const e of built.errors)
        io.warn(`innbyggerpost send: ${parsed.positionals[0]}: ${e.pointer || "/"} [${e.code}] ${e.message}`);
      return EXIT.invalid;
    }
    letter = built.message;
  }
  const made = await createPackage({
    letter,
    document,
    attachments,
    signer: { privateKey, certificate },
    recipientCertificate,
  });
  if (!made.ok) {
    for (const e of made.errors) io.warn(`innbyggerpost send: package: ${e.pointer || "/"} [${e.code}] ${e.message}`);
    return EXIT.invalid;
  }
  const signed = await signMessage({ message: made.letter, privateKey, certificate });
  if (!signed.ok) {
    for (const e of signed.errors) io.warn(`innbyggerpost send: sign: ${e.pointer || "/"} [${e.code}] ${e.message}`);
    return EXIT.invalid;
  }
  if (v.out) {
    mkdirSync(v.out, { recursive: true });
    writeFileSync(join(v.out, "letter.jwt"), signed.jws);
    writeFileSync(join(v.out, "package.cms"), made.cms);
  }
  const header = (
    made.letter as {
      standardBusinessDocument: {
        standardBusinessDocumentHeader: {
          documentIdentification: { instanceIdentifier: string };
          businessScope: { scope: { type: string; instanceIdentifier: string }[] };
        };
      };
    }
  ).standardBusinessDocument.standardBusinessDocumentHeader;
  const report: Report = {
    messageId: header.documentIdentification.instanceIdentifier,
    conversationId: header.businessScope.scope.find((s) => s.type === "ConversationId")?.instanceIdentifier ?? null,
    outcome: "refused",
    statuses: [],
    receipts: [],
    state: null,
    terminal: false,
  };
  const client = createAccessPointClient({ baseUrl: to, token });
  const sent = await client.send({ jws: signed.jws, cms: made.cms, ...(v.kanal ? { kanal: v.kanal } : {}) });
  if (!sent.ok) {
    for (const e of sent.errors) io.warn(`innbyggerpost send: ${e.pointer || "/"} [${e.code}] ${e.message}`);
    if (v.json) io.json(report);
    return EXIT.invalid;
  }
  report.outcome = sent.outcome;
  if (!v.json) io.line(`${sent.outcome} ${report.messageId} (conversation ${report.conversationId})`);
  if (v.follow) {
    const trust = [recipientCertificate, ...(sim ? [sim.postbox, sim.print] : [])];
    await follow(client, report, made.letter, v.kanal, trust, timeoutMs, io, Boolean(v.json));
    if (!v.json)
      io.line(`state    ${report.state ?? "unknown"}${report.terminal ? " (terminal)" : " (not terminal: timed out)"}`);
  }
  if (v.json) io.json(report);
  return !v.follow || (report.terminal && report.state !== "FEIL") ? EXIT.ok : EXIT.invalid;
}
