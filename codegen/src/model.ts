/** Kept for imports from outside codegen/ (tests): the model lives in ./sources/model.ts. */
export type * from "./sources/model.js";
