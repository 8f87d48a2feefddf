import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { httpProblem, type HttpProblem } from "./problem.js";

/** The two parts of `POST /messages/out`. */
export interface Upload {
  readonly jws: string;
  readonly cms: Uint8Array;
}

/** Limits on one upload. */
export interface UploadLimits {
  /** Largest body in bytes (default 50 MB). */
  readonly maxBytes: number;
  /** The whole body must arrive within this many milliseconds (slow bodies are cut off). */
  readonly bodyTimeoutMs: number;
}

/** The forretningsmelding is a compact JWS: far smaller than any package. */
const MAX_JWS_BYTES = 1 << 20;
const PARTS = ["forretningsmelding", "dokumentpakke"] as const;

type Outcome = { ok: true; upload: Upload } | { ok: false; problem: HttpProblem; close: boolean };

const tooLarge = (message: string, pointer = ""): Outcome => ({
  ok: false,
  problem: httpProblem(413, "body-too-large", "Body too large", message, pointer),
  close: true,
});

const bad = (code: string, message: string, pointer = ""): Outcome => ({
  ok: false,
  problem: httpProblem(400, code, "Invalid upload", message, pointer),
  close: false,
});

/**
 * Reads the multipart/form-data body of a send: exactly one `forretningsmelding` (text) and one
 * `dokumentpakke` (bytes), within the size and time limits. Never rejects; a failed upload says why.
 */
export function readUpload(req: IncomingMessage, limits: UploadLimits): Promise<Outcome> {
  const type = req.headers["content-type"] ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type) || !/boundary=/i.test(type)) {
    return Promise.resolve(
      bad(
        "wrong-content-type",
        `the body is multipart/form-data with a boundary, not ${JSON.stringify(type) || "none"}`,
        "/content-type",
      ),
    );
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    return Promise.resolve(
      tooLarge(`Content-Length ${declared} exceeds the limit of ${limits.maxBytes} bytes`, "/content-length"),
    );
  }
  return new Promise<Outcome>((resolve) => {
    let done = false;
    const parts = new Map<string, Buffer[]>();
    const sizes = new Map<string, number>();
    let received = 0;
    const finish = (outcome: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!outcome.ok) req.unpipe(parser);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      finish({
        ok: false,
        problem: httpProblem(
          408,
          "body-timeout",
          "Body too slow",
          `the body did not arrive within ${limits.bodyTimeoutMs} ms`,
        ),
        close: true,
      });
    }, limits.bodyTimeoutMs);
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: limits.maxBytes, fieldSize: MAX_JWS_BYTES, parts: 8, fields: 8, files: 8 },
      });
    } catch (e) {
      clearTimeout(timer);
      resolve(
        bad(
          "malformed-multipart",
          `unreadable multipart header: ${e instanceof Error ? e.message : String(e)}`,
          "/content-type",
        ),
      );
      return;
    }
    const add = (name: string, chunk: Buffer) => {
      parts.get(name)!.push(chunk);
      sizes.set(name, (sizes.get(name) ?? 0) + chunk.length);
    };
    const start = (name: string): boolean => {
      if (!PARTS.includes(name as (typeof PARTS)[number])) {
        finish(
          bad(
            "unknown-part",
            `unexpected part ${JSON.stringify(name)}; the parts are forretningsmelding and dokumentpakke`,
            `/${name}`,
          ),
        );
        return false;
      }
      if (parts.has(name)) {
        finish(bad("duplicate-part", `the part ${name} occurs more than once`, `/${name}`));
        return false;
      }
      parts.set(name, []);
      return true;
    };
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) {
        finish(tooLarge(`the body exceeds the limit of ${limits.maxBytes} bytes`));
      }
    });
    req.on("aborted", () => finish(bad("truncated-body", "the client closed the connection before the body ended")));
    req.on("error", () => finish(bad("truncated-body", "the connection failed before the body ended")));
    req.on("close", () => {
      if (!req.complete) finish(bad("truncated-body", "the client closed the connection before the body ended"));
    });
    parser.on("field", (name, value, info) => {
      if (!start(name)) return;
      if (info.valueTruncated)
        return finish(bad("part-too-large", `the part ${name} exceeds ${MAX_JWS_BYTES} bytes`, `/${name}`));
      add(name, Buffer.from(value, "utf8"));
    });
    parser.on("file", (name, stream) => {
      if (!start(name)) return void stream.resume();
      stream.on("data", (chunk: Buffer) => add(name, chunk));
      // busboy destroys an open part's stream with the form's error (e.g. a missing closing boundary).
      stream.on("error", (e: unknown) =>
        finish(
          bad(
            "malformed-multipart",
            `the part ${name} is truncated: ${e instanceof Error ? e.message : String(e)}`,
            `/${name}`,
          ),
        ),
      );
      stream.on("limit", () => finish(tooLarge(`the part ${name} exceeds ${limits.maxBytes} bytes`, `/${name}`)));
    });
    parser.on("partsLimit", () =>
      finish(bad("too-many-parts", "too many parts; the parts are forretningsmelding and dokumentpakke")),
    );
    parser.on("error", (e: unknown) =>
      finish(
        bad(
          "malformed-multipart",
          `the multipart body is malformed or truncated: ${e instanceof Error ? e.message : String(e)}`,
        ),
      ),
    );
    parser.on("close", () => {
      for (const name of PARTS)
        if (!parts.has(name)) return finish(bad("missing-part", `the part ${name} is missing`, `/${name}`));
      const jwsBytes = Buffer.concat(parts.get("forretningsmelding")!);
      let jws: string;
      try {
        jws = new TextDecoder("utf-8", { fatal: true }).decode(jwsBytes).trim();
      } catch {
        return finish(bad("invalid-encoding", "the forretningsmelding is not UTF-8", "/forretningsmelding"));
      }
      const cms = Buffer.concat(parts.get("dokumentpakke")!);
      if (cms.length === 0) return finish(bad("empty-part", "the dokumentpakke part is empty", "/dokumentpakke"));
      finish({ ok: true, upload: { jws, cms: new Uint8Array(cms.buffer, cms.byteOffset, cms.length) } });
    });
    req.pipe(parser);
  });
}
