// Copies the generated plain-JavaScript modules (and their .d.ts) from src/generated to dist/generated
// byte for byte: tsc does not copy them, and re-printing would double their size.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const src = join(process.cwd(), "src/generated");
const dist = join(process.cwd(), "dist/generated");
mkdirSync(dist, { recursive: true });
for (const f of readdirSync(src)) {
  if (f.endsWith(".js") || f.endsWith(".d.ts")) copyFileSync(join(src, f), join(dist, f));
}
