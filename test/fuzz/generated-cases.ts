// Generated fuzz inputs (fast-check): arbitrary values with hostile keys and leaves, parsed __proto__ payloads,
// valid messages with one hostile member, and strict-valid messages.
import * as fc from "fast-check";
import { arbitraryAnyMessage } from "../../packages/contracts/src/arbitraries.js";
import type { Case } from "./harness.js";

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
