import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the scripted server saw. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

/** What a script answers: a response, or `hang` (never answer) or `reset` (drop the connection). */
export type Answer =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string | Uint8Array }
  | "hang"
  | "reset";

/** Answers with JSON (or problem+json for `problem`). */
export const json = (status: number, value: unknown, type = "application/json"): Answer => ({
  status,
  headers: { "content-type": type },
  body: JSON.stringify(value),
});
export const problem = (status: number, value: unknown): Answer => json(status, value, "application/problem+json");

/** A scripted HTTP server on 127.0.0.1 (a random port), started and stopped by the test. */
export interface ScriptedServer {
  readonly url: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(
  script: (req: SeenRequest, n: number) => Answer | Promise<Answer>,
): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const seen: SeenRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(seen);
      const answer = await script(seen, requests.length);
      if (answer === "hang") hanging.add(res);
      else if (answer === "reset") req.socket.destroy();
      else {
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body ?? "");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The multipart body of a recorded POST, parsed by the platform. */
export async function formOf(req: SeenRequest): Promise<FormData> {
  return new Response(new Uint8Array(req.body), {
    headers: { "content-type": String(req.headers["content-type"]) },
  }).formData();
}
