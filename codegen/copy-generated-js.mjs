// Copies the generated plain-JavaScript modules (and their .d.ts) from src/generated to dist/generated:
// tsc does not copy them. The sources are formatted for reading; the shipped JavaScript has its
// whitespace removed (esbuild minifyWhitespace: same code, no renaming) and keeps the banner.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const src = join(process.cwd(), "src/generated");
const dist = join(process.cwd(), "dist/generated");
mkdirSync(dist, { recursive: true });
for (const f of readdirSync(src)) {
  if (f.endsWith(".d.ts")) copyFileSync(join(src, f), join(dist, f));
  else if (f.endsWith(".js")) {
    const text = readFileSync(join(src, f), "utf8");
    const banner = text
      .split("\n")
      .filter((l, i, a) => l.startsWith("//") && a.slice(0, i).every((x) => x.startsWith("//")));
    const code = transformSync(text, {
      minifyWhitespace: true,
      format: "esm",
      legalComments: "none",
      target: "es2022",
    }).code;
    writeFileSync(join(dist, f), `${banner.join("\n")}\n${code}`);
  }
}
