/**
 * Strict rules that the wire schema half-checks already. validate() walks the strict rules only over a
 * message the wire validator accepted, so at a node whose wire schema makes a check, a rule's quick answer
 * may lean on it: a cheaper test with the same verdict as the rule on every value the wire schema accepts
 * there (codegen/test/strict-answers.test.ts holds each to ajv on such values). When the answer is no, the
 * rule's ajv function still decides, as for every quick answer.
 */
import { flatten } from "../flatten.js";
import { messageRoot } from "../names.js";
import type { Sources } from "../sources/model.js";
import { isNode } from "./helpers.js";

type Node = Record<string, unknown>;

/** One reduction: a rule schema, what the wire schema must say at the node, and the test that then suffices. */
export interface Implied {
  /** The rule schema it replaces, exactly (any other spelling keeps its own quick answer). */
  readonly rule: Node;
  /** Whether the wire schema at the node makes the check the reduction leans on. */
  readonly wire: (node: Node) => boolean;
  /** The test, on the value `v` (an expression). */
  readonly answer: (v: string) => string;
  /** Why the two agree on every value the wire schema accepts. */
  readonly why: string;
}

export const IMPLIED: readonly Implied[] = [
  {
    rule: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" },
    wire: (n) => n.type === "string" && n.format === "uuid",
    answer: (v) => `${v}.length === 36`,
    why:
      "format uuid is 8-4-4-4-12 hex digits of either case, optionally after urn:uuid: (any case): 36 " +
      "characters exactly when there is no prefix, and then it is the plain pattern",
  },
];

/** The wire schema of each message type's node at a rule pointer (with * for array items), where one is known. */
export function wireNodes(sources: Sources): (type: string, pointer: string) => Node | null {
  const byId = new Map(flatten(sources.schemas).map((f) => [f.id, f.schema]));
  const deref = (n: unknown): Node | null => {
    for (let seen = 0; isNode(n) && typeof n.$ref === "string"; seen++) {
      if (seen > 64) return null;
      n = byId.get(n.$ref);
    }
    return isNode(n) ? n : null;
  };
  return (type, pointer) => {
    let node = deref(byId.get(messageRoot(sources, type).id));
    for (const seg of pointer
      .split("/")
      .slice(1)
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
      if (node === null) return null;
      // Only properties and items: each applies to every value present there, whatever else the schema says.
      const next = seg === "*" ? node.items : isNode(node.properties) ? node.properties[seg] : undefined;
      node = deref(next);
    }
    return node;
  };
}

/** The reduced test of `schema` at a node whose wire schema is `wire`, or null when none applies. */
export function impliedAnswer(schema: unknown, wire: Node | null): Implied | null {
  if (wire === null) return null;
  const key = JSON.stringify(schema);
  return IMPLIED.find((i) => JSON.stringify(i.rule) === key && i.wire(wire)) ?? null;
}
