import { connect } from "node:net";

/** One multipart part: a name, optional file name, and its content. */
export interface RawPart {
  readonly name: string;
  readonly filename?: string;
  readonly type?: string;
  readonly content: string | Uint8Array;
}

export const BOUNDARY = "----innbyggerpost-test-boundary";

/** A multipart/form-data body written by hand (no library of ours or anyone's). */
export function multipart(parts: readonly RawPart[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: ${disposition}\r\n${p.type ? `content-type: ${p.type}\r\n` : ""}\r\n`,
      ),
    );
    chunks.push(Buffer.from(p.content));
    chunks.push(Buffer.from("\r\n"));
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** The answer to a raw request. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Speaks HTTP/1.1 over a socket by hand. `body` is written in `chunks` pieces `delayMs` apart;
 * `declaredLength` overrides Content-Length (to truncate; -1 sends none, for chunked bodies); the answer is read
 * until the server closes.
 */
export function rawRequest(
  url: string,
  options: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer;
    declaredLength?: number;
    chunkSize?: number;
    delayMs?: number;
    endEarly?: boolean;
  },
): Promise<RawAnswer | null> {
  const { hostname, port } = new URL(url);
  const body = options.body ?? Buffer.alloc(0);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let stopped = false;
    socket.on("data", (d) => received.push(d));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      stopped = true;
      const text = Buffer.concat(received).toString("utf8");
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return resolve(null);
      const headers: Record<string, string> = {};
      for (const line of m[2]!.split("\r\n")) {
        const i = line.indexOf(":");
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(m[1]), headers, body: m[3]! });
    });
    socket.on("connect", async () => {
      const head = [
        `${options.method} ${options.path} HTTP/1.1`,
        `host: ${hostname}:${port}`,
        "connection: close",
        ...(options.declaredLength === -1 ? [] : [`content-length: ${options.declaredLength ?? body.length}`]),
      ];
      for (const [k, v] of Object.entries(options.headers ?? {})) head.push(`${k}: ${v}`);
      socket.write(`${head.join("\r\n")}\r\n\r\n`);
      const size = options.chunkSize ?? body.length;
      for (let i = 0; i < body.length && !stopped; i += Math.max(1, size)) {
        socket.write(body.subarray(i, i + Math.max(1, size)));
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      }
      if (options.endEarly) socket.end();
    });
    setTimeout(() => socket.destroy(), 20_000).unref();
  });
}
