/**
 * The quick answers in front of the strict rules (QuickEmitter.answer, codegen/src/emit/quick-answer.ts):
 * for every rule schema of every message type, the answer the emitter writes must be the verdict of ajv's
 * validator of that schema, compiled as the strict-rules module compiles it. The values: those the
 * official examples and ours hold at the rule's pointers (and every node of them), their near misses
 * (wrong case, an extra dash, a urn:uuid: prefix, cut short, empty, other types, duplicated items, NaN,
 * the infinities), and values drawn by fast-check from the words the schema itself names. Where an answer
 * leans on the wire schema at the node (emit/strict-implied.ts), it is held to ajv on the values that wire
 * schema accepts.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTime } from "../../packages/contracts/src/support/formats.js";
import { sources } from "../../test/support/near-miss.js";
import { digdirDir, hasDigdir, readJson, repoRoot } from "../../test/support/shared.js";
import { flatten } from "../src/flatten.js";
import { relaxedPattern } from "../src/emit/quick-answer.js";
import { ajvFormats } from "../src/emit/quick-keywords.js";
import { IMPLIED, impliedAnswer, wireNodes } from "../src/emit/strict-implied.js";
import { QuickEmitter } from "../src/emit/validators-quick.js";
import { ruleApplies, ruleFor } from "../src/sources/rules.js";
import { createAjv } from "../src/standalone.js";

const SEED = 20261202;
type Verdict = (data: unknown) => boolean;

/** Every distinct rule schema, with the rule codes and pointers that use it. */
const rules = (() => {
  const byKey = new Map<string, { schema: Record<string, unknown>; codes: Set<string>; at: Set<string> }>();
  for (const m of sources.catalogue.messages)
    for (const rule of sources.rules) {
      if (!ruleApplies(rule, m)) continue;
      const { at, schema } = ruleFor(sources, rule, m);
      const key = JSON.stringify(schema);
      const entry = byKey.get(key) ?? { schema: schema as Record<string, unknown>, codes: new Set(), at: new Set() };
      entry.codes.add(rule.code);
      for (const p of at) entry.at.add(p);
      byKey.set(key, entry);
    }
  return [...byKey.values()];
})();

/** The answer functions one emitter writes for every rule schema, made callable here. */
function answers(): Map<string, Verdict | null> {
  const q = new QuickEmitter([]);
  const names = rules.map((r) => q.answer(r.schema));
  const body = `${[...q.constants, ...q.functions].join("\n")}\nreturn [${names.map((n) => n ?? "null").join(", ")}];`;
  const fns = new Function("qDateTime", body)(dateTime) as (Verdict | null)[];
  return new Map(rules.map((r, i) => [JSON.stringify(r.schema), fns[i]!]));
}

/** The official examples (when ../shared is there) and ours: JSON messages. */
const examples: unknown[] = (() => {
  const dirs = [join(repoRoot, "schemas/examples")];
  if (hasDigdir) dirs.push(join(digdirDir, "examples"), join(digdirDir, "examples/komplette"));
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".json"))
        .map((f) => readJson(join(d, f))),
    );
})();

/** The values at a JSON pointer (with * for every array item) in `v`. */
function at(v: unknown, pointer: string): unknown[] {
  let nodes = [v];
  for (const seg of pointer.split("/").slice(1)) {
    nodes = nodes.flatMap((n) => {
      if (typeof n !== "object" || n === null) return [];
      if (seg === "*") return Array.isArray(n) ? n : [];
      return seg in n ? [(n as Record<string, unknown>)[seg]] : [];
    });
  }
  return nodes;
}

/** Every node of a JSON value. */
const nodes = (v: unknown): unknown[] =>
  typeof v === "object" && v !== null ? [v, ...Object.values(v).flatMap(nodes)] : [v];

/** Near misses of one value: for a string, the slips a sender makes; for arrays and objects, one change each. */
function nearMisses(v: unknown): unknown[] {
  if (typeof v === "string") {
    return [
      v.toUpperCase(),
      v.toLowerCase(),
      `${v}-`,
      `-${v}`,
      v.replace("-", "--"),
      `urn:uuid:${v}`,
      `URN:UUID:${v}`,
      v.slice(1),
      v.slice(0, -1),
      `${v} `,
      `${v}\n`,
      "",
      v.replace(/[0-9]/, "x"),
      v.replace(/[a-z]/i, "é"),
      v.replace("Z", "+01:00"),
      v.replace(/[+-]\d\d:\d\d$|Z$/, ""),
    ];
  }
  if (Array.isArray(v)) {
    return [
      [],
      [...v, ...v],
      v.slice(1),
      [...v, v[0]],
      [...v, null],
      v.map((x) => (typeof x === "number" ? x + 0.5 : x)),
    ];
  }
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    return [
      ...Object.keys(o).map((k) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k))),
      ...Object.keys(o).map((k) => ({ ...o, [k]: typeof o[k] === "string" ? (o[k] as string).toLowerCase() : null })),
      ...Object.keys(o).map((k) => ({ ...o, [k]: typeof o[k] === "string" ? `${o[k] as string}x` : [] })),
      { ...o, x: 1 },
      { ...o, virkningsdato: "2026-12-02", virkningstidspunkt: "2026-12-02T10:00:00+01:00" },
    ];
  }
  return [];
}

