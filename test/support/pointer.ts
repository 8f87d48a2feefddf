/** Reads, sets or deletes the value at a JSON pointer inside a plain JSON value (test helper). */
function tokens(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function getAt(value: unknown, pointer: string): unknown {
  return tokens(pointer).reduce<unknown>((v, t) => (v as Record<string, unknown>)?.[t], value);
}

export function setAt(value: unknown, pointer: string, replacement: unknown): void {
  const ts = tokens(pointer);
  const parent = getAt(value, `/${ts.slice(0, -1).join("/")}`) as Record<string, unknown>;
  parent[ts[ts.length - 1]!] = replacement;
}

export function deleteAt(value: unknown, pointer: string): void {
  const ts = tokens(pointer);
  const parent = getAt(value, ts.length > 1 ? `/${ts.slice(0, -1).join("/")}` : "") as Record<string, unknown>;
  delete parent[ts[ts.length - 1]!];
}
