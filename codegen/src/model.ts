/** What the generator reads from `schemas/`: the catalogue, the schema files and the strict overlay rules. */

export type MessageKind = "letter" | "receipt" | "error";

export interface CatalogueMessage {
  type: string;
  payloadKey: string;
  typeName: string;
  kind: MessageKind;
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

// JSON Schema objects are plain JSON; the generator never mutates them (they are deep-frozen on load).
export type JsonSchema = { readonly [key: string]: unknown } | boolean;

export interface SchemaFile {
  /** Path relative to schemas/, e.g. "dpi/digital.schema.json". */
  file: string;
  id: string;
  schema: { readonly [key: string]: unknown };
}

export interface Sources {
  root: string;
  catalogue: Catalogue;
  schemas: SchemaFile[];
  rules: StrictRule[];
}

/** One file the generator writes. */
export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
  /** Exported symbols, for the summary table. */
  symbols: number;
}
