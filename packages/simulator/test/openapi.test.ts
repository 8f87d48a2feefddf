// The simulator answers as our OpenAPI document (schemas/api/c2.openapi.yaml) says: every status it gives is
// declared for the operation (or falls under `default`), problems are problem+json, and JSON bodies match
// the document's schemas.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { letter, peek, sender, token, until, withSimulator } from "./support.js";

const doc = parse(readFileSync(join(import.meta.dirname, "../../../schemas/api/c2.openapi.yaml"), "utf8")) as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }> }>
  >;
  components: { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
};
// OpenAPI 3.0 writes exclusiveMaximum as a boolean (draft 4); JSON Schema draft 7 as a number.
function draft7(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(draft7);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === "exclusiveMaximum" || k === "exclusiveMinimum") && typeof v === "boolean") continue;
    out[k] = draft7(v);
  }
  return out;
}
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ ...(draft7(doc) as object), $id: "c2" }, "c2");
const env = withSimulator();

interface Exchange {
  method: string;
  template: string;
  status: number;
  type: string;
  body: unknown;
}

async function call(method: string, template: string, path: string, init: RequestInit = {}): Promise<Exchange> {
  const res = await fetch(`${env.sim.url}${path}`, {
    method,
    ...init,
    headers: { authorization: `Bearer ${env.bearer}`, ...(init.headers as object) },
  });
  const text = await res.text();
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!;
  return {
    method: method.toLowerCase(),
    template,
    status: res.status,
    type,
    body: text && type.includes("json") ? JSON.parse(text) : null,
  };
}

const esc = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");

function check(x: Exchange): void {
  const operation = doc.paths[x.template]?.[x.method];
  expect(operation, `${x.method} ${x.template} is in the document`).toBeDefined();
  const key = String(x.status) in operation!.responses ? String(x.status) : "default";
  let response = operation!.responses[key];
  expect(response, `${x.status} for ${x.method} ${x.template}`).toBeDefined();
  let pointer = `/paths/${esc(x.template)}/${x.method}/responses/${key}`;
  if (response!.$ref) {
    const name = response!.$ref.split("/").pop()!;
    response = doc.components.responses[name]!;
    pointer = `/components/responses/${name}`;
  }
  if (x.status >= 400) expect(x.type).toBe("application/problem+json");
  if (x.body === null) return;
  const media = response!.content?.[x.type];
  expect(media, `${x.type} for ${x.status} ${x.method} ${x.template}`).toBeDefined();
  if (!media!.schema) return;
  const validate = ajv.compile({ $ref: `c2#${pointer}/content/${esc(x.type)}/schema` });
  expect(validate(x.body), JSON.stringify(validate.errors)).toBe(true);
}

describe("the simulator against schemas/api/c2.openapi.yaml", () => {
  it("every answer is declared, typed and shaped as the document says", async () => {
    const l = await letter(env.who, env.bearer);
    const form = () => {
      const f = new FormData();
      f.append("forretningsmelding", l.jws);
      f.append("dokumentpakke", new Blob([l.cms]), "p.cms");
      return f;
    };
    const exchanges: Exchange[] = [];
    exchanges.push(await call("POST", "/messages/out", "/messages/out?kanal=oas", { body: form() }));
    exchanges.push(await call("POST", "/messages/out", "/messages/out?kanal=oas", { body: form() }));
    exchanges.push(
      await call("POST", "/messages/out", "/messages/out", { body: "x", headers: { "content-type": "text/plain" } }),
    );
    exchanges.push(
      await call("POST", "/messages/out", "/messages/out", { body: form(), headers: { authorization: "Bearer nope" } }),
    );
    const other = await sender(env.sim);
    exchanges.push(
      await call("POST", "/messages/out", "/messages/out", {
        body: form(),
        headers: { authorization: `Bearer ${await token(env.sim, other, { scope: "dpi:send" })}` },
      }),
    );
    exchanges.push(await call("GET", "/messages/out/{id}/statuses", `/messages/out/${l.id}/statuses`));
    exchanges.push(
      await call("GET", "/messages/out/{id}/statuses", "/messages/out/00000000-0000-4000-8000-000000000000/statuses"),
    );
    const listed = await until(async () => {
      const x = await call("GET", "/messages/in", "/messages/in?kanal=oas&page_size=10&page=0");
      return x.status === 200 ? x : null;
    }, "receipts");
    exchanges.push(listed);
    const id = peek((listed.body as { forretningsmelding: string }[])[0]!.forretningsmelding).messageId;
    exchanges.push(await call("GET", "/messages/in/{id}", `/messages/in/${id}`));
    exchanges.push(await call("GET", "/messages/in/{id}", "/messages/in/00000000-0000-4000-8000-000000000000"));
    exchanges.push(await call("POST", "/messages/in/{id}/read", `/messages/in/${id}/read`));
    exchanges.push(
      await call("POST", "/messages/in/{id}/read", "/messages/in/00000000-0000-4000-8000-000000000000/read"),
    );
    exchanges.push(await call("GET", "/messages/in", "/messages/in?kanal=nobody"));
    exchanges.push(await call("GET", "/messages/in", "/messages/in?page_size=zero"));
    expect(exchanges.map((x) => x.status)).toEqual([
      201, 400, 400, 401, 403, 200, 404, 200, 200, 404, 200, 404, 204, 400,
    ]);
    for (const x of exchanges) check(x);
  });
});
