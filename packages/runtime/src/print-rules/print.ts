import { shown } from "../support/problem.js";
import { checkPrintAddress } from "./address.js";
import { issue, unreadableRule, type RuleIssue } from "./rules.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function utskriftPayload(letter: unknown): { payload: Record<string, unknown>; base: string } | null {
  if (isObject(letter) && isObject(letter.standardBusinessDocument)) {
    const p = letter.standardBusinessDocument.utskrift;
    return isObject(p) ? { payload: p, base: "/standardBusinessDocument/utskrift" } : null;
  }
  return isObject(letter) ? { payload: letter, base: "" } : null;
}

/** Checks the print rules of an `utskrift` letter (whole message or payload): the recipient and the return address. */
export function checkPrintRules(letter: unknown): RuleIssue[] {
  try {
    const found = utskriftPayload(letter);
    if (!found)
      return [
        {
          code: "invalid-input",
          severity: "error",
          pointer: "",
          message: "expected an utskrift message or its utskrift payload",
        },
      ];
    const { payload, base } = found;
    const out = checkPrintAddress(payload.mottaker, `${base}/mottaker`);
    if (isObject(payload.retur)) out.push(...checkPrintAddress(payload.retur.mottaker, `${base}/retur/mottaker`));
    return out;
  } catch (e) {
    return [unreadableRule(e)];
  }
}

/** A returpostkvittering answering `letter`: allowed only when the letter asked for MAKULERING_MED_MELDING. */
export function checkReturpost(letter: unknown): RuleIssue[] {
  try {
    const found = utskriftPayload(letter);
    if (!found)
      return [
        {
          code: "invalid-input",
          severity: "error",
          pointer: "",
          message: "expected an utskrift message or its utskrift payload",
        },
      ];
    const handling = isObject(found.payload.retur) ? found.payload.retur.returposthaandtering : undefined;
    return handling === "MAKULERING_MED_MELDING"
      ? []
      : [
          issue(
            "print-returpost-requires-makulering",
            `${found.base}/retur/returposthaandtering`,
            `The letter has ${shown(handling ?? null)}.`,
          ),
        ];
  } catch (e) {
    return [unreadableRule(e)];
  }
}
