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
