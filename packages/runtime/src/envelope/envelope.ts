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
  // Only strings come out: a field of the wrong kind (an object the caller could change later) is read as empty.
  const kind = (typeof type === "string" ? type : "") as DpiType;
  try {
    return read(kind, message);
  } catch {
    return {
      type: kind,
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

const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

function read(type: DpiType, message: DpiMessage): Envelope {
  const h = message.standardBusinessDocument.standardBusinessDocumentHeader;
  const scope = h.businessScope.scope.find((s) => s.type === "ConversationId");
  const id = h.documentIdentification;
  // Each field read once: the first expectedResponseDateTime present.
  let expected: unknown;
  for (const info of scope?.scopeInformation ?? []) {
    expected = info.expectedResponseDateTime;
    if (expected !== undefined) break;
  }
  return {
    type,
    messageId: text(id.instanceIdentifier) ?? "",
    conversationId: text(scope?.instanceIdentifier),
    process: text(scope?.identifier),
    sender: text(h.sender[0].identifier.value) ?? "",
    receiver: text(h.receiver[0].identifier.value) ?? "",
    createdAt: text(id.creationDateAndTime) ?? "",
    expectedResponseAt: text(expected),
  };
}
