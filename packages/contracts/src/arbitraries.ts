/**
 * @innbyggerpost/contracts/arbitraries: fast-check arbitraries generated from the same schemas as the
 * validators, for property tests in your own code. A separate entry so that fast-check (an optional peer
 * dependency) is only loaded by those who import it.
 *
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryMessage } from "@innbyggerpost/contracts/arbitraries";
 * fc.assert(fc.property(arbitraryMessage("digital"), (msg) => send(msg).ok));
 * ```
 * @packageDocumentation
 */
export { arbitraryMessage, arbitraryAnyMessage, type ArbitraryMessageOptions } from "./arbitrary-message.js";
export { wireArbitraries, strictArbitraries } from "./generated/arbitraries.js";
