// The entry check of answerLetter: the context it is given, read once into fresh values it then works on.
import { KeyObject, X509Certificate } from "node:crypto";
import { isRecord } from "@innbyggerpost/contracts";
import type { Failure } from "@innbyggerpost/runtime";
import type { AnswerContext, OpenPackage } from "./postbox.js";
import { LETTER_TYPES, planningView } from "./public.js";
import { reasonOf, TableReader } from "./scenarios.js";

const KEYS = [
  "message",
  "type",
  "payload",
  "cms",
  "scenario",
  "timings",
  "speed",
  "acceptedAt",
  "provider",
  "openPackage",
  "trust",
] as const;

const bad = (pointer: string, message: string): Failure<"bad-input"> => ({
  ok: false,
  errors: [{ pointer, code: "bad-input", message }],
});

/**
 * @internal Checks an {@link AnswerContext}: each field read once, the bytes, scenario, timings and what the plan
 * reads of the payload copied, the provider's key and certificate checked to be parsed ones. A wrong or
 * unreadable field is `bad-input` (a wrong scenario or timings `bad-scenario`) at its pointer. Never throws.
 */
export function checkAnswerContext(
  ctx: unknown,
): { ok: true; context: AnswerContext } | Failure<"bad-input" | "bad-scenario"> {
  const reader = new TableReader();
  try {
    if (!isRecord(ctx)) return bad("", "the context is an object {message, type, payload, cms, scenario, …}");
    const read: Record<string, unknown> = {};
    for (const key of KEYS) {
      reader.where = `/${key}`;
      read[key] = ctx[key];
    }
    const { type, payload, cms, speed, acceptedAt, provider, openPackage } = read;
    if (typeof type !== "string" || !LETTER_TYPES.has(type))
      return bad("/type", "type is digital, utskrift or flyttet");
    if (!isRecord(payload)) return bad("/payload", "payload is the letter's payload object");
    if (!(cms instanceof Uint8Array)) return bad("/cms", "cms is the encrypted package's bytes");
    if (typeof speed !== "number" || !Number.isFinite(speed) || speed <= 0) return bad("/speed", "speed is positive");
    if (typeof acceptedAt !== "number" || !Number.isFinite(acceptedAt))
      return bad("/acceptedAt", "acceptedAt is a time in milliseconds");
    if (typeof openPackage !== "function") return bad("/openPackage", "openPackage is a function");
    if (!isRecord(provider)) return bad("/provider", "provider is {privateKey, certificate}, both parsed");
    reader.where = "/provider/privateKey";
    const privateKey: unknown = provider.privateKey;
    reader.where = "/provider/certificate";
    const certificate: unknown = provider.certificate;
    if (!(privateKey instanceof KeyObject) || privateKey.type !== "private")
      return bad("/provider/privateKey", "provider.privateKey is a private KeyObject");
    if (!(certificate instanceof X509Certificate))
      return bad("/provider/certificate", "provider.certificate is an X509Certificate");
    const plan = planningView(payload, reader);
    reader.where = "/cms";
    const bytes = Uint8Array.prototype.slice.call(cms);
    const scenario = reader.scenario(read.scenario, "/scenario");
    const timings = reader.timings(read.timings);
    if (!scenario || !timings) return { ok: false, errors: reader.errors as Failure<"bad-scenario">["errors"] };
    return {
      ok: true,
      context: {
        message: read.message,
        type,
        payload: plan,
        cms: bytes,
        scenario,
        timings,
        speed,
        acceptedAt,
        provider: { privateKey, certificate },
        openPackage: openPackage as OpenPackage,
        trust: read.trust as AnswerContext["trust"],
      },
    };
  } catch (e) {
    return bad(reader.where, `could not read the input: ${reasonOf(e)}`);
  }
}
