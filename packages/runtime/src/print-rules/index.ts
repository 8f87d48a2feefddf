export { businessRules, type BusinessRuleCode, type RuleIssue } from "./rules.js";
export { checkPrintAddress, foldPrintAddress, isNorwegianAddress, type FoldedAddress } from "./address.js";
export { checkPrintRules, checkReturpost } from "./print.js";
export { checkNotificationRules } from "./notifications.js";
