import type { IncomingMessage, ServerResponse } from "node:http";
import { catalogue } from "@innbyggerpost/contracts";
import {
  checkAuthorisation,
  checkFingerprint,
  verifyMessage,
  type ParsedMessage,
  type TrustDecision,
} from "@innbyggerpost/runtime";
import { readUpload, type UploadLimits } from "./multipart.js";
import { httpProblem, inPart, sendProblem, type HttpProblem } from "./problem.js";
import type { Store, LetterRecord } from "./store.js";
import type { TokenIssuer } from "./token.js";

/** What `POST /messages/out` needs. */
export interface SendContext {
  readonly tokens: TokenIssuer;
  readonly store: Store;
  readonly trust: TrustDecision;
  readonly limits: UploadLimits;
  /** Called once a letter is durably accepted (OPPRETTET), to forward it (with the letter as verified). */
  readonly forward: (record: LetterRecord, verified: ParsedMessage) => void;
}

const KANAL = /^[A-Za-z0-9_-]{1,28}$/;
const ALGORITHMS = ["RS256", "RS512"];

/** A consumer claim `{authority|Authority, ID: "0192:<orgnr>"}` to its organisation number. */
export function consumerOf(claims: Record<string, unknown>): string | null {
  const c = claims.consumer as Record<string, unknown> | undefined;
  const id = typeof c?.ID === "string" ? c.ID : null;
  const m = id ? /^0192:(\d{9})$/.exec(id) : null;
  return m ? m[1]! : null;
}

/** Checks the bearer token (401/403) and that it names a consumer organisation. */
export async function authenticate(
  tokens: TokenIssuer,
  authorization: string | undefined,
): Promise<{ ok: true; consumer: string; claims: Record<string, unknown> } | { ok: false; problem: HttpProblem }> {
  const bearer = await tokens.bearer(authorization);
  const pointer = "/headers/authorization";
  if (!bearer.ok) {
    const title = bearer.status === 401 ? "Unauthenticated" : "Forbidden";
    return { ok: false, problem: httpProblem(bearer.status, bearer.code, title, bearer.message, pointer) };
  }
  const consumer = consumerOf(bearer.claims);
  if (!consumer) {
    const message = "the access token names no consumer organisation";
    return { ok: false, problem: httpProblem(403, "token-without-consumer", "Forbidden", message, pointer) };
  }
  return { ok: true, consumer, claims: bearer.claims };
}

/**
 * `POST /messages/out`: checks, in order, the bearer token, the multipart shape and size, the JWS, the letter
 * (strict), the fingerprint, the authorisation and the message id; the first failing check answers
 * problem+json naming what failed and where. Accepted letters are stored (OPPRETTET) before the 201.
 */
