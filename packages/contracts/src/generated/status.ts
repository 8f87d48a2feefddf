// generated — do not edit.
// Source: schemas/status/eformidling.json, schemas/status/dpi.json, schemas/status/dpo.json, schemas/status/dpf.json, schemas/status/dpv.json,
//   schemas/status/dpe.json, schemas/status/dpi-mapping.json, schemas/status/flyttet.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
import type { DpiType } from "./catalogue.js";
import type { Feiltype } from "./types.js";
import type {
  ApiStatusMappingRow,
  EformidlingStatusInfo,
  FeiltypeInfo,
  FlyttetRules,
  ReceiptMappingRow,
  StatusFlow,
  UnknownMapping,
} from "../status-model.js";

export type {
  ApiStatusMappingRow,
  Blame,
  EformidlingStatusInfo,
  FeiltypeInfo,
  FlowState,
  FlowTrigger,
  FlyttetRule,
  FlyttetRules,
  ReceiptMappingRow,
  ResendAdvice,
  StatusFlow,
  SyntheticRule,
  UnknownMapping,
} from "../status-model.js";

/** The 10 eFormidling statuses (ReceiptStatus in the reference implementation), in its declaration order. */
export type EformidlingStatus =
  | "OPPRETTET"
  | "SENDT"
  | "MOTTATT"
  | "LEVERT"
  | "LEST"
  | "FEIL"
  | "ANNET"
  | "INNKOMMENDE_MOTTATT"
  | "INNKOMMENDE_LEVERT"
  | "LEVETID_UTLOPT";

/** Every eFormidling status, in declaration order. */
export const eformidlingStatuses: readonly EformidlingStatusInfo[] = [
  {
    status: "OPPRETTET",
    meaning:
      "A conversation was created: outgoing, the message was created through the API; incoming, the message arrived. Always the first status.",
    finished: false,
  },
  {
    status: "SENDT",
    meaning: "Handed to the transport (DPI: the sender's access point accepted the message).",
    finished: false,
  },
  {
    status: "MOTTATT",
    meaning: "The receiving side acknowledged (DPI: the receiving access point has the message).",
    finished: false,
  },
  {
    status: "LEVERT",
    meaning: "Delivered to the recipient's system or mailbox (DPI: leveringskvittering or mottakskvittering).",
    finished: true,
  },
  {
    status: "LEST",
    meaning: "Read or opened (DPI: aapningskvittering).",
    finished: true,
  },
  {
    status: "FEIL",
    meaning: "An error of any kind, including soft failures such as a failed notification.",
    finished: true,
  },
  {
    status: "ANNET",
    meaning: "Other or unknown: an unknown receipt type or status.",
    finished: false,
  },
  {
    status: "INNKOMMENDE_MOTTATT",
    meaning: "An incoming message is stored in the local integration point's queue.",
    finished: false,
  },
  {
    status: "INNKOMMENDE_LEVERT",
    meaning: "An incoming message was consumed (deleted) by the local end system.",
    finished: true,
  },
  {
    status: "LEVETID_UTLOPT",
    meaning: "The expected response time (expectedResponseDateTime) passed before the message was finished.",
    finished: true,
  },
];

/** The public pages the states' `seed` numbers name. */
export const statusSourcePages: Readonly<Record<string, { readonly title: string; readonly url: string }>> = {
  "000": {
    title: "Digital Post til Innbyggere",
    url: "https://docs.digdir.no/eformidling_index.html",
  },
  "003": {
    title: "Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn",
    url: "https://docs.digdir.no/selfhelp_traffic_flow.html",
  },
};

/** The services that have status flows. */
export type StatusService = "DPI" | "DPO" | "DPF" | "DPV" | "DPE";

/** The states of the DPI: digital and print letters, sender side flow. */
export type DpiState =
  | "OPPRETTET"
  | "SENDT"
  | "MOTTATT"
  | "LEVERT"
  | "LEST"
  | "FEIL"
  | "FEIL_VARSLING"
  | "FEIL_RETURPOST"
  | "LEVETID_UTLOPT";

/** The triggers of the DPI: digital and print letters, sender side flow. */
export type DpiTrigger =
  | "message"
  | "api:OPPRETTET"
  | "api:SENDT"
  | "api:FEILET"
  | "leveringskvittering"
  | "mottakskvittering"
  | "aapningskvittering"
  | "varslingfeiletkvittering"
  | "returpostkvittering"
  | "feil"
  | "expired";

/**
 * DPI: digital and print letters, sender side. Source: “Digital Post til Innbyggere” (eFormidling documentation,
 * https://docs.digdir.no/eformidling_index.html, Meldingsstatuser); the eFormidling integrasjonspunkt
 * (https://github.com/felleslosninger/efm-integrasjonspunkt); “Forretningsmeldinger”
 * (https://docs.digdir.no/dpi_forretningsmelding_index.html); “Digital Post til Innbyggere” (eFormidling
 * documentation, https://docs.digdir.no/eformidling_index.html).
 */
