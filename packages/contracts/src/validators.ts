/**
 * @innbyggerpost/contracts/validators: `validate()` for any DPI message and one validator per type
 * (`validateDigital`, ...). Each is a function returning a typed result and a Standard Schema v1.
 *
 * ```ts
 * import { validateDigital } from "@innbyggerpost/contracts/validators";
 * const r = validateDigital(body);
 * if (!r.ok) console.log(r.errors); // [{ pointer, code, message }]
 * ```
 * @packageDocumentation
 */
export * from "./generated/validate-by-type.js";
export * from "./validation.js";
