import { createPrivateKey, randomUUID, type KeyObject } from "node:crypto";
import { readCertificates } from "@innbyggerpost/runtime";
import { SignJWT } from "jose";
import { apProblem, excerpt, unreadableOptions, type AccessPointFailure, type AccessPointProblem } from "./errors.js";

/** The scope of the DPI access-point API. */
export const DPI_SCOPE = "digitalpostinnbygger:send";
/** The JWT-bearer grant type (RFC 7523) Maskinporten takes. */
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/** Options of {@link maskinportenTokenSource}. */
export interface MaskinportenOptions {
  /** The token endpoint, e.g. `https://test.maskinporten.no/token`. */
  readonly tokenUrl: string;
  /** The `aud` of the assertion: Maskinporten's issuer, e.g. `https://test.maskinporten.no/`. */
  readonly audience: string;
  /** The integration's client id (the assertion's `iss`). */
  readonly clientId: string;
  /** The enterprise certificate's private key, PEM (PKCS#8 or PKCS#1). */
  readonly privateKey: string;
  /** The enterprise certificate, PEM, optionally followed by its chain (all go into `x5c`, leaf first). */
  readonly certificate: string;
  /** Default `digitalpostinnbygger:send`. */
  readonly scope?: string;
  /** The assertion's lifetime in seconds, 1 to 120 (default 120, Maskinporten's maximum). */
  readonly assertionLifetimeSeconds?: number;
  /** Refresh this many seconds before the token expires (default 30). */
  readonly refreshBeforeSeconds?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** The clock, in epoch milliseconds (default Date.now). */
  readonly now?: () => number;
}

/** A token from the token endpoint. */
export interface AccessToken {
  readonly ok: true;
  readonly accessToken: string;
  readonly tokenType: string;
  /** Epoch milliseconds at which it expires. */
  readonly expiresAt: number;
  readonly scope: string | null;
}

/** What {@link MaskinportenTokenSource.result} returns. */
export type TokenResult = AccessToken | AccessPointFailure;

/**
 * A token source for {@link createAccessPointClient}: calling it gives the access token (cached until
 * shortly before it expires; one request at a time). It rejects only when no token can be had, with a
 * {@link TokenError} (the client turns that into a `token-failed` result); `result()` never rejects.
 */
export interface MaskinportenTokenSource {
  (): Promise<string>;
  /** The token or why there is none, as a result. */
  result(): Promise<TokenResult>;
}

/** What a token source rejects with: the problems, as a result would carry them. */
export class TokenError extends Error {
  /** The problems. */
  readonly errors: readonly AccessPointProblem[];
  constructor(errors: readonly AccessPointProblem[]) {
    super(errors[0]?.message ?? "no token");
    this.name = "TokenError";
    this.errors = errors;
  }
}

interface Settings {
  tokenUrl: string;
  audience: string;
  clientId: string;
  key: KeyObject;
  x5c: string[];
  scope: string;
  lifetime: number;
  refreshBefore: number;
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => number;
}

const fail = (
  pointer: string,
  code: AccessPointProblem["code"],
  message: string,
  http: Parameters<typeof apProblem>[3] = {},
): AccessPointFailure => ({
  ok: false,
  errors: [apProblem(pointer, code, message, http)],
  attempts: 0,
});

