/**
 * Fuzzing harness: hostile inputs and the invariants every public entry point must keep on them.
 * - never an uncaught throw (and never validate()'s "internal" issue, which is a caught one);
 * - never a mutated input (inputs are deep-frozen; small ones are also run unfrozen and compared);
 * - no prototype pollution (Object.prototype and Array.prototype compared before and after);
 * - a typed answer: issues with a JSON pointer whose parent exists in the input, a code and a message;
 * - bounded time: no single call over BOUND_MS (a guard against hangs, not a performance test).
 */
import * as fc from "fast-check";
import { arbitraryAnyMessage } from "../../packages/contracts/src/arbitraries.js";
import { row, timed } from "../support/budget.js";

export const BOUND_MS = 2000;
/**
 * For a whole CLI run, which reads and parses files of up to 10 MB: ~300 ms alone, seen at 2.3 s with every fuzz file
 * running in parallel.
 */
export const CLI_BOUND_MS = 5000;
export const DEEP = 100_000;
export const TEN_MB = 10 * 1024 * 1024;

/** Freezes every object reachable from `value`, iteratively (inputs can be 100 000 levels deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[k]);
  }
  return value;
}

/** A canonical text of a JSON-ish value that keeps -0, NaN, undefined and own __proto__ members apart. */
export function fingerprint(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string" && v.startsWith("\u0000mark:")) {
      out.push(v.slice(6));
      continue;
    }
    if (typeof v === "number") out.push(Object.is(v, -0) ? "-0" : String(v));
    else if (typeof v !== "object" || v === null) out.push(typeof v === "string" ? JSON.stringify(v) : String(v));
    else {
      const keys = Reflect.ownKeys(v);
      out.push(Array.isArray(v) ? "[" : `{${Object.getPrototypeOf(v) === null ? "null:" : ""}`);
      stack.push(`\u0000mark:${Array.isArray(v) ? "]" : "}"}`);
      for (const k of [...keys].reverse()) {
        stack.push((v as Record<PropertyKey, unknown>)[k]);
        stack.push(`\u0000mark:${String(k)}=`);
      }
    }
  }
  return out.join("");
}

function protoState(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(","))
    .join("|");
}

/** Whether the parent of `pointer` exists in `input` (the pointer names something reachable). */
export function parentResolves(input: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  if (!pointer.startsWith("/")) return false;
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = input;
  for (const t of tokens.slice(0, -1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, t)) return false;
    node = (node as Record<string, unknown>)[t];
  }
  return typeof node === "object" && node !== null;
}

/** Checks that `r` is a well-formed validate() result for `input`; returns a reason when not. */
export function badResult(input: unknown, r: unknown): string | undefined {
  if (typeof r !== "object" || r === null) return "result is not an object";
  const res = r as { ok: unknown; errors?: unknown; warnings?: unknown };
  if (typeof res.ok !== "boolean") return "ok is not a boolean";
  if (!Array.isArray(res.warnings)) return "warnings is not an array";
  if (res.ok) return undefined;
  if (!Array.isArray(res.errors) || res.errors.length === 0) return "invalid without errors";
  for (const e of [...res.errors, ...res.warnings] as { pointer: unknown; code: unknown; message: unknown }[]) {
    if (typeof e.pointer !== "string" || typeof e.code !== "string" || e.code === "" || typeof e.message !== "string")
      return `malformed issue ${JSON.stringify(e)}`;
    if (e.code === "internal") return `caught exception: ${e.message}`;
    // A wrong option is reported at its own pointer (/options/profile), outside the message; and only there.
    if (e.code === "bad-option") {
      if (!e.pointer.startsWith("/options")) return `bad-option at ${e.pointer}, not under /options`;
    } else if (!parentResolves(input, e.pointer)) return `pointer ${e.pointer} does not resolve into the input`;
  }
  return undefined;
}

/** A described input. `small` inputs are also run unfrozen to compare before/after. */
export interface Case {
  label: string;
  make: () => unknown;
  small: boolean;
}

/**
 * Runs `fn` on one input under every invariant, counting into the entry point's row. `check` validates
 * the answer and may return a reason it is wrong (counted as a disagreement).
 */
