/** Where generated files go, relative to the repository root. */

/** Generated TypeScript and JavaScript of @innbyggerpost/contracts. */
export const OUT = "packages/contracts/src/generated";

/** The package's copies of the schemas (shipped in the tarball; see the package's `files`). */
export const SCHEMAS_OUT = "packages/contracts/schemas";

/** The Mermaid diagrams and mapping tables of the status model. */
export const STATUS_DOCS = "docs/status";

/** One page per message type. */
export const MESSAGES_DOCS = "docs/messages";

/** Generated reference pages directly under docs/. */
export const DOCS = "docs";

/** The models for other languages, one folder per language. */
export const MODELS_OUT = "packages/models";

/** Generated TypeScript of @innbyggerpost/access-point (the C2 API's types). */
export const API_OUT = "packages/access-point/src/generated";

/** The generated C2 API types and reference page (docs/api/ is typedoc's output, so not there). */
export const API_TYPES = `${API_OUT}/c2.ts`;
export const API_DOCS = `${DOCS}/access-point-api.md`;
