/**
 * Hostile values for the hardening sweep: each one a way a caller's value can lie, throw or explode,
 * built afresh on every call so that no test sees another's leftovers.
 */

/** Thrown by every trap and getter here, so a test can tell it escaped. */
export class HostileError extends Error {
  constructor(what: string) {
    super(`hostile ${what}`);
  }
}

/** Every proxy made here: a snapshot compares them by identity (reading one would run its traps). */
const proxies = new WeakSet<object>();
const made = <T extends object>(p: T): T => {
  proxies.add(p);
  return p;
};

/** An object whose every own property (the usual field names of our inputs) is a throwing getter. */
function throwingGetters(): object {
  const o: Record<string, unknown> = {};
  const names = [
    "jws",
    "trust",
    "message",
    "type",
    "payload",
    "sender",
    "receiver",
    "original",
    "kind",
    "status",
    "timestamp",
    "letter",
    "now",
    "profile",
    "standardBusinessDocument",
    "length",
    "0",
  ];
  for (const name of names) {
    Object.defineProperty(o, name, {
      enumerable: true,
      get: () => {
        throw new HostileError(`getter ${name}`);
      },
    });
  }
  return o;
}

/** A proxy every one of whose traps throws. */
function throwingProxy(target: object = {}): object {
  const trap = (name: string) => () => {
    throw new HostileError(`trap ${name}`);
  };
  const names = [
    "get",
    "set",
    "has",
    "ownKeys",
    "getOwnPropertyDescriptor",
    "getPrototypeOf",
    "defineProperty",
    "deleteProperty",
    "isExtensible",
    "preventExtensions",
    "setPrototypeOf",
    "apply",
    "construct",
  ];
  return made(new Proxy(target, Object.fromEntries(names.map((n) => [n, trap(n)]))));
}

function revokedProxy(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return made(r.proxy);
}

/** A proxy whose every property read answers something different: a string, then an object, then a number… */
function liar(): object {
  let n = 0;
  const answers = [() => "digital", () => ({}), () => 1, () => [], () => null, () => "2026-11-23T10:00:00Z"];
  return made(
    new Proxy(
      {},
      {
        get: () => answers[n++ % answers.length]!(),
        has: () => true,
        ownKeys: () => ["kind", "message", "jws"],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, value: n++ }),
      },
    ),
  );
}

function cyclic(): object {
  const o: Record<string, unknown> = { kind: "message", standardBusinessDocument: {} };
  (o.standardBusinessDocument as Record<string, unknown>).self = o;
  o.message = o;
  return o;
}

function sparse(): unknown[] {
  const a: unknown[] = [1, "x", {}];
  a.length = 2 ** 32 - 1;
  return a;
}

/** A message-shaped object whose lists (and the usual list-valued fields) are huge sparse arrays. */
function sparseInside(): Record<string, unknown> {
  const digital = { avsender: sparse(), varsler: { smsvarsel: { repetisjoner: sparse(), varslingstekst: sparse() } } };
  const header = {
    businessScope: { scope: sparse() },
    sender: sparse(),
    receiver: sparse(),
    documentIdentification: { type: "digital" },
  };
  return {
    kind: "message",
    standardBusinessDocument: { standardBusinessDocumentHeader: header, digital },
    message: { standardBusinessDocument: { standardBusinessDocumentHeader: header, digital } },
    events: sparse(),
    algorithms: sparse(),
    trust: { certificates: sparse() },
    payload: digital,
    letter: { standardBusinessDocument: { digital } },
    mottaker: sparse(),
  };
}

function deep(levels = 20_000): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** `levels` levels of `{epostvarsel: v, x: v}`: a few hundred objects, 2^levels paths (and values) as JSON. */
export function sharedParts(levels = 60): unknown {
  let v: unknown = { epostvarsel: "leaf" };
  for (let i = 0; i < levels; i++) v = { epostvarsel: v, x: v };
  return v;
}

/** A strict-valid leveringskvittering whose free `mottaker` carries a 2^60-path DAG. */
function receiptSharingParts(): Record<string, unknown> {
  const id = { authority: "iso6523-actorid-upis", value: "0192:984661185" };
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: {
        headerVersion: "1.0",
        sender: [{ identifier: id }],
        receiver: [{ identifier: { ...id, value: "0192:991825827" } }],
        documentIdentification: {
          standard:
            "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:leveringskvittering::1.0",
          typeVersion: "1.0",
          instanceIdentifier: "ff88849c-e281-4809-8555-7cd54952b916",
          type: "leveringskvittering",
          creationDateAndTime: "2026-11-23T10:00:00+01:00",
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
      leveringskvittering: {
        avsender: { virksomhetsidentifikator: id },
        mottaker: { virksomhetsidentifikator: { ...id, value: "0192:991825827" }, shared: sharedParts() },
        tidspunkt: "2026-11-23T10:00:00+01:00",
      },
    },
  };
}

