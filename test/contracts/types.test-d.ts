import { describe, expectTypeOf, it } from "vitest";
import {
  validate,
  type Avsender,
  type DigitalMessage,
  type DpiMessage,
  type Feil,
  type Leveringskvittering,
  type Utskrift,
  type UtskriftMessage,
} from "@innbyggerpost/contracts";
import { validMessage } from "../fixtures/messages.js";

describe("generated types", () => {
  it("name each message and payload from the catalogue", () => {
    expectTypeOf(validMessage("digital")).toEqualTypeOf<DigitalMessage>();
    expectTypeOf(validMessage("utskrift")).toEqualTypeOf<UtskriftMessage>();
    expectTypeOf<DigitalMessage>().toMatchTypeOf<DpiMessage>();
    expectTypeOf<Leveringskvittering["mottaker"]["motakeridentifikator"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Feil["feiltype"]>().toEqualTypeOf<"KLIENT" | "SERVER">();
  });

  it("accept a well-formed payload literal", () => {
    const avsender: Avsender = {
      virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" },
    };
    expectTypeOf(avsender).toMatchTypeOf<Avsender>();
  });

  it("reject a wrong enum literal and a missing required field", () => {
    const base = validMessage("utskrift").standardBusinessDocument.utskrift;
    // @ts-expect-error the enum is SORT_HVIT (one T)
    const wrongEnum: Utskrift = { ...base, utskriftstype: "SORT_HVITT" };
    // @ts-expect-error retur is required
    const missing: Utskrift = {
      avsender: base.avsender,
      mottaker: base.mottaker,
      dokumentpakkefingeravtrykk: base.dokumentpakkefingeravtrykk,
      maskinportentoken: "t",
      utskriftstype: "FARGE",
    };
    // @ts-expect-error authority is the single literal iso6523-actorid-upis
    const wrongAuthority: Avsender = { virksomhetsidentifikator: { authority: "iso6523", value: "0192:991825827" } };
    void [wrongEnum, missing, wrongAuthority];
  });

  it("narrow validate()'s result by type", () => {
    const r = validate({});
    if (r.ok && r.type === "digital") expectTypeOf(r.message).toEqualTypeOf<DigitalMessage>();
    if (r.ok && r.type === "utskrift")
      expectTypeOf(r.message.standardBusinessDocument.utskrift).toEqualTypeOf<Utskrift>();
    if (!r.ok) expectTypeOf(r.errors[0]!.pointer).toEqualTypeOf<string>();
  });
});
