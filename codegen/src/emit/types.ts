import { compile } from "json-schema-to-typescript";
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
  const combined = { title: "InnbyggerpostTypes", type: "object", additionalProperties: false, definitions };
  let ts = await compile(combined as never, "InnbyggerpostTypes", {
    bannerComment: "",
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    additionalProperties: true,
    strictIndexSignatures: false,
    maxItems: -1,
    format: true,
    style: { singleQuote: false, printWidth: 110 },
  });
  // The combined wrapper is an artefact of generation, not a type anyone should use.
  ts = ts.replace(/export interface InnbyggerpostTypes \{\}\n\n?/, "");
  ts = ts.replace(
    /\n \*\n \* This interface was referenced by `InnbyggerpostTypes`'s JSON-Schema\n \* via the `definition` "\w+"\./g,
    "",
  );
  ts = ts.replace(
    /\/\*\*\n \* This interface was referenced by `InnbyggerpostTypes`'s JSON-Schema\n \* via the `definition` "\w+"\.\n \*\/\n/g,
    "",
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
    `/** The payload type of each DPI message type. */\nexport interface DpiPayloadByType {\n${messages.map((m) => `  ${m.type}: ${m.typeName};`).join("\n")}\n}\n`,
    `/** The whole message ({ standardBusinessDocument }) of each DPI message type. */\nexport interface DpiMessageByType {\n${roots.map(({ m, root }) => `  ${m.type}: ${root.name};`).join("\n")}\n}\n`,
    `/** Any DPI message; tell them apart by payload key (\`"digital" in msg.standardBusinessDocument\`) or use validate(), whose result carries the type. */\nexport type DpiMessage = DpiMessageByType[keyof DpiMessageByType];\n`,
    `/** Any DPI payload. */\nexport type DpiPayload = DpiPayloadByType[keyof DpiPayloadByType];\n`,
  );
  const content =
    banner(sources.schemas.map((s) => `schemas/${s.file}`).concat("schemas/catalogue.json")) +
    "/* eslint-disable */\n" +
    ts.trimEnd() +
    "\n\n" +
    extra.join("\n");
  return [{ path: `${OUT}/types.ts`, content, symbols: (content.match(/^export /gm) ?? []).length }];
}
