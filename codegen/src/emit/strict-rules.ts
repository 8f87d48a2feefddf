import { banner, doc } from "./helpers.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { ruleApplies, ruleFor } from "../sources/rules.js";
import { compileModule } from "../standalone.js";
import { OUT } from "./paths.js";
import { type Implied, impliedAnswer, wireNodes } from "./strict-implied.js";
import { QuickEmitter } from "./validators-quick.js";
import { quickRuntime } from "./validators-quick-runtime.js";

/** One check of a type: its rule's ajv function, its quick answer, and per pointer a wire-implied answer. */
interface Check {
  at: string[];
  fn: string;
  quick: string | null;
  implied: (Implied | null)[];
}

interface TrieNode {
  /** Rule indices (into the type's check list) to run at this node, with the reduction that applies there. */
  checks: { index: number; implied: Implied | null }[];
  props: Map<string, TrieNode>;
  items: TrieNode | null;
}

/**
 * One function per message type that walks every rule's pointers at once, with plain property access
 * (shared prefixes are read once), and calls `fail(index, pointer)` for each rule check that fails at a
 * node. Dynamic `node[key]` lookups cost about as much as the rules themselves; this code does not.
 * A rule with a quick answer (`quick`) is decided by it; its ajv function runs only when the answer is
 * no, to leave in `.errors` what checkStrict reports (and to have the last word on the verdict). Where the
 * wire schema makes part of a rule's check (emit/strict-implied.ts), the answer there leans on it: the
 * walker is for wire-valid messages.
 */
