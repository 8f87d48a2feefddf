/** The validation API, as both the main entry point and `@innbyggerpost/contracts/validators` export it. */
export {
  validate,
  validateAs,
  validatorFor,
  detectType,
  type DpiValidator,
  type Profile,
  type ValidateOptions,
  type ValidationResult,
  type ValidResult,
  type InvalidResult,
} from "./validate.js";
export { escapePointer, type Issue } from "./issues.js";