function settings(options: unknown): Settings | AccessPointFailure {
  if (typeof options !== "object" || options === null)
    return fail(
      "",
      "bad-option",
      "options must be an object {tokenUrl, audience, clientId, privateKey, certificate, scope?}",
    );
  const o = options as Record<string, unknown>;
  const [tokenUrl, audience, clientId, privateKey, certificate] = [
    o.tokenUrl,
    o.audience,
    o.clientId,
    o.privateKey,
    o.certificate,
  ];
  const scope = o.scope ?? DPI_SCOPE;
  const lifetime = o.assertionLifetimeSeconds ?? 120;
  const refreshBefore = o.refreshBeforeSeconds ?? 30;
  const timeoutMs = o.timeoutMs ?? 30_000;
  const fetchFn = o.fetch ?? globalThis.fetch;
  const now = o.now ?? Date.now;
  try {
    if (typeof tokenUrl !== "string" || !/^https?:$/.test(new URL(tokenUrl).protocol)) throw new Error();
  } catch {
    return fail("/tokenUrl", "bad-option", "tokenUrl must be an absolute http(s) URL");
  }
  for (const [k, v] of [
    ["audience", audience],
    ["clientId", clientId],
    ["scope", scope],
  ] as const) {
    if (typeof v !== "string" || v.trim() === "") return fail(`/${k}`, "bad-option", `${k} must be a non-empty string`);
  }
  if (typeof lifetime !== "number" || !Number.isInteger(lifetime) || lifetime < 1 || lifetime > 120)
    return fail("/assertionLifetimeSeconds", "bad-option", "assertionLifetimeSeconds must be an integer from 1 to 120");
  if (typeof refreshBefore !== "number" || !(refreshBefore >= 0))
    return fail("/refreshBeforeSeconds", "bad-option", "refreshBeforeSeconds must be a number ≥ 0");
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0))
    return fail("/timeoutMs", "bad-option", "timeoutMs must be a positive number");
  if (typeof fetchFn !== "function") return fail("/fetch", "bad-option", "fetch must be a function");
  if (typeof now !== "function")
    return fail("/now", "bad-option", "now must be a function returning epoch milliseconds");
  let key: KeyObject;
  try {
    key = createPrivateKey(String(privateKey));
    if (key.asymmetricKeyType !== "rsa") throw new Error(`a ${key.asymmetricKeyType} key`);
  } catch (e) {
    return fail(
      "/privateKey",
      "bad-option",
      `privateKey must be an RSA private key in PEM (${(e as Error).message || "unreadable"})`,
    );
  }
  const certs = readCertificates(certificate as string);
  if (!certs.ok || typeof certificate !== "string")
    return fail(
      "/certificate",
      "bad-option",
      "certificate must be PEM text with the enterprise certificate (and its chain)",
    );
  const x5c = certs.certificates.map((c) => c.raw.toString("base64"));
  return {
    tokenUrl,
    audience: audience as string,
    clientId: clientId as string,
    key,
    x5c,
    scope: scope as string,
    lifetime,
    refreshBefore,
    timeoutMs,
    fetch: fetchFn as typeof fetch,
    now: now as () => number,
  };
}

async function requestToken(s: Settings): Promise<TokenResult> {
  const iat = Math.floor(s.now() / 1000);
  let assertion: string;
  try {
    assertion = await new SignJWT({ scope: s.scope })
      .setProtectedHeader({ alg: "RS256", x5c: s.x5c })
      .setAudience(s.audience)
      .setIssuer(s.clientId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + s.lifetime)
      .setJti(randomUUID())
      .sign(s.key);
  } catch (e) {
    return fail("/privateKey", "token-failed", `could not sign the assertion: ${(e as Error).message}`);
  }
  let response: Response;
  let text: string;
  try {
    response = await s.fetch(s.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString(),
      signal: AbortSignal.timeout(s.timeoutMs),
    });
    text = await response.text();
  } catch (e) {
    return fail("/tokenUrl", "token-failed", `the token endpoint could not be reached: ${(e as Error).message}`);
  }
  let body: Record<string, unknown> | null = null;
  try {
    const v: unknown = JSON.parse(text);
    body = typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    body = null;
  }
  if (!response.ok || !body || typeof body.access_token !== "string" || body.access_token === "") {
    const why =
      body && typeof body.error === "string"
        ? `${body.error}${typeof body.error_description === "string" ? `: ${body.error_description}` : ""}`
        : excerpt(text);
    return fail(
      "/tokenUrl",
      "token-failed",
      `the token endpoint answered ${response.status}${why ? ` (${why})` : ""}`,
      { httpStatus: response.status, detail: why },
    );
  }
  const expiresIn = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 120;
  return {
    ok: true,
    accessToken: body.access_token,
    tokenType: typeof body.token_type === "string" ? body.token_type : "Bearer",
    expiresAt: s.now() + expiresIn * 1000,
    scope: typeof body.scope === "string" ? body.scope : null,
  };
}

/**
 * A Maskinporten token source (JWT-bearer grant): an RS256 assertion with the certificate in `x5c` and
 * claims aud, iss, scope, iat, exp (at most 120 s later) and jti, posted as a form to the token endpoint.
 * The token is kept until `refreshBeforeSeconds` before it expires; concurrent calls share one request.
 */
export function maskinportenTokenSource(options: MaskinportenOptions): MaskinportenTokenSource {
  let s: ReturnType<typeof settings>;
  try {
    s = settings(options);
  } catch (e) {
    s = { ok: false, errors: [unreadableOptions(e)], attempts: 0 };
  }
  let cached: AccessToken | null = null;
  let pending: Promise<TokenResult> | null = null;
  const result = async (): Promise<TokenResult> => {
    if ("ok" in s) return s;
    if (cached && s.now() < cached.expiresAt - s.refreshBefore * 1000) return cached;
    pending ??= requestToken(s).then((r) => {
      pending = null;
      if (r.ok) cached = r;
      return r;
    });
    return pending;
  };
  const source = async (): Promise<string> => {
    const r = await result();
    if (!r.ok) throw new TokenError(r.errors);
    return r.accessToken;
  };
  return Object.assign(source, { result });
}