export async function sendRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: SendContext,
): Promise<string> {
  const refuse = (p: HttpProblem, close = false): string => {
    sendProblem(res, p, url.pathname, close);
    if (close) req.socket.end();
    else req.resume();
    return p.code;
  };
  const auth = await authenticate(ctx.tokens, req.headers.authorization);
  if (!auth.ok) return refuse(auth.problem);
  const { consumer } = auth;
  const kanal = url.searchParams.get("kanal");
  if (kanal !== null && !KANAL.test(kanal))
    return refuse(httpProblem(400, "bad-kanal", "Invalid kanal", "kanal is 1–28 of A-Z a-z 0-9 _ -", "/query/kanal"));

  const upload = await readUpload(req, ctx.limits);
  if (!upload.ok) return refuse(upload.problem, upload.close);
  const { jws, cms } = upload.upload;

  const verified = await verifyMessage({ jws, trust: ctx.trust, algorithms: ALGORITHMS, profile: "strict" });
  if (!verified.ok) {
    const invalid = verified.errors.every((e) => e.code === "invalid-message");
    return refuse(
      httpProblem(
        400,
        invalid ? "invalid-letter" : "invalid-jws",
        invalid ? "Invalid forretningsmelding" : "Invalid signature",
        inPart("forretningsmelding", verified.errors),
      ),
    );
  }
  const { type, message, envelope } = verified;
  const payloadPointer = `/forretningsmelding/payload/standardBusinessDocument/${type}`;
  if (catalogue[type].kind !== "letter")
    return refuse(
      httpProblem(
        400,
        "not-a-letter",
        "Invalid forretningsmelding",
        `a ${type} is not sent through /messages/out`,
        "/forretningsmelding/payload/standardBusinessDocument",
      ),
    );

  const fingerprint = checkFingerprint({ message, encryptedPackage: cms });
  if (!fingerprint.ok) {
    const errors = fingerprint.errors.map((e) => ({ ...e, pointer: `${payloadPointer}/dokumentpakkefingeravtrykk` }));
    return refuse(httpProblem(400, "fingerprint-mismatch", "Fingerprint does not match the package", errors));
  }

  const payload = (message.standardBusinessDocument as unknown as Record<string, Record<string, unknown>>)[type]!;
  const letterClaims = await ctx.tokens.issuedHere(payload.maskinportentoken);
  if (!letterClaims)
    return refuse(
      httpProblem(
        403,
        "foreign-token",
        "Forbidden",
        "the letter's maskinportentoken was not issued by this simulator's token issuer",
        `${payloadPointer}/maskinportentoken`,
      ),
    );
  if (consumerOf(letterClaims) !== consumer) {
    return refuse(
      httpProblem(
        403,
        "token-consumer-mismatch",
        "Forbidden",
        `the letter's maskinportentoken names consumer ${consumerOf(letterClaims)}, the bearer token ${consumer}`,
        `${payloadPointer}/maskinportentoken`,
      ),
    );
  }
  const signer = verified.signature.organisationNumber;
  const authorised = checkAuthorisation({ message, claims: letterClaims, ...(signer ? { signer } : {}) });
  if (!authorised.ok) {
    const errors = authorised.errors.map((e) => ({
      ...e,
      pointer: e.pointer.startsWith("/message")
        ? `/forretningsmelding/payload${e.pointer.slice(8)}`
        : e.pointer === "/signer"
          ? "/forretningsmelding/header/x5c/0"
          : `${payloadPointer}/maskinportentoken`,
    }));
    return refuse(httpProblem(403, "not-authorised", "Forbidden", errors));
  }

  const id = envelope.messageId;
  const idPointer =
    "/forretningsmelding/payload/standardBusinessDocument/standardBusinessDocumentHeader" +
    "/documentIdentification/instanceIdentifier";
  // has() and accept() run without an await between them: two concurrent sends of one id cannot both pass.
  if (ctx.store.has(id))
    return refuse(
      httpProblem(
        400,
        "duplicate-message-id",
        "Duplicate message id",
        `duplicate key value violates unique constraint "unique_message_uuid": ${id} was sent before`,
        idPointer,
      ),
    );
  const avsender = payload.avsender as Record<string, unknown> | undefined;
  const record: LetterRecord = {
    id,
    type,
    consumer,
    kanal: kanal === null ? null : kanal.toLowerCase(),
    avsenderidentifikator: typeof avsender?.avsenderidentifikator === "string" ? avsender.avsenderidentifikator : null,
    acceptedAt: Date.now(),
    jws,
    statuses: [{ status: "OPPRETTET", timestamp: new Date().toISOString() }],
    processed: false,
    incoming: [],
  };
  try {
    await ctx.store.accept(record, cms);
  } catch (e) {
    return refuse(
      httpProblem(
        500,
        "store-failed",
        "Not stored",
        `the letter could not be stored: ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
  }
  res.writeHead(201, { "content-length": 0, location: `/messages/out/${id}/statuses` }).end();
  ctx.forward(record, verified);
  return "accepted";
}
