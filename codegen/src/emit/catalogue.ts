import { banner } from "../banner.js";
import type { GeneratedFile, Sources } from "../model.js";
import { ruleApplies } from "./strict-rules.js";
import { OUT } from "./validators.js";

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** The message catalogue and the strict rule table as typed constants. */
export function emitCatalogue(sources: Sources): GeneratedFile[] {
  const { catalogue, rules } = sources;
  const types = catalogue.messages.map((m) => m.type);
  const entries = catalogue.messages.map((m) => ({
    type: m.type,
    payloadKey: m.payloadKey,
    typeName: m.typeName,
    kind: m.kind,
    standard: m.standard,
    process: m.process ? catalogue.processes[m.process]!.identifier : null,
    processes: m.processes.map((p) => catalogue.processes[p]!.identifier),
    schemaId: catalogue.baseId + m.schema,
    schemaFile: m.schema,
    description: m.description,
  }));
  const ruleRows = rules.map((r) => ({
    code: r.code,
    severity: r.severity,
    doc: r.doc,
    why: r.why,
    appliesTo: catalogue.messages.filter((m) => ruleApplies(r, m)).map((m) => m.type),
  }));
  const content =
    banner(["schemas/catalogue.json", "schemas/strict-rules.json"]) +
    `/** The nine DPI message types, named by their payload key. */\n` +
    `export type DpiType = ${types.map((t) => JSON.stringify(t)).join(" | ")};\n\n` +
    `/** Every DPI message type, in catalogue order. */\n` +
    `export const dpiTypes: readonly DpiType[] = ${JSON.stringify(types)};\n\n` +
    `/** letter: sent by an agency (or moved between mailboxes); receipt: a postbox's or print service's answer; error: feil. */\n` +
    `export type MessageKind = "letter" | "receipt" | "error";\n\n` +
    `/** One row of the message catalogue. */\n` +
    `export interface CatalogueEntry {\n  /** The type, equal to the payload key and to documentIdentification.type. */\n  readonly type: DpiType;\n  readonly payloadKey: DpiType;\n  /** The TypeScript name of the payload type. */\n  readonly typeName: string;\n  readonly kind: MessageKind;\n  /** documentIdentification.standard. */\n  readonly standard: string;\n  /** The process a letter of this type starts (null for receipts: they carry their conversation's process). */\n  readonly process: string | null;\n  /** The processes the specification lists this type in. */\n  readonly processes: readonly string[];\n  readonly schemaId: string;\n  readonly schemaFile: string;\n  readonly description: string;\n}\n\n` +
    `/** The message catalogue: each type's payload key, standard URN, process URN and schema. */\n` +
    `export const catalogue: Readonly<Record<DpiType, CatalogueEntry>> = ${json(Object.fromEntries(entries.map((e) => [e.type, e])))};\n\n` +
    `/** The DPI process identifiers by name. */\n` +
    `export const processes = ${json(Object.fromEntries(Object.entries(catalogue.processes).map(([k, p]) => [k, p.identifier])))} as const;\n\n` +
    `/** headerVersion and typeVersion written on the DPI wire. */\n` +
    `export const headerVersion = ${JSON.stringify(catalogue.headerVersion)};\nexport const typeVersion = ${JSON.stringify(catalogue.typeVersion)};\n\n` +
    `/** error rejects a message under the strict profile; warning is reported and does not. */\n` +
    `export type Severity = "error" | "warning";\n\n` +
    `/** The code of a strict overlay rule. */\n` +
    `export type StrictRuleCode = ${rules.map((r) => JSON.stringify(r.code)).join(" | ")};\n\n` +
    `/** One overlay rule of the strict profile. */\n` +
    `export interface StrictRuleInfo {\n  readonly code: StrictRuleCode;\n  readonly severity: Severity;\n  /** What the rule checks, in one line. */\n  readonly doc: string;\n  /** Why it has this severity. */\n  readonly why: string;\n  readonly appliesTo: readonly DpiType[];\n}\n\n` +
    `/** The strict profile's overlay rules. */\n` +
    `export const strictRules: readonly StrictRuleInfo[] = ${json(ruleRows)};\n`;
  return [{ path: `${OUT}/catalogue.ts`, content, symbols: 12 }];
}
