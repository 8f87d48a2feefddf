import type { CatalogueMessage, JsonSchema, Sources, StrictRule } from "./model.js";

/**
 * Queries on schemas/strict-rules.json: which message types a rule applies to, and what it checks there
 * with the catalogue placeholders filled in. Shared by the rule compiler, the catalogue, the docs and the
 * arbitraries.
 */

/** Whether a rule's `appliesTo` selects this message type. */
export function ruleApplies(rule: StrictRule, m: CatalogueMessage): boolean {
  return rule.appliesTo.some((a) => a === "*" || a === m.kind || a === m.type);
}

function placeholders(sources: Sources, m: CatalogueMessage): Record<string, unknown> {
  const { processes } = sources.catalogue;
  return {
    type: m.type,
    payloadKey: m.payloadKey,
    standard: m.standard,
    processIdentifier: m.process ? processes[m.process]!.identifier : null,
    processIdentifiers: m.processes.map((p) => processes[p]!.identifier),
    allProcessIdentifiers: Object.values(processes).map((p) => p.identifier),
  };
}

function fill(node: unknown, values: Record<string, unknown>): unknown {
  if (typeof node === "string") {
    const whole = /^\{\{(\w+)\}\}$/.exec(node);
    if (whole) return values[whole[1]!];
    return node.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => {
      if (!(k in values)) throw new Error(`strict-rules.json: unknown placeholder {{${k}}}`);
      return String(values[k]);
    });
  }
  if (Array.isArray(node)) return node.map((n) => fill(n, values));
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, values)]));
  }
  return node;
}

/** Wraps `schema` so that it applies at a JSON pointer (`*` = every array item) and nowhere else. */
export function schemaAt(pointer: string, schema: JsonSchema): JsonSchema {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  return segments.reduceRight<JsonSchema>(
    (inner, seg) => (seg === "*" ? { items: inner } : { properties: { [seg]: inner } }),
    schema,
  );
}

/** One rule for one message type: where it applies and what it checks there. */
export function ruleFor(sources: Sources, rule: StrictRule, m: CatalogueMessage): { at: string[]; schema: JsonSchema } {
  const values = placeholders(sources, m);
  return { at: rule.at.map((p) => fill(p, values) as string), schema: fill(rule.schema, values) as JsonSchema };
}

/**
 * The schema one rule checks for one message type, applied to the whole message: what validate() does by
 * walking the `at` pointers and checking the rule's schema at each node it finds. (Used by tests and by
 * the arbitraries, which need the rule as one schema.)
 */
export function ruleSchema(sources: Sources, rule: StrictRule, m: CatalogueMessage): JsonSchema {
  const { at, schema } = ruleFor(sources, rule, m);
  const parts = at.map((p) => schemaAt(p, schema));
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}
