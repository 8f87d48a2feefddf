/**
 * What a user gets from npm: each package is packed as `npm publish` would, checked by
 * @arethetypeswrong/cli and publint, installed from the tarballs into a scratch project (offline: the
 * dependencies are packed from node_modules, so no registry and no npm cache is involved) and used
 * from ESM, from CommonJS `require()` and from TypeScript. This is the check that
 * would have caught the broken exports map of einnsyn-sdk-typescript 1.3.1 (spec/peers.md §B).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeBlocks } from "../support/readme.js";
import { repoRoot } from "../support/shared.js";
import { dependencyClosure, packAll, packages, packInstalled, run, runStatus } from "./support.js";
import type { InstalledPackage } from "./support.js";

/** Every subpath the contracts package exports (besides ./package.json and the JSON files). */
const contractsEntries = ["", "/types", "/validators", "/guards", "/arbitraries", "/typebox", "/schemas"];
const specifiers = [
  ...contractsEntries.map((e) => `@innbyggerpost/contracts${e}`),
  "@innbyggerpost/runtime",
  "@innbyggerpost/cli",
];

let packed: ReturnType<typeof packAll>;
beforeAll(() => {
  packed = packAll();
}, 60_000);
afterAll(() => packed?.cleanup());

describe.each(packages.map((p) => p.name))("%s tarball", (name) => {
  it("passes @arethetypeswrong/cli (profile esm-only) with nothing but the two problems that profile ignores", () => {
    // The packages are ESM-only ("type": "module", one "default" condition per entry). attw's esm-only
    // profile ignores exactly two resolutions: node10 (moduleResolution "node", which predates `exports`
    // and cannot see subpaths at all) and node16-cjs (TypeScript's model of require(), which predates
    // require(esm)). Real CommonJS consumers on Node >= 20.19 are covered below by actually calling
    // require(), and TypeScript CJS consumers by compiling a .cts file under module nodenext.
    const attw = join(repoRoot, "node_modules/.bin/attw");
    const r = runStatus(attw, [packed.tarballs[name], "--profile", "esm-only", "--format", "json"], packed.dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      problems?: Record<string, { kind: string; resolutionKind: string; entrypoint: string }[]>;
    };
    const problems = Object.values(report.problems ?? {}).flat();
    const unexpected = problems.filter(
      (p) =>
        !(p.resolutionKind === "node10" && p.kind === "NoResolution") &&
        !(p.resolutionKind === "node16-cjs" && p.kind === "CJSResolvesToESM"),
    );
    expect(unexpected).toEqual([]);
  });

  it("passes publint with no message at all (strict: warnings are errors; suggestions fail too)", async () => {
    const tarball = readFileSync(packed.tarballs[name]);
    const { messages, pkg } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer,
      },
      strict: true,
      level: "suggestion",
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`)).toEqual([]);
  });
});

describe("the contracts tarball", () => {
  it("ships the JSON Schemas, the type declarations and no tests", () => {
    const list = run("tar", ["-tzf", packed.tarballs["@innbyggerpost/contracts"]], packed.dir).split("\n");
    expect(list).toContain("package/schemas/dpi/digital.schema.json");
    expect(list).toContain("package/schemas/common/sbdh.schema.json");
    for (const e of ["index", "types", "validators", "guards", "arbitraries", "typebox", "schemas"]) {
      expect(list).toContain(`package/dist/${e}.js`);
      expect(list).toContain(`package/dist/${e}.d.ts`);
    }
    expect(list.filter((f) => /\.test\.|\/test\//.test(f))).toEqual([]);
  });
});

describe("installed from the tarballs into a scratch project", () => {
  let scratch: string;
  let deps: InstalledPackage[];
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "innbyggerpost-consumer-"));
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    // Every dependency and peer of our packages (the optional peers typebox and fast-check too), with what
    // they depend on, at the versions the lockfile installed, packed out of node_modules: the install
    // below needs nothing from the registry or the npm cache.
    const wanted = packages.map((p) => {
      const text = readFileSync(join(repoRoot, p.dir, "package.json"), "utf8");
      const manifest = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
      return {
        from: p.dir,
        names: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
      };
    });
    deps = dependencyClosure(wanted);
    const depTarballs = packInstalled(deps, packed.dir);
    const ours = packages.map((p) => packed.tarballs[p.name]);
    const overrides = Object.fromEntries(
      deps.flatMap((d, i) => (d.override ? [[d.name, `file:${depTarballs[i]}`]] : [])),
    );
    const manifest = { name: "consumer", version: "1.0.0", private: true, overrides };
    writeFileSync(join(scratch, "package.json"), JSON.stringify(manifest));
    const quiet = ["--offline", "--no-audit", "--no-fund", "--ignore-scripts"];
    // An overridden package comes in through its override only (npm refuses an override that differs
    // from a direct dependency's spec).
    const direct = depTarballs.filter((_, i) => !deps[i]!.override);
    run("npm", ["install", ...quiet, ...ours, ...direct], scratch);
  }, 90_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("holds exactly the dependency versions the lockfile installed, fast-check's pure-rand included", () => {
    expect(deps.map((d) => d.name)).toEqual(expect.arrayContaining(["fast-check", "pure-rand", "typebox", "jose"]));
    for (const d of deps) {
      const installed = readFileSync(join(scratch, "node_modules", d.name, "package.json"), "utf8");
      expect((JSON.parse(installed) as { version: string }).version, d.name).toBe(d.version);
    }
  });

  /** What the consumer scripts print: each module's export names, and what a few calls return. */
  const probe = (load: string) => `
const specifiers = ${JSON.stringify(specifiers)};
const out = {};
for (const s of specifiers) out[s] = Object.keys(mods[s]).sort();
const c = mods["@innbyggerpost/contracts"];
const fc = mods["fast-check"];
const { arbitraryMessage } = mods["@innbyggerpost/contracts/arbitraries"];
const { Compile } = mods["typebox/compile"];
const tb = mods["@innbyggerpost/contracts/typebox"];
const sch = mods["@innbyggerpost/contracts/schemas"];
const fs = mods["node:fs"];
tb.useWireFormats();
const sample = fc.sample(arbitraryMessage("digital"), { numRuns: 5, seed: 42 });
out.samplesValid = sample.map((m) => c.validate(m).ok && mods["@innbyggerpost/contracts/validators"].validateDigital(m).ok);
out.typeboxAgrees = sample.map((m) => Compile(tb.DigitalMessage).Check(m));
out.guard = sample.map((m) => mods["@innbyggerpost/contracts/guards"].isDigitalMessage(m));
out.rejects = c.validate(42);
out.standard = c.validateDigital["~standard"].validate({}).issues.length > 0 && c.validateDigital["~standard"].vendor;
out.schemaFilesShipped = Object.keys(sch.schemaFiles).map((id) => JSON.parse(fs.readFileSync(sch.schemaFileUrl(id), "utf8")).$id === id);
out.schemaEmbeddedEqualsFile = Object.keys(sch.schemas).every((id) => JSON.stringify(JSON.parse(fs.readFileSync(sch.schemaFileUrl(id), "utf8"))) === JSON.stringify(sch.schemas[id]));
out.cliMain = typeof mods["@innbyggerpost/cli"].main;
console.log(JSON.stringify(out));
${load}`;

  const all = [...specifiers, "fast-check", "typebox/compile", "node:fs"];

  it("imports every entry point from ESM and gets working validators, guards, TypeBox, arbitraries and schemas", () => {
    const file = join(scratch, "consumer.mjs");
    writeFileSync(
      file,
      `${all.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}\nconst mods = { ${all.map((s, i) => `${JSON.stringify(s)}: m${i}`).join(", ")} };\n${probe("")}`,
    );
    const out = JSON.parse(run("node", [file], scratch));
    expect(out.samplesValid).toEqual([true, true, true, true, true]);
    expect(out.typeboxAgrees).toEqual([true, true, true, true, true]);
    expect(out.guard).toEqual([true, true, true, true, true]);
    expect(out.rejects).toMatchObject({ ok: false, errors: [{ code: "not-an-object" }] });
    expect(out.standard).toBe("innbyggerpost");
    expect(out.schemaFilesShipped.length).toBe(11);
    expect(out.schemaFilesShipped.every(Boolean)).toBe(true);
    expect(out.schemaEmbeddedEqualsFile).toBe(true);
    expect(out.cliMain).toBe("function");
    for (const e of ["validate", "validateDigital", "isDigitalMessage", "catalogue"])
      expect(out["@innbyggerpost/contracts"]).toContain(e);
    expect(out["@innbyggerpost/contracts/typebox"]).toContain("DigitalMessage");
    expect(out["@innbyggerpost/contracts/arbitraries"]).toContain("arbitraryMessage");
  });

  it("require()s every entry point from CommonJS (Node >= 20.19 require(esm)) with the same exports and behaviour", () => {
    const esm = join(scratch, "consumer.mjs");
    const cjs = join(scratch, "consumer.cjs");
    writeFileSync(
      cjs,
      `const mods = { ${all.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(", ")} };\n${probe("")}`,
    );
    const fromCjs = JSON.parse(run("node", [cjs], scratch));
    const fromEsm = JSON.parse(run("node", [esm], scratch));
    expect(fromCjs).toEqual(fromEsm);
    expect(fromCjs.samplesValid).toEqual([true, true, true, true, true]);
  });

  it("type-checks a TypeScript consumer (.mts and .cts, module nodenext) and compiles and runs the README's checked examples", () => {
    const ts = `
import type { DigitalMessage, DpiMessage } from "@innbyggerpost/contracts/types";
import { validate, validateDigital, type DpiValidator } from "@innbyggerpost/contracts/validators";
import { isDigitalMessage } from "@innbyggerpost/contracts/guards";
import { DigitalMessage as DigitalSchema } from "@innbyggerpost/contracts/typebox";
import { messageSchemaIds, schemas } from "@innbyggerpost/contracts/schemas";
import { arbitraryMessage } from "@innbyggerpost/contracts/arbitraries";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Static } from "typebox";
import type * as fc from "fast-check";
const schema: StandardSchemaV1<DigitalMessage> = validateDigital;
const any: DpiValidator = validate;
export function first(x: unknown): string | undefined {
  const r = validateDigital(x);
  if (r.ok) return r.message.standardBusinessDocument.digital.spraak;
  if (isDigitalMessage(x)) return x.standardBusinessDocument.digital.ikkesensitivtittel;
  return r.errors[0]?.pointer;
}
export const fromTypeBox: Static<typeof DigitalSchema> | undefined = undefined as DigitalMessage | undefined;
export const arb: fc.Arbitrary<DigitalMessage> = arbitraryMessage("digital");
export const id: string = schemas[messageSchemaIds.digital].$id;
export const msg: DpiMessage | undefined = undefined;
export { schema, any };
`;
    writeFileSync(join(scratch, "esm.mts"), ts);
    // fast-check ships separate CJS and ESM declarations; a .cts file must ask for the ESM ones that our
    // (ESM) declarations use, or the two Arbitrary classes differ by a private field.
    writeFileSync(
      join(scratch, "cjs.cts"),
      ts.replace(
        'import type * as fc from "fast-check";',
        'import type * as fc from "fast-check" with { "resolution-mode": "import" };',
      ),
    );
    const readme = readmeBlocks("ts");
    expect(readme.length).toBeGreaterThanOrEqual(5);
    readme.forEach((code, i) => {
      writeFileSync(join(scratch, `readme-${i}.mts`), code);
    });
    // One compiler run for all of it: type-checking TypeBox's and fast-check's types is the slow part.
    const tsc = join(repoRoot, "node_modules/.bin/tsc");
    const files = ["esm.mts", "cjs.cts", ...readme.map((_, i) => `readme-${i}.mts`)];
    run(
      tsc,
      [
        "--strict",
        "--skipLibCheck",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--types",
        "node",
        "--typeRoots",
        join(repoRoot, "node_modules/@types"),
        "--outDir",
        "out",
        ...files,
      ],
      scratch,
    );
    for (let i = 0; i < readme.length; i++) run("node", [join(scratch, "out", `readme-${i}.mjs`)], scratch);
  }, 120_000);

  it("runs the innbyggerpost command from the installed bin", () => {
    const bin = join(scratch, "node_modules/.bin/innbyggerpost");
    const help = runStatus(bin, ["--help"], scratch);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: innbyggerpost/);
    writeFileSync(join(scratch, "not-a-message.json"), JSON.stringify({ hello: "world" }));
    const r = runStatus(bin, ["validate", "not-a-message.json", "--json"], scratch);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: "not-a-message.json", valid: false });
  });
});
