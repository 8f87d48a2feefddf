// generated — do not edit.
// Source: schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
import { validateAs, type ValidateOptions, type ValidationResult } from "../validate.js";
import type { validate } from "../validate.js";

/** Validates a digital message (Letter to a citizen's digital mailbox). Never throws; see {@link validate}. */
export function validateDigital(input: unknown, options?: ValidateOptions): ValidationResult<"digital"> {
  return validateAs("digital", input, options);
}

/** Validates a utskrift message (Letter to be printed and posted). Never throws; see {@link validate}. */
export function validateUtskrift(input: unknown, options?: ValidateOptions): ValidationResult<"utskrift"> {
  return validateAs("utskrift", input, options);
}

/** Validates a flyttet message (Letter moved between mailbox providers). Never throws; see {@link validate}. */
export function validateFlyttet(input: unknown, options?: ValidateOptions): ValidationResult<"flyttet"> {
  return validateAs("flyttet", input, options);
}

/** Validates a feil message (Error about a letter, with KLIENT/SERVER blame). Never throws; see {@link validate}. */
export function validateFeil(input: unknown, options?: ValidateOptions): ValidationResult<"feil"> {
  return validateAs("feil", input, options);
}

/** Validates a leveringskvittering message (Delivery receipt: available in the mailbox, or ready for posting). Never throws; see {@link validate}. */
export function validateLeveringskvittering(input: unknown, options?: ValidateOptions): ValidationResult<"leveringskvittering"> {
  return validateAs("leveringskvittering", input, options);
}

/** Validates a aapningskvittering message (Opening receipt: the citizen opened the letter). Never throws; see {@link validate}. */
export function validateAapningskvittering(input: unknown, options?: ValidateOptions): ValidationResult<"aapningskvittering"> {
  return validateAs("aapningskvittering", input, options);
}

/** Validates a varslingfeiletkvittering message (Notification-failed receipt, one per channel and failure). Never throws; see {@link validate}. */
export function validateVarslingfeiletkvittering(input: unknown, options?: ValidateOptions): ValidationResult<"varslingfeiletkvittering"> {
  return validateAs("varslingfeiletkvittering", input, options);
}

/** Validates a mottakskvittering message (Reception receipt: the print service queued the letter). Never throws; see {@link validate}. */
export function validateMottakskvittering(input: unknown, options?: ValidateOptions): ValidationResult<"mottakskvittering"> {
  return validateAs("mottakskvittering", input, options);
}

/** Validates a returpostkvittering message (Returned-mail receipt: the printed letter came back and was shredded). Never throws; see {@link validate}. */
export function validateReturpostkvittering(input: unknown, options?: ValidateOptions): ValidationResult<"returpostkvittering"> {
  return validateAs("returpostkvittering", input, options);
}
