import { describe, expect, it } from "vitest";
import { validate } from "@innbyggerpost/contracts";

describe("smoke", () => {
  it("rejects a number with a typed issue", () => {
    const r = validate(42);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ pointer: "", code: "not-an-object" });
  });
});