export const dpiFlow: StatusFlow<DpiState, DpiTrigger> = {
  id: "dpi",
  service: "DPI",
  side: "sender",
  title: "DPI: digital and print letters, sender side",
  source:
    "“Digital Post til Innbyggere” (eFormidling documentation, https://docs.digdir.no/eformidling_index.html, Meldingsstatuser); the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt); “Forretningsmeldinger” (https://docs.digdir.no/dpi_forretningsmelding_index.html); “Digital Post til Innbyggere” (eFormidling documentation, https://docs.digdir.no/eformidling_index.html)",
  initial: "OPPRETTET",
  expiry: {
    trigger: "expired",
    defaultTtlHours: 24,
    source:
      "the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt): expectedResponseDateTime, default 24 h after creation",
  },
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "avsender",
      description: "Integrasjonspunkt mottar meldingen og oppretter forsendelse på internt format",
      seed: "000",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "SENDT",
      status: "SENDT",
      loggedBy: "avsender",
      description: "Forsendelse er sendt til aksesspunkt",
      seed: "000",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "MOTTATT",
      status: "MOTTATT",
      loggedBy: "avsender",
      description: "Forsendelse er mottatt av mottakers aksesspunkt",
      seed: "000",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "LEVERT",
      status: "LEVERT",
      loggedBy: "avsender",
      description: "Forsendelse levert til innbyggers prefererte kanal",
      seed: "000",
      terminal: false,
      soft: true,
      resend: "no",
      note: "Finished for eFormidling, but LEST, a varslingfeiletkvittering, a returpostkvittering or a feil can still follow.",
    },
    {
      id: "LEST",
      status: "LEST",
      loggedBy: "avsender",
      description: "Innbygger har åpnet forsendelse i sin postkasse innboks",
      seed: "000",
      terminal: true,
      soft: false,
      resend: "no",
    },
    {
      id: "FEIL",
      status: "FEIL",
      loggedBy: "avsender",
      description: "Noe ved forsendelsen har feilet",
      seed: "000",
      terminal: true,
      soft: false,
      resend: "by-feiltype",
      note: "From a feil (feiltype KLIENT or SERVER) or the access point's FEILET.",
    },
    {
      id: "FEIL_VARSLING",
      status: "FEIL",
      loggedBy: "avsender",
      description:
        "En melding kan også få FEIL-status uten av selve forsendelsen feiler. Da er det noe rundt meldingen som feiler, eksempelvis SMS- og/eller epost-varslingen om at posten er tilgjengeliggjort for innbygger.",
      seed: "000",
      terminal: false,
      soft: true,
      resend: "no",
      note: "varslingfeiletkvittering: the letter was delivered; the sender follows up as with returned mail. LEST can still follow.",
    },
    {
      id: "FEIL_RETURPOST",
      status: "FEIL",
      loggedBy: "avsender",
      description:
        "I hovedsak feiler en melding fordi den ikke kan leveres til innbygger. I et slikt tilfelle må avsender ta stilling til om meldingen skal sendes på nytt.",
      seed: "000",
      terminal: true,
      soft: false,
      resend: "after-fix",
      note: "returpostkvittering: the printed letter came back and was shredded; correct the address before sending a new letter.",
    },
    {
      id: "LEVETID_UTLOPT",
      status: "LEVETID_UTLOPT",
      loggedBy: "avsender",
      description: "Levetiden for meldingen er utgått. Må sendes på nytt",
      seed: null,
      terminal: true,
      soft: false,
      resend: "yes",
      note: "The expected response time passed before LEVERT (description from the reference implementation, §1.5). A delivery receipt that arrives later is kept and reported as an anomaly.",
    },
  ],
  triggers: [
    {
      id: "message",
      to: "OPPRETTET",
      label: "the letter (digital or utskrift)",
    },
    {
      id: "api:OPPRETTET",
      to: "SENDT",
      label: "access point: OPPRETTET",
    },
    {
      id: "api:SENDT",
      to: "MOTTATT",
      label: "access point: SENDT",
    },
    {
      id: "api:FEILET",
      to: "FEIL",
      label: "access point: FEILET",
    },
    {
      id: "leveringskvittering",
      to: "LEVERT",
      label: "leveringskvittering",
    },
    {
      id: "mottakskvittering",
      to: "LEVERT",
      label: "mottakskvittering",
    },
    {
      id: "aapningskvittering",
      to: "LEST",
      label: "aapningskvittering",
    },
    {
      id: "varslingfeiletkvittering",
      to: "FEIL_VARSLING",
      label: "varslingfeiletkvittering",
    },
    {
      id: "returpostkvittering",
      to: "FEIL_RETURPOST",
      label: "returpostkvittering",
    },
    {
      id: "feil",
      to: "FEIL",
      label: "feil",
    },
    {
      id: "expired",
      to: "LEVETID_UTLOPT",
      label: "expected response time passed",
    },
  ],
  synthetic: [
    {
      state: "MOTTATT",
      before: ["LEVERT"],
      from: ["OPPRETTET", "SENDT"],
      offsetMs: -1000,
      unlessAnyTrigger: ["api:SENDT"],
      reason:
        "LEVERT arrived before the access point reported SENDT; the receiving access point must have had the message (the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt): MOTTATT at LEVERT − 1 s)",
    },
  ],
  transitions: {
    OPPRETTET: {
      message: "OPPRETTET",
      "api:OPPRETTET": "SENDT",
      "api:SENDT": "MOTTATT",
      "api:FEILET": "FEIL",
      leveringskvittering: "LEVERT",
      mottakskvittering: "LEVERT",
      aapningskvittering: "LEST",
      varslingfeiletkvittering: "FEIL_VARSLING",
      returpostkvittering: "FEIL_RETURPOST",
      feil: "FEIL",
      expired: "LEVETID_UTLOPT",
    },
    SENDT: {
      message: "SENDT",
      "api:OPPRETTET": "SENDT",
      "api:SENDT": "MOTTATT",
      "api:FEILET": "FEIL",
      leveringskvittering: "LEVERT",
      mottakskvittering: "LEVERT",
      aapningskvittering: "LEST",
      varslingfeiletkvittering: "FEIL_VARSLING",
      returpostkvittering: "FEIL_RETURPOST",
      feil: "FEIL",
      expired: "LEVETID_UTLOPT",
    },
    MOTTATT: {
      message: "MOTTATT",
      "api:OPPRETTET": "MOTTATT",
      "api:SENDT": "MOTTATT",
      leveringskvittering: "LEVERT",
      mottakskvittering: "LEVERT",
      aapningskvittering: "LEST",
      varslingfeiletkvittering: "FEIL_VARSLING",
      returpostkvittering: "FEIL_RETURPOST",
      feil: "FEIL",
      expired: "LEVETID_UTLOPT",
    },
    LEVERT: {
      message: "LEVERT",
      "api:OPPRETTET": "LEVERT",
      "api:SENDT": "LEVERT",
      leveringskvittering: "LEVERT",
      mottakskvittering: "LEVERT",
      aapningskvittering: "LEST",
      varslingfeiletkvittering: "FEIL_VARSLING",
      returpostkvittering: "FEIL_RETURPOST",
      feil: "FEIL",
    },
    FEIL_VARSLING: {
      message: "FEIL_VARSLING",
      "api:OPPRETTET": "FEIL_VARSLING",
      "api:SENDT": "FEIL_VARSLING",
      leveringskvittering: "FEIL_VARSLING",
      aapningskvittering: "LEST",
      varslingfeiletkvittering: "FEIL_VARSLING",
      feil: "FEIL",
    },
    LEST: {
      message: "LEST",
      "api:OPPRETTET": "LEST",
      "api:SENDT": "LEST",
      varslingfeiletkvittering: "LEST",
    },
    FEIL: {
      message: "FEIL",
      "api:OPPRETTET": "FEIL",
      "api:SENDT": "FEIL",
      "api:FEILET": "FEIL",
      feil: "FEIL",
    },
    FEIL_RETURPOST: {
      message: "FEIL_RETURPOST",
      "api:OPPRETTET": "FEIL_RETURPOST",
      "api:SENDT": "FEIL_RETURPOST",
    },
    LEVETID_UTLOPT: {
      message: "LEVETID_UTLOPT",
      "api:OPPRETTET": "LEVETID_UTLOPT",
      "api:SENDT": "LEVETID_UTLOPT",
      expired: "LEVETID_UTLOPT",
    },
  },
};

