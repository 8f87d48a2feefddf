import type { GeneratedFile, Node, Sources } from "../sources/model.js";
import { ruleApplies } from "../sources/rules.js";
import { messageRoot } from "../names.js";
import { alias, banner, constant, json, lit, union } from "./helpers.js";
import { OUT } from "./paths.js";

/** The payload properties of a message type, from its root schema's standardBusinessDocument. */
function payloadProperties(sources: Sources, type: string): string[] {
  const m = sources.catalogue.messages.find((x) => x.type === type)!;
  const file = sources.schemas.find((s) => s.file === m.schema)!;
  const doc = (file.schema.definitions as Record<string, Node>).standardBusinessDocument!;
  const ref = (doc.properties as Record<string, Node>)[m.payloadKey]!.$ref as string;
  const target = sources.named.find((n) => n.id === `${file.id}/definitions/${ref.split("/").pop()}`);
  if (!target) throw new Error(`${m.schema}: payload ${m.payloadKey} is not a local definition`);
  return Object.keys((target.schema.properties ?? {}) as Node);
}

/** The digital payload fields a flyttet carries over: the fields both payload schemas declare. */
function flyttetFields(sources: Sources): string {
  const digital = payloadProperties(sources, "digital");
  const carried = payloadProperties(sources, "flyttet").filter((k) => digital.includes(k));
  const digitalRoot = messageRoot(sources, "digital").name;
  const flyttetRoot = messageRoot(sources, "flyttet").name;
  let out = constant(
    [
      `The ${digitalRoot} payload fields a ${flyttetRoot} carries over (the fields both payload schemas declare).`,
      "A field added to both schemas appears here on the next `npm run codegen`; the type below " +
        "fails to compile if the list misses one.",
    ],
    "flyttetCarriedFields",
    null,
    asTuple(carried, "keyof Digital & keyof Flyttet"),
  );
  out += alias(
    "Compiles only while flyttetCarriedFields names every field the digital and flyttet payload types share.",
    "FlyttetCarriedFieldsComplete",
    "Exclude<Extract<keyof Digital, keyof Flyttet>, (typeof flyttetCarriedFields)[number]> extends " +
      "never ? true : never",
  );
  return (
    `${out}const flyttetCarriedFieldsComplete: FlyttetCarriedFieldsComplete = true;\nvoid ` +
    `flyttetCarriedFieldsComplete;\n\n`
  );
}

/** `[...] as const satisfies readonly (T)[]`: a tuple of literals checked against a type. */
const asTuple = (xs: readonly string[], type: string) =>
  `[${xs.map(lit).join(", ")}] as const satisfies readonly (${type})[]`;

/**
 * packages/contracts/src/generated/catalogue.ts: the message catalogue and the strict rule table as typed
 * data, with the lists the runtime derives from them (by kind, by sender, the fields a moved letter
 * carries). The row shapes are hand-written in packages/contracts/src/catalogue-types.ts.
 */
export function emitCatalogue(sources: Sources): GeneratedFile[] {
  const { catalogue, rules } = sources;
  const messages = catalogue.messages;
  const types = messages.map((m) => m.type);
  const entries = messages.map((m) => ({
    type: m.type,
    payloadKey: m.payloadKey,
    typeName: m.typeName,
    kind: m.kind,
    sentBy: m.sentBy,
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
    appliesTo: messages.filter((m) => ruleApplies(r, m)).map((m) => m.type),
  }));
  const ofKind = (kind: string) => types.filter((t) => messages.find((m) => m.type === t)!.kind === kind);
  const byKind = { letter: ofKind("letter"), receipt: ofKind("receipt"), error: ofKind("error") };
  const agencyLetters = messages.filter((m) => m.kind === "letter" && m.sentBy === "agency").map((m) => m.type);

  const moves = types.includes("digital") && types.includes("flyttet");
  const letterSchemas = moves
    ? ["digital", "flyttet"].map((t) => `schemas/${messages.find((m) => m.type === t)!.schema}`)
    : [];
  let out = banner(["schemas/catalogue.json", "schemas/strict-rules.json", ...letterSchemas]);
  out += `import type { CatalogueEntry, MessageKind, StrictRuleInfo } from "../catalogue-types.js";\n`;
  if (moves) out += `import type { Digital, Flyttet } from "./types.js";\n`;
  out += "\n";
  out +=
    `export type { CatalogueEntry, MessageKind, MessageSender, Severity, StrictRuleInfo } from ` +
    `"../catalogue-types.js";\n\n`;
  out += alias(`The ${types.length} DPI message types, named by their payload key.`, "DpiType", union(types));
  out += constant("Every DPI message type, in catalogue order.", "dpiTypes", "readonly DpiType[]", lit(types));
  out += constant(
    "The message catalogue: each type's payload key, standard URN, process URN and schema.",
    "catalogue",
    "Readonly<Record<DpiType, CatalogueEntry>>",
    json(Object.fromEntries(entries.map((e) => [e.type, e]))),
  );
  out += constant(
    "The message types of each kind, in catalogue order.",
    "dpiTypesByKind",
    null,
    `${json(byKind)} as const satisfies Readonly<Record<MessageKind, readonly DpiType[]>>`,
  );
  out += alias(
    "A letter type: what an agency sends or a mailbox provider moves.",
    "LetterType",
    "(typeof dpiTypesByKind.letter)[number]",
  );
  out += alias("A receipt type (kind receipt: not feil).", "ReceiptType", "(typeof dpiTypesByKind.receipt)[number]");
  out += constant(
    "The receipt types (kind receipt), in catalogue order.",
    "receiptTypes",
    null,
    "dpiTypesByKind.receipt",
  );
  out += constant(
    "What answers a letter: every receipt type and feil.",
    "answerTypes",
    null,
    asTuple([...byKind.receipt, ...byKind.error], "DpiType"),
  );
  out += constant(
    "The letters an agency sends: the ones that start a conversation and its status flow.",
    "agencyLetterTypes",
    null,
    asTuple(agencyLetters, "LetterType"),
  );
  if (moves) out += flyttetFields(sources);
  out += constant(
    "The DPI process identifiers by name.",
    "processes",
    null,
    `${json(Object.fromEntries(Object.entries(catalogue.processes).map(([k, p]) => [k, p.identifier])))} as const`,
  );
  out +=
    `/** headerVersion and typeVersion written on the DPI wire. */\nexport const headerVersion ` +
    `= ${lit(catalogue.headerVersion)};\nexport const typeVersion = ${lit(catalogue.typeVersion)};\n\n`;
  out += alias("The code of a strict overlay rule.", "StrictRuleCode", union(rules.map((r) => r.code)));
  out += constant("The strict profile's overlay rules.", "strictRules", "readonly StrictRuleInfo[]", json(ruleRows));
  return [{ path: `${OUT}/catalogue.ts`, content: out, symbols: 20 }];
}
