import { describe, expect, it } from "vitest";
import { emitApi, tsdocText } from "../src/emit/api.js";
import type { Sources } from "../src/sources/model.js";

// openapi-typescript's comment texts (lib/ts.mjs addJSDocComment): one item as `* item `, several as
// `*\n * item\n * item\n `, an item's further lines indented by four spaces.
describe("openapi-typescript comments as TSDoc", () => {
  it("keeps a one-line comment", () => {
    expect(tsdocText("* Format: uri ")).toBe("* Format: uri ");
  });

  it("drops @enum (the enum is the type) and a comment left empty", () => {
    expect(tsdocText("* @enum {string} ")).toBeNull();
    expect(tsdocText("*\n * Kanal\n * @enum {string}\n ")).toBe("* Kanal ");
  });

  it("makes a description plain text whose further lines are not indented", () => {
    const given = "*\n * Statuses\n * @description * OPPRETTET\n *     * SENDT\n *     \n *     Empty list\n ";
    expect(tsdocText(given)).toBe("*\n * Statuses\n * * OPPRETTET\n * * SENDT\n *\n * Empty list\n ");
  });

  it("keeps other tags and their indented further lines", () => {
    const given = '*\n * Format: uri\n * @default about:blank\n * @example {\n *       "a": 1\n *     }\n ';
    expect(tsdocText(given)).toBe(given);
  });
});

describe("emitApi", () => {
  it("writes no @description or @enum, and no description line indented as a tag's", async () => {
    const api = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {},
      components: {
        schemas: {
          kanal: { type: "string", enum: ["a", "b"], description: "The channel.\nSecond line." },
          other: { type: "object", properties: { x: { type: "string", description: "X.\nMore." } } },
        },
      },
    };
    const [types] = await emitApi({ api } as unknown as Sources);
    const text = types!.content;
    expect(text).not.toMatch(/@description|@enum/);
    expect(text).toContain(" * The channel.\n");
    expect(text).toContain(" * Second line.\n");
    expect(text).toContain(" * More.\n");
    expect(text).not.toMatch(/ \* {4,}\S/);
  });
});
