import { apFail, apProblem, type AccessPointFailure, type AccessPointProblem } from "./errors.js";
import type { components } from "./generated/c2.js";
import { backoffDelay, sleep } from "./retry.js";
import { getStatuses, type AccessPointStatus } from "./statuses.js";
import { attempt, type Resolved } from "./transport.js";

/** Input of {@link AccessPointClient.send}. */
export interface SendInput {
  /** The signed forretningsmelding, a compact JWS; its documentIdentification.instanceIdentifier is the message id. */
  readonly jws: string;
  /** The encrypted dokumentpakke (CMS bytes). */
  readonly cms: Uint8Array;
  /** The sending system's channel: 1 to 28 of A-Z, a-z, 0-9, _ and -. */
  readonly kanal?: string;
  readonly signal?: AbortSignal;
}

/**
 * What {@link AccessPointClient.send} returns.
 * - `sent`: this call delivered it (201, or an attempt whose answer was lost, confirmed by the statuses);
 * - `already-sent`: the access point had the id before this call (a 400 for a known id): not sent twice.
 */
export type SendResult =
  | {
      readonly ok: true;
      readonly outcome: "sent" | "already-sent";
      readonly messageId: string;
      /** `response`: the 201; `statuses`: settled by GET /messages/out/{id}/statuses. */
      readonly confirmedBy: "response" | "statuses";
      /** The statuses seen when they settled it (e.g. a FEILET). */
      readonly statuses: readonly AccessPointStatus[];
      /** POST attempts made. */
      readonly attempts: number;
    }
  | AccessPointFailure;

const ID_POINTER = "/jws/payload/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification";
const KANAL = /^[A-Za-z0-9_-]{1,28}$/;
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function unknownOutcome(attempts: number, messageId: string, ...also: AccessPointProblem[]): AccessPointFailure {
  const message =
    `the outcome of sending ${messageId} is unknown: it may have gone through; ` +
    `ask statuses(${JSON.stringify(messageId)}) before sending it again`;
  return apFail(attempts, apProblem("", "outcome-unknown", message), ...also);
}

/**
 * @internal Sends once, never twice: after an unknown outcome (timeout, reset, 5xx) or a 400, the
 * statuses say whether the access point has the id before anything is sent again.
 */
export async function sendSafely(
  r: Resolved,
  input: SendInput,
  messageIdOf: (jws: string) => string | null,
): Promise<SendResult> {
  if (typeof input !== "object" || input === null)
    return apFail(0, apProblem("", "bad-input", "the input is an object {jws, cms, kanal?}"));
  const { jws, cms, kanal, signal } = input;
  if (typeof jws !== "string" || !COMPACT.test(jws.trim()))
    return apFail(0, apProblem("/jws", "bad-input", "jws must be a compact JWS (three base64url parts)"));
  if (!(cms instanceof Uint8Array) || cms.byteLength === 0)
    return apFail(
      0,
      apProblem("/cms", "bad-input", "cms must be the encrypted package's bytes (a non-empty Uint8Array)"),
    );
  if (kanal !== undefined && (typeof kanal !== "string" || !KANAL.test(kanal)))
    return apFail(0, apProblem("/kanal", "bad-input", "kanal must be 1 to 28 of A-Z, a-z, 0-9, _ and -"));
  if (signal !== undefined && !(signal instanceof AbortSignal))
    return apFail(0, apProblem("/signal", "bad-input", "signal must be an AbortSignal"));
  const letter = jws.trim();
  const messageId = messageIdOf(letter);
  if (messageId === null)
    return apFail(0, apProblem(`${ID_POINTER}/instanceIdentifier`, "bad-input", "the JWS payload has no message id"));
  // A private copy: the caller may reuse its buffer while we retry.
  const bytes = new Uint8Array(cms);
  const body: components["schemas"]["sendRequest"] = {
    forretningsmelding: letter,
    dokumentpakke: new Blob([bytes], { type: "application/cms" }),
  };
  const toForm = (b: typeof body) => {
    const form = new FormData();
    form.set("forretningsmelding", b.forretningsmelding);
    form.set("dokumentpakke", b.dokumentpakke, "dokumentpakke.cms");
    return form;
  };

  let unknown = false;
  for (let n = 1; ; n++) {
    const a = await attempt(
      r,
      (init) =>
        r.api.POST("/messages/out", {
          params: { query: { kanal } },
          body,
          bodySerializer: toForm,
          parseAs: "text",
          ...init,
        }),
      signal,
    );
    if (a.ok) return { ok: true, outcome: "sent", messageId, confirmedBy: "response", statuses: [], attempts: n };
    const p = a.problem;
    if (p.code === "aborted") return a.sent || unknown ? unknownOutcome(n, messageId, p) : apFail(n, p);
    if (p.code === "rejected") {
      // 400: a validation error, or the id is already there. Only the statuses can tell.
      const s = await getStatuses(r, messageId, signal);
      if (s.ok && s.found)
        return {
          ok: true,
          outcome: unknown ? "sent" : "already-sent",
          messageId,
          confirmedBy: "statuses",
          statuses: s.statuses,
          attempts: n,
        };
      if (s.ok) return apFail(n, p);
      return unknown ? unknownOutcome(n, messageId, p, ...s.errors) : apFail(n, p, ...s.errors);
    }
    if (!p.retryable) return unknown ? unknownOutcome(n, messageId, p) : apFail(n, p);
    unknown ||= a.sent;
    if (n < r.retry.attempts && !(await sleep(backoffDelay(r.retry, n, a.retryAfter), signal)))
      return unknownOutcome(n, messageId, apProblem("", "aborted", "aborted by the caller while waiting to retry"));
    const s = await getStatuses(r, messageId, signal);
    if (!s.ok) return unknownOutcome(n, messageId, p, ...s.errors);
    if (s.found)
      return { ok: true, outcome: "sent", messageId, confirmedBy: "statuses", statuses: s.statuses, attempts: n };
    // The access point does not have it: sending again cannot make a second copy.
    if (n >= r.retry.attempts) return apFail(n, p);
  }
}
