/**
 * Cold start: what importing the validators adds to a bare `node` start. Whole processes are timed from
 * outside, in pairs (bare, then with the import, the order alternating), so both halves of a pair meet
 * the same machine; the figure is the median of the pairs' added fraction.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hasDigdir, digdirDir, repoRoot } from "../../test/support/shared.js";
import { median, spreadOf, type BenchRows, type Row } from "../harness.js";

const dist = join(repoRoot, "packages/contracts/dist");
const PAIRS = { smoke: 1, quick: 10, full: 30 } as const;

function wallMs(file: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [file], { cwd: repoRoot, stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${file} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Added fraction over a bare start, median over pairs; spread over three groups of pairs. */
function added(
  bare: string,
  file: string,
  pairs: number,
): { value: number; spread: number; bareMs: number; withMs: number } {
  const fractions: number[] = [];
  const bares: number[] = [];
  const withs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    let b: number;
    let w: number;
    if (i % 2) {
      b = wallMs(bare);
      w = wallMs(file);
    } else {
      w = wallMs(file);
      b = wallMs(bare);
    }
    bares.push(b);
    withs.push(w);
    fractions.push(w / b - 1);
  }
  const third = Math.max(1, Math.floor(pairs / 3));
  const groups = [0, 1, 2]
    .map((g) => median(fractions.slice(g * third, (g + 1) * third)))
    .filter((x) => !Number.isNaN(x));
  return { value: median(fractions), spread: spreadOf(groups), bareMs: median(bares), withMs: median(withs) };
}

export const rows: BenchRows = {
  measure: ({ mode }) => {
    const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-cold-"));
    try {
      const write = (name: string, body: string) => {
        const f = join(dir, name);
        writeFileSync(f, body);
        return f;
      };
      const url = (p: string) => JSON.stringify(pathToFileURL(p).href);
      const bare = write("bare.mjs", "");
      const validators = write("validators.mjs", `import ${url(join(dist, "validators.js"))};\n`);
      const whole = write("whole.mjs", `import ${url(join(dist, "index.js"))};\n`);
      const schemaDirs = hasDigdir
        ? ["common", "dpi"].map((d) => join(digdirDir, "schemas", d))
        : ["common", "dpi"].map((d) => join(repoRoot, "schemas", d));
      const ajv = write(
        "ajv.mjs",
        `import { createRequire } from "node:module"; import fs from "node:fs"; import path from "node:path";
const require = createRequire(${url(join(repoRoot, "package.json"))});
const Ajv = require("ajv").default; const addFormats = require("ajv-formats").default;
const ajv = new Ajv({ strict: false }); addFormats(ajv); const ids = [];
for (const d of ${JSON.stringify(schemaDirs)}) for (const f of fs.readdirSync(d)) {
  const s = JSON.parse(fs.readFileSync(path.join(d, f), "utf8")); ajv.addSchema(s); ids.push(s.$id);
}
for (const id of ids) ajv.getSchema(id);\n`,
      );
      const pairs = PAIRS[mode];
      const smoke = mode === "smoke";
      const row = (name: string, file: string, target: Row["target"]): Row => {
        const a = added(bare, file, pairs);
        return {
          section: "cold start",
          name,
          detail: `${a.withMs.toFixed(1)} ms vs bare node ${a.bareMs.toFixed(1)} ms (${pairs} pairs)`,
          value: smoke ? Number.NaN : a.value * 100,
          spread: smoke ? Number.NaN : a.spread,
          target,
        };
      };
      return [
        row("import @innbyggerpost/contracts/validators: added to a bare node start", validators, {
          atMost: 15,
          unit: " %",
        }),
        row("import @innbyggerpost/contracts (everything): added", whole, { unit: " %" }),
        row(`ajv + ajv-formats compiling all ${hasDigdir ? "official" : "our"} schemas: added`, ajv, { unit: " %" }),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
