/**
 * The shapes of the message catalogue and the strict rule table. The rows are data in
 * schemas/catalogue.json and schemas/strict-rules.json, generated into ./generated/catalogue.ts (and
 * ./generated/strict-rules.js) and typed against these interfaces.
 */
import type { DpiType, StrictRuleCode } from "./generated/catalogue.js";
import type { CompiledValidator } from "./support/compiled-validator.js";

/**
 * letter: sent by an agency (or moved between mailboxes); receipt: a postbox's or print service's answer; error:
 * feil.
 */
export type MessageKind = "letter" | "receipt" | "error";

/** Who sends a message type on the DPI wire. */
export type MessageSender = "agency" | "mailbox-provider" | "print-service" | "mailbox-provider-or-print-service";

/** One row of the message catalogue. */
export interface CatalogueEntry {
  /** The type, equal to the payload key and to documentIdentification.type. */
  readonly type: DpiType;
  readonly payloadKey: DpiType;
  /** The TypeScript name of the payload type. */
  readonly typeName: string;
  readonly kind: MessageKind;
  /** Who sends it: an agency's letters start a conversation, everything else answers or moves one. */
  readonly sentBy: MessageSender;
  /** documentIdentification.standard. */
  readonly standard: string;
  /** The process a letter of this type starts (null for receipts: they carry their conversation's process). */
  readonly process: string | null;
  /** The processes the specification lists this type in. */
  readonly processes: readonly string[];
  readonly schemaId: string;
  readonly schemaFile: string;
  readonly description: string;
}

/** error rejects a message under the strict profile; warning is reported and does not. */
export type Severity = "error" | "warning";

/** One overlay rule of the strict profile. */
export interface StrictRuleInfo {
  readonly code: StrictRuleCode;
  readonly severity: Severity;
  /** What the rule checks, in one line. */
  readonly doc: string;
  /** Why it has this severity. */
  readonly why: string;
  readonly appliesTo: readonly DpiType[];
}

/** One overlay rule as checked for one message type. */
export interface StrictRuleCheck {
  readonly code: StrictRuleCode;
  readonly severity: Severity;
  /** Where the rule applies: JSON pointers as unescaped segments; "*" is every item of an array. */
  readonly at: readonly (readonly string[])[];
  /** Checks one node found at `at`. */
  readonly validate: CompiledValidator;
}

/**
 * Runs every check in `strictRuleChecks[type]` at every node its pointers reach, and calls
 * `fail(index, pointer)` right after a check fails (its `validate.errors` then hold the reasons). Only for a
 * message the type's wire validator accepted: where the wire schema already makes part of a check, the walker
 * leans on it (validate() runs it only then).
 */
export type StrictRuleWalker = (data: unknown, fail: (index: number, pointer: string) => void) => void;