/** The states of the DPO: sender side flow. */
export type DpoSenderState = "OPPRETTET" | "SENDT" | "LEVERING" | "AAPNING" | "LEST" | "FEIL" | "FEIL_TIMEOUT";

/** The triggers of the DPO: sender side flow. */
export type DpoSenderTrigger =
  | "OPPRETTET"
  | "SENDT"
  | "LEVERING"
  | "AAPNING"
  | "LEST"
  | "appreceipt:OK"
  | "appreceipt:WARNING"
  | "appreceipt:ERROR"
  | "appreceipt:NOTSUPPORTED"
  | "dlq-error-appreceipt"
  | "FEIL"
  | "timeout";

/**
 * DPO: sender side. Source: “Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn”
 * (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPO statuser, DLQ and 24 h timeout text); the eFormidling
 * integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt) (appreceipt mapping).
 */
export const dpoSenderFlow: StatusFlow<DpoSenderState, DpoSenderTrigger> = {
  id: "dpo-sender",
  service: "DPO",
  side: "sender",
  title: "DPO: sender side",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPO statuser, DLQ and 24 h timeout text); the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt) (appreceipt mapping)",
  initial: "OPPRETTET",
  expiry: {
    trigger: "timeout",
    defaultTtlHours: 24,
    source:
      "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html): without a leveringskvittering within the timeout (24 h) the message gets an error status",
  },
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "avsender",
      description: "Integrasjonspunktet mottar BEST/EDU-melding fra sak-arkivsystem og oppretter en DPO-melding",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "SENDT",
      status: "SENDT",
      loggedBy: "avsender",
      description: "Integrasjonspunkt har sendt forsendelsen til meldingsformidler",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "LEVERING",
      status: "MOTTATT",
      loggedBy: "avsender",
      description: "Avsender mottar bekreftelse på at mottakende integrasjonspunkt har mottatt.",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "AAPNING",
      status: "LEVERT",
      loggedBy: "avsender",
      description: "Videresending til sak-arkivsystem",
      seed: "003",
      terminal: false,
      soft: true,
      resend: "no",
    },
    {
      id: "LEST",
      status: "LEST",
      loggedBy: "avsender",
      description:
        "Appreceipter fra mottaker av avsender. Dette er både en kvittering og meldingstype som indikerer at sak-arkivsystemet hos mottaker har fått meldingen. Leveransen er bekreftet fullført.",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
    },
    {
      id: "FEIL",
      status: "FEIL",
      loggedBy: "avsender",
      description:
        "Dersom en DPO-melding havner i Dead letter queue (DLQ) hos mottaker, sender mottaker en error appreceipt tilbake.",
      seed: null,
      terminal: true,
      soft: false,
      resend: "after-fix",
      note: "An error appreceipt (DLQ at the receiver, or arkivmelding_kvittering ERROR/NOTSUPPORTED).",
    },
    {
      id: "FEIL_TIMEOUT",
      status: "FEIL",
      loggedBy: "avsender",
      description:
        "Viss avsender ikke får leveringskvittering som avslutter polling innen satt timeout(24t), får meldingen feilstatus i statusgrensesnittet.",
      seed: null,
      terminal: true,
      soft: false,
      resend: "yes",
      note: "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) says an error status; the current reference implementation records LEVETID_UTLOPT for an expired message (§1.5).",
    },
  ],
  triggers: [
    {
      id: "OPPRETTET",
      to: "OPPRETTET",
      label: "OPPRETTET",
    },
    {
      id: "SENDT",
      to: "SENDT",
      label: "SENDT",
    },
    {
      id: "LEVERING",
      to: "LEVERING",
      label: "LEVERING (status MOTTATT from the receiver)",
    },
    {
      id: "AAPNING",
      to: "AAPNING",
      label: "AAPNING (status LEVERT from the receiver)",
    },
    {
      id: "LEST",
      to: "LEST",
      label: "LEST",
    },
    {
      id: "appreceipt:OK",
      to: "LEST",
      label: "arkivmelding_kvittering OK",
    },
    {
      id: "appreceipt:WARNING",
      to: "LEST",
      label: "arkivmelding_kvittering WARNING",
    },
    {
      id: "appreceipt:ERROR",
      to: "FEIL",
      label: "arkivmelding_kvittering ERROR",
    },
    {
      id: "appreceipt:NOTSUPPORTED",
      to: "FEIL",
      label: "arkivmelding_kvittering NOTSUPPORTED",
    },
    {
      id: "dlq-error-appreceipt",
      to: "FEIL",
      label: "error appreceipt (receiver's DLQ)",
    },
    {
      id: "FEIL",
      to: "FEIL",
      label: "FEIL",
    },
    {
      id: "timeout",
      to: "FEIL_TIMEOUT",
      label: "no leveringskvittering within 24 h",
    },
  ],
  synthetic: [],
  transitions: {
    OPPRETTET: {
      OPPRETTET: "OPPRETTET",
      SENDT: "SENDT",
      FEIL: "FEIL",
      timeout: "FEIL_TIMEOUT",
    },
    SENDT: {
      SENDT: "SENDT",
      LEVERING: "LEVERING",
      AAPNING: "AAPNING",
      LEST: "LEST",
      "appreceipt:OK": "LEST",
      "appreceipt:WARNING": "LEST",
      "appreceipt:ERROR": "FEIL",
      "appreceipt:NOTSUPPORTED": "FEIL",
      "dlq-error-appreceipt": "FEIL",
      FEIL: "FEIL",
      timeout: "FEIL_TIMEOUT",
    },
    LEVERING: {
      LEVERING: "LEVERING",
      AAPNING: "AAPNING",
      LEST: "LEST",
      "appreceipt:OK": "LEST",
      "appreceipt:WARNING": "LEST",
      "appreceipt:ERROR": "FEIL",
      "appreceipt:NOTSUPPORTED": "FEIL",
      "dlq-error-appreceipt": "FEIL",
      FEIL: "FEIL",
    },
    AAPNING: {
      LEVERING: "AAPNING",
      AAPNING: "AAPNING",
      LEST: "LEST",
      "appreceipt:OK": "LEST",
      "appreceipt:WARNING": "LEST",
      "appreceipt:ERROR": "FEIL",
      "appreceipt:NOTSUPPORTED": "FEIL",
      FEIL: "FEIL",
    },
    LEST: {
      LEVERING: "LEST",
      AAPNING: "LEST",
      LEST: "LEST",
      "appreceipt:OK": "LEST",
      "appreceipt:WARNING": "LEST",
    },
    FEIL: {
      FEIL: "FEIL",
      "appreceipt:ERROR": "FEIL",
      "appreceipt:NOTSUPPORTED": "FEIL",
      "dlq-error-appreceipt": "FEIL",
    },
    FEIL_TIMEOUT: {
      timeout: "FEIL_TIMEOUT",
    },
  },
};

