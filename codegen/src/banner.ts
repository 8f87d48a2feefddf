/** The first lines of every generated file: what it was generated from and by what. */
export function banner(sources: string[], comment: "//" | "#" = "//"): string {
  return [
    `${comment} generated — do not edit.`,
    `${comment} Source: ${sources.join(", ")}`,
    `${comment} Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.`,
    "",
  ].join("\n");
}

/** The same banner for Markdown, as an HTML comment, so that it does not show when rendered. */
export function markdownBanner(sources: string[]): string {
  const [first, ...rest] = banner(sources, "#").trimEnd().split("\n").map((l) => l.replace(/^# /, ""));
  return [`<!-- ${first}`, ...rest.slice(0, -1), `${rest.at(-1)} -->`, ""].join("\n");
}
