import type { GeneratedFile, Sources } from "../sources/model.js";
import type { FlowRow } from "../sources/status.js";
import { banner, section, table } from "./helpers.js";
import { STATUS_DOCS } from "./paths.js";

const mid = (id: string) => id.normalize("NFD").replace(/[^A-Za-z0-9_]/g, "_");

/** A Mermaid stateDiagram-v2 of one flow: moving transitions as edges, terminal and soft states marked. */
export function mermaid(f: FlowRow): string {
  const lines = [
    "stateDiagram-v2",
    "  direction LR",
    "  classDef terminal fill:#f4cccc,stroke:#990000",
    "  classDef soft fill:#fff2cc,stroke:#b45f06",
  ];
  for (const s of f.states) {
    const status = s.status && s.status !== s.id ? ` (${s.status})` : "";
    const label = `${s.id}${status}${s.supported === false ? " [not supported]" : ""}`;
    lines.push(`  state "${label.replace(/"/g, "'")}" as ${mid(s.id)}`);
  }
  lines.push(`  [*] --> ${mid(f.initial)}`);
  const edges = new Map<string, string[]>();
  const label = new Map(f.triggers.map((t) => [t.id, t.id.replace(/:/g, "/")]));
  for (const s of f.states) {
    for (const [on, to] of Object.entries(f.transitions[s.id] ?? {})) {
      if (to === s.id) continue;
      const key = `${mid(s.id)} --> ${mid(to)}`;
      edges.set(key, [...(edges.get(key) ?? []), label.get(on)!]);
    }
  }
  for (const [k, ls] of edges) lines.push(`  ${k}: ${ls.join(", ")}`);
  for (const s of f.states) if (s.terminal) lines.push(`  ${mid(s.id)} --> [*]`);
  const terminal = f.states.filter((s) => s.terminal).map((s) => mid(s.id));
  const soft = f.states.filter((s) => s.soft).map((s) => mid(s.id));
  if (terminal.length) lines.push(`  class ${terminal.join(",")} terminal`);
  if (soft.length) lines.push(`  class ${soft.join(",")} soft`);
  return lines.join("\n");
}

function flowDoc(f: FlowRow, pages: Sources["status"]["eformidling"]["pages"]): string {
  const triggers = f.triggers.map((t) => t.id);
  const parts = [
    `## ${f.title}`,
    "",
    `Flow id \`${f.id}\`, side: ${f.side}. Source: ${f.source}.`,
    "",
    "```mermaid",
    mermaid(f),
    "```",
    "",
    "Red: terminal (no event changes the status any more). Yellow: soft (finished for now, later " +
      "events can still change it). Transitions that keep the state are listed below, not drawn.",
    "",
    "### States",
    "",
    table(
      [
        "State",
        "eFormidling status",
        "Logged by",
        "Description (Norwegian, verbatim)",
        "Terminal",
        "Soft",
        "Resend",
        "Page",
        "Note",
      ],
      f.states.map((s) => [
        `\`${s.id}\``,
        s.status,
        s.loggedBy,
        s.description,
        s.terminal ? "yes" : "no",
        s.soft ? "yes" : "no",
        s.resend,
        s.seed === null ? null : `[${pages[s.seed]!.title}](${pages[s.seed]!.url})`,
        [s.supported === false ? "**not supported upstream**" : "", s.note ?? ""].filter(Boolean).join(" "),
      ]),
    ),
    "",
    "### Transitions",
    "",
    "Rows: current state. Columns: trigger. A cell is the next state; `=` keeps the event without " +
      "changing the status; `✗` is impossible and reported as an anomaly.",
    "",
    table(
      ["State \\ trigger", ...triggers.map((t) => `\`${t}\``)],
      f.states.map((s) => [
        `\`${s.id}\``,
        ...triggers.map((t) => {
          const to = f.transitions[s.id]?.[t];
          return to === undefined ? "✗" : to === s.id ? "=" : to;
        }),
      ]),
    ),
    ...section(
      "### Triggers",
      table(
        ["Trigger", "Leads to", "What"],
        f.triggers.map((t) => [`\`${t.id}\``, t.to, t.label]),
      ),
    ),
  ];
  if (f.expiry)
    parts.push(
      "",
      `Expiry: trigger \`${f.expiry.trigger}\` when the expected response time passes (default ` +
        `${f.expiry.defaultTtlHours} h). ${f.expiry.source}.`,
    );
  for (const r of f.synthetic)
    parts.push(
      "",
      `Synthetic \`${r.state}\`: entering ${r.before.join("/")} from ${r.from.join("/")} inserts ` +
        `\`${r.state}\` at ${r.offsetMs} ms, unless any ${r.unlessAnyTrigger.join("/")} event exists. ${r.reason}.`,
    );
  return parts.join("\n");
}