export function guard<R>(
  entry: string,
  c: Case,
  fn: (input: unknown) => R,
  check?: (input: unknown, r: R) => string | undefined,
): void {
  const r = row(entry);
  r.cases++;
  const problems: string[] = [];
  const runOnce = (input: unknown, frozen: boolean) => {
    const before = protoState();
    const started = performance.now();
    let result: R | undefined;
    try {
      result = fn(input);
    } catch (e) {
      r.throws++;
      problems.push(`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    const ms = performance.now() - started;
    timed(entry, c.label, ms);
    if (ms > BOUND_MS) problems.push(`took ${ms.toFixed(0)} ms`);
    if (protoState() !== before) {
      r.pollutions++;
      problems.push("polluted a prototype");
    }
    if (result !== undefined && check) {
      const why = check(input, result);
      if (why) {
        if (why.startsWith("caught exception")) frozen ? r.mutations++ : r.throws++;
        else r.disagreements++;
        problems.push(why);
      }
    }
  };
  const frozen = deepFreeze(c.make());
  runOnce(frozen, true);
  if (c.small) {
    const input = c.make();
    const before = fingerprint(input);
    runOnce(input, false);
    if (fingerprint(input) !== before) {
      r.mutations++;
      problems.push("mutated its input");
    }
  }
  if (problems.length) throw new Error(`${entry} on ${c.label}: ${problems.join("; ")}`);
}

const hostileKey = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "standardBusinessDocument",
      "standardBusinessDocumentHeader",
      "digital",
      "utskrift",
      "feil",
      "leveringskvittering",
      "documentIdentification",
      "type",
      "varsler",
      "mottaker",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

const hostileLeaf = fc.oneof(
  fc.constantFrom(NaN, -0, 0, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 3.5, 3, 4),
  fc.constantFrom(
    "\ud800",
    "\udc00",
    "a\ud800b",
    "\ud800\ud800",
    "\uffff",
    "\u0000",
    "",
    "1.0",
    "ConversationId",
    "urn:uuid:00000000-0000-0000-0000-000000000000",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
);

/** Arbitrary JSON-like trees with hostile keys (own `__proto__` members included) and hostile leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  key: hostileKey,
  values: [hostileLeaf],
  maxDepth: 5,
  maxKeys: 5,
  withNullPrototype: true,
});

/** JSON text with `__proto__` members, parsed the way a server parses a request body. */
const parsedProto: fc.Arbitrary<unknown> = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("__proto__", "constructor", "prototype"))
  .map(([v, k]) =>
    JSON.parse(
      `{"standardBusinessDocument":{"${k}":{"polluted":true},"standardBusinessDocumentHeader":{"${k}":${JSON.stringify(v) ?? "null"}},"digital":{"__proto__":{"isAdmin":true}}}}`,
    ),
  );

/** Replaces or adds one member somewhere in a valid message with a hostile value. */
const poisonedMessage: fc.Arbitrary<unknown> = fc
  .tuple(
    arbitraryAnyMessage({ profile: "wire" }),
    fc.nat(),
    hostileKey,
    fc.oneof(hostileLeaf, hostileValue),
    fc.boolean(),
  )
  .map(([msg, at, key, value, replace]) => {
    const copy = structuredClone(msg) as unknown;
    const nodes: Record<string, unknown>[] = [];
    const stack: unknown[] = [copy];
    while (stack.length) {
      const v = stack.pop();
      if (typeof v === "object" && v !== null) {
        nodes.push(v as Record<string, unknown>);
        stack.push(...Object.values(v));
      }
    }
    const node = nodes[at % nodes.length]!;
    const keys = Object.keys(node);
    const k = replace && keys.length ? keys[at % keys.length]! : key;
    Object.defineProperty(node, k, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

/** Generated cases: arbitrary values, parsed __proto__ payloads, poisoned valid messages, and valid ones. */
export const generatedCase: fc.Arbitrary<Case> = fc.oneof(
  hostileValue.map((v) => ({ label: "arbitrary value", make: () => structuredCloneSafe(v), small: true })),
  parsedProto.map((v) => ({
    label: "JSON with __proto__ members",
    make: () => JSON.parse(JSON.stringify(v)),
    small: true,
  })),
  poisonedMessage.map((v) => ({
    label: "valid message with one hostile member",
    make: () => structuredCloneSafe(v),
    small: true,
  })),
  arbitraryAnyMessage({ profile: "strict" }).map((v) => ({
    label: "strict-valid message",
    make: () => structuredClone(v),
    small: true,
  })),
);

/**
 * A copy that keeps own `__proto__` members and null prototypes (structuredClone keeps neither). Arrays
 * are copied by index: an own `constructor` member would break Array.prototype.map's species lookup.
 */
function structuredCloneSafe(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) out.push(structuredCloneSafe(v[i]));
    for (const k of Reflect.ownKeys(v)) {
      if (k === "length" || (typeof k === "string" && /^(0|[1-9][0-9]*)$/.test(k))) continue;
      Object.defineProperty(out, k, {
        value: structuredCloneSafe((v as unknown as Record<PropertyKey, unknown>)[k]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  const out = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
  for (const k of Reflect.ownKeys(v)) {
    Object.defineProperty(out, k, {
      value: structuredCloneSafe((v as Record<PropertyKey, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

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
