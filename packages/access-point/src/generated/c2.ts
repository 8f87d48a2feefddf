// generated — do not edit.
// Source: schemas/api/c2.openapi.yaml
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// Types by openapi-typescript; the client in src/ is typed by them through openapi-fetch.

export interface paths {
  "/messages/out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a letter to a citizen */
    post: operations["sendMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/messages/out/{id}/statuses": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The access point's statuses for one sent letter
     * * OPPRETTET: created (not yet sent) in the sender's access point
     * * SENDT: sent to the receiver's access point
     * * FEILET: failed in the sender's access point
     *
     * An id the access point does not know gives an empty list (some answer 404).
     */
    get: operations["getStatuses"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/messages/in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread incoming messages (in version 1.0.0 only receipts) */
    get: operations["listIncoming"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/messages/in/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The encrypted dokumentpakke of one incoming message */
    get: operations["downloadIncoming"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/messages/in/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark one incoming message as received by the sender
     * Removes it from the unread list; the access point may delete it.
     */
    post: operations["markRead"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** a-z, A-Z, 0-9, _ and -, at most 28 characters, case-insensitive. */
    kanal: string;
    sendRequest: {
      /** The signed forretningsmelding, a compact JWS. */
      forretningsmelding: string;
      /**
       * Format: binary
       * The encrypted dokumentpakke (CMS bytes).
       */
      dokumentpakke: Blob;
    };
    statuses: components["schemas"]["status"][];
    status: {
      status: components["schemas"]["apiStatus"];
      /** More about the status, e.g. why the message FEILET. */
      beskrivelse?: string;
      /**
       * When. The official document says format date-time; real access points also leave out the
       * offset (`2022-03-30T09:20:59`), meaning Norwegian local time.
       */
      timestamp?: string;
    };
    apiStatus: "OPPRETTET" | "SENDT" | "FEILET";
    messages: components["schemas"]["message"][];
    message: {
      /** The signed forretningsmelding (a receipt), a compact JWS. */
      forretningsmelding: string;
      /**
       * Format: uri
       * Where the message's dokumentpakke can be fetched.
       */
      downloadurl?: string;
    };
    /** Format: binary */
    dokumentpakke: Blob;
    /** problem+json (RFC 7807). */
    problem: {
      /**
       * Format: uri
       * @default about:blank
       */
      type?: string;
      title?: string;
      status?: number | string;
      detail?: string;
      /** Format: uri */
      instance?: string;
    };
  };
  responses: {
    /** Not authenticated (e.g. no or an expired Maskinporten token). */
    unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["problem"];
      };
    };
    /** Not authorised (e.g. a valid token without the scope). */
    forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["problem"];
      };
    };
    /** No such message. */
    notFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["problem"];
      };
    };
    /**
     * Anything else real access points answer: 5xx (retry), 404 for unknown ids, gateway pages.
     * Bodies may be problem+json, HTML, plain text or empty.
     */
    other: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["problem"];
      };
    };
  };
  parameters: {
    /** The message id, the SBD's standardBusinessDocumentHeader.documentIdentification.instanceIdentifier. */
    messageId: string;
    /**
     * The sending system's channel (MPC): incoming messages in the letter's conversation are marked
     * with it, so that one sender's systems do not read each other's receipts.
     */
    kanalOut: components["schemas"]["kanal"];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  sendMessage: {
    parameters: {
      query?: {
        /**
         * The sending system's channel (MPC): incoming messages in the letter's conversation are marked
         * with it, so that one sender's systems do not read each other's receipts.
         */
        kanal?: components["parameters"]["kanalOut"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The letter, a forretningsmelding and its dokumentpakke. */
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["sendRequest"];
      };
    };
    responses: {
      /** Accepted by the sender's access point. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * Validation failed, described in problem+json. Also the answer when the message id
       * (documentIdentification.instanceIdentifier) was already sent: real access points report a
       * duplicate key (`unique_message_uuid`). Ask the statuses endpoint to tell the two apart.
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["problem"];
        };
      };
      401: components["responses"]["unauthenticated"];
      403: components["responses"]["forbidden"];
      default: components["responses"]["other"];
    };
  };
  getStatuses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The message id, the SBD's standardBusinessDocumentHeader.documentIdentification.instanceIdentifier. */
        id: components["parameters"]["messageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The statuses, in any order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["statuses"];
        };
      };
      401: components["responses"]["unauthenticated"];
      403: components["responses"]["forbidden"];
      default: components["responses"]["other"];
    };
  };
  listIncoming: {
    parameters: {
      query?: {
        /** Identifies one sender within an organisation (digital.avsender.avsenderidentifikator). */
        avsenderidentifikator?: string;
        /** Only messages marked with this channel; without it, every channel's. */
        kanal?: components["schemas"]["kanal"];
        /** Messages per page (a number, sent as text). */
        page_size?: string;
        /** The page to fetch (a number, sent as text). */
        page?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of unread messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["messages"];
        };
      };
      /** No unread messages. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["unauthenticated"];
      403: components["responses"]["forbidden"];
      default: components["responses"]["other"];
    };
  };
  downloadIncoming: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The message id, the SBD's standardBusinessDocumentHeader.documentIdentification.instanceIdentifier. */
        id: components["parameters"]["messageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The encrypted package (CMS). The official document names application/json. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["dokumentpakke"];
          "application/cms": components["schemas"]["dokumentpakke"];
          "application/octet-stream": components["schemas"]["dokumentpakke"];
        };
      };
      401: components["responses"]["unauthenticated"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["notFound"];
      default: components["responses"]["other"];
    };
  };
  markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The message id, the SBD's standardBusinessDocumentHeader.documentIdentification.instanceIdentifier. */
        id: components["parameters"]["messageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Marked as received. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["unauthenticated"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["notFound"];
      default: components["responses"]["other"];
    };
  };
}