const ODD = [0, -0, 1, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, true, false];
const ODD_VALUES = [...ODD, "", " ", [], {}, [1, 1], [0, -0], [1, 2, 1], ["1", 1], [Number.NaN, Number.NaN], [{}, {}]];

/** Every scalar and property name the schema mentions (consts, enums, property and required names). */
function words(s: unknown, out = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(s)) for (const x of s) words(x, out);
  else if (typeof s === "object" && s !== null) {
    for (const [k, v] of Object.entries(s)) {
      if (k === "properties") for (const name of Object.keys(v as object)) out.add(name);
      words(v, out);
    }
  } else if (s !== undefined) out.add(s);
  return out;
}

/** Values shaped by the schema: its words as keys and values, objects of them, arrays of those. */
function drawn(schema: Record<string, unknown>, known: readonly unknown[]): fc.Arbitrary<unknown> {
  const mentioned = [...words(schema)];
  const keys = mentioned.filter((w): w is string => typeof w === "string" && w.length < 40);
  const patterns = [...JSON.stringify(schema).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map(
    (m) => new RegExp(JSON.parse(`"${m[1]}"`) as string),
  );
  const strings = fc.oneof(
    fc.constantFrom(...(keys.length ? keys : ["x"])),
    fc.string({ maxLength: 8 }),
    ...patterns.map((p) => fc.stringMatching(p)),
    ...patterns.map((p) =>
      fc
        .tuple(fc.stringMatching(p), fc.nat(60), fc.constantFrom("-", "x", "A", "é", ""), fc.boolean())
        .map(([s, i, c, insert]) => {
          const j = i % (s.length + 1);
          return s.slice(0, j) + c + s.slice(insert ? j : j + 1);
        }),
    ),
  );
  const leaf = fc.oneof(
    strings,
    fc.constantFrom(...ODD, ...mentioned, ...known.filter((k) => typeof k !== "object" || k === null)),
    fc.integer({ min: -2, max: 12 }),
    fc.double(),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.dictionary(
        fc.oneof(fc.constantFrom(...(keys.length ? keys : ["x"])), fc.string({ maxLength: 3 })),
        tie("value"),
        {
          maxKeys: 5,
        },
      ),
      fc.array(tie("value"), { maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 6 }),
      fc.constantFrom(...known),
    ),
  }));
  return value;
}

describe("quick answers agree with ajv on every strict rule", () => {
  const ajv = createAjv(true);
  const quick = answers();

  it("every rule schema has a quick answer", () => {
    const missing = rules.filter((r) => quick.get(JSON.stringify(r.schema)) === null).map((r) => [...r.codes]);
    expect(missing).toEqual([]);
  });

  it("a schema with a keyword answers do not cover gets null and leaves nothing behind", () => {
    const q = new QuickEmitter([]);
    const uncovered = [
      { properties: { a: { pattern: "^x{3}$" } }, anyOf: [{ required: ["a"] }] },
      { if: { pattern: "^y$" }, then: { $ref: "urn:x" } },
      { type: "array", items: { type: "object" }, uniqueItems: true },
      { not: { contains: { multipleOf: 2 } } },
    ];
    for (const schema of uncovered) expect(q.answer(schema), JSON.stringify(schema)).toBeNull();
    expect([q.functions, q.constants]).toEqual([[], []]);
    const name = q.answer({ pattern: "^x{3}$" });
    expect(name).not.toBeNull();
    expect(q.constants).toEqual(["const qc0 = /^x*$/;"]);
  });

  for (const r of rules) {
    const codes = [...r.codes].join(", ");
    const label = `${codes} ${JSON.stringify(r.schema).slice(0, 60)}`;
    it(`${label}: same verdict on example values, near misses and drawn values (seed ${SEED})`, () => {
      const reference = ajv.compile(structuredClone(r.schema)) as Verdict;
      const answer = quick.get(JSON.stringify(r.schema));
      if (!answer) throw new Error(`no quick answer for ${codes}`);
      const found = examples.flatMap((e) => [...r.at].flatMap((p) => at(e, p)));
      expect(found.length, `${codes}: the examples hold values at ${[...r.at].join(", ")}`).toBeGreaterThan(0);
      const fixed = [...found, ...found.flatMap(nearMisses), ...examples.flatMap(nodes), ...ODD_VALUES];
      let refused = 0;
      for (const v of fixed) {
        const verdict = reference(v);
        if (!verdict) refused++;
        expect(answer(v), `${codes}: ${JSON.stringify(v)}`).toBe(verdict);
      }
      expect(refused, `${codes}: some fixed value is refused`).toBeGreaterThan(0);
      fc.assert(
        fc.property(drawn(r.schema, found), (v) => answer(v) === reference(v)),
        { seed: SEED, numRuns: 3000 },
      );
    });
  }
});

