import { isRecord } from "@innbyggerpost/contracts";
import type { Failure, Problem } from "@innbyggerpost/runtime";

/**
 * Why an access-point call failed.
 * - `bad-input`, `bad-option`: the call's input or an option is not usable (nothing was sent);
 * - `token-failed`: the token source threw, rejected or returned no token (nothing was sent);
 * - `network-error`: the connection failed or was reset; `timeout`: no answer within `timeoutMs`;
 * - `aborted`: the caller's AbortSignal fired;
 * - `server-error`: a 5xx answer (retried first);
 * - `rejected`: 400, the access point refused the request (a problem says why);
 * - `unauthenticated` (401), `forbidden` (403), `not-found` (404), `http-error` (any other status);
 * - `bad-response`: a 2xx answer whose body is not what the API promises;
 * - `outcome-unknown`: a send whose outcome could not be settled: it may have gone through; ask
 *   `statuses(messageId)` later, never send it as new.
 */
export type AccessPointErrorCode =
  | "bad-input"
  | "bad-option"
  | "token-failed"
  | "network-error"
  | "timeout"
  | "aborted"
  | "server-error"
  | "rejected"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "http-error"
  | "bad-response"
  | "outcome-unknown";

/**
 * A problem+json body (RFC 7807) read leniently: `status` as a number even when it came as text,
 * empty strings as absent.
 */
export interface ProblemDetails {
  readonly type: string | null;
  readonly title: string | null;
  readonly status: number | null;
  readonly detail: string | null;
  readonly instance: string | null;
  /** The body as parsed, unchanged (members beyond RFC 7807 included). */
  readonly raw: unknown;
}

/** One problem with an access-point call: a runtime {@link Problem} with what the HTTP exchange said. */
export interface AccessPointProblem extends Problem<AccessPointErrorCode> {
  /** The HTTP status, or null when there was no answer (or nothing was sent). */
  readonly httpStatus: number | null;
  /** The problem's `detail`, or an excerpt of a body that is not problem+json (HTML, text), or null. */
  readonly detail: string | null;
  /** The problem+json body, when the answer carried one. */
  readonly problem: ProblemDetails | null;
  /** Whether the call may succeed when tried again (network errors, timeouts, 5xx). */
  readonly retryable: boolean;
}

/** The failure half of every access-point result: returned, never thrown. */
export interface AccessPointFailure extends Failure<AccessPointErrorCode> {
  readonly errors: readonly AccessPointProblem[];
  /** HTTP attempts made (0 when nothing was sent). */
  readonly attempts: number;
}

/** @internal */
export function apProblem(
  pointer: string,
  code: AccessPointErrorCode,
  message: string,
  http: Partial<Pick<AccessPointProblem, "httpStatus" | "detail" | "problem">> = {},
): AccessPointProblem {
  const retryable = code === "network-error" || code === "timeout" || code === "server-error";
  return {
    pointer,
    code,
    message,
    httpStatus: http.httpStatus ?? null,
    detail: http.detail ?? null,
    problem: http.problem ?? null,
    retryable,
  };
}

/**
 * @internal The `bad-option` problem for options that threw while being read (a throwing getter, a
 * revoked Proxy): what every entry point returns instead of letting the exception escape.
 */
export function unreadableOptions(e: unknown): AccessPointProblem {
  let why = "an unreadable value was thrown";
  try {
    why = e instanceof Error ? String(e.message) : String(e);
  } catch {
    // keep the generic reason
  }
  return apProblem("", "bad-option", `the options could not be read: ${why}`);
}

/** @internal */
export function apFail(attempts: number, ...errors: AccessPointProblem[]): AccessPointFailure {
  return { ok: false, errors, attempts };
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** @internal Reads a problem+json body leniently; null when the value is not an object. */
export function readProblem(body: unknown): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const s = body.status;
  const status =
    typeof s === "number" && Number.isInteger(s)
      ? s
      : typeof s === "string" && /^\s*\d{3}\s*$/.test(s)
        ? Number(s)
        : null;
  return {
    type: text(body.type),
    title: text(body.title),
    status,
    detail: text(body.detail),
    instance: text(body.instance),
    raw: body,
  };
}

const MAX_EXCERPT = 300;

/** @internal A short, readable excerpt of a body that is not problem+json (tags and runs of space removed). */
export function excerpt(body: string): string | null {
  const plain = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return null;
  return plain.length > MAX_EXCERPT ? `${plain.slice(0, MAX_EXCERPT)}…` : plain;
}

const BY_STATUS: Record<number, AccessPointErrorCode> = {
  400: "rejected",
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
};

/** @internal The problem for a non-2xx answer, from whatever body it had (problem+json, JSON, HTML, text, nothing). */
export function httpProblem(status: number, contentType: string | null, body: string): AccessPointProblem {
  const code = status >= 500 ? "server-error" : (BY_STATUS[status] ?? "http-error");
  let parsed: unknown;
  if (body.trim() !== "" && (contentType === null || /json/i.test(contentType) || /^\s*\{/.test(body))) {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const problem = readProblem(parsed);
  const detail = problem ? (problem.detail ?? problem.title) : excerpt(body);
  const what = problem
    ? "problem"
    : body.trim() === ""
      ? "an empty body"
      : /html/i.test(contentType ?? "") || /^\s*</.test(body)
        ? "an HTML page"
        : "a body that is not problem+json";
  const message = `the access point answered ${status} with ${what}${detail ? `: ${detail}` : ""}`;
  return apProblem("", code, message, { httpStatus: status, detail, problem });
}
