import { createHash, createPrivateKey, randomUUID, X509Certificate, type KeyObject } from "node:crypto";
import { compactVerify, decodeProtectedHeader, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { organisationNumberOfCertificate, type Failure } from "@innbyggerpost/runtime";
import { isRecord } from "@innbyggerpost/contracts";
import { reasonOf } from "./scenarios.js";

/** The scope the C2 API requires. */
export const SEND_SCOPE = "digitalpostinnbygger:send";
/** The grant type of Maskinporten's JWT-bearer grant. */
export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/** Lifetime of an access token, as Maskinporten's real test tokens (exp − iat = 120 s). */
export const TOKEN_SECONDS = 120;
/** The longest a grant may live (Maskinporten: at most 120 s). */
export const GRANT_SECONDS = 120;
const CLOCK_SKEW = 10;
const ISO6523 = "iso6523-actorid-upis";

/** What the token issuer needs. */
export interface TokenIssuerOptions {
  /** The issuer URL (`iss` of access tokens, `aud` of grants). */
  readonly issuer: string;
  /** The token signer's PEM key and certificate. */
  readonly signer: { readonly privateKey: string; readonly certificate: string };
  /** Decides whether a grant's x5c certificate is trusted (the simulator's CA or `--trust`). */
  readonly trusts: (certificate: X509Certificate) => boolean;
  /** Scopes the issuer grants; others get `invalid_scope`. */
  readonly grantable: readonly string[];
  /** Records a grant's jti; false when it was seen before (a replay). */
  readonly remember: (jti: string, expiresAt: number) => boolean;
}

/** An OAuth error answer (RFC 6749 §5.2). */
export interface OAuthError {
  readonly ok: false;
  readonly status: number;
  readonly error: "invalid_request" | "unsupported_grant_type" | "invalid_grant" | "invalid_scope" | "invalid_client";
  readonly description: string;
}

/** A token answer. */
export interface TokenAnswer {
  readonly ok: true;
  readonly body: {
    readonly access_token: string;
    readonly token_type: "Bearer";
    readonly expires_in: number;
    readonly scope: string;
  };
  readonly consumer: string;
}

const oauth = (error: OAuthError["error"], description: string, status = 400): OAuthError => ({
  ok: false,
  status,
  error,
  description,
});
const party = (orgnr: string) => ({ authority: ISO6523, ID: `0192:${orgnr}` });

/** The most scopes an issuer grants (a huge sparse list is refused by its length). */
const MAX_SCOPES = 1000;

type CheckedIssuer = { ok: true; options: TokenIssuerOptions; key: KeyObject; certificate: X509Certificate };

/** Reads the issuer's options once into fresh values and parses the signer; `bad-option` at the first wrong one. */
function readIssuerOptions(options: unknown): CheckedIssuer | Failure<"bad-option"> {
  const bad = (pointer: string, message: string): Failure<"bad-option"> => ({
    ok: false,
    errors: [{ pointer, code: "bad-option", message }],
  });
  let where = "";
  try {
    if (!isRecord(options)) return bad("", "options are {issuer, signer, trusts, grantable, remember}");
    where = "/issuer";
    const issuer: unknown = options.issuer;
    where = "/signer";
    const signer: unknown = options.signer;
    where = "/trusts";
    const trusts: unknown = options.trusts;
    where = "/grantable";
    const grantable: unknown = options.grantable;
    where = "/remember";
    const remember: unknown = options.remember;
    if (typeof issuer !== "string" || issuer === "") return bad("/issuer", "issuer is the issuer URL");
    if (!isRecord(signer)) return bad("/signer", "signer is {privateKey, certificate} (PEM)");
    where = "/signer/privateKey";
    const privateKey: unknown = signer.privateKey;
    where = "/signer/certificate";
    const certificatePem: unknown = signer.certificate;
    if (typeof trusts !== "function") return bad("/trusts", "trusts is a function of a certificate");
    if (typeof remember !== "function") return bad("/remember", "remember is a function of (jti, expiresAt)");
    where = "/grantable";
    if (!Array.isArray(grantable) || grantable.length > MAX_SCOPES)
      return bad("/grantable", `grantable is a list of at most ${MAX_SCOPES} scopes`);
    const scopes: string[] = [];
    for (let i = 0; i < grantable.length; i++) {
      where = `/grantable/${i}`;
      const scope: unknown = grantable[i];
      if (typeof scope !== "string") return bad(where, "a scope is a string");
      scopes.push(scope);
    }
    if (typeof privateKey !== "string") return bad("/signer/privateKey", "signer.privateKey is a PEM private key");
    if (typeof certificatePem !== "string")
      return bad("/signer/certificate", "signer.certificate is a PEM certificate");
    where = "/signer/privateKey";
    const key = createPrivateKey(privateKey);
    where = "/signer/certificate";
    const certificate = new X509Certificate(certificatePem);
    if (!certificate.checkPrivateKey(key))
      return bad("/signer/privateKey", "signer.privateKey is not the certificate's key");
    return {
      ok: true,
      options: {
        issuer,
        signer: { privateKey, certificate: certificatePem },
        trusts: trusts as TokenIssuerOptions["trusts"],
        grantable: scopes,
        remember: remember as TokenIssuerOptions["remember"],
      },
      key,
      certificate,
    };
  } catch (e) {
    return bad(where, `unreadable or wrong option: ${reasonOf(e)}`);
  }
}

/** The Maskinporten-style token issuer: verifies JWT-bearer grants, signs access tokens. */
export class TokenIssuer {
  readonly #options: TokenIssuerOptions;
  readonly #key: KeyObject;
  readonly #certificate: X509Certificate;
  readonly #kid: string;
  /**
   * Claims of tokens whose signature verified, by token text: a sender presents one token on every request, and
   * verifying it each time cost more than the crypto floor's own verifies. Time claims are checked on every use.
   */
  readonly #verified = new Map<string, Record<string, unknown>>();

  /**
   * Makes an issuer from options it has checked (see {@link TokenIssuer.create}, which returns a result).
   * @throws a `TypeError` naming the option when one is wrong or unreadable (the only throwing entry point of
   * the simulator: a constructor cannot return a result).
   */
  constructor(options: TokenIssuerOptions) {
    const checked = readIssuerOptions(options);
    if (!checked.ok) throw new TypeError(`${checked.errors[0]!.pointer}: ${checked.errors[0]!.message}`);
    this.#options = checked.options;
    this.#key = checked.key;
    this.#certificate = checked.certificate;
    this.#kid = createHash("sha256").update(this.#certificate.raw).digest("base64url");
  }

  /**
   * Makes an issuer, or says which option is wrong (`bad-option` at its pointer: `/issuer`, `/signer/privateKey`,
   * `/signer/certificate`, `/trusts`, `/grantable`, `/remember`). Each option is read once; the lists are copied.
   * Never throws.
   */
  static create(options: TokenIssuerOptions): { ok: true; issuer: TokenIssuer } | Failure<"bad-option"> {
    const checked = readIssuerOptions(options);
    if (!checked.ok) return checked;
    return { ok: true, issuer: new TokenIssuer(checked.options) };
  }

  /** The issuer URL. */
  get issuer(): string {
    return this.#options.issuer;
  }

  /** The public key set (JWKS) a verifier fetches from `{issuer}jwks`. */
  jwks(): { keys: object[] } {
    const jwk = this.#certificate.publicKey.export({ format: "jwk" });
    return { keys: [{ ...jwk, kid: this.#kid, alg: "RS256", use: "sig" }] };
  }

  /**
   * Answers a token request given its form fields. Never throws: a form that cannot be read is
   * `invalid_request`, a trust or replay callback that throws refuses the grant (`invalid_grant`).
   */
  async grant(form: URLSearchParams): Promise<TokenAnswer | OAuthError> {
    let grantType: string | null;
    let assertion: string | null;
    try {
      if (!(form instanceof URLSearchParams)) return oauth("invalid_request", "the form is not URLSearchParams");
      grantType = URLSearchParams.prototype.get.call(form, "grant_type");
      assertion = URLSearchParams.prototype.get.call(form, "assertion");
    } catch (e) {
      return oauth("invalid_request", `the form cannot be read: ${reasonOf(e)}`);
    }
    try {
      return await this.#grant(grantType, assertion);
    } catch (e) {
      return oauth("invalid_grant", `the grant cannot be checked: ${reasonOf(e)}`);
    }
  }

  async #grant(grantType: string | null, assertion: string | null): Promise<TokenAnswer | OAuthError> {
    if (grantType !== JWT_BEARER) return oauth("unsupported_grant_type", `grant_type must be ${JWT_BEARER}`);
    if (!assertion) return oauth("invalid_request", "the assertion form field is missing");
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(assertion);
    } catch {
      return oauth("invalid_grant", "the assertion is not a compact JWT");
    }
    if (header.alg !== "RS256" && header.alg !== "RS384" && header.alg !== "RS512")
      return oauth("invalid_grant", `alg ${String(header.alg)} is not allowed (RS256)`);
    const x5c = header.x5c;
    if (!Array.isArray(x5c) || typeof x5c[0] !== "string")
      return oauth("invalid_grant", "the assertion header has no x5c certificate");
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(Buffer.from(x5c[0], "base64"));
    } catch {
      return oauth("invalid_grant", "x5c[0] is not a certificate");
    }
    // Any doubt refuses: only a plain true trusts.
    if (this.#options.trusts(certificate) !== true)
      return oauth("invalid_grant", "the x5c certificate is not issued by a trusted CA (or has expired)");
    const orgnr = organisationNumberOfCertificate(certificate);
    if (orgnr === null) return oauth("invalid_grant", "the x5c certificate carries no organisation number");
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(assertion, certificate.publicKey, {
        algorithms: [header.alg],
        audience: this.issuer,
        requiredClaims: ["iss", "iat", "exp", "jti", "scope"],
        clockTolerance: CLOCK_SKEW,
      }));
    } catch (e) {
      return oauth("invalid_grant", `the assertion does not verify: ${e instanceof Error ? e.message : String(e)}`);
    }
    const { iat, exp, jti, iss, scope } = claims as {
      iat: number;
      exp: number;
      jti: unknown;
      iss: unknown;
      scope: unknown;
    };
    if (exp - iat > GRANT_SECONDS)
      return oauth("invalid_grant", `exp is ${exp - iat} s after iat; at most ${GRANT_SECONDS} s`);
    if (typeof jti !== "string" || typeof iss !== "string" || typeof scope !== "string")
      return oauth("invalid_grant", "iss, jti and scope are strings");
    const scopes = scope.split(" ").filter(Boolean);
    const refused = scopes.filter((s) => !this.#options.grantable.includes(s));
    if (scopes.length === 0 || refused.length)
      return oauth("invalid_scope", `scope not granted: ${refused.join(" ") || "(empty)"}`);
    let consumer = orgnr;
    let supplier: string | null = null;
    const consumerOrg = (claims as { consumer_org?: unknown }).consumer_org;
    if (consumerOrg !== undefined) {
      if (typeof consumerOrg !== "string" || !/^\d{9}$/.test(consumerOrg))
        return oauth("invalid_grant", "consumer_org is a nine-digit organisation number");
      if (consumerOrg !== orgnr) [consumer, supplier] = [consumerOrg, orgnr];
    }
    if (this.#options.remember(jti, exp) !== true)
      return oauth("invalid_grant", `jti ${jti} was used before (a replayed grant)`);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      scope: scopes.join(" "),
      client_amr: "virksomhetssertifikat",
      token_type: "Bearer",
      client_id: iss,
      consumer: party(consumer),
      ...(supplier ? { supplier: party(supplier) } : {}),
    })
      .setProtectedHeader({ kid: this.#kid, alg: "RS256" })
      .setIssuer(this.issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + TOKEN_SECONDS)
      .setJti(randomUUID())
      .sign(this.#key);
    return {
      ok: true,
      body: { access_token: token, token_type: "Bearer", expires_in: TOKEN_SECONDS, scope: scopes.join(" ") },
      consumer,
    };
  }

  /**
   * Checks a bearer access token: 401 (`status`) when it is missing, not ours, badly signed or expired;
   * 403 when it lacks the send scope. On success, its claims.
   */
  async bearer(
    authorization: string | undefined,
  ): Promise<
    | { ok: true; token: string; claims: Record<string, unknown> }
    | { ok: false; status: 401 | 403; code: string; message: string }
  > {
    // Anything but a string (a header array, a hostile object) is no token; the string is matched as it is.
    const m = typeof authorization === "string" ? /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(authorization) : null;
    if (!m)
      return {
        ok: false,
        status: 401,
        code: "missing-token",
        message: "no Authorization: Bearer <access token> header",
      };
    const token = m[1]!;
    let claims: Record<string, unknown>;
    try {
      const known = this.#verified.get(token);
      if (known) claims = this.#current(known);
      else {
        ({ payload: claims } = await jwtVerify(token, this.#certificate.publicKey, {
          algorithms: ["RS256"],
          issuer: this.issuer,
          clockTolerance: CLOCK_SKEW,
        }));
        this.#remember(token, claims);
      }
    } catch (e) {
      const code = (e as { code?: string }).code === "ERR_JWT_EXPIRED" ? "expired-token" : "invalid-token";
      return {
        ok: false,
        status: 401,
        code,
        message: `the access token does not verify: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    if (typeof claims.exp !== "number")
      return { ok: false, status: 401, code: "invalid-token", message: "the access token has no exp" };
    const scopes = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
    if (!scopes.includes(SEND_SCOPE))
      return {
        ok: false,
        status: 403,
        code: "missing-scope",
        message: `the access token's scope ${String(claims.scope)} lacks ${SEND_SCOPE}`,
      };
    return { ok: true, token, claims };
  }

  /**
   * Checks that a letter's maskinportentoken was issued here (signature and issuer; not expiry: a token may
   * expire in transit).
   */
  async issuedHere(token: unknown): Promise<Record<string, unknown> | null> {
    if (typeof token !== "string") return null;
    const known = this.#verified.get(token);
    if (known) return known;
    try {
      const { payload } = await compactVerify(token, this.#certificate.publicKey, { algorithms: ["RS256"] });
      const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
      if (claims.iss !== this.issuer) return null;
      this.#remember(token, claims);
      return claims;
    } catch {
      return null;
    }
  }

  /** A verified token's claims, when it is still valid now (as jwtVerify checks exp and nbf, with the skew). */
  #current(claims: Record<string, unknown>): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp === "number" && claims.exp <= now - CLOCK_SKEW)
      throw Object.assign(new Error('"exp" claim timestamp check failed'), { code: "ERR_JWT_EXPIRED" });
    if (typeof claims.nbf === "number" && claims.nbf > now + CLOCK_SKEW)
      throw new Error('"nbf" claim timestamp check failed');
    return claims;
  }

  #remember(token: string, claims: Record<string, unknown>): void {
    if (this.#verified.size >= 10_000) this.#verified.delete(this.#verified.keys().next().value!);
    this.#verified.set(token, claims);
  }
}