/** docs/status/: a page per service (Mermaid diagrams, state, transition and trigger tables) and the mapping index. */
export function emitStatusDocs(sources: Sources): GeneratedFile[] {
  const src = sources.status;
  const files: GeneratedFile[] = [];
  for (const svc of src.services) {
    const file = `schemas/status/${svc.service.toLowerCase()}.json`;
    const content =
      `${banner([file], "md")}# ${svc.service}: ` +
      `${svc.title}\n\n${svc.flows.map((f) => flowDoc(f, src.eformidling.pages)).join("\n\n")}\n`;
    files.push({ path: `${STATUS_DOCS}/${svc.service.toLowerCase()}.md`, content, symbols: svc.flows.length });
  }
  const m = src.mapping;
  const fl = src.flyttet;
  const index = [
    banner(
      ["schemas/status/eformidling.json", "schemas/status/dpi-mapping.json", "schemas/status/flyttet.json"],
      "md",
    ).trimEnd(),
    "",
    "# eFormidling statuses and the DPI mapping",
    "",
    `Per-service diagrams and transition tables: ` +
      `${src.services.map((s) => `[${s.service}](./${s.service.toLowerCase()}.md)`).join(", ")}.`,
    "",
    "## eFormidling statuses",
    "",
    table(
      ["Status", "Meaning", "Finished (reference)"],
      src.eformidling.statuses.map((s) => [`\`${s.status}\``, s.meaning, s.finished ? "yes" : "no"]),
    ),
    "",
    "## DPI receipts → eFormidling status",
    "",
    `Time: reference: ${m.receiptTime.reference}; here: ${m.receiptTime.ours}.`,
    "",
    table(
      ["DPI type", "Status", "Description (verbatim)", "Meaning"],
      [
        ...m.receipts.map((r) => [`\`${r.type}\``, r.status, r.description, r.meaning]),
        ["any other input", m.unknownReceipt.status, m.unknownReceipt.description, m.unknownReceipt.meaning],
      ],
    ),
    "",
    "## Access-point API statuses → eFormidling status",
    "",
    `Time: reference: ${m.apiStatusTime.reference}; here: ${m.apiStatusTime.ours}.`,
    "",
    table(
      ["API status", "Status", "Description (verbatim)", "Meaning", "Reference time"],
      [
        ...m.apiStatuses.map((a) => [`\`${a.apiStatus}\``, a.status, a.description, a.meaning, a.referenceTime]),
        (({ status, description, meaning }) => ["any other value", status, description, meaning, "–"])(
          m.unknownApiStatus,
        ),
      ],
    ),
    "",
    "## feiltype",
    "",
    table(
      ["feiltype", "Blame", "Retry can help", "Resend", "Description (verbatim)", "Meaning"],
      m.feiltyper.map((f) => [
        `\`${f.feiltype}\``,
        f.blame,
        f.retryable ? "yes" : "no",
        f.resend,
        f.description,
        f.meaning,
      ]),
    ),
    "",
    "## Flyttet: which letters may be moved",
    "",
    "May be moved:",
    "",
    ...fl.mayMove.map((r) => `- ${r.text}`),
    ...section(
      "May not be moved (each reported with its code):",
      table(
        ["Code", "Text (verbatim)", "Why"],
        fl.mayNotMove.map((r) => [`\`${r.code}\``, r.text, r.why]),
      ),
    ),
    "",
    `Delivery time of the moved letter: ${fl.deliveryTime.rule} (${fl.deliveryTime.source}).`,
    "",
  ].join("\n");
  files.push({ path: `${STATUS_DOCS}/README.md`, content: index, symbols: 0 });
  return files;
}