/** The states of the DPO: receiver side flow. */
export type DpoReceiverState = "OPPRETTET" | "INNKOMMENDE_MOTTATT" | "INNKOMMENDE_LEVERT" | "FEIL";

/** The triggers of the DPO: receiver side flow. */
export type DpoReceiverTrigger = "OPPRETTET" | "INNKOMMENDE_MOTTATT" | "INNKOMMENDE_LEVERT" | "FEIL";

/**
 * DPO: receiver side. Source: “Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn”
 * (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPO statuser, rows logged by Mottaker).
 */
export const dpoReceiverFlow: StatusFlow<DpoReceiverState, DpoReceiverTrigger> = {
  id: "dpo-receiver",
  service: "DPO",
  side: "receiver",
  title: "DPO: receiver side",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPO statuser, rows logged by Mottaker)",
  initial: "OPPRETTET",
  expiry: null,
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "mottaker",
      description: "Integrasjonspunkt laster frå meldingsformidler ned og oppretter meldingen hos seg",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "INNKOMMENDE_MOTTATT",
      status: "INNKOMMENDE_MOTTATT",
      loggedBy: "mottaker",
      description: "Integrasjonspunkt hos mottaker har mottatt melding.",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "INNKOMMENDE_LEVERT",
      status: "INNKOMMENDE_LEVERT",
      loggedBy: "mottaker",
      description: "Har generert to mottakskvitteringer og disse blir sendt til avsender",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
    },
    {
      id: "FEIL",
      status: "FEIL",
      loggedBy: "mottaker",
      description:
        "Dersom en DPO-melding havner i Dead letter queue (DLQ) hos mottaker, sender mottaker en error appreceipt tilbake.",
      seed: null,
      terminal: true,
      soft: false,
      resend: "no",
      note: "A corrupt package or a message in the DLQ; an error appreceipt goes back to the sender.",
    },
  ],
  triggers: [
    {
      id: "OPPRETTET",
      to: "OPPRETTET",
      label: "OPPRETTET",
    },
    {
      id: "INNKOMMENDE_MOTTATT",
      to: "INNKOMMENDE_MOTTATT",
      label: "INNKOMMENDE_MOTTATT",
    },
    {
      id: "INNKOMMENDE_LEVERT",
      to: "INNKOMMENDE_LEVERT",
      label: "INNKOMMENDE_LEVERT",
    },
    {
      id: "FEIL",
      to: "FEIL",
      label: "FEIL (DLQ, error appreceipt sent)",
    },
  ],
  synthetic: [],
  transitions: {
    OPPRETTET: {
      OPPRETTET: "OPPRETTET",
      INNKOMMENDE_MOTTATT: "INNKOMMENDE_MOTTATT",
      FEIL: "FEIL",
    },
    INNKOMMENDE_MOTTATT: {
      INNKOMMENDE_MOTTATT: "INNKOMMENDE_MOTTATT",
      INNKOMMENDE_LEVERT: "INNKOMMENDE_LEVERT",
      FEIL: "FEIL",
    },
    INNKOMMENDE_LEVERT: {
      INNKOMMENDE_LEVERT: "INNKOMMENDE_LEVERT",
    },
    FEIL: {
      FEIL: "FEIL",
    },
  },
};

/** The states of the DPF: state agency (with integration point) to municipality or county flow. */
export type DpfStateToMunicipalityState =
  | "OPPRETTET"
  | "SENDT"
  | "LEVERT"
  | "KLAR_FOR_MOTTAK"
  | "LEST"
  | "FEIL"
  | "MANUELT HÅNDTERT"
  | "AVVIST";

/** The triggers of the DPF: state agency (with integration point) to municipality or county flow. */
export type DpfStateToMunicipalityTrigger =
  | "OPPRETTET"
  | "SENDT"
  | "LEVERT"
  | "KLAR_FOR_MOTTAK"
  | "LEST"
  | "FEIL"
  | "MANUELT HÅNDTERT"
  | "AVVIST";

/**
 * DPF: state agency (with integration point) to municipality or county. Source: “Trafikkflyt, kvitteringer og
 * statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPF statuser, first
 * table; DPF relaterte feilstatuser); the eFormidling integrasjonspunkt
 * (https://github.com/felleslosninger/efm-integrasjonspunkt).
 */
