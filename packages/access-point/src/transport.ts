import type { Client } from "openapi-fetch";
import { apProblem, httpProblem, type AccessPointProblem } from "./errors.js";
import type { paths } from "./generated/c2.js";
import { backoffDelay, retryAfterMs, sleep, type ResolvedRetry } from "./retry.js";

/** Where the client gets its bearer token: a Maskinporten access token, fresh enough for the next request. */
export type TokenSource = () => string | Promise<string>;

/** @internal What one openapi-fetch call gives back. */
export interface FetchOutcome<D> {
  readonly data?: D;
  readonly error?: unknown;
  readonly response: Response;
}

/** @internal What every request needs: headers with the token, and the signal that ends it. */
export interface RequestInitParts {
  readonly headers: Record<string, string>;
  readonly signal: AbortSignal;
}

/** @internal The client's settings, read once. */
export interface Transport {
  readonly token: TokenSource;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetry;
}

/** @internal One attempt's result. */
export type Attempt<D> =
  | { readonly ok: true; readonly status: number; readonly data: D | undefined; readonly response: Response }
  | {
      readonly ok: false;
      readonly problem: AccessPointProblem;
      readonly sent: boolean;
      readonly retryAfter: number | null;
    };

/** @internal Calls the token source once; a problem when it fails or gives no token. */
export async function getToken(source: TokenSource): Promise<string | AccessPointProblem> {
  try {
    const token = await source();
    if (typeof token === "string" && token.trim() !== "") return token.trim();
    return apProblem("/token", "token-failed", "the token source gave no token (an empty or non-string value)");
  } catch (e) {
    const inner = (e as { errors?: { message?: unknown }[] })?.errors?.[0]?.message;
    const why = typeof inner === "string" ? inner : e instanceof Error ? e.message : String(e);
    return apProblem("/token", "token-failed", `the token source failed: ${why}`);
  }
}

function bodyText(error: unknown): string {
  if (error === undefined || error === null) return "";
  return typeof error === "string" ? error : JSON.stringify(error);
}

/**
 * @internal One HTTP attempt: token, per-attempt timeout joined with the caller's signal, and the answer
 * classified. `sent` says whether the request may have reached the server (then its outcome is unknown).
 */
export async function attempt<D>(
  t: Transport,
  call: (init: RequestInitParts) => Promise<FetchOutcome<D>>,
  signal?: AbortSignal,
): Promise<Attempt<D>> {
  if (signal?.aborted)
    return {
      ok: false,
      problem: apProblem("", "aborted", "aborted by the caller before the request"),
      sent: false,
      retryAfter: null,
    };
  const token = await getToken(t.token);
  if (typeof token !== "string") return { ok: false, problem: token, sent: false, retryAfter: null };
  const timeout = AbortSignal.timeout(t.timeoutMs);
  const joined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const r = await call({
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json, application/problem+json" },
      signal: joined,
    });
    const status = r.response.status;
    if (r.response.ok) return { ok: true, status, data: r.data, response: r.response };
    const problem = httpProblem(status, r.response.headers.get("content-type"), bodyText(r.error));
    return {
      ok: false,
      problem,
      sent: true,
      retryAfter: status >= 500 ? retryAfterMs(r.response.headers.get("retry-after")) : null,
    };
  } catch (e) {
    if (signal?.aborted)
      return {
        ok: false,
        problem: apProblem("", "aborted", "aborted by the caller; the request may have reached the access point"),
        sent: true,
        retryAfter: null,
      };
    if (timeout.aborted)
      return {
        ok: false,
        problem: apProblem("", "timeout", `no answer within ${t.timeoutMs} ms`),
        sent: true,
        retryAfter: null,
      };
    const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      problem: apProblem("", "network-error", `the request failed: ${why}`),
      sent: true,
      retryAfter: null,
    };
  }
}

/** @internal Attempts with the retry policy: network errors, timeouts and 5xx again; 4xx never. */
export async function withRetries<D>(
  t: Transport,
  call: (init: RequestInitParts) => Promise<FetchOutcome<D>>,
  signal?: AbortSignal,
): Promise<{ result: Attempt<D>; attempts: number; unknownBefore: boolean }> {
  let unknownBefore = false;
  for (let n = 1; ; n++) {
    const result = await attempt(t, call, signal);
    if (result.ok || !result.problem.retryable || n >= t.retry.attempts) return { result, attempts: n, unknownBefore };
    unknownBefore = true;
    if (!(await sleep(backoffDelay(t.retry, n, result.retryAfter), signal))) {
      return {
        result: {
          ok: false,
          problem: apProblem("", "aborted", "aborted by the caller while waiting to retry"),
          sent: false,
          retryAfter: null,
        },
        attempts: n,
        unknownBefore,
      };
    }
  }
}

/** @internal The client's settings, checked. */
export interface Resolved extends Transport {
  readonly api: Client<paths>;
  readonly timeZone: string;
}
