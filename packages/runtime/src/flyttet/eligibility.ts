import { flyttetRules, type FlyttetRuleCode } from "@innbyggerpost/contracts";
import { isDate, parseDateTime, wallClockKey } from "../status/time.js";
import { reasonOf, type Problem, isRecord } from "../support/problem.js";

/** How far an ordered notification has come, as the old mailbox provider knows it. */
export type NotificationProgress =
  /** Still to be sent (or being retried). */
  | "pending"
  /** Every ordered repetition was sent. */
  | "completed"
  /** It failed and the sender was told with a varslingfeiletkvittering. */
  | "failed-reported"
  /** Ended because the citizen handled (opened) the letter. */
  | "ended-by-citizen";

/** What the old mailbox provider knows about one letter. */
export interface LetterState {
  /** The original `digital` message (or its `digital` payload). */
  readonly letter: unknown;
  /** When the mailbox received the letter: a date or a date-time (becomes `mottakstidspunkt`). */
  readonly receivedAt: string;
  /** Whether the citizen has opened the letter. */
  readonly opened?: boolean;
  /** Whether the aapningskvittering has been sent to the sender. */
  readonly openingReceiptSent?: boolean;
  /** Progress of each ordered notification channel; an ordered channel without one counts as pending. */
  readonly notifications?: { readonly epost?: NotificationProgress; readonly sms?: NotificationProgress };
}

/**
 * One reason a letter may not be moved: a rule's code (schemas/status/flyttet.json), or invalid input;
 * its pointer points into the {@link LetterState} (or `/options/...`).
 */
export type FlyttetReason = Problem<FlyttetRuleCode | "invalid-input">;

/** The moved letter's delivery time and which field it came from. */
export interface DeliveryTime {
  readonly value: string;
  readonly source: "receivedAt" | "virkningstidspunkt" | "virkningsdato";
}

/** Whether a letter may be moved; `eligible` is false exactly when `reasons` is not empty. */
export interface FlyttetEligibility {
  readonly eligible: boolean;
  /** Every reason the letter may not be moved (not just the first). */
  readonly reasons: readonly FlyttetReason[];
  /** The later of the receiving date and virkningstidspunkt (or virkningsdato); null when it cannot be told. */
  readonly deliveryTime: DeliveryTime | null;
}

const PROGRESS = new Set(["pending", "completed", "failed-reported", "ended-by-citizen"]);
const DONE = new Set(["completed", "failed-reported", "ended-by-citizen"]);

/** The `digital` payload and its pointer, from a whole message or a bare payload. */
export function digitalPayload(letter: unknown): { payload: Record<string, unknown>; pointer: string } | null {
  if (
    isRecord(letter) &&
    isRecord(letter.standardBusinessDocument) &&
    isRecord(letter.standardBusinessDocument.digital)
  ) {
    return { payload: letter.standardBusinessDocument.digital, pointer: "/letter/standardBusinessDocument/digital" };
  }
  if (isRecord(letter) && isRecord(letter.mottaker) && "dokumentpakkefingeravtrykk" in letter)
    return { payload: letter, pointer: "/letter" };
  return null;
}

/** Compares two RFC 3339 values, dates or date-times; a date is the start of its day (wall clock). */
function later(a: string, b: string): boolean {
  const ma = parseDateTime(a);
  const mb = parseDateTime(b);
  if (ma !== null && mb !== null) return ma > mb;
  return wallClockKey(a)! > wallClockKey(b)!;
}

const rule = (code: FlyttetRuleCode) => flyttetRules.mayNotMove[code];

/**
 * Decides whether a letter may be moved to another mailbox provider (seeds/004), listing every reason it
 * may not, and computes the moved letter's delivery time. `now` is compared as written: pass it with the
 * citizen's (Norwegian) offset so that a virkningsdato (a date) compares on the right day. Never throws.
 */