export const dpfStateToMunicipalityFlow: StatusFlow<DpfStateToMunicipalityState, DpfStateToMunicipalityTrigger> = {
  id: "dpf-state-to-municipality",
  service: "DPF",
  side: "sender",
  title: "DPF: state agency (with integration point) to municipality or county",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPF statuser, first table; DPF relaterte feilstatuser); the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt)",
  initial: "OPPRETTET",
  expiry: null,
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "avsender",
      description: "Integrasjonspunktet mottar bestEdu-melding fra sak-arkivsystem og oppretter en DPF-melding",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "SENDT",
      status: "SENDT",
      loggedBy: "avsender",
      description: "Integrasjonspunkt har sendt forsendelsen til meldingsformidler",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "LEVERT",
      status: "LEVERT",
      loggedBy: "avsender",
      description: null,
      seed: null,
      terminal: false,
      soft: true,
      resend: "no",
      note: 'Not in the page: the reference implementation records LEVERT at once after SENDT ("SvarUt garanterer leveranse").',
    },
    {
      id: "KLAR_FOR_MOTTAK",
      status: null,
      loggedBy: "avsender",
      description: "Venter på at forsendelse skal bli lastet ned av mottaker",
      seed: "003",
      terminal: false,
      soft: true,
      resend: "no",
      note: "A SvarUt status; the reference implementation ignores it.",
    },
    {
      id: "LEST",
      status: "LEST",
      loggedBy: "avsender",
      description: "En forsendelse er lest når hele forsendelsesfilen er lastet ned av mottaker",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
    },
    {
      id: "FEIL",
      status: "FEIL",
      loggedBy: "avsender",
      description: "Forsendelse har feilet, les logg for mer informasjon",
      seed: "003",
      terminal: false,
      soft: true,
      resend: "after-fix",
      note: 'Can still be closed as MANUELT HÅNDTERT ("manuelt avsluttet, f.eks pga en feilsituasjon").',
    },
    {
      id: "MANUELT HÅNDTERT",
      status: null,
      loggedBy: "avsender",
      description: "Forsendelsen er manuelt avsluttet, f.eks pga en feilsituasjon",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "after-fix",
      note: "SvarUt spells it MANUELT_HANDTERT; the reference implementation ignores it.",
    },
    {
      id: "AVVIST",
      status: null,
      loggedBy: "avsender",
      description:
        "Forsendelsen er ikke validert pga. manglende/korrupt metadata, eller fordi forsendelsesfil ikke kunne dannes",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "after-fix",
      note: "A SvarUt status; the reference implementation ignores it.",
    },
  ],
  triggers: [
    {
      id: "OPPRETTET",
      to: "OPPRETTET",
      label: "OPPRETTET",
    },
    {
      id: "SENDT",
      to: "SENDT",
      label: "SENDT",
    },
    {
      id: "LEVERT",
      to: "LEVERT",
      label: "LEVERT (SvarUt accepted)",
    },
    {
      id: "KLAR_FOR_MOTTAK",
      to: "KLAR_FOR_MOTTAK",
      label: "KLAR_FOR_MOTTAK",
    },
    {
      id: "LEST",
      to: "LEST",
      label: "LEST",
    },
    {
      id: "FEIL",
      to: "FEIL",
      label: "FEIL",
    },
    {
      id: "MANUELT HÅNDTERT",
      to: "MANUELT HÅNDTERT",
      label: "MANUELT HÅNDTERT",
    },
    {
      id: "AVVIST",
      to: "AVVIST",
      label: "AVVIST",
    },
  ],
  synthetic: [],
  transitions: {
    OPPRETTET: {
      OPPRETTET: "OPPRETTET",
      SENDT: "SENDT",
      FEIL: "FEIL",
      AVVIST: "AVVIST",
    },
    SENDT: {
      SENDT: "SENDT",
      LEVERT: "LEVERT",
      KLAR_FOR_MOTTAK: "KLAR_FOR_MOTTAK",
      LEST: "LEST",
      FEIL: "FEIL",
      "MANUELT HÅNDTERT": "MANUELT HÅNDTERT",
      AVVIST: "AVVIST",
    },
    LEVERT: {
      SENDT: "LEVERT",
      LEVERT: "LEVERT",
      KLAR_FOR_MOTTAK: "KLAR_FOR_MOTTAK",
      LEST: "LEST",
      FEIL: "FEIL",
      "MANUELT HÅNDTERT": "MANUELT HÅNDTERT",
      AVVIST: "AVVIST",
    },
    KLAR_FOR_MOTTAK: {
      LEVERT: "KLAR_FOR_MOTTAK",
      KLAR_FOR_MOTTAK: "KLAR_FOR_MOTTAK",
      LEST: "LEST",
      FEIL: "FEIL",
      "MANUELT HÅNDTERT": "MANUELT HÅNDTERT",
    },
    LEST: {
      LEVERT: "LEST",
      LEST: "LEST",
    },
    FEIL: {
      FEIL: "FEIL",
      "MANUELT HÅNDTERT": "MANUELT HÅNDTERT",
    },
    "MANUELT HÅNDTERT": {
      "MANUELT HÅNDTERT": "MANUELT HÅNDTERT",
    },
    AVVIST: {
      AVVIST: "AVVIST",
    },
  },
};

/** The states of the DPF: municipality or county to state agency (with integration point) flow. */
export type DpfMunicipalityToStateState = "OPPRETTET" | "INNKOMMENDE_MOTTATT" | "INNKOMMENDE_LEVERT";

/** The triggers of the DPF: municipality or county to state agency (with integration point) flow. */
export type DpfMunicipalityToStateTrigger = "OPPRETTET" | "INNKOMMENDE_MOTTATT" | "INNKOMMENDE_LEVERT";

/**
 * DPF: municipality or county to state agency (with integration point). Source: “Trafikkflyt, kvitteringer og
 * statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPF statuser, second
 * table). The sak-arkiv system's appreceipt is discarded: a municipality as sender cannot handle it..
 */
export const dpfMunicipalityToStateFlow: StatusFlow<DpfMunicipalityToStateState, DpfMunicipalityToStateTrigger> = {
  id: "dpf-municipality-to-state",
  service: "DPF",
  side: "receiver",
  title: "DPF: municipality or county to state agency (with integration point)",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPF statuser, second table). The sak-arkiv system's appreceipt is discarded: a municipality as sender cannot handle it.",
  initial: "OPPRETTET",
  expiry: null,
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "mottaker",
      description: "Integrasjonspunkt laster frå KS ned og oppretter meldingen hos seg",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "INNKOMMENDE_MOTTATT",
      status: "INNKOMMENDE_MOTTATT",
      loggedBy: "mottaker",
      description: "Meldingen blir konvertert til internt format",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "INNKOMMENDE_LEVERT",
      status: "INNKOMMENDE_LEVERT",
      loggedBy: "mottaker",
      description: "Meldingen er levert til sak-arkivsystem",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
    },
  ],
  triggers: [
    {
      id: "OPPRETTET",
      to: "OPPRETTET",
      label: "OPPRETTET",
    },
    {
      id: "INNKOMMENDE_MOTTATT",
      to: "INNKOMMENDE_MOTTATT",
      label: "INNKOMMENDE_MOTTATT",
    },
    {
      id: "INNKOMMENDE_LEVERT",
      to: "INNKOMMENDE_LEVERT",
      label: "INNKOMMENDE_LEVERT",
    },
  ],
  synthetic: [],
  transitions: {
    OPPRETTET: {
      OPPRETTET: "OPPRETTET",
      INNKOMMENDE_MOTTATT: "INNKOMMENDE_MOTTATT",
    },
    INNKOMMENDE_MOTTATT: {
      INNKOMMENDE_MOTTATT: "INNKOMMENDE_MOTTATT",
      INNKOMMENDE_LEVERT: "INNKOMMENDE_LEVERT",
    },
    INNKOMMENDE_LEVERT: {
      INNKOMMENDE_LEVERT: "INNKOMMENDE_LEVERT",
    },
  },
};

/** The states of the DPV: sender side flow. */
export type DpvState = "OPPRETTET" | "SENDT" | "LEVERT" | "LEST" | "FEIL";

/** The triggers of the DPV: sender side flow. */
export type DpvTrigger = "OPPRETTET" | "SENDT" | "LEVERT" | "LEST" | "FEIL";

/**
 * Dpv states that upstream does not support yet; they never occur today.
 * - LEST: Not yet supported upstream: Altinn DPV sends no read confirmation.
 */
export type DpvUnsupportedState = "LEST";

/** Dpv states that can occur today. */
export type DpvSupportedState = Exclude<DpvState, DpvUnsupportedState>;

/**
 * DPV: sender side. Source: “Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn”
 * (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPV statuser); “Altinn Digital Post”
 * (https://docs.digdir.no/eformidling_utvikling_altinn_digital_post.html) (Altinn Digital Post); the eFormidling
 * integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt).
 */
