/**
 * Near-miss instances: a valid message with exactly one mutation, and the (pointer, code) issue the
 * validator must report for it.
 *
 * Why test support and not generated code: a mutation needs the schema at the mutated place (its
 * formats, bounds, enums, required lists), which the published package does not carry, and the
 * expectations are a statement about *our* validator's reporting (pointer conventions, strict rule codes)
 * that belongs with its tests. So this module walks schemas/ at test time, with the generator's own
 * loader and $ref resolution, and needs no regeneration when a schema changes.
 */
import * as fc from "fast-check";
import { join } from "node:path";
import { flatRef } from "../../codegen/src/flatten.js";
import { loadSources } from "../../codegen/src/load.js";
import type { Sources } from "../../codegen/src/model.js";
import { namedSchemas } from "../../codegen/src/names.js";
import { repoRoot } from "./shared.js";

type Schema = { readonly [k: string]: unknown };
type DpiType = string;

/** One acceptable report: the validator must give at least one of `expect`. */
export interface NearMiss {
  /** What was done, e.g. "drop-required /standardBusinessDocument/digital/spraak". */
  readonly kind: string;
  readonly instance: unknown;
  /** Under which profile the mutation must be refused (wire mutations are refused under both). */
  readonly profile: "wire" | "strict";
  readonly expect: readonly { readonly pointer: string; readonly code: string }[];
}

export const sources: Sources = loadSources(join(repoRoot, "schemas"));
const byId = new Map(namedSchemas(sources).map((n) => [n.id, n]));
const fileOf = (id: string) => id.replace(/\/definitions\/[^/]+$/, "");

/** Resolves `$ref`s until a schema with keywords of its own; returns it with the file it lives in. */
function deref(schema: Schema, fileId: string): { schema: Schema; fileId: string } {
  while (typeof schema.$ref === "string") {
    const id = flatRef(fileId, schema.$ref);
    const n = byId.get(id);
    if (!n) throw new Error(`unresolved $ref ${schema.$ref}`);
    schema = n.schema;
    fileId = fileOf(id);
  }
  return { schema, fileId };
}

export function messageSchema(type: DpiType): { schema: Schema; fileId: string } {
  const m = sources.catalogue.messages.find((x) => x.type === type)!;
  const id = sources.catalogue.baseId + m.schema;
  return { schema: byId.get(id)!.schema, fileId: id };
}

const esc = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");
export function parsePointer(p: string): string[] {
  return p === ""
    ? []
    : p
        .slice(1)
        .split("/")
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Sets (or, with `remove`, deletes) the member at `pointer` in a deep copy of `root`. */
export function mutate(root: unknown, pointer: string, value: unknown, remove = false): unknown {
  const copy = structuredClone(root);
  const path = parsePointer(pointer);
  if (path.length === 0) return value;
  let node = copy as Record<string, unknown>;
  for (const t of path.slice(0, -1)) node = node[t] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

export function get(root: unknown, pointer: string): unknown {
  let node = root;
  for (const t of parsePointer(pointer)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, t)) return undefined;
    node = (node as Record<string, unknown>)[t];
  }
  return node;
}

const ASTRAL = "\u{1F600}";
/** A value of another JSON type than `type`. */
const WRONG_TYPE: Record<string, unknown> = {
  string: 42,
  integer: "3",
  number: "3",
  boolean: "true",
  object: "x",
  array: {},
};
const BAD_FORMAT: Record<string, string> = {
  date: "2021-02-29",
  "date-time": "2021-01-01T10:00:00",
  uuid: "0000-not-a-uuid",
  email: "a@b@c",
};

function presenceKeys(s: Schema, out = new Set<string>()): Set<string> {
  if (Array.isArray(s.required)) for (const k of s.required as string[]) out.add(k);
  for (const b of [...((s.oneOf as Schema[]) ?? []), ...((s.anyOf as Schema[]) ?? [])]) presenceKeys(b, out);
  return out;
}

/** Evaluates a presence-only oneOf/anyOf (nested lists of `required`) against the keys present. */
function holds(s: Schema, present: Set<string>): boolean {
  if (Array.isArray(s.required) && !(s.required as string[]).every((k) => present.has(k))) return false;
  if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((b) => holds(b, present)).length !== 1) return false;
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((b) => holds(b, present))) return false;
  return true;
}

