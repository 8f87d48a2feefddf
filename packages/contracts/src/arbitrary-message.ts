import * as fc from "fast-check";
import { messageArbitraries } from "./generated/arbitraries.js";
import type { DpiType } from "./generated/catalogue.js";
import type { DpiMessage, DpiMessageByType } from "./generated/types.js";

/** Options for {@link arbitraryMessage}. */
export interface ArbitraryMessageOptions {
  /** Which profile the generated messages are valid under (default `strict`, as validate()). */
  readonly profile?: "wire" | "strict";
}

/**
 * Whole SBDs (`{ standardBusinessDocument }`) of one DPI message type that validate() accepts under the
 * chosen profile. `wire` values also cover what only the official schemas allow (urn:uuid: ids, untyped
 * varsler, any header strings); `strict` values meet every error-severity strict rule.
 */
export function arbitraryMessage<K extends DpiType>(
  type: K,
  options?: ArbitraryMessageOptions,
): fc.Arbitrary<DpiMessageByType[K]> {
  const entry = Object.hasOwn(messageArbitraries, type) ? messageArbitraries[type] : undefined;
  if (!entry) throw new TypeError(`unknown DPI type ${JSON.stringify(type)}`);
  const profile = options?.profile ?? "strict";
  if (profile !== "wire" && profile !== "strict")
    throw new TypeError(`profile must be "wire" or "strict", not ${JSON.stringify(profile)}`);
  return entry[profile];
}

/** Whole SBDs of any DPI message type (each type equally likely) under the chosen profile. */
export function arbitraryAnyMessage(options?: ArbitraryMessageOptions): fc.Arbitrary<DpiMessage> {
  const types = Object.keys(messageArbitraries) as DpiType[];
  return fc.oneof(...types.map((t) => arbitraryMessage(t, options) as fc.Arbitrary<DpiMessage>));
}
