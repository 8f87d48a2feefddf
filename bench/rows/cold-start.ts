import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hasDigdir, digdirDir, repoRoot } from "../../test/support/shared.js";
import type { BenchMode, Row } from "../harness.js";

const contracts = join(repoRoot, "packages/contracts/dist/index.js");
const validatorsEntry = join(repoRoot, "packages/contracts/dist/validators.js");

/** Milliseconds a fresh Node process spends in `body` (an ES module snippet), median of `runs` processes. */
function freshProcessMs(body: string, runs: number): number {
  const script = `const t0 = performance.now();\n${body}\nconsole.log(performance.now() - t0);`;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
    samples.push(Number(out.trim().split("\n").pop()));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Cold start (what importing all nine validators adds to a fresh process, vs ajv compiling all schemas) and size. */
export async function coldStartRows(mode: BenchMode): Promise<Row[]> {
  const runs = mode.smoke ? 1 : 15;
  // A fresh process pays for the ES module loader on its first import whatever it imports; that is not ours.
  const empty = freshProcessMs(`await import("data:text/javascript,export default 1");`, runs);
  const ours = freshProcessMs(`await import(${JSON.stringify(validatorsEntry)});`, runs) - empty;
  const whole = freshProcessMs(`await import(${JSON.stringify(contracts)});`, runs) - empty;
  const schemaDirs = hasDigdir ? [join(digdirDir, "schemas/common"), join(digdirDir, "schemas/dpi")] : [join(repoRoot, "schemas/common"), join(repoRoot, "schemas/dpi")];
  const ajv = freshProcessMs(
    `const { default: Ajv } = await import("ajv"); const { default: addFormats } = await import("ajv-formats");
     const fs = await import("node:fs"); const path = await import("node:path");
     const ajv = new Ajv({ strict: false }); addFormats(ajv);
     const ids = [];
     for (const d of ${JSON.stringify(schemaDirs)}) for (const f of fs.readdirSync(d)) { const s = JSON.parse(fs.readFileSync(path.join(d, f), "utf8")); ajv.addSchema(s); ids.push(s.$id); }
     for (const id of ids) ajv.getSchema(id);`,
    runs,
  ) - empty;
  const files = ["validators.js", "validators-first-error.js", "strict-rules.js"].map((f) => join(repoRoot, "packages/contracts/dist/generated", f));
  // The helpers the emitted validators import (see RUNTIME_IMPORTS in codegen/src/standalone.ts).
  const support = ["ucs2length.js", "formats.js"].map((f) => join(repoRoot, "packages/contracts/dist/support", f));
  const gz = gzipSync(Buffer.concat([...files, ...support].map((f) => readFileSync(f))), { level: 9 }).length;
  const baseline = hasDigdir ? "ajv: create + compile all official schemas" : "ajv: create + compile all our schemas";
  return [
    {
      section: "cold start",
      name: "import @innbyggerpost/contracts/validators (all nine, both modes, strict rules), fresh process, minus an empty import",
      measured: `${ours.toFixed(1)} ms`,
      baseline: `${ajv.toFixed(1)} ms (${baseline})`,
      value: mode.smoke ? Number.NaN : ours / ajv,
      target: "≤ 0.10×",
      met: (v) => v <= 0.1,
    },
    {
      section: "cold start",
      name: "import time, absolute",
      measured: `${ours.toFixed(1)} ms`,
      baseline: "-",
      value: mode.smoke ? Number.NaN : ours,
      target: "≤ 15 ms",
      met: (v) => v <= 15,
    },
    {
      section: "cold start",
      name: "import @innbyggerpost/contracts (everything: + guards, status tables), absolute",
      measured: `${whole.toFixed(1)} ms`,
      baseline: "-",
      value: mode.smoke ? Number.NaN : whole,
      target: "reported",
      met: () => true,
    },
    {
      section: "size",
      name: "all validators (both modes, strict rules, helpers), gzip -9",
      measured: `${(gz / 1024).toFixed(1)} KB`,
      baseline: "nine ajv modules ≈ 54 KB",
      value: gz / 1024,
      target: "≤ 30 KB",
      met: (v) => v <= 30,
    },
  ];
}