export function checkFlyttetEligibility(state: unknown, options: { readonly now: string }): FlyttetEligibility {
  try {
    const reasons: FlyttetReason[] = [];
    const invalid = (pointer: string, message: string) => reasons.push({ code: "invalid-input", pointer, message });
    const now = isRecord(options) && parseDateTime(options.now) !== null ? (options.now as string) : null;
    if (!now) invalid("/options/now", "options.now must be an RFC 3339 date-time with an offset");
    if (!isRecord(state)) {
      invalid(
        "",
        "the letter state must be an object {letter, receivedAt, opened?, openingReceiptSent?, notifications?}",
      );
      return { eligible: false, reasons, deliveryTime: null };
    }
    const found = digitalPayload(state.letter);
    if (!found) invalid("/letter", "letter must be a digital message or its digital payload");
    const receivedAt =
      typeof state.receivedAt === "string" && (isDate(state.receivedAt) || parseDateTime(state.receivedAt) !== null)
        ? state.receivedAt
        : null;
    if (!receivedAt) invalid("/receivedAt", "receivedAt must be an RFC 3339 date or date-time");
    for (const k of ["opened", "openingReceiptSent"] as const)
      if (state[k] !== undefined && typeof state[k] !== "boolean") invalid(`/${k}`, `${k} must be a boolean`);
    const progress = isRecord(state.notifications) ? state.notifications : {};
    if (state.notifications !== undefined && !isRecord(state.notifications))
      invalid("/notifications", "notifications must be an object {epost?, sms?}");
    for (const [k, v] of Object.entries(progress)) {
      if (k !== "epost" && k !== "sms") invalid(`/notifications/${k}`, `unknown channel ${k}; epost or sms`);
      else if (typeof v !== "string" || !PROGRESS.has(v))
        invalid(`/notifications/${k}`, `must be one of ${[...PROGRESS].join(", ")}`);
    }

    let deliveryTime: DeliveryTime | null = null;
    if (found) {
      const { payload: d, pointer } = found;
      const vt = d.virkningstidspunkt;
      const vd = d.virkningsdato;
      if (vt !== undefined && parseDateTime(vt) === null)
        invalid(`${pointer}/virkningstidspunkt`, "must be an RFC 3339 date-time with an offset");
      if (vd !== undefined && !isDate(vd)) invalid(`${pointer}/virkningsdato`, "must be an RFC 3339 date");
      const vtOk = parseDateTime(vt) !== null ? (vt as string) : null;
      const vdOk = isDate(vd) ? vd : null;
      if (now) {
        // seed 004: post with a future virkningsdato is not visible yet and may not be moved.
        if (vtOk && later(vtOk, now))
          reasons.push({
            code: "virkningsdato-in-future",
            pointer: `${pointer}/virkningstidspunkt`,
            message: `${rule("virkningsdato-in-future").message} (${vtOk})`,
          });
        if (vdOk && wallClockKey(vdOk)! > wallClockKey(now)!)
          reasons.push({
            code: "virkningsdato-in-future",
            pointer: `${pointer}/virkningsdato`,
            message: `${rule("virkningsdato-in-future").message} (${vdOk})`,
          });
      }
      if (d.aapningskvittering === true && !(state.opened === true && state.openingReceiptSent === true)) {
        const what = state.opened !== true ? "not opened" : "opened, but the aapningskvittering is not sent";
        reasons.push({
          code: "opening-receipt-pending",
          pointer: `${pointer}/aapningskvittering`,
          message: `${rule("opening-receipt-pending").message}: ${what}`,
        });
      }
      const varsler = isRecord(d.varsler) ? d.varsler : {};
      for (const [key, channel] of [
        ["epostvarsel", "epost"],
        ["smsvarsel", "sms"],
      ] as const) {
        if (varsler[key] === undefined) continue;
        const p = progress[channel];
        if (typeof p === "string" && DONE.has(p)) continue;
        reasons.push({
          code: "notification-pending",
          pointer: `${pointer}/varsler/${key}`,
          message: `${rule("notification-pending").message}: ${channel} is ${
            typeof p === "string" ? p : "not reported"
          }`,
        });
      }
      if (receivedAt) {
        const effective = vtOk
          ? { value: vtOk, source: "virkningstidspunkt" as const }
          : vdOk
            ? { value: vdOk, source: "virkningsdato" as const }
            : null;
        deliveryTime =
          effective && later(effective.value, receivedAt) ? effective : { value: receivedAt, source: "receivedAt" };
      }
    }
    return { eligible: reasons.length === 0, reasons, deliveryTime };
  } catch (e) {
    return {
      eligible: false,
      reasons: [{ code: "invalid-input", pointer: "", message: `could not read the input: ${reasonOf(e)}` }],
      deliveryTime: null,
    };
  }
}