/** Every single-keyword wire mutation of `value` under `schema`, recursively. */
function wireMutations(
  root: unknown,
  value: unknown,
  s0: Schema,
  file0: string,
  pointer: string,
  out: NearMiss[],
): void {
  const { schema, fileId } = deref(s0, file0);
  const add = (kind: string, instance: unknown, expect: { pointer: string; code: string }[]) => {
    // Where validate() tells the type before the schema runs, it reports its own codes.
    if (pointer === "" && expect[0]?.code === "type") expect.push({ pointer: "", code: "not-an-object" });
    if (
      /^\/standardBusinessDocument\/[a-z]+$/.test(expect[0]?.pointer ?? "") &&
      expect[0]?.code === "required" &&
      expect[0].pointer !== HEADER
    ) {
      expect.push({ pointer: `${DOC_ID}/type`, code: "unknown-type" }, { pointer: SBD, code: "unknown-type" });
    }
    out.push({ kind: `${kind} ${pointer || "/"}`, instance, profile: "wire", expect });
  };
  const type = schema.type as string | undefined;
  if (type && WRONG_TYPE[type] !== undefined)
    add("wrong-type", mutate(root, pointer, WRONG_TYPE[type]), [{ pointer, code: "type" }]);
  if (type === "integer") add("non-integer", mutate(root, pointer, 3.5), [{ pointer, code: "type" }]);
  if (Array.isArray(schema.enum)) {
    const bad =
      typeof schema.enum[0] === "number" ? Math.max(...(schema.enum as number[])) + 1 : `${String(schema.enum[0])}X`;
    add("not-in-enum", mutate(root, pointer, bad), [{ pointer, code: "enum" }]);
  }
  if (typeof value === "string") {
    if (typeof schema.maxLength === "number") {
      // Astral characters: two UTF-16 units each, one character for JSON Schema.
      add("too-long", mutate(root, pointer, ASTRAL.repeat(schema.maxLength + 1)), [{ pointer, code: "maxLength" }]);
    }
    if (typeof schema.minLength === "number" && schema.minLength > 0)
      add("too-short", mutate(root, pointer, ASTRAL.repeat(schema.minLength - 1)), [{ pointer, code: "minLength" }]);
    if (typeof schema.pattern === "string") {
      const re = new RegExp(schema.pattern, "u");
      const bad = ["x", "", "!!!!!!!!", "12345"].find((c) => !re.test(c))!;
      add("pattern", mutate(root, pointer, bad), [{ pointer, code: "pattern" }]);
    }
    if (typeof schema.format === "string" && BAD_FORMAT[schema.format])
      add("format", mutate(root, pointer, BAD_FORMAT[schema.format]), [{ pointer, code: "format" }]);
  }
  if (typeof value === "number") {
    if (typeof schema.maximum === "number")
      add("above-maximum", mutate(root, pointer, schema.maximum + 1), [{ pointer, code: "maximum" }]);
    if (typeof schema.minimum === "number")
      add("below-minimum", mutate(root, pointer, schema.minimum - 1), [{ pointer, code: "minimum" }]);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && schema.minItems > 0)
      add("too-few-items", mutate(root, pointer, value.slice(0, schema.minItems - 1)), [{ pointer, code: "minItems" }]);
    if (typeof schema.maxItems === "number" && value.length > 0) {
      const more = Array.from({ length: schema.maxItems + 1 }, (_, i) => value[i % value.length]);
      add("too-many-items", mutate(root, pointer, more), [{ pointer, code: "maxItems" }]);
    }
    if (schema.items && typeof schema.items === "object")
      value.forEach((v, i) => {
        wireMutations(root, v, schema.items as Schema, fileId, `${pointer}/${i}`, out);
      });
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const obj = value as Record<string, unknown>;
    const constrained =
      schema.oneOf || schema.anyOf ? presenceKeys({ oneOf: schema.oneOf, anyOf: schema.anyOf }) : new Set<string>();
    for (const k of (schema.required as string[]) ?? []) {
      if (!(k in obj)) continue;
      const expect = [{ pointer: `${pointer}/${esc(k)}`, code: "required" }];
      if (constrained.has(k)) expect.push({ pointer, code: "oneOf" });
      add(`drop-required ${k}`, mutate(root, `${pointer}/${esc(k)}`, undefined, true), expect);
    }
    const combinators = { oneOf: schema.oneOf, anyOf: schema.anyOf } as Schema;
    for (const k of constrained) {
      if (k in obj || !props[k]) continue;
      if (holds(combinators, new Set([...Object.keys(obj), k]))) continue;
      // Adding a member that another oneOf branch needs can make two branches match.
      const sample =
        { navn: "x", adresselinje1: "x", postnummer: "0150", poststed: "Oslo", land: "Sverige", landkode: "SE" }[k] ??
        "x";
      out.push({
        kind: `add-presence ${k} ${pointer}`,
        instance: mutate(root, `${pointer}/${esc(k)}`, sample),
        profile: "wire",
        expect: [{ pointer, code: "oneOf" }],
      });
    }
    if (schema.additionalProperties === false)
      add("unknown-member", mutate(root, `${pointer}/unexpectedMember`, 1), [
        { pointer: `${pointer}/unexpectedMember`, code: "additionalProperties" },
      ]);
    for (const [k, v] of Object.entries(obj))
      if (props[k]) wireMutations(root, v, props[k]!, fileId, `${pointer}/${esc(k)}`, out);
  }
}