/** The names of the hostile values, each with its maker. */
export const hostileValues: Record<string, () => unknown> = {
  "throwing getters": throwingGetters,
  "throwing proxy": () => throwingProxy(),
  "throwing array proxy": () => throwingProxy([]),
  "throwing function proxy": () => throwingProxy(() => 0),
  "revoked proxy": revokedProxy,
  "lying proxy": liar,
  "__proto__ and constructor keys": () =>
    JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"kind":"message"}'),
  cyclic,
  "sparse array 2^32-1": sparse,
  "sparse arrays inside": sparseInside,
  "a list of events with sparse arrays": () => [
    sparseInside(),
    { kind: "receipt", message: sparseInside() },
    { kind: "status", trigger: sparse(), time: sparse() },
    { kind: "api-status", status: sparse(), timestamp: sparse() },
  ],
  "deep nesting": () => deep(),
  "parts shared 2^60 times": () => sharedParts(),
  "a receipt sharing its parts 2^60 times": receiptSharingParts,
  "fields sharing their parts 2^60 times": () => {
    const v = sharedParts();
    const receipt = receiptSharingParts();
    return {
      kind: "receipt",
      message: receipt,
      standardBusinessDocument: receipt.standardBusinessDocument,
      original: receipt,
      payload: v,
      trust: { certificates: v },
      letter: receipt,
      status: v,
      timestamp: v,
      trigger: v,
      detaljer: v,
    };
  },
  "events sharing their parts 2^60 times": () => {
    const v = sharedParts();
    return [
      { kind: "receipt", message: receiptSharingParts() },
      { kind: "message", message: v },
      { kind: "status", trigger: "x", time: "2026-11-23T10:00:00Z", extra: v },
      { kind: "api-status", status: "LEVERT", timestamp: "2026-11-23T10:00:00Z", beskrivelse: v },
      { kind: v },
      v,
    ];
  },
  symbol: () => Symbol("hostile"),
  bigint: () => 10n ** 30n,
  NaN: () => Number.NaN,
  "a function": () => () => {
    throw new HostileError("called function");
  },
  "a string": () => "\u0000\u001b[2J\ud800",
  null: () => null,
  undefined: () => undefined,
  "a number": () => -0,
  bytes: () => new Uint8Array([0xff, 0xfe, 0xc3, 0x28]),
  "a Date that lies": () =>
    Object.assign(new Date(0), {
      getTime: () => {
        throw new HostileError("getTime");
      },
    }),
  "an object of hostile fields": () => ({
    jws: revokedProxy(),
    trust: throwingProxy(),
    message: throwingGetters(),
    type: Symbol("t"),
    payload: cyclic(),
    options: sparse(),
    kind: "receipt",
    status: 1n,
  }),
};

/** Prototypes a hostile key could pollute. */
const prototypes: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

/** A fingerprint of the built-in prototypes' own keys: equal before and after means nothing was polluted. */
export function prototypeKeys(): string {
  return prototypes.map((p) => Reflect.ownKeys(p).map(String).sort().join(",")).join("|");
}

/**
 * A deep snapshot of the plain parts of a value (cycles, holes and depth handled, exotic values by kind),
 * read without running getters or proxy traps: a value with those is compared by identity only.
 */
export function snapshot(value: unknown, depth = 0, seen = new Set<object>()): unknown {
  if (typeof value === "bigint" || typeof value === "symbol") return `<${typeof value} ${String(value)}>`;
  if (typeof value === "function") return "<function>";
  if (typeof value !== "object" || value === null) return Number.isNaN(value) ? "<NaN>" : value;
  if (proxies.has(value)) return "<proxy>";
  if (seen.has(value) || depth > 200) return "<seen>";
  seen.add(value);
  try {
    if (value instanceof Uint8Array) return `<bytes ${Array.from(value).join(",")}>`;
    const out: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key)!;
      out[String(key)] = "value" in d ? snapshot(d.value, depth + 1, seen) : "<accessor>";
    }
    return out;
  } catch {
    // A proxy: its traps threw (the sweep built it to), so it is compared by identity only.
    return "<proxy>";
  }
}