function walker(type: string, checks: Check[]): string {
  const root: TrieNode = { checks: [], props: new Map(), items: null };
  checks.forEach((c, index) => {
    for (const [j, p] of c.at.entries()) {
      let n = root;
      for (const seg of p
        .split("/")
        .slice(1)
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
        if (seg === "*") n = n.items ??= { checks: [], props: new Map(), items: null };
        else {
          if (!n.props.has(seg)) n.props.set(seg, { checks: [], props: new Map(), items: null });
          n = n.props.get(seg)!;
        }
      }
      n.checks.push({ index, implied: c.implied[j]! });
    }
  });
  let v = 0;
  const esc = (seg: string) => seg.replace(/~/g, "~0").replace(/\//g, "~1");
  // A pointer is a list of literal text and index variables, rendered with adjacent literals merged.
  type Ptr = readonly (string | { v: string })[];
  const render = (p: Ptr): string => {
    const parts: string[] = [];
    let lit = "";
    for (const x of p) {
      if (typeof x === "string") lit += x;
      else {
        if (lit) parts.push(JSON.stringify(lit));
        lit = "";
        parts.push(x.v);
      }
    }
    if (lit || parts.length === 0) parts.push(JSON.stringify(lit));
    return parts.join(" + ");
  };
  const emit = (n: TrieNode, data: string, pointer: Ptr, indent: string): string => {
    let out = "";
    for (const { index: i, implied } of n.checks) {
      const { fn, quick } = checks[i]!;
      const answer = implied ? implied.answer(data) : quick ? `${quick}(${data})` : null;
      const refused = answer ? `!(${answer}) && !${fn}(${data})` : `!${fn}(${data})`;
      out += `${indent}if (${refused}) fail(${i}, ${render(pointer)});\n`;
    }
    if (n.props.size) {
      out += `${indent}if (typeof ${data} === "object" && ${data} !== null && !Array.isArray(${data})) {\n`;
      for (const [seg, child] of n.props) {
        const d = `d${v++}`;
        out += `${indent}  const ${d} = ${data}[${JSON.stringify(seg)}];\n${indent}  if (${d} !== undefined) {\n`;
        out += emit(child, d, [...pointer, `/${esc(seg)}`], `${indent}    `);
        out += `${indent}  }\n`;
      }
      out += `${indent}}\n`;
    }
    if (n.items) {
      const i = `i${v++}`;
      const d = `d${v++}`;
      out += `${indent}if (Array.isArray(${data})) {\n${indent}  for (let ${i} = 0; ${i} < ${data}.length; ${i}++) {\n`;
      out += `${indent}    const ${d} = ${data}[${i}];\n`;
      out += emit(n.items, d, [...pointer, "/", { v: i }], `${indent}    `);
      out += `${indent}  }\n${indent}}\n`;
    }
    return out;
  };
  return `function walk_${type}(data, fail) {\n${emit(root, "data", [], "  ")}}\n`;
}

/**
 * Compiles each rule's schema for the node it applies to (identical schemas once, whatever the type),
 * a table of which checks apply to each message type at which pointers, and per type a walker that
 * runs them all.
 */
export function emitStrictRules(sources: Sources): GeneratedFile[] {
  const byKey = new Map<string, string>();
  const flat: { id: string; schema: Record<string, unknown> }[] = [];
  const table: Record<string, (Check & { code: string; severity: string })[]> = {};
  const wireAt = wireNodes(sources);
  const q = new QuickEmitter([]);
  const quick = new Map<string, string | null>();
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
      const implied = at.map((p) => impliedAnswer(schema, wireAt(m.type, p)));
      // A quick answer only where some node has no wire-implied one (emitted once per rule schema).
      if (!quick.has(fn) && implied.includes(null)) quick.set(fn, q.answer(schema));
      table[m.type]!.push({ code: rule.code, severity: rule.severity, at, fn, quick: quick.get(fn) ?? null, implied });
    }
  }
  const mod = compileModule(flat, Object.fromEntries(flat.map((f) => [f.id.split(":").pop()!, f.id])), true);
  // One export per type (checks_<type>, walk_<type>), so that a bundler keeps only the types an application uses.
  const rows = Object.entries(table)
    .map(
      ([type, checks]) =>
        `export const checks_${type} = [\n${checks
          .map((c) => {
            const at = JSON.stringify(c.at.map((p) => p.split("/").slice(1)));
            const head = `code: ${JSON.stringify(c.code)}, severity: ${JSON.stringify(c.severity)}`;
            return `  { ${head}, at: ${at}, validate: ${c.fn} },`;
          })
          .join("\n")}\n];\n`,
    )
    .join("\n");
  const head =
    banner(["schemas/strict-rules.json", "schemas/catalogue.json"]) +
    "// The strict profile's overlay rules: each rule's schema compiled for the node it checks, and per message\n" +
    "// type the rules that apply with the pointers (as segments, * = every array item) where they apply.\n";
  const walkers = Object.entries(table).map(([type, checks]) => walker(type, checks));
  // The quick answers (see emit/validators-quick.ts), with the format helpers they import.
  const answers = [...q.constants, ...q.functions].join("\n");
  const js =
    head +
    quickRuntime(answers) +
    mod.js +
    "\n" +
    answers +
    "\n\n" +
    rows +
    "\n/** The strict overlay checks that apply to each message type, in rule order. */\n" +
    "export const strictRuleChecks = { " +
    Object.keys(table)
      .map((t) => `${t}: checks_${t}`)
      .join(", ") +
    " };\n\n" +
    walkers.map((w) => `export ${w}`).join("\n") +
    `\n/** Per message type: runs every check of strictRuleChecks[type] where it applies; ` +
    "fail(index, pointer) for each failure; for wire-valid messages only. */\n" +
    `export const strictRuleWalkers = { ${Object.keys(table)
      .map((t) => `${t}: walk_${t}`)
      .join(", ")} };\n`;
  const dts =
    head +
    `import type { StrictRuleCheck, StrictRuleWalker } from "../catalogue-types.js";\n` +
    `import type { DpiType } from "./catalogue.js";\n\n` +
    `export type { StrictRuleCheck } from "../catalogue-types.js";\n\n` +
    doc("The strict overlay checks that apply to each message type, in rule order.") +
    "export declare const strictRuleChecks: Readonly<Record<DpiType, readonly StrictRuleCheck[]>>;\n\n" +
    doc("Per message type: runs every check of `strictRuleChecks[type]` where it applies (see StrictRuleWalker).") +
    "export declare const strictRuleWalkers: Readonly<Record<DpiType, StrictRuleWalker>>;\n" +
    Object.keys(table)
      .map(
        (t) =>
          `\n/** strictRuleChecks.${t} */\nexport declare const checks_${t}: readonly StrictRuleCheck[];\n` +
          `/** strictRuleWalkers.${t} */\nexport declare const walk_${t}: StrictRuleWalker;\n`,
      )
      .join("");
  return [
    { path: `${OUT}/strict-rules.js`, content: js, symbols: flat.length + 1 },
    { path: `${OUT}/strict-rules.d.ts`, content: dts, symbols: 2 },
  ];
}