const SBD = "/standardBusinessDocument";
const HEADER = `${SBD}/standardBusinessDocumentHeader`;
const DOC_ID = `${HEADER}/documentIdentification`;

/**
 * One way to break each error-severity strict rule, keeping the message wire-valid. A test checks that
 * every error rule in strict-rules.json has one, so a new rule cannot go untested.
 */
export const strictBreakers: Record<
  string,
  (msg: unknown, payloadKey: string) => { instance: unknown; pointer: string } | undefined
> = {
  "type-matches-payload": (m) => ({ instance: mutate(m, `${DOC_ID}/type`, "digitalpost"), pointer: `${DOC_ID}/type` }),
  "standard-matches-type": (m) => ({
    instance: mutate(m, `${DOC_ID}/standard`, "urn:x"),
    pointer: `${DOC_ID}/standard`,
  }),
  "header-version": (m) => ({
    instance: mutate(m, `${HEADER}/headerVersion`, "2.0"),
    pointer: `${HEADER}/headerVersion`,
  }),
  "type-version": (m) => ({ instance: mutate(m, `${DOC_ID}/typeVersion`, "2.0"), pointer: `${DOC_ID}/typeVersion` }),
  "conversation-scope": (m) => {
    const scopes = get(m, `${HEADER}/businessScope/scope`) as { type: string }[];
    return {
      instance: mutate(
        m,
        `${HEADER}/businessScope/scope`,
        scopes.filter((s) => s.type !== "ConversationId"),
      ),
      pointer: `${HEADER}/businessScope/scope`,
    };
  },
  "conversation-process": (m) => {
    const scopes = get(m, `${HEADER}/businessScope/scope`) as { type: string }[];
    const i = scopes.findIndex((s) => s.type === "ConversationId");
    const p = `${HEADER}/businessScope/scope/${i}/identifier`;
    return { instance: mutate(m, p, "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0"), pointer: p };
  },
  "letter-process": (m, key) => {
    const scopes = get(m, `${HEADER}/businessScope/scope`) as { type: string }[];
    const i = scopes.findIndex((s) => s.type === "ConversationId");
    const p = `${HEADER}/businessScope/scope/${i}/identifier`;
    const other = Object.values(sources.catalogue.processes).find(
      (x) => !x.identifier.includes(`:${key}:`),
    )!.identifier;
    return { instance: mutate(m, p, other), pointer: p };
  },
  "plain-uuid": (m) => ({
    instance: mutate(m, `${DOC_ID}/instanceIdentifier`, `urn:uuid:${String(get(m, `${DOC_ID}/instanceIdentifier`))}`),
    pointer: `${DOC_ID}/instanceIdentifier`,
  }),
  "expected-response-date-time": (m) => {
    const scopes = get(m, `${HEADER}/businessScope/scope`) as unknown[];
    const p = `${HEADER}/businessScope/scope/${scopes.length}`;
    return {
      instance: mutate(m, p, { type: "SenderRef", scopeInformation: [{ expectedResponseDateTime: "garbage" }] }),
      pointer: `${p}/scopeInformation/0/expectedResponseDateTime`,
    };
  },
  "organisation-identifier-anchored": (m, key) => {
    const p = `${SBD}/${key}/avsender/virksomhetsidentifikator/value`;
    return { instance: mutate(m, p, `x${String(get(m, p))} junk`), pointer: p };
  },
  "repetisjoner-unique": (m, key) => {
    const p = `${SBD}/${key}/varsler`;
    const v = { smsvarsel: { mobiltelefonnummer: "+4799999999", varslingstekst: "hei", repetisjoner: [7, 7] } };
    return { instance: mutate(m, p, v), pointer: `${p}/smsvarsel/repetisjoner` };
  },
  "varsler-object": (m, key) => ({
    instance: mutate(m, `${SBD}/${key}/varsler`, "abc"),
    pointer: `${SBD}/${key}/varsler`,
  }),
  "spraak-letters": (m, key) => ({
    instance: mutate(m, `${SBD}/${key}/spraak`, "12"),
    pointer: `${SBD}/${key}/spraak`,
  }),
};

