// The fixed heavy fuzz inputs: 100 000-deep nesting, 10 MB strings and keys, lone surrogates.
import { DEEP, TEN_MB, type Case } from "./harness.js";

function nest(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/** A valid-looking digital message whose field at `path` is replaced by `value`. */
function digitalWith(path: string[], value: unknown): unknown {
  const msg = {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: {
        headerVersion: "1.0",
        sender: [{ identifier: { authority: "iso6523-actorid-upis", value: "0192:991825827" } }],
        receiver: [{ identifier: { authority: "iso6523-actorid-upis", value: "0192:984661185" } }],
        documentIdentification: {
          standard:
            "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0",
          typeVersion: "1.0",
          instanceIdentifier: "ff88849c-e281-4809-8555-7cd54952b916",
          type: "digital",
          creationDateAndTime: "2021-04-11T15:29:58.753+02:00",
        },
        businessScope: {
          scope: [
            {
              type: "ConversationId",
              instanceIdentifier: "37efbd4c-413d-4e2c-bbc5-257ef4a65a45",
              identifier: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
            },
          ],
        },
      },
      digital: {
        avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } },
        mottaker: { postkasseadresse: "ola.nordmann#9YDT" },
        dokumentpakkefingeravtrykk: {
          digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256",
          digestValue: "SJo7E8gMRx6G6RpZxtXp2Pz2KxbDqEjcZnYLFIsRHEA=",
        },
        maskinportentoken: "a.b.c",
        sikkerhetsnivaa: 3,
        ikkesensitivtittel: "Brev",
        spraak: "no",
        varsler: {
          epostvarsel: { epostadresse: "ola@example.no", varslingstekst: "Du har post", repetisjoner: [0, 7] },
        },
      },
    },
  } as Record<string, unknown>;
  let node = msg;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return msg;
}

const D = ["standardBusinessDocument", "digital"];
const H = ["standardBusinessDocument", "standardBusinessDocumentHeader"];
/** String fields of a message where a 10 MB string goes: unconstrained, length-bounded, patterned, formatted. */
const STRING_FIELDS: string[][] = [
  [...D, "mottaker", "postkasseadresse"],
  [...D, "ikkesensitivtittel"],
  [...D, "spraak"],
  [...D, "maskinportentoken"],
  [...D, "avsender", "virksomhetsidentifikator", "value"],
  [...D, "avsender", "fakturaReferanse"],
  [...D, "varsler", "epostvarsel", "epostadresse"],
  [...D, "varsler", "epostvarsel", "varslingstekst"],
  [...D, "virkningstidspunkt"],
  [...D, "virkningsdato"],
  [...H, "documentIdentification", "instanceIdentifier"],
  [...H, "documentIdentification", "creationDateAndTime"],
  [...H, "documentIdentification", "standard"],
  [...H, "documentIdentification", "type"],
];

/** The fixed heavy cases: 100 000-deep nesting, 10 MB strings and keys, lone surrogates. */
export function heavyCases(): Case[] {
  const big = (c: string) => c.repeat(TEN_MB);
  const cases: Case[] = [
    { label: "array nested 100000 deep", make: () => nest(DEEP, 1, (v) => [v]), small: false },
    { label: "object nested 100000 deep", make: () => nest(DEEP, 1, (v) => ({ a: v })), small: false },
    {
      label: "SBD nested 100000 deep",
      make: () => nest(DEEP, {}, (v) => ({ standardBusinessDocument: v })),
      small: false,
    },
    {
      label: "varsler nested 100000 deep",
      make: () =>
        digitalWith(
          [...D, "varsler"],
          nest(DEEP, {}, (v) => ({ epostvarsel: v, x: v })),
        ),
      small: false,
    },
    {
      label: "varsler extra member nested 100000 deep",
      make: () =>
        digitalWith(
          [...D, "varsler", "x"],
          nest(DEEP, [], (v) => [v]),
        ),
      small: false,
    },
    {
      label: "header nested 100000 deep",
      make: () =>
        digitalWith(
          H,
          nest(DEEP, {}, (v) => ({ standardBusinessDocumentHeader: v })),
        ),
      small: false,
    },
    { label: "10 MB key", make: () => digitalWith([...D, big("k")], 1), small: false },
    { label: "10 MB top-level string", make: () => big("x"), small: false },
    {
      label: "10 MB documentIdentification.type",
      make: () => digitalWith([...H, "documentIdentification", "type"], big("d")),
      small: false,
    },
    {
      label: "lone surrogates everywhere",
      make: () => digitalWith([...D, "ikkesensitivtittel"], "\ud800".repeat(255)),
      small: true,
    },
    { label: "lone surrogate spraak", make: () => digitalWith([...D, "spraak"], "\ud800\udc00"), small: true },
    { label: "NaN sikkerhetsnivaa", make: () => digitalWith([...D, "sikkerhetsnivaa"], NaN), small: true },
    {
      label: "-0 repetisjoner",
      make: () => digitalWith([...D, "varsler", "epostvarsel", "repetisjoner"], [-0]),
      small: true,
    },
    {
      label: "1e309 sikkerhetsnivaa",
      make: () => digitalWith([...D, "sikkerhetsnivaa"], JSON.parse("1e309")),
      small: true,
    },
  ];
  for (const f of STRING_FIELDS) {
    for (const [name, c] of [
      ["ascii", "9"],
      ["astral", "\u{1F600}"],
    ] as const) {
      cases.push({
        label: `10 MB ${name} string at ${f.slice(2).join(".")}`,
        make: () => digitalWith(f, c.repeat(TEN_MB / c.length)),
        small: false,
      });
    }
  }
  return cases;
}
