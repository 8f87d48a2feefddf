import { compile } from "json-schema-to-typescript";
import ts from "typescript";
import { banner } from "./helpers.js";
import { flatRef } from "../flatten.js";
import type { GeneratedFile, Sources } from "../sources/model.js";
import { messageRoot, namedSchemas, requiredOnlyBranches } from "../names.js";
import { OUT } from "./paths.js";

/**
 * Rewrites `$ref`s to `#/definitions/<Title>` inside one combined schema, dropping `$id`s and nested definitions.
 * An object whose variants are a oneOf of required-lists (the print address) becomes a union of complete
 * object types, which json-schema-to-typescript can express; it would otherwise emit an open index type.
 */
function relink(node: unknown, fileId: string, titleOf: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => relink(n, fileId, titleOf));
  if (!node || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  const branches = obj.properties ? requiredOnlyBranches(obj.oneOf) : null;
  if (branches) {
    const { oneOf: _drop, title, description, ...shape } = obj;
    return {
      title,
      description,
      oneOf: branches.map((required) => relink({ ...shape, required }, fileId, titleOf)),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "definitions" || k === "$id" || k === "$schema") continue;
    if (k === "$ref" && typeof v === "string") {
      const title = titleOf.get(flatRef(fileId, v));
      if (!title) throw new Error(`${fileId}: $ref ${v} does not name a titled schema`);
      out[k] = `#/definitions/${title}`;
    } else out[k] = relink(v, fileId, titleOf);
  }
  return out;
}

const WRAPPER = "InnbyggerpostTypes";

/** The compiled text without the wrapper interface: an artefact of generation, not a type anyone should use. */
function withoutWrapper(text: string): string {
  const file = ts.createSourceFile("types.ts", text, ts.ScriptTarget.Latest, true);
  const wrapper = file.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === WRAPPER);
  if (!wrapper) throw new Error(`json-schema-to-typescript wrote no ${WRAPPER} interface`);
  const before = text.slice(0, wrapper.getFullStart());
  const after = text.slice(wrapper.end).trimStart();
  return before.trim() === "" ? after : `${before}\n\n${after}`;
}

/**
 * TypeScript types for every titled schema, named by title, emitted once each by json-schema-to-typescript
 * from one combined schema; then the catalogue's payload aliases and the message unions.
 */
export async function emitTypes(sources: Sources): Promise<GeneratedFile[]> {
  const named = namedSchemas(sources);
  const titleOf = new Map(named.map((n) => [n.id, n.name]));
  const definitions: Record<string, unknown> = {};
  for (const n of named) {
    const fileId = n.id.split("/definitions/")[0]!;
    definitions[n.name] = relink(n.schema, fileId, titleOf);
  }
  const messages = sources.catalogue.messages;
  // One wrapper whose properties reach every named type, so that each is emitted once, by name, with its own
  // doc comment (listing them as unreachable definitions would append a "referenced by" note to each).
  const properties = Object.fromEntries(named.map((n) => [n.name, { $ref: `#/definitions/${n.name}` }]));
  const combined = { title: WRAPPER, type: "object", additionalProperties: false, properties, definitions };
  const compiled = withoutWrapper(
    await compile(combined as never, WRAPPER, {
      bannerComment: "",
      unreachableDefinitions: false,
      declareExternallyReferenced: true,
      additionalProperties: true,
      strictIndexSignatures: false,
      maxItems: -1,
      format: true,
      style: { singleQuote: false, printWidth: 110 },
    }),
  );

  const extra: string[] = [];
  const roots = messages.map((m) => ({ m, root: messageRoot(sources, m.type) }));
  for (const m of messages) {
    if (!titleOf.has(sources.catalogue.baseId + m.schema)) throw new Error(`${m.schema}: no root title`);
    if (!named.some((n) => n.name === m.typeName)) {
      // Receipts share the Kvittering definition; give each its catalogue name.
      const doc = named.find(
        (n) => n.id === `${sources.catalogue.baseId}${m.schema}/definitions/standardBusinessDocument`,
      )!;
      const ref = (doc.schema.properties as Record<string, { $ref: string }>)[m.payloadKey]!.$ref;
      const target = titleOf.get(flatRef(sources.catalogue.baseId + m.schema, ref))!;
      extra.push(`/** The ${m.payloadKey} payload (${m.description}). */\nexport type ${m.typeName} = ${target};\n`);
    }
  }
  extra.push(
    `/** The payload type of each DPI message type. */\nexport interface DpiPayloadByType ` +
      `{\n${messages.map((m) => `  ${m.type}: ${m.typeName};`).join("\n")}\n}\n`,
    `/** The whole message ({ standardBusinessDocument }) of each DPI message type. */\nexport ` +
      `interface DpiMessageByType {\n${roots.map(({ m, root }) => `  ${m.type}: ${root.name};`).join("\n")}\n}\n`,
    `/** Any DPI message; tell them apart by payload key (\`"digital" in ` +
      `msg.standardBusinessDocument\`) or use validate(), whose result carries the type. */\nexport ` +
      `type DpiMessage = DpiMessageByType[keyof DpiMessageByType];\n`,
    `/** Any DPI payload. */\nexport type DpiPayload = DpiPayloadByType[keyof DpiPayloadByType];\n`,
  );
  const content =
    banner(sources.schemas.map((s) => `schemas/${s.file}`).concat("schemas/catalogue.json")) +
    "/* eslint-disable */\n" +
    compiled.trimEnd() +
    "\n\n" +
    extra.join("\n");
  return [{ path: `${OUT}/types.ts`, content, symbols: (content.match(/^export /gm) ?? []).length }];
}
