/**
 * Cold start: what importing the validators adds to a bare `node` start. Whole processes run in pairs
 * (bare, then with the import, the order alternating), so both halves of a pair meet the same machine;
 * each reports its own CPU time as it exits, and the figure is the median of the pairs' added fraction
 * (wall time from outside is shown beside it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hasDigdir, digdirDir, repoRoot } from "../../test/support/shared.js";
import { median, spreadOf, type BenchRows, type Row } from "../harness.js";

const dist = join(repoRoot, "packages/contracts/dist");
// A pair's added fraction moves by several points (a start is ~75 ms of CPU, the import ~20): 30 pairs left
// the median 5 points apart between two runs, so the full run takes 100 (about 20 s per row).
const PAIRS = { smoke: 1, quick: 15, full: 100 } as const;

/**
 * What every timed process runs last: it prints its own CPU time (user + system since the process began,
 * bootstrap included, microseconds) as it exits. Bare and importing processes carry it alike.
 */
const REPORT =
  `process.on("exit", () => { const u = process.cpuUsage(); ` +
  `process.stdout.write(String(u.user + u.system)); });\n`;

/**
 * One whole process: its wall time from outside and the CPU time it reports. On a shared machine a
 * process spends much of its wall time waiting for a core, which is nobody's cost; CPU time counts what
 * the start itself does.
 */
function run(file: string): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [file], { cwd: repoRoot, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${file} exited ${r.status}`);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: Number(r.stdout) / 1000 };
}

/** Added fraction over a bare start (CPU time), median over pairs; spread over three groups of pairs. */
function added(
  bare: string,
  file: string,
  pairs: number,
): { value: number; spread: number; bareMs: number; withMs: number; wallAdded: number } {
  const fractions: number[] = [];
  const walls: number[] = [];
  const bares: number[] = [];
  const withs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate the order so that neither half always meets the machine first.
    const [b, w] = i % 2 ? [run(bare), run(file)] : [run(file), run(bare)].reverse();
    bares.push(b!.cpu);
    withs.push(w!.cpu);
    fractions.push(w!.cpu / b!.cpu - 1);
    walls.push(w!.wall / b!.wall - 1);
  }
  const third = Math.max(1, Math.floor(pairs / 3));
  const groups = [0, 1, 2]
    .map((g) => median(fractions.slice(g * third, (g + 1) * third)))
    .filter((x) => !Number.isNaN(x));
  return {
    value: median(fractions),
    spread: spreadOf(groups),
    bareMs: median(bares),
    withMs: median(withs),
    wallAdded: median(walls),
  };
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
      const bare = write("bare.mjs", REPORT);
      const validators = write("validators.mjs", `${REPORT}import ${url(join(dist, "validators.js"))};\n`);
      const whole = write("whole.mjs", `${REPORT}import ${url(join(dist, "index.js"))};\n`);
      const schemaDirs = hasDigdir
        ? ["common", "dpi"].map((d) => join(digdirDir, "schemas", d))
        : ["common", "dpi"].map((d) => join(repoRoot, "schemas", d));
      const ajv = write(
        "ajv.mjs",
        `${REPORT}import { createRequire } from "node:module"; import fs from "node:fs"; import path from "node:path";
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
          detail:
            `CPU ${a.withMs.toFixed(1)} ms vs bare node ${a.bareMs.toFixed(1)} ms (${pairs} pairs; ` +
            `wall time: +${(a.wallAdded * 100).toFixed(0)} %)`,
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
