// generated — do not edit.
// Source: schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import { validatorFor, type DpiValidator } from "../validate.js";
import type { validate } from "../validate.js";

/**
 * Validates a digital message (Letter to a citizen's digital mailbox). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateDigital["~standard"].validate(input)`.
 */
export const validateDigital: DpiValidator<"digital"> = /* @__PURE__ */ validatorFor("digital");

/**
 * Validates a utskrift message (Letter to be printed and posted). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateUtskrift["~standard"].validate(input)`.
 */
export const validateUtskrift: DpiValidator<"utskrift"> = /* @__PURE__ */ validatorFor("utskrift");

/**
 * Validates a flyttet message (Letter moved between mailbox providers). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateFlyttet["~standard"].validate(input)`.
 */
export const validateFlyttet: DpiValidator<"flyttet"> = /* @__PURE__ */ validatorFor("flyttet");

/**
 * Validates a feil message (Error about a letter, with KLIENT/SERVER blame). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateFeil["~standard"].validate(input)`.
 */
export const validateFeil: DpiValidator<"feil"> = /* @__PURE__ */ validatorFor("feil");

/**
 * Validates a leveringskvittering message (Delivery receipt: available in the mailbox, or ready for posting). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateLeveringskvittering["~standard"].validate(input)`.
 */
export const validateLeveringskvittering: DpiValidator<"leveringskvittering"> =
  /* @__PURE__ */ validatorFor("leveringskvittering");

/**
 * Validates a aapningskvittering message (Opening receipt: the citizen opened the letter). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateAapningskvittering["~standard"].validate(input)`.
 */
export const validateAapningskvittering: DpiValidator<"aapningskvittering"> =
  /* @__PURE__ */ validatorFor("aapningskvittering");

/**
 * Validates a varslingfeiletkvittering message (Notification-failed receipt, one per channel and failure). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateVarslingfeiletkvittering["~standard"].validate(input)`.
 */
export const validateVarslingfeiletkvittering: DpiValidator<"varslingfeiletkvittering"> =
  /* @__PURE__ */ validatorFor("varslingfeiletkvittering");

/**
 * Validates a mottakskvittering message (Reception receipt: the print service queued the letter). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateMottakskvittering["~standard"].validate(input)`.
 */
export const validateMottakskvittering: DpiValidator<"mottakskvittering"> =
  /* @__PURE__ */ validatorFor("mottakskvittering");

/**
 * Validates a returpostkvittering message (Returned-mail receipt: the printed letter came back and was shredded). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateReturpostkvittering["~standard"].validate(input)`.
 */
export const validateReturpostkvittering: DpiValidator<"returpostkvittering"> =
  /* @__PURE__ */ validatorFor("returpostkvittering");
