import { banner } from "../banner.js";
import { flatten } from "../flatten.js";
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

/** The schema one rule checks for one message type, applied to the whole message. */
export function ruleSchema(sources: Sources, rule: StrictRule, m: CatalogueMessage): JsonSchema {
  const values = placeholders(sources, m);
  const parts = rule.at.map((p) => schemaAt(fill(p, values) as string, fill(rule.schema, values) as JsonSchema));
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}

/** Compiles every (rule, message type) pair; identical schemas are compiled once. */
export function emitStrictRules(sources: Sources): GeneratedFile[] {
  const byKey = new Map<string, string>();
  const flat: { id: string; schema: Record<string, unknown> }[] = [];
  const table: Record<string, { code: string; severity: string; fn: string }[]> = {};
  for (const m of sources.catalogue.messages) {
    table[m.type] = [];
    for (const rule of sources.rules) {
      if (!ruleApplies(rule, m)) continue;
      const schema = ruleSchema(sources, rule, m);
      const key = JSON.stringify(schema);
      let fn = byKey.get(key);
      if (!fn) {
        fn = `rule${byKey.size}`;
        byKey.set(key, fn);
        const id = `urn:innbyggerpost:strict-rule:${fn}`;
        flat.push({ id, schema: { $id: id, ...(schema as object) } });
      }
      table[m.type]!.push({ code: rule.code, severity: rule.severity, fn });
    }
  }
  const exports = Object.fromEntries(flat.map((f) => [f.id.split(":").pop()!, f.id]));
  // Rule schemas only reference each other's ids, never the wire schemas; flatten() is not needed,
  // but the wire schemas are registered too so that a rule could $ref a definition.
  const mod = compileModule([...flatten(sources.schemas), ...flat], exports, true);
  const rows = Object.entries(table)
    .map(
      ([type, checks]) =>
        `  ${type}: [\n${checks.map((c) => `    { code: ${JSON.stringify(c.code)}, severity: ${JSON.stringify(c.severity)}, validate: ${c.fn} },`).join("\n")}\n  ],`,
    )
    .join("\n");
  const head = banner(["schemas/strict-rules.json", "schemas/catalogue.json"]) +
    "// The strict profile's overlay rules, compiled per message type. Each check reports under its rule code.\n";
  const js = head + mod.js + "\n/** The strict overlay checks that apply to each message type, in rule order. */\nexport const strictRuleChecks = {\n" + rows + "\n};\n";
  const dts =
    head +
    `import type { CompiledValidator } from "../support/compiled-validator.js";\n` +
    `import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";\n\n` +
    "/** One overlay rule as checked for one message type. */\n" +
    "export interface StrictRuleCheck {\n  readonly code: StrictRuleCode;\n  readonly severity: Severity;\n  readonly validate: CompiledValidator;\n}\n\n" +
    "/** The strict overlay checks that apply to each message type, in rule order. */\n" +
    "export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;\n";
  return [
    { path: `${OUT}/strict-rules.js`, content: js, symbols: flat.length + 1 },
    { path: `${OUT}/strict-rules.d.ts`, content: dts, symbols: 2 },
  ];
}
