/** Kept for imports from outside codegen/ (tests): the loader lives in ./sources/. */
export { deepFreeze, loadSources } from "./sources/index.js";
