import type { StandardSchemaV1 } from "@standard-schema/spec";
import {
  dpiTypes,
  validate,
  type DigitalMessage,
  type DpiMessage,
  type UtskriftMessage,
} from "@innbyggerpost/contracts";
import * as validators from "@innbyggerpost/contracts/validators";
import { describe, expect, expectTypeOf, it } from "vitest";
import { validMessage } from "../fixtures/messages.js";

/** What a library that takes "any Standard Schema" does (tRPC, Hono, TanStack Form): only the spec's types. */
async function parseWith<S extends StandardSchemaV1>(
  schema: S,
  input: unknown,
): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> {
  return schema["~standard"].validate(input);
}

const byType = (t: string) =>
  (validators as unknown as Record<string, StandardSchemaV1>)[`validate${t[0]!.toUpperCase()}${t.slice(1)}`]!;

describe("Standard Schema v1", () => {
  it("every per-type validator and validate() carry ~standard version 1 from vendor innbyggerpost", () => {
    for (const s of [validate, ...dpiTypes.map(byType)]) {
      expect(s["~standard"]).toMatchObject({ version: 1, vendor: "innbyggerpost" });
      expect(typeof s["~standard"].validate).toBe("function");
    }
  });

  it("infers the message type as input and output, through the spec's own types", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof validators.validateDigital>>().toEqualTypeOf<DigitalMessage>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof validators.validateUtskrift>>().toEqualTypeOf<UtskriftMessage>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof validate>>().toEqualTypeOf<DpiMessage>();
    expectTypeOf(validators.validateDigital).toExtend<StandardSchemaV1<DigitalMessage>>();
  });

  it("returns the value itself, untouched, for a valid message of every type", async () => {
    for (const t of dpiTypes) {
      const m = validMessage(t);
      const r = await parseWith(byType(t), m);
      expect(r.issues, t).toBeUndefined();
      expect((r as StandardSchemaV1.SuccessResult<unknown>).value).toBe(m);
      expect((await parseWith(validate, m)).issues).toBeUndefined();
    }
  });

  it("reports issues with a message and a path of keys and array indexes", async () => {
    const m = validMessage("digital") as unknown as {
      standardBusinessDocument: {
        digital: Record<string, unknown>;
        standardBusinessDocumentHeader: { sender: { identifier: Record<string, unknown> }[] };
      };
    };
    delete m.standardBusinessDocument.digital.spraak;
    m.standardBusinessDocument.standardBusinessDocumentHeader.sender[0]!.identifier.value = 7;
    const r = await parseWith(validators.validateDigital, m);
    expect(r.issues).toBeDefined();
    const paths = r.issues!.map((i) => i.path);
    expect(paths).toContainEqual(["standardBusinessDocument", "digital", "spraak"]);
    expect(paths).toContainEqual([
      "standardBusinessDocument",
      "standardBusinessDocumentHeader",
      "sender",
      0,
      "identifier",
      "value",
    ]);
    for (const i of r.issues!) expect(i.message.length).toBeGreaterThan(0);
  });

  it("refuses a message of another type, and a non-object, with issues rather than a throw", async () => {
    expect((await parseWith(validators.validateDigital, validMessage("utskrift"))).issues?.length).toBeGreaterThan(0);
    expect((await parseWith(validate, "not json")).issues).toEqual([
      { message: expect.stringMatching(/JSON object/), path: [] },
    ]);
  });

  it("takes our options in libraryOptions: the wire profile accepts what only strict refuses", async () => {
    const m = validMessage("digital");
    // The wire pattern is unanchored, as upstream; the strict profile anchors it.
    m.standardBusinessDocument.digital.avsender.virksomhetsidentifikator.value = "x0192:991825827";
    expect((await validators.validateDigital["~standard"].validate(m)).issues?.length).toBeGreaterThan(0);
    expect(
      (await validators.validateDigital["~standard"].validate(m, { libraryOptions: { profile: "wire" } })).issues,
    ).toBeUndefined();
  });

  it("unescapes ~1 and ~0 in paths", async () => {
    const m = validMessage("digital") as unknown as { standardBusinessDocument: { digital: Record<string, unknown> } };
    m.standardBusinessDocument.digital["a/b~c"] = 1;
    const r = await parseWith(validators.validateDigital, m);
    expect(r.issues!.map((i) => i.path)).toContainEqual(["standardBusinessDocument", "digital", "a/b~c"]);
  });
});