export const dpvFlow: StatusFlow<DpvState, DpvTrigger> = {
  id: "dpv",
  service: "DPV",
  side: "sender",
  title: "DPV: sender side",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (DPV statuser); “Altinn Digital Post” (https://docs.digdir.no/eformidling_utvikling_altinn_digital_post.html) (Altinn Digital Post); the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt)",
  initial: "OPPRETTET",
  expiry: null,
  states: [
    {
      id: "OPPRETTET",
      status: "OPPRETTET",
      loggedBy: "avsender",
      description: "Integrasjonspunktet mottar bestEdu-melding fra sak-arkivsystem og oppretter en DPV-melding",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "SENDT",
      status: "SENDT",
      loggedBy: "avsender",
      description: "Integrasjonspunkt har sendt forsendelsen til Altinn's DPV tjeneste",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "LEVERT",
      status: "LEVERT",
      loggedBy: "avsender",
      description:
        "Når DPV-melding er levert til Altinn sin DPV tjeneste blir en appreceipt sendt tilbake og status i sak-arkivsystem blir oppdatert",
      seed: "003",
      terminal: false,
      soft: true,
      resend: "no",
    },
    {
      id: "LEST",
      status: "LEST",
      loggedBy: "avsender",
      description:
        "Når mottaker har åpnet og lest meldingen blir status oppdatert til lest (foreløpig ikkje implementert)",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
      supported: false,
      note: "Not yet supported upstream: Altinn DPV sends no read confirmation.",
    },
    {
      id: "FEIL",
      status: "FEIL",
      loggedBy: "avsender",
      description: "Om forsendelsen feiler blir det levert error appreceipt tilbake til avsender.",
      seed: null,
      terminal: true,
      soft: false,
      resend: "after-fix",
      note: "The error appreceipt described in “Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html)'s DPV text (not a row of its table).",
    },
  ],
  triggers: [
    {
      id: "OPPRETTET",
      to: "OPPRETTET",
      label: "OPPRETTET",
    },
    {
      id: "SENDT",
      to: "SENDT",
      label: "SENDT",
    },
    {
      id: "LEVERT",
      to: "LEVERT",
      label: "LEVERT (Altinn: Published)",
    },
    {
      id: "LEST",
      to: "LEST",
      label: "LEST (Altinn: Read; not yet supported)",
    },
    {
      id: "FEIL",
      to: "FEIL",
      label: "error appreceipt",
    },
  ],
  synthetic: [],
  transitions: {
    OPPRETTET: {
      OPPRETTET: "OPPRETTET",
      SENDT: "SENDT",
      FEIL: "FEIL",
    },
    SENDT: {
      SENDT: "SENDT",
      LEVERT: "LEVERT",
      LEST: "LEST",
      FEIL: "FEIL",
    },
    LEVERT: {
      LEVERT: "LEVERT",
      LEST: "LEST",
    },
    LEST: {
      LEVERT: "LEST",
      LEST: "LEST",
    },
    FEIL: {
      FEIL: "FEIL",
    },
  },
};

/** The states of the DPE: eInnsyn publishing and request for access flow. */
export type DpeState =
  | "STEG_1"
  | "STEG_2"
  | "STEG_3"
  | "STEG_4"
  | "STEG_5"
  | "STEG_6"
  | "STEG_7"
  | "STEG_8"
  | "STEG_9"
  | "STEG_10"
  | "STEG_11"
  | "STEG_12"
  | "STEG_13"
  | "STEG_14"
  | "STEG_15";

/** The triggers of the DPE: eInnsyn publishing and request for access flow. */
export type DpeTrigger =
  | "STEG_1"
  | "STEG_2"
  | "STEG_3"
  | "STEG_4"
  | "STEG_5"
  | "STEG_6"
  | "STEG_7"
  | "STEG_8"
  | "STEG_9"
  | "STEG_10"
  | "STEG_11"
  | "STEG_12"
  | "STEG_13"
  | "STEG_14"
  | "STEG_15";

/**
 * DPE: eInnsyn publishing and request for access. Source: “Trafikkflyt, kvitteringer og statuser i eFormidling
 * og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (eInnsyn (DPE), steps 1–15).
 */
export const dpeFlow: StatusFlow<DpeState, DpeTrigger> = {
  id: "dpe",
  service: "DPE",
  side: "flow",
  title: "DPE: eInnsyn publishing and request for access",
  source:
    "“Trafikkflyt, kvitteringer og statuser i eFormidling og eInnsyn” (https://docs.digdir.no/selfhelp_traffic_flow.html) (eInnsyn (DPE), steps 1–15)",
  initial: "STEG_1",
  expiry: null,
  states: [
    {
      id: "STEG_1",
      step: 1,
      status: null,
      loggedBy: "arkivar",
      description: "Arkivar henter trigger eksport av oep saker",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_2",
      step: 2,
      status: null,
      loggedBy: "arkivar",
      description: "Laster opp oep fil til filområde arkivar og eInnsynsklient har tilgang til",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_3",
      step: 3,
      status: null,
      loggedBy: "eInnsynsklient",
      description: "eInnsynsklient splitter opp oep meldingen til eInnsynsmeldinger,",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_4",
      step: 4,
      status: null,
      loggedBy: "eInnsynsklient",
      description: "Laster eInnsysnsmelding til integrasjonspunktet",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_5",
      step: 5,
      status: null,
      loggedBy: "avsender",
      description: "Integrasjonspunktet gjør oppslag for å finne mottaker (capability oppslag)",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_6",
      step: 6,
      status: null,
      loggedBy: "avsender",
      description: "Intgrasjonspunktet krypterer, signerer og pakker melding. Laster deretter opp til mottakers kø",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_7",
      step: 7,
      status: null,
      loggedBy: "mottaker",
      description:
        "Ingegrasjonspunktet laster ned nye meldinger fra kø, pakker opp, sjekker signatur, dekrypterer melding, tilgjengeligjør for mottaker",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_8",
      step: 8,
      status: null,
      loggedBy: "eInnsyn",
      description: "eInnsysnsapplikasjon henter meldinger fra integrasjonpunktet, tilgjengeliggjør i eInnsynssøk",
      seed: "003",
      terminal: false,
      soft: true,
      resend: "no",
      note: "Published in eInnsyn: finished unless someone asks for access (step 9).",
    },
    {
      id: "STEG_9",
      step: 9,
      status: null,
      loggedBy: "innbygger",
      description: "Person søker innsyn",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_10",
      step: 10,
      status: null,
      loggedBy: "eInnsyn",
      description: "Innsynskrav lastes opp til integrasjonspunkt",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_11",
      step: 11,
      status: null,
      loggedBy: "avsender",
      description: "Integrasjonspunktet gjør oppslag for å finne mottaker (capability oppslag)",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_12",
      step: 12,
      status: null,
      loggedBy: "avsender",
      description: "Integrasjonspunktet krypterer, signerer og pakker melding. Laster deretter opp til mottakers kø",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_13",
      step: 13,
      status: null,
      loggedBy: "mottaker",
      description:
        "Integrasjonspunktet laster ned nye meldinger fra kø, pakker opp, sjekker signatur, dekrypterer melding, tilgjengeliggjør for mottaker",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_14",
      step: 14,
      status: null,
      loggedBy: "eInnsynsklient",
      description: "eInnsynsklient sender innsynskrav via mottakers mailserver",
      seed: "003",
      terminal: false,
      soft: false,
      resend: "wait",
    },
    {
      id: "STEG_15",
      step: 15,
      status: null,
      loggedBy: "mottaker",
      description: "Innsynskrav tilgjengeliggjøres i via mottakers sakarkvisystem/mailserver eller lignende.",
      seed: "003",
      terminal: true,
      soft: false,
      resend: "no",
    },
  ],
  triggers: [
    {
      id: "STEG_1",
      to: "STEG_1",
      label: "step 1",
    },
    {
      id: "STEG_2",
      to: "STEG_2",
      label: "step 2",
    },
    {
      id: "STEG_3",
      to: "STEG_3",
      label: "step 3",
    },
    {
      id: "STEG_4",
      to: "STEG_4",
      label: "step 4",
    },
    {
      id: "STEG_5",
      to: "STEG_5",
      label: "step 5",
    },
    {
      id: "STEG_6",
      to: "STEG_6",
      label: "step 6",
    },
    {
      id: "STEG_7",
      to: "STEG_7",
      label: "step 7",
    },
    {
      id: "STEG_8",
      to: "STEG_8",
      label: "step 8",
    },
    {
      id: "STEG_9",
      to: "STEG_9",
      label: "step 9",
    },
    {
      id: "STEG_10",
      to: "STEG_10",
      label: "step 10",
    },
    {
      id: "STEG_11",
      to: "STEG_11",
      label: "step 11",
    },
    {
      id: "STEG_12",
      to: "STEG_12",
      label: "step 12",
    },
    {
      id: "STEG_13",
      to: "STEG_13",
      label: "step 13",
    },
    {
      id: "STEG_14",
      to: "STEG_14",
      label: "step 14",
    },
    {
      id: "STEG_15",
      to: "STEG_15",
      label: "step 15",
    },
  ],
  synthetic: [],
  transitions: {
    STEG_1: {
      STEG_1: "STEG_1",
      STEG_2: "STEG_2",
    },
    STEG_2: {
      STEG_2: "STEG_2",
      STEG_3: "STEG_3",
    },
    STEG_3: {
      STEG_3: "STEG_3",
      STEG_4: "STEG_4",
    },
    STEG_4: {
      STEG_4: "STEG_4",
      STEG_5: "STEG_5",
    },
    STEG_5: {
      STEG_5: "STEG_5",
      STEG_6: "STEG_6",
    },
    STEG_6: {
      STEG_6: "STEG_6",
      STEG_7: "STEG_7",
    },
    STEG_7: {
      STEG_7: "STEG_7",
      STEG_8: "STEG_8",
    },
    STEG_8: {
      STEG_8: "STEG_8",
      STEG_9: "STEG_9",
    },
    STEG_9: {
      STEG_9: "STEG_9",
      STEG_10: "STEG_10",
    },
    STEG_10: {
      STEG_10: "STEG_10",
      STEG_11: "STEG_11",
    },
    STEG_11: {
      STEG_11: "STEG_11",
      STEG_12: "STEG_12",
    },
    STEG_12: {
      STEG_12: "STEG_12",
      STEG_13: "STEG_13",
    },
    STEG_13: {
      STEG_13: "STEG_13",
      STEG_14: "STEG_14",
    },
    STEG_14: {
      STEG_14: "STEG_14",
      STEG_15: "STEG_15",
    },
    STEG_15: {
      STEG_15: "STEG_15",
    },
  },
};

/** Every status flow by id. */
export const statusFlows = {
  dpi: dpiFlow,
  "dpo-sender": dpoSenderFlow,
  "dpo-receiver": dpoReceiverFlow,
  "dpf-state-to-municipality": dpfStateToMunicipalityFlow,
  "dpf-municipality-to-state": dpfMunicipalityToStateFlow,
  dpv: dpvFlow,
  dpe: dpeFlow,
} as const;

/** The id of a status flow. */
export type StatusFlowId = keyof typeof statusFlows;

/** Each service's flows. */
export const serviceFlows: Readonly<Record<StatusService, readonly StatusFlowId[]>> = {
  DPI: ["dpi"],
  DPO: ["dpo-sender", "dpo-receiver"],
  DPF: ["dpf-state-to-municipality", "dpf-municipality-to-state"],
  DPV: ["dpv"],
  DPE: ["dpe"],
};

/** The DPI access point's own statuses (GET /messages/out/{id}/statuses). */
export type DpiApiStatus = "OPPRETTET" | "SENDT" | "FEILET";

/** Every DPI type to its eFormidling status and description, as the reference implementation maps them. */
export const dpiReceiptMapping: Readonly<Record<DpiType, ReceiptMappingRow>> = {
  leveringskvittering: {
    type: "leveringskvittering",
    status: "LEVERT",
    description: "Kvittering på at digital post er tilgjengeliggjort eller at fysisk post er klargjort for utskrift",
    meaning: "The mailbox made the letter available, or the print service has it ready for posting.",
  },
  mottakskvittering: {
    type: "mottakskvittering",
    status: "LEVERT",
    description: "Kvittering fra utskrift og forsendelsestjenesten om at melding er mottatt og lagt til print",
    meaning:
      "The print service received and validated the letter and queued it for printing. LEVERT, not MOTTATT: the reference code has mapped it to LEVERT since 2021-09 (the eFormidling integrasjonspunkt (https://github.com/felleslosninger/efm-integrasjonspunkt)).",
  },
  aapningskvittering: {
    type: "aapningskvittering",
    status: "LEST",
    description: "Kvittering fra Innbygger for at digital post er åpnet",
    meaning: "The citizen opened the letter (only when the sender asked for an opening receipt).",
  },
  varslingfeiletkvittering: {
    type: "varslingfeiletkvittering",
    status: "FEIL",
    description: "Kvittering for at en spesifisert varsling ikke har blitt sendt",
    meaning: "A notification on one channel failed. The letter itself was delivered and stays available: a soft FEIL.",
  },
  returpostkvittering: {
    type: "returpostkvittering",
    status: "FEIL",
    description: "Kvittering fra utskrift og forsendelsestjenesten om at posten ikke har blitt levert til Mottaker.",
    meaning: "The printed letter came back, was registered and shredded (only with MAKULERING_MED_MELDING).",
  },
  feil: {
    type: "feil",
    status: "FEIL",
    description: "Generell melding om at det har skjedd en feil",
    meaning: "The mailbox or print service could not handle the letter; feiltype says whose fault.",
  },
  digital: {
    type: "digital",
    status: "ANNET",
    description: "Ukjent kvittering",
    meaning: "A letter is not a receipt; the reference maps one arriving inbound to ANNET.",
  },
  utskrift: {
    type: "utskrift",
    status: "ANNET",
    description: "Ukjent kvittering",
    meaning: "A letter is not a receipt; the reference maps one arriving inbound to ANNET.",
  },
  flyttet: {
    type: "flyttet",
    status: "ANNET",
    description: "Ukjent kvittering",
    meaning: "A provider-to-provider message, never a receipt to a sender; the reference maps it to ANNET.",
  },
};

/** What a receipt that is not a DPI message (or not a valid one) maps to. */
export const dpiUnknownReceipt: UnknownMapping = {
  status: "ANNET",
  description: "Ukjent kvittering",
  meaning:
    "Anything that is not one of the nine DPI types, or not a valid DPI message. The reference throws while parsing; we map it to ANNET and say why.",
};

/** Where a receipt's status time comes from, in the reference implementation and here. */
export const dpiReceiptTime = {
  reference: "the receipt's tidspunkt, else now()",
  ours: "the receipt's tidspunkt, else the caller's fallbackTime, else none (timeSource says which)",
} as const;

/** The access point's statuses to eFormidling statuses, as the reference implementation maps them. */
export const dpiApiStatusMapping: Readonly<Record<DpiApiStatus, ApiStatusMappingRow>> = {
  OPPRETTET: {
    apiStatus: "OPPRETTET",
    status: "SENDT",
    description: "Hjørne 2 har mottatt meldingen",
    meaning: "Created in the sender's access point (not yet sent on).",
    referenceTime: "now(); the API timestamp is ignored",
  },
  SENDT: {
    apiStatus: "SENDT",
    status: "MOTTATT",
    description: "Hjørne 3 har mottatt meldingen",
    meaning: "Sent to the receiving access point.",
    referenceTime: "the API timestamp if present, else now()",
  },
  FEILET: {
    apiStatus: "FEILET",
    status: "FEIL",
    description: "Generell melding om at det har skjedd en feil",
    meaning: "Failed in the sender's access point.",
    referenceTime: "now()",
  },
};

/** What an unknown access-point status maps to. */
export const dpiUnknownApiStatus: UnknownMapping = {
  status: "ANNET",
  description: "Ukjent status fra aksesspunktet",
  meaning:
    "The reference has an ANNET default branch without a description (and most likely fails to decode first); the description is ours.",
};

/** Where an access-point status's time comes from, in the reference implementation and here. */
export const dpiApiStatusTime = {
  reference: "now(), except SENDT which uses the API timestamp",
  ours: "the API timestamp for every status, else the caller's fallbackTime, else none",
} as const;

/** feiltype KLIENT/SERVER: blame and whether a retry can help (the DPI specification's feil message). */
export const feiltypeTable: Readonly<Record<Feiltype, FeiltypeInfo>> = {
  KLIENT: {
    feiltype: "KLIENT",
    blame: "KLIENT",
    retryable: false,
    resend: "after-fix",
    description: "Feilen kommer pga. feil på input eller andre feil der Avsender må rette opp i årsaken til feilen",
    meaning:
      "The sender's message is at fault (addressing, undecryptable package, notification rules, virkningsdato too far ahead). Sending the same message again fails again: fix it and send a new message.",
  },
  SERVER: {
    feiltype: "SERVER",
    blame: "SERVER",
    retryable: true,
    resend: "later",
    description:
      "Feilen kommer av feil på sentral infrastruktur. Avsender må ta kontakt med Sentralforvalter for å få rettet opp i feilen.",
    meaning:
      "Central infrastructure or the provider is at fault. Contact the Sentralforvalter; the same message may succeed once the fault is fixed.",
  },
};

/** The code of a reason a letter may not be moved to another mailbox provider. */
export type FlyttetRuleCode = "virkningsdato-in-future" | "opening-receipt-pending" | "notification-pending";

/** Which letters may be moved (FlyttetDigitalPost). */
export const flyttetRules: FlyttetRules = {
  mayMove: [
    {
      id: "handled",
      text: "Post innbygger har behandlet.",
    },
    {
      id: "notifications-done",
      text: "Post som opprinnelig krevde varsling, der varsling er utført eller avsluttet som følge av innbyggers behandling.",
    },
    {
      id: "opened-and-receipt-sent",
      text: "Post som opprinnelig krevde åpningskvittering, som nå er åpnet og åpningskvittering er sendt.",
    },
    {
      id: "no-requirements",
      text: "Post som opprinnelig ikke kom med krav om åpningskvittering eller varslinger kan flyttes.",
    },
  ],
  mayNotMove: {
    "virkningsdato-in-future": {
      code: "virkningsdato-in-future",
      text: "Post som har en virkningsdato frem i tid.",
      why: "Denne posten er ikke tilgjengelig/synlig for innbygger og kan dermed ikke flyttes.",
      message: "the letter's virkningsdato/virkningstidspunkt is in the future: it is not yet visible to the citizen",
    },
    "opening-receipt-pending": {
      code: "opening-receipt-pending",
      text: "Post som krever åpningskvittering, der innbygger ikke har åpnet brevet er ikke å betrakte som tilgjengelig",
      why: "Postkasseleverandøren som mottar flyttet post kan ikke sende kvitteringer til opprinnelig avsender. Dermed skal postkasseleverandøren først sikre at åpningskvittering sendes til Avsender før det er mulig å flytte posten.",
      message: "the sender asked for an opening receipt, and the letter is not yet opened or the receipt not yet sent",
    },
    "notification-pending": {
      code: "notification-pending",
      text: "Post der det er bestilt Varsling og varslingene ikke er ferdig utført",
      why: "Postkasseleverandøren som mottar flyttet post kan ikke sende kvitteringer til opprinnelig avsender. Dermed skal opprinnelig postkasseleverandør først sikre at alle bestilte varslinger blir utført eller at Avsender blir informert om at varsling har feilet før posten kan flyttes.",
      message:
        "an ordered notification is neither completed, ended by the citizen's handling, nor reported to the sender as failed",
    },
  },
  deliveryTime: {
    rule: "the later of the receiving date (mottakstidspunkt) and virkningstidspunkt, or virkningsdato when there is no virkningstidspunkt",
    source:
      "digipost/sdp-shared SimpleStandardBusinessDocument (digipost/sdp-shared (https://github.com/digipost/sdp-shared))",
  },
};

/** How many statuses, flows and mapping rows the tables hold. */
export const statusCounts = {
  statuses: 10,
  flows: 7,
  receiptMappings: 9,
  apiStatuses: 3,
  feiltyper: 2,
} as const;
