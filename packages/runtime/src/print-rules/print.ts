import { shown, isRecord } from "../support/problem.js";
import { checkPrintAddress } from "./address.js";
import { issue, owned, unreadableRule, type RuleIssue } from "./rules.js";

function utskriftPayload(letter: unknown): { payload: Record<string, unknown>; base: string } | null {
  if (isRecord(letter) && isRecord(letter.standardBusinessDocument)) {
    const p = letter.standardBusinessDocument.utskrift;
    return isRecord(p) ? { payload: p, base: "/standardBusinessDocument/utskrift" } : null;
  }
  return isRecord(letter) ? { payload: letter, base: "" } : null;
}

/** The issue for an input that is neither an utskrift message nor its payload. */
const notUtskrift = (): RuleIssue => ({
  code: "invalid-input",
  severity: "error",
  pointer: "",
  message: "expected an utskrift message or its utskrift payload",
});

/** The utskrift payload of a copy of `letter` (read once), or the issue saying why there is none. */
function ownedPayload(letter: unknown): { payload: Record<string, unknown>; base: string } | { issue: RuleIssue } {
  const read = owned(letter, "");
  if (!read.ok) return { issue: read.issue };
  return utskriftPayload(read.value) ?? { issue: notUtskrift() };
}

/** Checks the print rules of an `utskrift` letter (whole message or payload): the recipient and the return address. */
export function checkPrintRules(letter: unknown): RuleIssue[] {
  try {
    const found = ownedPayload(letter);
    if (!("payload" in found)) return [found.issue];
    const { payload, base } = found;
    const out = checkPrintAddress(payload.mottaker, `${base}/mottaker`);
    if (isRecord(payload.retur)) out.push(...checkPrintAddress(payload.retur.mottaker, `${base}/retur/mottaker`));
    return out;
  } catch (e) {
    return [unreadableRule(e)];
  }
}

/** A returpostkvittering answering `letter`: allowed only when the letter asked for MAKULERING_MED_MELDING. */
export function checkReturpost(letter: unknown): RuleIssue[] {
  try {
    const found = ownedPayload(letter);
    if (!("payload" in found)) return [found.issue];
    const handling = isRecord(found.payload.retur) ? found.payload.retur.returposthaandtering : undefined;
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
