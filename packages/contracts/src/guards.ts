/**
 * @innbyggerpost/contracts/guards: type guards (`isDigitalMessage(value)`, ...) for every message and part,
 * backed by the precompiled wire validators.
 *
 * ```ts
 * import { isDigitalMessage } from "@innbyggerpost/contracts/guards";
 * if (isDigitalMessage(body)) body.standardBusinessDocument.digital.spraak;
 * ```
 * @packageDocumentation
 */
export * from "./generated/guards.js";
