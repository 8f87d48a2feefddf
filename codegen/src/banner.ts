/** The first lines of every generated file: what it was generated from and by what. */
export function banner(sources: string[], comment: "//" | "#" = "//"): string {
  return [
    `${comment} generated — do not edit.`,
    `${comment} Source: ${sources.join(", ")}`,
    `${comment} Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.`,
    "",
  ].join("\n");
}
