/**
 * validate() keeps the strict walk's failures in module state (one callback, no closure per call). A getter
 * that validates another message while the walk reads it must not mix the two walks' failures.
 */
import { describe, expect, it } from "vitest";
import { validate } from "@innbyggerpost/contracts";
import { validMessage } from "../fixtures/messages.js";
import { setAt } from "../support/pointer.js";

const SENDER = "/standardBusinessDocument/standardBusinessDocumentHeader/sender/0/identifier/authority";

/** A digital letter whose sender breaks partner-identifier (a warning the header walk meets first). */
function withWarning(): Record<string, unknown> {
  const m = validMessage("digital") as unknown as Record<string, unknown>;
  setAt(m, SENDER, "other-authority");
  return m;
}

describe("strict walk and re-entry", () => {
  it("a getter that validates another message during the walk leaves the outer result as it was", () => {
    const expected = validate(withWarning());
    expect(expected.warnings.map((w) => w.code)).toEqual(["partner-identifier"]);
    for (const inner of [validMessage("digital"), withWarning()]) {
      const outer = withWarning();
      const payload = (outer.standardBusinessDocument as Record<string, Record<string, unknown>>).digital!;
      const spraak = payload.spraak;
      Object.defineProperty(payload, "spraak", {
        enumerable: true,
        get() {
          validate(inner);
          return spraak;
        },
      });
      expect(validate(outer)).toEqual({ ...expected, message: outer });
    }
  });
});
