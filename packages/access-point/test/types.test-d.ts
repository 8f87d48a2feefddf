import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type {
  AccessPointErrorCode,
  AccessPointStatus,
  ApiStatus,
  components,
  paths,
  SendResult,
} from "@innbyggerpost/access-point";

type Status = components["schemas"]["status"];

describe("generated C2 types", () => {
  it("status literals are the API's three; a wrong literal does not compile", () => {
    expectTypeOf<ApiStatus>().toEqualTypeOf<"OPPRETTET" | "SENDT" | "FEILET">();
    const ok: Status = { status: "SENDT", timestamp: "2026-11-23T10:00:00Z" };
    // @ts-expect-error "SENT" is not an access-point status
    const wrong: Status = { status: "SENT" };
    // @ts-expect-error status is required
    const missing: Status = { timestamp: "2026-11-23T10:00:00Z" };
    void [ok, wrong, missing];
  });

  it("the send body needs both parts, the package as bytes (Blob)", () => {
    const body: components["schemas"]["sendRequest"] = { forretningsmelding: "a.b.c", dokumentpakke: new Blob([]) };
    // @ts-expect-error dokumentpakke is missing
    const noPackage: components["schemas"]["sendRequest"] = { forretningsmelding: "a.b.c" };
    // @ts-expect-error dokumentpakke is bytes, not text
    const text: components["schemas"]["sendRequest"] = { forretningsmelding: "a.b.c", dokumentpakke: "x" };
    void [body, noPackage, text];
  });

  it("paths are typed through openapi-fetch: a path parameter cannot be left out, a path cannot be made up", () => {
    const api = createClient<paths>({ baseUrl: "http://127.0.0.1" });
    void api.GET("/messages/out/{id}/statuses", { params: { path: { id: "x" } } });
    // @ts-expect-error the id is required
    void api.GET("/messages/out/{id}/statuses", { params: { path: {} } });
    // @ts-expect-error no such path
    void api.GET("/messages/outbox");
    // @ts-expect-error page is text on the wire
    void api.GET("/messages/in", { params: { query: { page: 1 } } });
  });

  it("client results are typed", () => {
    expectTypeOf<Extract<SendResult, { ok: true }>["outcome"]>().toEqualTypeOf<"sent" | "already-sent">();
    expectTypeOf<AccessPointStatus["status"]>().toEqualTypeOf<ApiStatus | "ANNET">();
    expectTypeOf<"outcome-unknown">().toExtend<AccessPointErrorCode>();
  });
});
