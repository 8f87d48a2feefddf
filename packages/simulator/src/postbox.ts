import type { KeyObject, X509Certificate } from "node:crypto";
import { buildAnswer, signMessage, type Problem, type TrustDecision } from "@innbyggerpost/runtime";
/** A provider's key and certificate, parsed once at start (PEM would be parsed per package and receipt). */
export interface ParsedKeyPair {
  readonly privateKey: KeyObject;
  readonly certificate: X509Certificate;
}
import { planAnswers, type PlannedAnswer, type Scenario, type Timings } from "./scenarios.js";
import type { IncomingEntry } from "./store.js";
import { checkAnswerContext } from "./answer-context.js";

/**
 * Opens a document package the way `@innbyggerpost/dokumentpakke`'s `openPackage` does (decrypt with the
 * recipient's key, verify the ASiC-E signature and the manifest against the letter); that is the default.
 * Injectable (tests, other package implementations); a rejection is taken as a failed package. The key is
 * parsed once at start (parsing PEM per letter cost more than the OAEP decrypt it serves).
 */
export type OpenPackage = (input: {
  readonly cms: Uint8Array;
  readonly privateKey: KeyObject;
  readonly letter: unknown;
  readonly trust: TrustDecision;
}) => Promise<{ readonly ok: true } | { readonly ok: false; readonly errors: readonly Problem[] }>;

/** What the postbox or print service needs to answer one letter. */
export interface AnswerContext {
  /** The letter's SBD object (verified and strictly valid). */
  readonly message: unknown;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly cms: Uint8Array;
  readonly scenario: Scenario;
  readonly timings: Timings;
  /** Simulated seconds per real second. */
  readonly speed: number;
  readonly acceptedAt: number;
  /** The postbox's (digital, flyttet) or print service's (utskrift) key and certificate, parsed once. */
  readonly provider: ParsedKeyPair;
  readonly openPackage: OpenPackage;
  /** Who may sign the package (the same decision as for the forretningsmelding). */
  readonly trust: TrustDecision;
}

/**
 * The answers the postbox or print service gives a letter: the package is opened and verified first
 * (a failure is a feil KLIENT naming why), then the scenario's receipts, each built with `buildAnswer` and
 * signed with `signMessage` by the provider's certificate. Returns problems when an answer cannot be built.
 */
export async function answerLetter(
  ctx: AnswerContext,
): Promise<{ ok: true; incoming: IncomingEntry[] } | { ok: false; errors: readonly Problem[] }> {
  // Entry check (hardening): the context read once into fresh values; a wrong field is a typed error.
  const checked = checkAnswerContext(ctx);
  if (!checked.ok) return checked;
  ctx = checked.context;
  let plan: PlannedAnswer[];
  if (ctx.scenario.feil) plan = planAnswers(ctx.type, ctx.payload, ctx.scenario, ctx.timings);
  else {
    let opened: Awaited<ReturnType<OpenPackage>>;
    try {
      opened = await ctx.openPackage({
        cms: ctx.cms,
        privateKey: ctx.provider.privateKey,
        letter: ctx.message,
        trust: ctx.trust,
      });
    } catch (e) {
      opened = {
        ok: false,
        errors: [{ pointer: "", code: "open-failed", message: e instanceof Error ? e.message : String(e) }],
      };
    }
    plan = opened.ok
      ? planAnswers(ctx.type, ctx.payload, ctx.scenario, ctx.timings)
      : [{ type: "feil", feiltype: "KLIENT", detaljer: describe(opened.errors), after: ctx.timings.feil }];
  }
  const incoming: IncomingEntry[] = [];
  for (const planned of plan) {
    const availableAt = ctx.acceptedAt + Math.round((planned.after * 1000) / ctx.speed);
    const when = new Date(availableAt);
    const extra =
      planned.type === "feil"
        ? { feiltype: planned.feiltype, detaljer: planned.detaljer }
        : planned.type === "varslingfeiletkvittering"
          ? {
              varslingskanal: planned.varslingskanal,
              beskrivelse: `the ${planned.varslingskanal} notification could not be delivered (simulated)`,
            }
          : {};
    const built = buildAnswer({
      original: ctx.message,
      type: planned.type,
      createdAt: when,
      tidspunkt: when,
      ...extra,
    } as Parameters<typeof buildAnswer>[0]);
    if (!built.ok) return built;
    // The receipt's header sender is the letter's receiver, which need not be the simulator's own
    // organisation number: sign without binding the certificate to it.
    const signed = await signMessage({
      message: built.message,
      privateKey: ctx.provider.privateKey,
      certificate: ctx.provider.certificate,
      bindSender: false,
    });
    if (!signed.ok) return signed;
    incoming.push({
      id: built.message.standardBusinessDocument.standardBusinessDocumentHeader.documentIdentification
        .instanceIdentifier,
      type: planned.type,
      jws: signed.jws,
      availableAt,
      read: false,
    });
  }
  return { ok: true, incoming };
}

function describe(errors: readonly Problem[]): string {
  const text = errors
    .slice(0, 3)
    .map((e) => `${e.code}${e.pointer ? ` at ${e.pointer}` : ""}: ${e.message}`)
    .join("; ");
  return text.length > 900 ? `${text.slice(0, 897)}...` : text || "the document package does not verify";
}
