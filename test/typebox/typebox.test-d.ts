import type {
  AdresseInformasjon,
  DigitalMessage,
  DpiMessageByType,
  FeilMessage,
  FlyttetMessage,
  Repetisjoner,
  StandardBusinessDocumentHeader,
  UtskriftMessage,
  Varsler,
  Virksomhetmottaker,
} from "@innbyggerpost/contracts/types";
import type * as tb from "@innbyggerpost/contracts/typebox";
import type { Static } from "typebox";
import { describe, expectTypeOf, it } from "vitest";

// Two independent derivations from the same schemas: json-schema-to-typescript (our types) and the
// TypeBox builders (Static<>). Equal types mean the TypeBox schemas describe exactly our messages.
// `.branded` compares structurally, property by property: the plain identity check also tells apart
// `[{ a: string }, ...{ a: string }[]]` from `[A, ...A[]]` with `interface A { a: string }`, which are the
// same type to every assignment (a TypeScript quirk with tuples of object literals).
describe("TypeBox Static<> equals our generated types", () => {
  it("for DigitalMessage", () => {
    expectTypeOf<Static<typeof tb.DigitalMessage>>().branded.toEqualTypeOf<DigitalMessage>();
    expectTypeOf<tb.DigitalMessage>().branded.toEqualTypeOf<DigitalMessage>();
  });

  it("for every message type", () => {
    expectTypeOf<Static<typeof tb.messageSchemas.digital>>().branded.toEqualTypeOf<DpiMessageByType["digital"]>();
    expectTypeOf<Static<typeof tb.messageSchemas.utskrift>>().branded.toEqualTypeOf<DpiMessageByType["utskrift"]>();
    expectTypeOf<Static<typeof tb.messageSchemas.flyttet>>().branded.toEqualTypeOf<DpiMessageByType["flyttet"]>();
    expectTypeOf<Static<typeof tb.messageSchemas.feil>>().branded.toEqualTypeOf<DpiMessageByType["feil"]>();
    expectTypeOf<Static<typeof tb.messageSchemas.leveringskvittering>>().branded.toEqualTypeOf<
      DpiMessageByType["leveringskvittering"]
    >();
    expectTypeOf<Static<typeof tb.messageSchemas.aapningskvittering>>().branded.toEqualTypeOf<
      DpiMessageByType["aapningskvittering"]
    >();
    expectTypeOf<Static<typeof tb.messageSchemas.varslingfeiletkvittering>>().branded.toEqualTypeOf<
      DpiMessageByType["varslingfeiletkvittering"]
    >();
    expectTypeOf<Static<typeof tb.messageSchemas.mottakskvittering>>().branded.toEqualTypeOf<
      DpiMessageByType["mottakskvittering"]
    >();
    expectTypeOf<Static<typeof tb.messageSchemas.returpostkvittering>>().branded.toEqualTypeOf<
      DpiMessageByType["returpostkvittering"]
    >();
    expectTypeOf<Static<typeof tb.UtskriftMessage>>().branded.toEqualTypeOf<UtskriftMessage>();
    expectTypeOf<Static<typeof tb.FlyttetMessage>>().branded.toEqualTypeOf<FlyttetMessage>();
    expectTypeOf<Static<typeof tb.FeilMessage>>().branded.toEqualTypeOf<FeilMessage>();
  });

  it("for the parts TypeBox builders cannot say alone (tuples, open objects, oneOf)", () => {
    expectTypeOf<
      Static<typeof tb.StandardBusinessDocumentHeader>
    >().branded.toEqualTypeOf<StandardBusinessDocumentHeader>();
    expectTypeOf<Static<typeof tb.Virksomhetmottaker>>().branded.toEqualTypeOf<Virksomhetmottaker>();
    expectTypeOf<Static<typeof tb.Varsler>>().branded.toEqualTypeOf<Varsler>();
    expectTypeOf<Static<typeof tb.AdresseInformasjon>>().branded.toEqualTypeOf<AdresseInformasjon>();
  });

  it("keeping minItems arrays as non-empty tuples (which .branded alone would not tell from arrays)", () => {
    type Header = Static<typeof tb.StandardBusinessDocumentHeader>;
    expectTypeOf<Header["sender"]>().toExtend<StandardBusinessDocumentHeader["sender"]>();
    expectTypeOf<StandardBusinessDocumentHeader["sender"]>().toExtend<Header["sender"]>();
    expectTypeOf<Static<typeof tb.Partner>[]>().not.toExtend<Header["receiver"]>();
    expectTypeOf<Static<typeof tb.Repetisjoner>>().toEqualTypeOf<Repetisjoner>();
  });

  it("and differs when it should (the check is not vacuous)", () => {
    expectTypeOf<Static<typeof tb.DigitalMessage>>().not.toEqualTypeOf<UtskriftMessage>();
    expectTypeOf<Static<typeof tb.Varsler>>().not.toEqualTypeOf<{ epostvarsel?: unknown }>();
  });
});
