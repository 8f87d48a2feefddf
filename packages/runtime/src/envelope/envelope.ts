import type { DpiMessage, DpiType } from "@innbyggerpost/contracts";

/** The routing facts of a message, read from its header. */
export interface Envelope {
  readonly type: DpiType;
  /** documentIdentification.instanceIdentifier: this message's id. */
  readonly messageId: string;
  /**
   * The ConversationId scope's instanceIdentifier: shared by a letter and all its receipts (null only under `wire`).
   */
  readonly conversationId: string | null;
  /** The ConversationId scope's identifier: the DPI process URN (null only under `wire`). */
  readonly process: string | null;
  /** The header sender's identifier value, e.g. "0192:991825827". */
  readonly sender: string;
  /** The header receiver's identifier value. */
  readonly receiver: string;
  /** documentIdentification.creationDateAndTime. */
  readonly createdAt: string;
  /** The ConversationId scope's first expectedResponseDateTime, if any. */
  readonly expectedResponseAt: string | null;
}

/**
 * Reads the {@link Envelope} of a message that has passed validation. Never throws: of a message that
 * cannot be read (not valid, a throwing getter) the unreadable fields are empty strings or null.
 */
export function envelopeOf(type: DpiType, message: DpiMessage): Envelope {
  try {
    return read(type, message);
  } catch {
    return {
      type,
      messageId: "",
      conversationId: null,
      process: null,
      sender: "",
      receiver: "",
      createdAt: "",
      expectedResponseAt: null,
    };
  }
}

function read(type: DpiType, message: DpiMessage): Envelope {
  const h = message.standardBusinessDocument.standardBusinessDocumentHeader;
  const scope = h.businessScope.scope.find((s) => s.type === "ConversationId");
  return {
    type,
    messageId: h.documentIdentification.instanceIdentifier,
    conversationId: scope?.instanceIdentifier ?? null,
    process: scope?.identifier ?? null,
    sender: h.sender[0].identifier.value,
    receiver: h.receiver[0].identifier.value,
    createdAt: h.documentIdentification.creationDateAndTime,
    expectedResponseAt:
      scope?.scopeInformation?.find((i) => i.expectedResponseDateTime !== undefined)?.expectedResponseDateTime ?? null,
  };
}
