import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./shared.js";

/**
 * The README's code blocks in one language whose info string says `checked` (```` ```ts checked ````),
 * in order: the examples a test compiles and runs. The word does not show when the README is rendered.
 */
export function readmeBlocks(lang: string): string[] {
  const text = readFileSync(join(repoRoot, "README.md"), "utf8");
  return [...text.matchAll(new RegExp(`\`\`\`${lang} checked\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1]!);
}
