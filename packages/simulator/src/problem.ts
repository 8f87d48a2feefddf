import type { ServerResponse } from "node:http";
import type { Problem } from "@innbyggerpost/runtime";

/** An RFC 7807 problem the server answers with; `errors` names each failed check by JSON pointer. */
export interface HttpProblem {
  readonly status: number;
  /** Our kebab-case code of the check that failed; `type` is `urn:innbyggerpost:simulator:<code>`. */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly Pick<Problem, "pointer" | "code" | "message">[];
}

/** A problem from one check and the runtime problems it reported. */
export function httpProblem(
  status: number,
  code: string,
  title: string,
  errors: readonly Problem[] | string,
  pointer = "",
): HttpProblem {
  const list =
    typeof errors === "string"
      ? [{ pointer, code, message: errors }]
      : errors.map((e) => ({ pointer: e.pointer, code: e.code, message: e.message }));
  return {
    status,
    code,
    title,
    detail: list.map((e) => (e.pointer ? `${e.pointer}: ${e.message}` : e.message)).join("; "),
    errors: list,
  };
}

/** Rewrites the runtime's `/jws/...` pointers to name the multipart part the JWS came in. */
export function inPart(part: string, errors: readonly Problem[]): Problem[] {
  return errors.map((e) => ({
    ...e,
    pointer: e.pointer.startsWith("/jws") ? `/${part}${e.pointer.slice(4)}` : `/${part}${e.pointer}`,
  }));
}

/** Writes a problem as `application/problem+json` (unless the response is already under way). */
export function sendProblem(res: ServerResponse, problem: HttpProblem, instance?: string, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify({
    type: `urn:innbyggerpost:simulator:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(instance ? { instance } : {}),
    errors: problem.errors,
  });
  const headers: Record<string, string | number> = {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
  };
  if (close) headers.connection = "close";
  if (problem.status === 401) headers["www-authenticate"] = 'Bearer error="invalid_token"';
  res.writeHead(problem.status, headers).end(body);
}

/** Writes JSON with a status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(value);
  res
    .writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers })
    .end(body);
}
