import { banner } from "../banner.js";
import type { CatalogueMessage, GeneratedFile, JsonSchema, Sources, StrictRule } from "../model.js";
import { compileModule } from "../standalone.js";
import { OUT } from "./validators.js";

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
  const segments = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
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

/**
 * Compiles each rule's schema for the node it applies to (identical schemas once, whatever the type),
 * and a table of which checks apply to each message type at which pointers.
 */
export function emitStrictRules(sources: Sources): GeneratedFile[] {
  const byKey = new Map<string, string>();
  const flat: { id: string; schema: Record<string, unknown> }[] = [];
  const table: Record<string, { code: string; severity: string; at: string[]; fn: string }[]> = {};
  for (const m of sources.catalogue.messages) {
    table[m.type] = [];
    for (const rule of sources.rules) {
      if (!ruleApplies(rule, m)) continue;
      const { at, schema } = ruleFor(sources, rule, m);
      const key = JSON.stringify(schema);
      let fn = byKey.get(key);
      if (!fn) {
        fn = `rule${byKey.size}`;
        byKey.set(key, fn);
        const id = `urn:innbyggerpost:strict-rule:${fn}`;
        flat.push({ id, schema: { $id: id, ...(typeof schema === "boolean" ? { not: {} } : schema) } });
      }
      table[m.type]!.push({ code: rule.code, severity: rule.severity, at, fn });
    }
  }
  const mod = compileModule(flat, Object.fromEntries(flat.map((f) => [f.id.split(":").pop()!, f.id])), true);
  const rows = Object.entries(table)
    .map(
      ([type, checks]) =>
        `  ${type}: [\n${checks
          .map((c) => `    { code: ${JSON.stringify(c.code)}, severity: ${JSON.stringify(c.severity)}, at: ${JSON.stringify(c.at.map((p) => p.split("/").slice(1)))}, validate: ${c.fn} },`)
          .join("\n")}\n  ],`,
    )
    .join("\n");
  const head =
    banner(["schemas/strict-rules.json", "schemas/catalogue.json"]) +
    "// The strict profile's overlay rules: each rule's schema compiled for the node it checks, and per message\n" +
    "// type the rules that apply with the pointers (as segments, * = every array item) where they apply.\n";
  const js = head + mod.js + "\n/** The strict overlay checks that apply to each message type, in rule order. */\nexport const strictRuleChecks = {\n" + rows + "\n};\n";
  const dts =
    head +
    `import type { CompiledValidator } from "../support/compiled-validator.js";\n` +
    `import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";\n\n` +
    "/** One overlay rule as checked for one message type. */\n" +
    "export interface StrictRuleCheck {\n  readonly code: StrictRuleCode;\n  readonly severity: Severity;\n" +
    "  /** Where the rule applies: JSON pointers as unescaped segments; \"*\" is every item of an array. */\n" +
    "  readonly at: readonly (readonly string[])[];\n  /** Checks one node found at `at`. */\n  readonly validate: CompiledValidator;\n}\n\n" +
    "/** The strict overlay checks that apply to each message type, in rule order. */\n" +
    "export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;\n";
  return [
    { path: `${OUT}/strict-rules.js`, content: js, symbols: flat.length + 1 },
    { path: `${OUT}/strict-rules.d.ts`, content: dts, symbols: 2 },
  ];
}
