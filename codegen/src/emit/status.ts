import type { GeneratedFile, Sources } from "../sources/model.js";
import { SERVICE_FILES } from "../sources/status.js";
import { alias, banner, camel, constant, doc, json, lit, pascal, union } from "./helpers.js";
import { OUT } from "./paths.js";

/** The status tables' source files, for banners. */
export const STATUS_FILES = [
  "schemas/status/eformidling.json",
  ...SERVICE_FILES.map((f) => `schemas/status/${f}`),
  "schemas/status/dpi-mapping.json",
  "schemas/status/flyttet.json",
];

/** The hand-written shapes in packages/contracts/src/status-model.ts, re-exported beside the tables they type. */
const STATUS_MODEL_TYPES = [
  "ApiStatusMappingRow",
  "Blame",
  "EformidlingStatusInfo",
  "FeiltypeInfo",
  "FlowState",
  "FlowTrigger",
  "FlyttetRule",
  "FlyttetRules",
  "ReceiptMappingRow",
  "ResendAdvice",
  "StatusFlow",
  "SyntheticRule",
  "UnknownMapping",
];

/** The unions and tables of one flow: its state and trigger names and the flow itself. */
function flowCode(service: string, f: Sources["status"]["services"][number]["flows"][number]): string {
  const P = pascal(f.id);
  let out = alias(`The states of the ${f.title} flow.`, `${P}State`, union(f.states.map((s) => s.id)));
  out += alias(`The triggers of the ${f.title} flow.`, `${P}Trigger`, union(f.triggers.map((t) => t.id)));
  const unsupported = f.states.filter((s) => s.supported === false);
  if (unsupported.length) {
    const lines = [
      `${P} states that upstream does not support yet; they never occur today.`,
      ...unsupported.map((s) => `- ${s.id}: ${s.note ?? ""}`),
    ];
    out += alias(lines, `${P}UnsupportedState`, union(unsupported.map((s) => s.id)));
    out += alias(`${P} states that can occur today.`, `${P}SupportedState`, `Exclude<${P}State, ${P}UnsupportedState>`);
  }
  const { id, side, title, source, initial, expiry, states, triggers, synthetic, transitions } = f;
  const data = { id, service, side, title, source, initial, expiry, states, triggers, synthetic, transitions };
  return (
    out +
    constant(`${f.title}. Source: ${f.source}.`, `${camel(f.id)}Flow`, `StatusFlow<${P}State, ${P}Trigger>`, json(data))
  );
}

/**
 * packages/contracts/src/generated/status.ts: the status tables of schemas/status/ as typed data. The
 * shapes they are typed against are hand-written in packages/contracts/src/status-model.ts.
 */
