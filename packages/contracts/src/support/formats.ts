// The format checks the official schemas are validated with (ajv-formats, "full" mode), so that our
// wire verdicts match theirs exactly.
export { fullFormats } from "ajv-formats/dist/formats.js";
