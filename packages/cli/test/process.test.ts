/**
 * The CLI as a process: the committed bin launcher, closed and full stdout (never a stack trace), and the
 * README's CLI lines run as written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { launcher, repoRoot, spawnCli } from "./support/cli.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8"));
const example = join(repoRoot, "schemas/examples/digital.json");
const bash = (script: string) => spawnSync("bash", ["-c", script], { encoding: "utf8", cwd: repoRoot });
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe("the bin launcher", () => {
  it("is what package.json's bin names, committed and executable, so npm ci links it before any build", () => {
    expect(pkg.bin).toEqual({ innbyggerpost: "./bin/innbyggerpost.js" });
    expect(pkg.files).toContain("bin");
    const staged = spawnSync("git", ["ls-files", "-s", "packages/cli/bin/innbyggerpost.js"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(staged.stdout).toMatch(/^100755 /);
  });

  it("runs the built CLI", () => {
    const r = spawnCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${pkg.version}\n`);
  });

  it("says to run npm run build when dist is missing, exit 2, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "innbyggerpost-unbuilt-"));
    try {
      mkdirSync(join(dir, "bin"));
      copyFileSync(launcher, join(dir, "bin/innbyggerpost.js"));
      const r = spawnSync(process.execPath, [join(dir, "bin/innbyggerpost.js"), "--help"], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/not built yet .* run `npm run build`/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("write errors", () => {
  // Well over a pipe's 64 KiB buffer, so that writes are still pending when head exits.
  // Relative to repoRoot (bash's cwd), so the script stays under Linux's 128 KiB limit for one argument
  // wherever the repository is cloned.
  const many = Array.from({ length: 3000 }, () => "schemas/examples/digital.json").join(" ");

  it("a reader that goes away (| head) ends output quietly, keeping the command's exit code", () => {
    const r = bash(
      `"${process.execPath}" "${launcher}" validate --json ${many} | head -n 1 >/dev/null; ` +
        `echo "rc=\${PIPESTATUS[0]}" >&2`,
    );
    expect(r.stderr).toBe("rc=0\n");
    const human = bash(
      `"${process.execPath}" "${launcher}" validate ${many} | head -n 1; echo "rc=\${PIPESTATUS[0]}" >&2`,
    );
    expect(human.stdout).toMatch(/^valid +.*digital\.json/);
    expect(human.stderr).toBe("rc=0\n");
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk (> /dev/full) gives one line on stderr and exit 2", () => {
    for (const args of [`validate --json ${many}`, "--help", `status ${example}`]) {
      const r = bash(`"${process.execPath}" "${launcher}" ${args} > /dev/full`);
      expect(r.status, args).toBe(2);
      expect(r.stderr).toMatch(/^innbyggerpost: cannot write the output: .*ENOSPC.*\n$/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

/** The shell lines of the README's CLI section, each as written. */
function readmeLines(): string[] {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## For operators: the CLI"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.split("\n").filter((l) => l.startsWith("npx innbyggerpost"));
}

describe("the README's CLI lines", () => {
  const lines = readmeLines();
  it("are there: --help, --version, every command, standard input", () => {
    const all = lines.join("\n");
    for (const want of ["--help", "--version", " validate ", " receipt ", " status ", " - "])
      expect(all).toContain(want);
  });

  it.each(lines)("runs as written (through the launcher): %s", (line) => {
    const r = bash(line.replace(/^npx innbyggerpost/, `"${process.execPath}" "${launcher}"`).replace(/\s+#.*$/, ""));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  const linked = existsSync(join(repoRoot, "node_modules/.bin/innbyggerpost"));
  if (!linked)
    console.warn(
      "node_modules/.bin/innbyggerpost is not linked (node_modules predates the bin launcher): run npm ci; " +
        "the npx check is skipped",
    );
  it.skipIf(!linked)("npx innbyggerpost resolves to the launcher", () => {
    const r = bash("npx --no-install innbyggerpost --version");
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
