import type { GeneratedFile, JsonSchema, Sources } from "../sources/model.js";
import { ruleApplies, ruleSchema } from "../sources/rules.js";
import { Generator, Unsupported, flatOverlays } from "./arbitrary-generator.js";
import { banner } from "./helpers.js";
import { OUT } from "./paths.js";

/** The strict overlay of one message type: every error-severity rule's schema, rooted at the message. */
function strictOverlay(sources: Sources, type: string): JsonSchema[] {
  const m = sources.catalogue.messages.find((x) => x.type === type)!;
  return sources.rules.filter((r) => r.severity === "error" && ruleApplies(r, m)).map((r) => ruleSchema(sources, r, m));
}

/** Orders named arbitraries so that each is declared after the ones it refers to. */
function topoSort(bodies: Map<string, string>): string[] {
  const names = [...bodies.keys()];
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (n: string, stack: string[]) => {
    if (done.has(n)) return;
    if (stack.includes(n))
      throw new Error(`recursive schema ${[...stack, n].join(" -> ")}: arbitraries need fc.letrec`);
    for (const d of names) if (d !== n && new RegExp(`\\b${d}\\b`).test(bodies.get(n)!)) visit(d, [...stack, n]);
    done.add(n);
    out.push(n);
  };
  for (const n of names) visit(n, []);
  return out;
}

export function emitArbitraries(sources: Sources): GeneratedFile[] {
  const g = new Generator(sources);
  const named = g.named();
  const bodies = new Map<string, string>();
  for (const n of named) bodies.set(n.ident, g.gen(n.named.schema, n.fileId, [], n.named.source));

  const strictMessages = sources.catalogue.messages.map((m) => {
    const root = named.find((n) => n.named.id === sources.catalogue.baseId + m.schema)!;
    return { m, root, ident: g.variant(root, flatOverlays(strictOverlay(sources, m.type))) };
  });

  // A strict arbitrary for a definition: the union of the strict constraints it meets in any message,
  // when those agree (e.g. Avsender always gets the anchored organisation number). Definitions whose
  // strict form depends on the message type (the header, the scope) are only strict within arbitraryMessage.
  const strictDefs: { name: string; ident: string }[] = [];
  const skipped: string[] = [];
  // What the messages' strict overlays brought to each definition (generating below records more).
  const reached = new Map([...g.reached].map(([k, v]) => [k, new Map(v)]));
  for (const n of named) {
    const message = strictMessages.find((x) => x.root === n);
    const lists = reached.get(n.named.name);
    if (message) strictDefs.push({ name: n.named.name, ident: message.ident });
    else if (!lists) strictDefs.push({ name: n.named.name, ident: n.ident });
    else {
      const before = new Set(g.variants.keys());
      try {
        strictDefs.push({ name: n.named.name, ident: g.variant(n, [...lists.values()].flat()) });
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        for (const k of g.variants.keys()) if (!before.has(k)) g.variants.delete(k);
        skipped.push(n.named.name);
      }
    }
  }
  strictDefs.sort((a, b) => a.name.localeCompare(b.name));

  const decl = new Map<string, { doc: string; type: string; expr: string }>();
  for (const n of named) {
    decl.set(n.ident, {
      doc: `${n.named.name} values valid under the wire schema (${n.named.source}).`,
      type: n.named.name,
      expr: bodies.get(n.ident)!,
    });
  }
  for (const v of g.variants.values()) {
    const m = strictMessages.find((x) => x.ident === v.ident);
    const doc = m
      ? `Whole ${m.m.type} messages valid under the strict profile (wire plus every error-severity overlay rule).`
      : `${v.named.named.name} values with the strict rules that apply to it merged in.`;
    decl.set(v.ident, { doc, type: v.named.named.name, expr: v.expr });
  }
  const order = topoSort(new Map([...decl].map(([k, d]) => [k, d.expr])));
  const sortedNamed = [...named].sort((a, b) => a.named.name.localeCompare(b.named.name));
  const content =
    banner([
      ...sources.schemas.map((s) => `schemas/${s.file}`),
      "schemas/catalogue.json",
      "schemas/strict-rules.json",
    ]) +
    "// fast-check arbitraries for every titled schema (wire) and every message type (wire and strict).\n" +
    `import * as fc from "fast-check";\n` +
    `import * as kit from "../support/arbitrary-kit.js";\n` +
    `import type * as T from "./types.js";\n` +
    `import type { DpiType } from "./catalogue.js";\n\n` +
    order
      .map((ident) => {
        const d = decl.get(ident)!;
        return `/** ${d.doc} */\nconst ${ident}: fc.Arbitrary<T.${d.type}> = kit.typed(\n  ${d.expr},\n);\n`;
      })
      .join("\n") +
    "\n/** A wire-valid arbitrary for every titled schema, by its TypeScript name. */\n" +
    `export const wireArbitraries: ` +
    `{\n${sortedNamed.map((n) => `  readonly ${n.named.name}: fc.Arbitrary<T.${n.named.name}>;`).join("\n")}\n} = ` +
    `{\n${sortedNamed.map((n) => `  ${n.named.name}: ${n.ident},`).join("\n")}\n};\n\n` +
    "/**\n * Strict-valid arbitraries for the titled schemas whose strict constraints are the same in every message\n" +
    ` * that uses them: all but ${skipped.join(", ")}, whose strict form depends on the message ` +
    `type (use arbitraryMessage).\n */\n` +
    `export const strictArbitraries: ` +
    `{\n${strictDefs.map((d) => `  readonly ${d.name}: fc.Arbitrary<T.${d.name}>;`).join("\n")}\n} ` +
    `= {\n${strictDefs.map((d) => `  ${d.name}: ${d.ident},`).join("\n")}\n};\n\n` +
    "/** The wire and strict arbitrary of each message type (see arbitraryMessage in ../arbitrary-message.ts). */\n" +
    "export const messageArbitraries: { readonly [K in DpiType]: { readonly wire: " +
    "fc.Arbitrary<T.DpiMessageByType[K]>; readonly strict: fc.Arbitrary<T.DpiMessageByType[K]> } } = {\n" +
    strictMessages.map(({ m, root, ident }) => `  ${m.type}: { wire: ${root.ident}, strict: ${ident} },`).join("\n") +
    "\n};\n";
  return [{ path: `${OUT}/arbitraries.ts`, content, symbols: 4 }];
}
