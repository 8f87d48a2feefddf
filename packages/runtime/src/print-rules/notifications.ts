import { shown, isRecord } from "../support/problem.js";
import { issue, owned, unreadableRule, type RuleIssue } from "./rules.js";

// Deliberately broad: any scheme-qualified URL or a www. host counts as a link.
/** Notification days looked at: ten are allowed, so a list longer than this is refused by its length alone. */
const MAX_DAYS = 1024;
const LINK = /\b(?:https?:\/\/|www\.)\S+/i;

/** Checks the notification rules of a `digital` letter (whole message or payload). */
export function checkNotificationRules(letter: unknown): RuleIssue[] {
  try {
    const read = owned(letter, "");
    if (!read.ok) return [read.issue];
    letter = read.value;
    let payload: unknown = letter;
    let base = "";
    if (isRecord(letter) && isRecord(letter.standardBusinessDocument)) {
      payload = letter.standardBusinessDocument.digital;
      base = "/standardBusinessDocument/digital";
    }
    if (!isRecord(payload))
      return [
        {
          code: "invalid-input",
          severity: "error",
          pointer: base,
          message: "expected a digital message or its digital payload",
        },
      ];
    if (payload.varsler === undefined) return [];
    if (!isRecord(payload.varsler))
      return [
        { code: "invalid-input", severity: "error", pointer: `${base}/varsler`, message: "varsler must be an object" },
      ];
    const out: RuleIssue[] = [];
    for (const key of ["epostvarsel", "smsvarsel"] as const) {
      const v = payload.varsler[key];
      if (v === undefined) continue;
      const p = `${base}/varsler/${key}`;
      if (!isRecord(v)) {
        out.push({ code: "invalid-input", severity: "error", pointer: p, message: `${key} must be an object` });
        continue;
      }
      if (typeof v.varslingstekst === "string") {
        // Count characters as people see them (code points), not UTF-16 units.
        const length = [...v.varslingstekst].length;
        if (key === "smsvarsel" && length > 160)
          out.push(issue("notify-sms-too-long", `${p}/varslingstekst`, `It has ${length}.`));
        if (LINK.test(v.varslingstekst))
          out.push(
            issue("notify-link", `${p}/varslingstekst`, `Found ${JSON.stringify(LINK.exec(v.varslingstekst)![0])}.`),
          );
      }
      const days = v.repetisjoner;
      if (!Array.isArray(days)) continue;
      if (days.length > 10)
        out.push(issue("notify-repetisjoner-too-many", `${p}/repetisjoner`, `It has ${days.length}.`));
      const seen = new Set<unknown>();
      // Past the first MAX_DAYS (TOO_MANY already refuses the list) nothing is read: a sparse array can be
      // four billion long.
      const n = Math.min(days.length, MAX_DAYS);
      for (let i = 0; i < n; i++) {
        if (!(i in days)) continue;
        const d: unknown = days[i];
        if (!Number.isInteger(d) || (d as number) < 0 || (d as number) > 25)
          out.push(issue("notify-repetisjoner-range", `${p}/repetisjoner/${i}`, `Got ${shown(d)}.`));
        else if (seen.has(d))
          out.push(issue("notify-repetisjoner-unique", `${p}/repetisjoner/${i}`, `Day ${String(d)} repeats.`));
        seen.add(d);
      }
    }
    return out;
  } catch (e) {
    return [unreadableRule(e)];
  }
}