/**
 * Every near-miss of one valid message of `type` (valid under `profile`): wire mutations, payload swaps, and strict
 * breakers.
 */
export function allNearMisses(msg: unknown, type: DpiType, profile: "wire" | "strict"): NearMiss[] {
  const out: NearMiss[] = [];
  const { schema, fileId } = messageSchema(type);
  wireMutations(msg, msg, schema, fileId, "", out);
  const entry = sources.catalogue.messages.find((m) => m.type === type)!;
  // Swap the payload key: the payload is now checked as another type.
  const payload = get(msg, `${SBD}/${entry.payloadKey}`) as Record<string, unknown>;
  for (const other of sources.catalogue.messages) {
    if (other.type === type) continue;
    const swapped = {
      standardBusinessDocument: { standardBusinessDocumentHeader: get(msg, HEADER), [other.payloadKey]: payload },
    };
    const target = messageSchema(other.type);
    const docSchema = deref(
      (target.schema.properties as Record<string, Schema>).standardBusinessDocument!,
      target.fileId,
    );
    const body = deref(
      (docSchema.schema.properties as Record<string, Schema>)[other.payloadKey]!,
      docSchema.fileId,
    ).schema;
    const missing = ((body.required as string[]) ?? []).filter((k) => !(k in payload));
    const unknown =
      body.additionalProperties === false
        ? Object.keys(payload).filter((k) => !(k in ((body.properties as object) ?? {})))
        : [];
    const at = `${SBD}/${other.payloadKey}`;
    const expect = [
      ...missing.map((k) => ({ pointer: `${at}/${esc(k)}`, code: "required" })),
      ...unknown.map((k) => ({ pointer: `${at}/${esc(k)}`, code: "additionalProperties" })),
    ];
    // Same shape (the four plain receipts): wire-valid, and strict refuses the type that no longer matches.
    if (expect.length)
      out.push({ kind: `swap-payload ${type}->${other.type}`, instance: swapped, profile: "wire", expect });
    else if (profile === "strict")
      out.push({
        kind: `swap-payload ${type}->${other.type}`,
        instance: swapped,
        profile: "strict",
        expect: [{ pointer: `${DOC_ID}/type`, code: "type-matches-payload" }],
      });
  }
  if (profile === "strict") {
    for (const rule of sources.rules) {
      if (rule.severity !== "error") continue;
      if (!rule.appliesTo.some((a) => a === "*" || a === entry.kind || a === entry.type)) continue;
      const broken = strictBreakers[rule.code]?.(msg, entry.payloadKey);
      if (broken)
        out.push({
          kind: `strict ${rule.code}`,
          instance: broken.instance,
          profile: "strict",
          expect: [{ pointer: broken.pointer, code: rule.code }],
        });
    }
  }
  return out;
}

/** Near-misses of generated valid messages: one (message, mutation) pair per draw. */
export function nearMiss(
  valid: fc.Arbitrary<unknown>,
  type: DpiType,
  profile: "wire" | "strict",
): fc.Arbitrary<NearMiss> {
  return fc.tuple(valid, fc.nat()).map(([msg, i]) => {
    const all = allNearMisses(msg, type, profile);
    return all[i % all.length]!;
  });
}