describe("wire-implied answers agree with ajv where the wire schema accepts the value", () => {
  const ajv = createAjv(true);
  for (const f of flatten(sources.schemas)) ajv.addSchema(structuredClone(f.schema));
  const wireAt = wireNodes(sources);
  const uses = sources.catalogue.messages.flatMap((m) =>
    sources.rules.flatMap((rule) => {
      if (!ruleApplies(rule, m)) return [];
      const { at: pointers, schema } = ruleFor(sources, rule, m);
      return pointers.flatMap((p) => {
        const wire = wireAt(m.type, p);
        const implied = impliedAnswer(schema, wire);
        return implied && wire ? [{ type: m.type, code: rule.code, pointer: p, schema, wire, implied }] : [];
      });
    }),
  );

  it("every reduction in the table is used by some rule at some node", () => {
    for (const i of IMPLIED)
      expect(
        uses.some((u) => u.implied === i),
        i.why,
      ).toBe(true);
  });

  for (const u of uses) {
    it(`${u.type} ${u.code} at ${u.pointer} (seed ${SEED})`, () => {
      const rule = ajv.compile(structuredClone(u.schema as object)) as Verdict;
      const wire = ajv.compile(structuredClone(u.wire)) as Verdict;
      const answer = new Function("v", `return ${u.implied.answer("v")};`) as Verdict;
      const format = ajvFormats[String(u.wire.format)];
      const shaped = format instanceof RegExp ? [fc.stringMatching(new RegExp(format.source))] : [];
      const found = examples.flatMap((e) => at(e, u.pointer));
      const values = fc.oneof(
        ...shaped.map((a) => a.map((s) => (s.length % 2 ? s.toUpperCase() : s))),
        ...shaped.map((a) => a.chain((s) => fc.constantFrom(...nearMisses(s)))),
        drawn(u.schema as Record<string, unknown>, found.length ? found : [""]),
      );
      let accepted = 0;
      let refused = 0;
      for (const v of [...found, ...found.flatMap(nearMisses), ...fc.sample(values, { seed: SEED, numRuns: 5000 })]) {
        if (!wire(v)) continue;
        accepted++;
        const verdict = rule(v);
        if (!verdict) refused++;
        expect(answer(v), `${u.code} at ${u.pointer}: ${JSON.stringify(v)} (seed ${SEED})`).toBe(verdict);
      }
      expect(accepted, "values the wire schema accepts").toBeGreaterThan(500);
      expect(refused, "of which the rule refuses some").toBeGreaterThan(50);
    });
  }
});

describe("relaxed patterns (a counted repetition as a length check and *) match as the originals", () => {
  const synthetic = [
    "^a{2,3}b$",
    "^[ab]{3}[bc]{1,2}$",
    "^x?y{2}$",
    "^[0-9]{2}$",
    "^a{0,2}$",
    "^\\d{2}-\\w{1,3}$",
    "^[^a]{2}a$",
  ];
  const fromRules = [...JSON.stringify(sources.rules).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map(
    (m) => JSON.parse(`"${m[1]}"`) as string,
  );
  for (const source of [...new Set([...fromRules, ...synthetic])]) {
    it(`${source} (seed ${SEED})`, () => {
      const relaxed = relaxedPattern(source);
      if (relaxed === null) return; // left as it is
      const original = new RegExp(source, "");
      const loose = new RegExp(relaxed.source, "");
      const test = (s: string) => s.length >= relaxed.min && s.length <= relaxed.max && loose.test(s);
      const chars = [...new Set(source.replace(/[\\^$[\]{}]/g, ""))].concat(["0", "a", "A", "_", "-", "=", " "]);
      const strings = fc.oneof(
        fc.stringMatching(original),
        fc.stringMatching(original).map((s) => `${s}${s.at(-1) ?? ""}`),
        fc.stringMatching(original).map((s) => s.slice(1)),
        fc.string({ unit: fc.constantFrom(...chars), maxLength: 60 }),
      );
      fc.assert(
        fc.property(strings, (s) => test(s) === original.test(s)),
        { seed: SEED, numRuns: 3000 },
      );
    });
  }
});
