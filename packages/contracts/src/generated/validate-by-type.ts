// generated — do not edit.
// Source: schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import { validatorWith, type DpiValidator } from "../validate.js";
import type { validate } from "../validate.js";
import * as fast from "./validators-first-error.js";
import * as full from "./validators.js";
import * as strict from "./strict-rules.js";

/**
 * Validates a digital message (Letter to a citizen's digital mailbox). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateDigital["~standard"].validate(input)`.
 */
export const validateDigital: DpiValidator<"digital"> = /* @__PURE__ */ validatorWith("digital", {
  fast: fast.DigitalMessage,
  full: full.DigitalMessage,
  strictChecks: strict.checks_digital,
  strictWalker: strict.walk_digital,
});

/**
 * Validates a utskrift message (Letter to be printed and posted). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateUtskrift["~standard"].validate(input)`.
 */
export const validateUtskrift: DpiValidator<"utskrift"> = /* @__PURE__ */ validatorWith("utskrift", {
  fast: fast.UtskriftMessage,
  full: full.UtskriftMessage,
  strictChecks: strict.checks_utskrift,
  strictWalker: strict.walk_utskrift,
});

/**
 * Validates a flyttet message (Letter moved between mailbox providers). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateFlyttet["~standard"].validate(input)`.
 */
export const validateFlyttet: DpiValidator<"flyttet"> = /* @__PURE__ */ validatorWith("flyttet", {
  fast: fast.FlyttetMessage,
  full: full.FlyttetMessage,
  strictChecks: strict.checks_flyttet,
  strictWalker: strict.walk_flyttet,
});

/**
 * Validates a feil message (Error about a letter, with KLIENT/SERVER blame). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateFeil["~standard"].validate(input)`.
 */
export const validateFeil: DpiValidator<"feil"> = /* @__PURE__ */ validatorWith("feil", {
  fast: fast.FeilMessage,
  full: full.FeilMessage,
  strictChecks: strict.checks_feil,
  strictWalker: strict.walk_feil,
});

/**
 * Validates a leveringskvittering message (Delivery receipt: available in the mailbox, or ready for posting). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateLeveringskvittering["~standard"].validate(input)`.
 */
export const validateLeveringskvittering: DpiValidator<"leveringskvittering"> = /* @__PURE__ */ validatorWith(
  "leveringskvittering",
  {
    fast: fast.LeveringskvitteringMessage,
    full: full.LeveringskvitteringMessage,
    strictChecks: strict.checks_leveringskvittering,
    strictWalker: strict.walk_leveringskvittering,
  },
);

/**
 * Validates a aapningskvittering message (Opening receipt: the citizen opened the letter). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateAapningskvittering["~standard"].validate(input)`.
 */
export const validateAapningskvittering: DpiValidator<"aapningskvittering"> = /* @__PURE__ */ validatorWith(
  "aapningskvittering",
  {
    fast: fast.AapningskvitteringMessage,
    full: full.AapningskvitteringMessage,
    strictChecks: strict.checks_aapningskvittering,
    strictWalker: strict.walk_aapningskvittering,
  },
);

/**
 * Validates a varslingfeiletkvittering message (Notification-failed receipt, one per channel and failure). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateVarslingfeiletkvittering["~standard"].validate(input)`.
 */
export const validateVarslingfeiletkvittering: DpiValidator<"varslingfeiletkvittering"> = /* @__PURE__ */ validatorWith(
  "varslingfeiletkvittering",
  {
    fast: fast.VarslingfeiletkvitteringMessage,
    full: full.VarslingfeiletkvitteringMessage,
    strictChecks: strict.checks_varslingfeiletkvittering,
    strictWalker: strict.walk_varslingfeiletkvittering,
  },
);

/**
 * Validates a mottakskvittering message (Reception receipt: the print service queued the letter). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateMottakskvittering["~standard"].validate(input)`.
 */
export const validateMottakskvittering: DpiValidator<"mottakskvittering"> = /* @__PURE__ */ validatorWith(
  "mottakskvittering",
  {
    fast: fast.MottakskvitteringMessage,
    full: full.MottakskvitteringMessage,
    strictChecks: strict.checks_mottakskvittering,
    strictWalker: strict.walk_mottakskvittering,
  },
);

/**
 * Validates a returpostkvittering message (Returned-mail receipt: the printed letter came back and was shredded). Never throws; see {@link validate}.
 * Also a Standard Schema v1: `validateReturpostkvittering["~standard"].validate(input)`.
 */
export const validateReturpostkvittering: DpiValidator<"returpostkvittering"> = /* @__PURE__ */ validatorWith(
  "returpostkvittering",
  {
    fast: fast.ReturpostkvitteringMessage,
    full: full.ReturpostkvitteringMessage,
    strictChecks: strict.checks_returpostkvittering,
    strictWalker: strict.walk_returpostkvittering,
  },
);
