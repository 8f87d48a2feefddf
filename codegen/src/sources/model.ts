/**
 * The generator's model: everything under schemas/, read and checked once by ./index.ts. Emitters receive
 * it and never read files.
 */
import type { StatusSources } from "./status.js";

export type { StatusSources } from "./status.js";

export type MessageKind = "letter" | "receipt" | "error";

export interface CatalogueMessage {
  type: string;
  payloadKey: string;
  typeName: string;
  kind: MessageKind;
  sentBy: string;
  standard: string;
  process: string | null;
  processes: string[];
  schema: string;
  description: string;
}

export interface CatalogueProcess {
  identifier: string;
  name: string;
  description: string;
}

export interface Catalogue {
  baseId: string;
  standardPrefix: string;
  typeVersion: string;
  headerVersion: string;
  processes: Record<string, CatalogueProcess>;
  messages: CatalogueMessage[];
}

export type Severity = "error" | "warning";

export interface StrictRule {
  code: string;
  severity: Severity;
  doc: string;
  why: string;
  appliesTo: string[];
  at: string[];
  schema: JsonSchema;
}

/** A JSON object as read (deep-frozen: the generator never mutates its inputs). */
export type Node = { readonly [key: string]: unknown };

// JSON Schema objects are plain JSON; the generator never mutates them (they are deep-frozen on load).
export type JsonSchema = Node | boolean;

export interface SchemaFile {
  /** Path relative to schemas/, e.g. "dpi/digital.schema.json". */
  file: string;
  id: string;
  schema: Node;
}

/** A named schema the generator emits a type, validator and guard for. */
export interface NamedSchema {
  /** The TypeScript name, from the schema's `title`. */
  name: string;
  /** The flattened schema id (see flatten.ts). */
  id: string;
  /** Where it is written: file and JSON pointer, for banners and docs. */
  source: string;
  schema: Node;
}

export interface Sources {
  /** The schemas/ folder the model was read from. */
  root: string;
  catalogue: Catalogue;
  schemas: SchemaFile[];
  /** Every titled definition and every root schema, in a stable order (see ./schemas.ts). */
  named: NamedSchema[];
  rules: StrictRule[];
  status: StatusSources;
  /** The hand-written example of each message type (schemas/examples/<type>.json), by type. */
  examples: Readonly<Record<string, unknown>>;
  /** The access-point (C2) OpenAPI document (schemas/api/c2.openapi.yaml), or null where there is none. */
  api: Node | null;
  /** path → sha256 of every file read, for the output cache. */
  inputs: ReadonlyMap<string, string>;
}

/** One file the generator writes. */
export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
  /** Exported symbols, for the summary table. */
  symbols: number;
}
