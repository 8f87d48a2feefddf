import { shown, isRecord } from "../support/problem.js";
import type { AdresseInformasjon } from "@innbyggerpost/contracts";
import { issue, owned, unreadableRule, type RuleIssue } from "./rules.js";

const filled = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const NORWAY = new Set(["norge", "norway"]);
const LINES = ["adresselinje2", "adresselinje3", "adresselinje4"] as const;

/**
 * Norwegian the way the reference implementation tells it: land empty, "Norge" or "Norway" (any case), and no other
 * landkode.
 */
export function isNorwegianAddress(address: Record<string, unknown>): boolean {
  try {
    const read = owned(address, "");
    if (!read.ok || !isRecord(read.value)) return false;
    address = read.value;
    const land = filled(address.land) ? address.land.trim().toLowerCase() : null;
    const landkode = filled(address.landkode) ? address.landkode.trim().toUpperCase() : null;
    return (land === null || NORWAY.has(land)) && (landkode === null || landkode === "NO");
  } catch {
    return false;
  }
}

/** Checks one print address (recipient or return address); `pointer` is where it sits in the caller's input. */
export function checkPrintAddress(address: unknown, pointer = ""): RuleIssue[] {
  try {
    const read = owned(address, pointer);
    if (!read.ok) return [read.issue];
    address = read.value;
    if (!isRecord(address))
      return [{ code: "invalid-input", severity: "error", pointer, message: "an address is an object" }];
    const out: RuleIssue[] = [];
    if (!filled(address.adresselinje1)) out.push(issue("print-adresselinje1-required", `${pointer}/adresselinje1`));
    const hasForeignMark = filled(address.land) || filled(address.landkode);
    if (isNorwegianAddress(address)) {
      if (!hasForeignMark && !filled(address.postnummer) && !filled(address.poststed)) {
        out.push(
          issue(
            "print-land-or-landkode-required",
            pointer,
            "Give postnummer and poststed for a Norwegian address, or land/landkode for a foreign one.",
          ),
        );
      } else {
        if (!filled(address.postnummer)) out.push(issue("print-postnummer-required", `${pointer}/postnummer`));
        else if (!/^\d{4}$/.test(address.postnummer))
          out.push(issue("print-postnummer-format", `${pointer}/postnummer`, `Got ${shown(address.postnummer)}.`));
        if (!filled(address.poststed)) out.push(issue("print-poststed-required", `${pointer}/poststed`));
      }
    }
    return out;
  } catch (e) {
    return [unreadableRule(e, pointer)];
  }
}

/** The address as the wire wants it, with what folding found. */
export interface FoldedAddress {
  readonly address: AdresseInformasjon;
  readonly issues: readonly RuleIssue[];
}

/**
 * Folds an address the way the reference implementation does (ShipmentFactory.getAddressInformation) so it
 * satisfies the schema's oneOf. Norwegian: keep postnummer/poststed, drop land and landkode. Foreign:
 * put "postnummer poststed" in the first empty line of adresselinje2–4 (or append it to line 4), keep
 * land (or landkode when there is no land), drop postnummer/poststed. Returns a new object.
 */
export function foldPrintAddress(address: unknown, pointer = ""): FoldedAddress {
  try {
    const read = owned(address, pointer);
    if (!read.ok) return { address: {} as AdresseInformasjon, issues: [read.issue] };
    address = read.value;
    const issues = checkPrintAddress(address, pointer);
    if (!isRecord(address)) return { address: {} as AdresseInformasjon, issues };
    const a: Record<string, unknown> = { ...address };
    if (isNorwegianAddress(address)) {
      delete a.land;
      delete a.landkode;
      return { address: a as unknown as AdresseInformasjon, issues };
    }
    const pp = [address.postnummer, address.poststed].filter(filled).join(" ");
    delete a.postnummer;
    delete a.poststed;
    if (filled(address.land)) delete a.landkode;
    if (pp) {
      const free = LINES.find((l) => !filled(a[l]));
      const line = free ?? "adresselinje4";
      a[line] = free ? pp : `${a.adresselinje4 as string} ${pp}`;
      if ((a[line] as string).length > 100)
        issues.push(
          issue(
            "print-folded-line-too-long",
            `${pointer}/${line}`,
            `${line} is ${(a[line] as string).length} characters.`,
          ),
        );
    }
    return { address: a as unknown as AdresseInformasjon, issues };
  } catch (e) {
    return { address: {} as AdresseInformasjon, issues: [unreadableRule(e, pointer)] };
  }
}