export function emitStatus(sources: Sources): GeneratedFile[] {
  const { eformidling, services, mapping: m, flyttet: fl } = sources.status;
  const statuses = eformidling.statuses.map((s) => s.status);
  const flows = services.flatMap((svc) => svc.flows.map((f) => ({ svc, f })));
  const byKey = <T, K extends keyof T>(rows: readonly T[], key: K) =>
    json(Object.fromEntries(rows.map((r) => [r[key], r])));
  let out = banner(STATUS_FILES);
  out += `import type { DpiType } from "./catalogue.js";\nimport type { Feiltype } from "./types.js";\n`;
  out +=
    `import type {\n  ApiStatusMappingRow,\n  EformidlingStatusInfo,\n  FeiltypeInfo,\n  ` +
    `FlyttetRules,\n  ReceiptMappingRow,\n  StatusFlow,\n  UnknownMapping,\n} from "../status-model.js";\n\n`;
  out += `export type {\n${STATUS_MODEL_TYPES.map((t) => `  ${t},`).join("\n")}\n} from "../status-model.js";\n\n`;
  out += alias(
    `The ${statuses.length} eFormidling statuses (ReceiptStatus in the reference implementation), ` +
      `in its declaration order.`,
    "EformidlingStatus",
    union(statuses),
  );
  out += constant(
    "Every eFormidling status, in declaration order.",
    "eformidlingStatuses",
    "readonly EformidlingStatusInfo[]",
    json(eformidling.statuses),
  );
  out += constant(
    "The public pages the states' `seed` numbers name.",
    "statusSourcePages",
    "Readonly<Record<string, { readonly title: string; readonly url: string }>>",
    json(eformidling.pages),
  );
  out += alias("The services that have status flows.", "StatusService", union(services.map((s) => s.service)));
  for (const { svc, f } of flows) out += flowCode(svc.service, f);
  out += constant(
    "Every status flow by id.",
    "statusFlows",
    null,
    `{\n${flows.map(({ f }) => `  ${lit(f.id)}: ${camel(f.id)}Flow,`).join("\n")}\n} as const`,
  );
  out += alias("The id of a status flow.", "StatusFlowId", "keyof typeof statusFlows");
  out += constant(
    "Each service's flows.",
    "serviceFlows",
    "Readonly<Record<StatusService, readonly StatusFlowId[]>>",
    json(Object.fromEntries(services.map((s) => [s.service, s.flows.map((f) => f.id)]))),
  );
  out += alias(
    "The DPI access point's own statuses (GET /messages/out/{id}/statuses).",
    "DpiApiStatus",
    union(m.apiStatuses.map((a) => a.apiStatus)),
  );
  // The receipt mapping and the access-point status mapping: each a table, a fallback and a time rule.
  const mappings: [comment: string, name: string, type: string | null, value: string][] = [
    [
      "Every DPI type to its eFormidling status and description, as the reference implementation maps them.",
      "dpiReceiptMapping",
      "Readonly<Record<DpiType, ReceiptMappingRow>>",
      byKey(m.receipts, "type"),
    ],
    [
      "What a receipt that is not a DPI message (or not a valid one) maps to.",
      "dpiUnknownReceipt",
      "UnknownMapping",
      json(m.unknownReceipt),
    ],
    [
      "Where a receipt's status time comes from, in the reference implementation and here.",
      "dpiReceiptTime",
      null,
      `${json(m.receiptTime)} as const`,
    ],
    [
      "The access point's statuses to eFormidling statuses, as the reference implementation maps them.",
      "dpiApiStatusMapping",
      "Readonly<Record<DpiApiStatus, ApiStatusMappingRow>>",
      byKey(m.apiStatuses, "apiStatus"),
    ],
    ["What an unknown access-point status maps to.", "dpiUnknownApiStatus", "UnknownMapping", json(m.unknownApiStatus)],
    [
      "Where an access-point status's time comes from, in the reference implementation and here.",
      "dpiApiStatusTime",
      null,
      `${json(m.apiStatusTime)} as const`,
    ],
  ];
  for (const [comment, name, type, value] of mappings) out += constant(comment, name, type, value);
  out += constant(
    "feiltype KLIENT/SERVER: blame and whether a retry can help (the DPI specification's feil message).",
    "feiltypeTable",
    "Readonly<Record<Feiltype, FeiltypeInfo>>",
    byKey(m.feiltyper, "feiltype"),
  );
  out += alias(
    "The code of a reason a letter may not be moved to another mailbox provider.",
    "FlyttetRuleCode",
    union(fl.mayNotMove.map((r) => r.code)),
  );
  const rules = {
    mayMove: fl.mayMove,
    mayNotMove: Object.fromEntries(fl.mayNotMove.map((r) => [r.code, r])),
    deliveryTime: fl.deliveryTime,
  };
  out += constant("Which letters may be moved (FlyttetDigitalPost).", "flyttetRules", "FlyttetRules", json(rules));
  out += doc("How many statuses, flows and mapping rows the tables hold.");
  const counts = {
    statuses: statuses.length,
    flows: flows.length,
    receiptMappings: m.receipts.length,
    apiStatuses: m.apiStatuses.length,
    feiltyper: m.feiltyper.length,
  };
  out += `export const statusCounts = ${json(counts)} as const;\n`;
  return [{ path: `${OUT}/status.ts`, content: out, symbols: 20 + flows.length * 3 }];
}
