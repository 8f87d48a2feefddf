import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultScenarioTable, scenarioTableMarkdown } from "../src/index.js";

const root = join(import.meta.dirname, "../../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## For integrators"), readme.indexOf("## For testers"));
const cliBuilt = existsSync(join(root, "packages/cli/dist/main.js"));
if (!cliBuilt) console.warn("skipped: the README walk-through needs packages/cli/dist (run npm run build)");

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

describe("README: the simulator section", () => {
  it("shows the scenario table exactly as scenarios.json gives it", () => {
    const shown = /<!-- scenario-table[^>]*-->\n([\s\S]*?)\n<!-- \/scenario-table -->/.exec(section)?.[1];
    const table = scenarioTableMarkdown(defaultScenarioTable());
    expect(table.ok && table.markdown).toBe(shown);
  });

  it.skipIf(!cliBuilt)(
    "the walk-through works as written (in a scratch folder, on a free port)",
    { timeout: 120_000 },
    async () => {
      const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
      const dir = mkdtempSync(join(tmpdir(), "sim-readme-"));
      const port = String(await freePort());
      // The same commands, with the state folder and port moved; `kill %1` needs job control, so `set -m`.
      const script = [
        "set -em",
        `cd ${JSON.stringify(root)}`,
        block.replaceAll(".simulator", join(dir, "state")).replaceAll("8787", port),
      ]
        .join("\n")
        .replace(
          /^(npx innbyggerpost simulate --port.*)&(.*)$/m,
          "$1> " +
            join(dir, "sim.log") +
            " 2>&1 & sleep 1; for i in $(seq 100); do grep -q url " +
            join(dir, "sim.log") +
            " && break; sleep 0.2; done$2",
        );
      try {
        const out = execFileSync("bash", ["-c", script], { encoding: "utf8", timeout: 110_000 });
        expect(out).toContain("state    LEST (terminal)");
        expect(readFileSync(join(dir, "sim.log"), "utf8").split("\n")[0]).toContain('"tokenUrl"');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
