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

/** A tree of `at` pointers, so that rules sharing a path descend it once in the merged check. */
interface PathNode {
  leaves: JsonSchema[];
  props: Map<string, PathNode>;
  items: PathNode | null;
}

function node(): PathNode {
  return { leaves: [], props: new Map(), items: null };
}

function toSchema(n: PathNode): JsonSchema {
  const out: Record<string, unknown> = {};
  if (n.props.size) out.properties = Object.fromEntries([...n.props].map(([k, v]) => [k, toSchema(v)]));
  if (n.items) out.items = toSchema(n.items);
  if (n.leaves.length === 1 && Object.keys(out).length === 0) return n.leaves[0]!;
  if (n.leaves.length) out.allOf = n.leaves;
  return out;
}

/**
 * Every rule for one type merged into one schema: valid exactly when every rule is, and cheaper, because
 * shared paths are walked once. validate() runs it first and runs the single rules only when it fails.
 */
export function mergedRulesSchema(sources: Sources, m: CatalogueMessage): JsonSchema {
  const root = node();
  const values = placeholders(sources, m);
  for (const rule of sources.rules) {
    if (!ruleApplies(rule, m)) continue;
    for (const p of rule.at) {
      let n = root;
      for (const seg of (fill(p, values) as string).split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
        if (seg === "*") n = n.items ??= node();
        else {
          if (!n.props.has(seg)) n.props.set(seg, node());
          n = n.props.get(seg)!;
        }
      }
      n.leaves.push(fill(rule.schema, values) as JsonSchema);
    }
  }
  return toSchema(root);
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
  const merged: Record<string, string> = {};
  for (const m of sources.catalogue.messages) {
    table[m.type] = [];
    merged[m.type] = `all_${m.type}`;
    const id = `urn:innbyggerpost:strict-rule:all_${m.type}`;
    flat.push({ id, schema: { $id: id, ...(mergedRulesSchema(sources, m) as object) } });
    for (const rule of sources.rules) {
      if (!ruleApplies(rule, m)) continue;
      const schema = ruleSchema(sources, rule, m);
      const key = JSON.stringify(schema);
      let fn = byKey.get(key);
      if (!fn) {
        fn = `rule_${byKey.size}`;
        byKey.set(key, fn);
        const id = `urn:innbyggerpost:strict-rule:${fn}`;
        flat.push({ id, schema: { $id: id, ...(schema as object) } });
      }
      table[m.type]!.push({ code: rule.code, severity: rule.severity, fn });
    }
  }
  const exports = Object.fromEntries(flat.map((f) => [f.id.split(":").pop()!, f.id]));
  // Rule schemas never reference the wire schemas, but registering them lets a future rule $ref a definition.
  const firstError = compileModule([...flatten(sources.schemas), ...flat], Object.fromEntries(Object.values(merged).map((n) => [n, `urn:innbyggerpost:strict-rule:${n}`])), false);
  const mod = compileModule(
    [...flatten(sources.schemas), ...flat],
    Object.fromEntries(Object.entries(exports).filter(([n]) => !n.startsWith("all_"))),
    true,
  );
  const rows = Object.entries(table)
    .map(
      ([type, checks]) =>
        `  ${type}: {\n    all: ${merged[type]},\n    rules: [\n${checks.map((c) => `      { code: ${JSON.stringify(c.code)}, severity: ${JSON.stringify(c.severity)}, validate: ${c.fn} },`).join("\n")}\n    ],\n  },`,
    )
    .join("\n");
  const head = banner(["schemas/strict-rules.json", "schemas/catalogue.json"]) +
    "// The strict profile's overlay rules, compiled per message type. Each check reports under its rule code.\n";
  // The merged checks are compiled in first-error mode (they only answer yes or no) into a module of their
  // own; the single rules in all-errors mode (they report every place a rule fails).
  const js =
    head +
    `import { ${Object.values(merged).join(", ")} } from "./strict-rules-merged.js";\n` +
    mod.js +
    "\n/** The strict overlay checks for each message type: all rules merged, and each rule on its own, in rule order. */\nexport const strictRuleChecks = {\n" +
    rows +
    "\n};\n";
  const dts =
    head +
    `import type { CompiledValidator } from "../support/compiled-validator.js";\n` +
    `import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";\n\n` +
    "/** One overlay rule as checked for one message type. */\n" +
    "export interface StrictRuleCheck {\n  readonly code: StrictRuleCode;\n  readonly severity: Severity;\n  readonly validate: CompiledValidator;\n}\n\n" +
    "/** The strict overlay checks for one message type. */\n" +
    "export interface StrictRuleChecks {\n  /** Passes exactly when every rule passes. */\n  readonly all: CompiledValidator;\n  /** Each rule on its own, in rule order, to tell which failed. */\n  readonly rules: readonly StrictRuleCheck[];\n}\n\n" +
    "/** The strict overlay checks that apply to each message type. */\n" +
    "export declare const strictRuleChecks: Readonly<Record<DpiType, StrictRuleChecks>>;\n";
  const mergedHead = banner(["schemas/strict-rules.json", "schemas/catalogue.json"]) +
    "// Each message type's strict overlay rules merged into one check (first error only), see strict-rules.js.\n";
  return [
    { path: `${OUT}/strict-rules-merged.js`, content: mergedHead + firstError.js, symbols: firstError.exports.length },
    {
      path: `${OUT}/strict-rules-merged.d.ts`,
      content: mergedHead + `import type { CompiledValidator } from "../support/compiled-validator.js";\n\n` + firstError.dts,
      symbols: firstError.exports.length,
    },
    { path: `${OUT}/strict-rules.js`, content: js, symbols: flat.length + 1 },
    { path: `${OUT}/strict-rules.d.ts`, content: dts, symbols: 2 },
  ];
}
