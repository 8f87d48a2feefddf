/**
 * Fuzzing the built CLI's argument parsing and file handling: main(argv, io) from packages/cli/dist on
 * random argument lists made of commands, options, odd strings and hostile files (non-UTF-8 bytes, a BOM,
 * 100 000-deep JSON, a 10 MB message, __proto__ members, lone surrogate escapes, broken JWS, a directory).
 * Standard input (`-`) holds a valid message. Invariants: resolves (never rejects) to exit code 0, 1 or 2
 * within the bound; output is text without raw control characters (names and keys carry ESC, bidi
 * overrides and newlines); --json output parses; no prototype pollution; the files are not changed.
 */
import * as fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../packages/cli/dist/main.js";
import { commands } from "../../packages/cli/dist/commands/index.js";
import { arbitraryMessage } from "../../packages/contracts/src/arbitraries.js";
import { params, report, row, runs, seed, timed, timeout } from "../support/budget.js";
import { CLI_BOUND_MS, DEEP } from "./harness.js";

let dir = "";
let stdinText = "";
const files: Record<string, string> = {};

function protoState(): string {
  return [Object.prototype, Array.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join(",")).join("|");
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "innbyggerpost-fuzz-"));
  const [valid] = fc.sample(arbitraryMessage("digital"), { numRuns: 1, seed });
  const text = JSON.stringify(valid);
  stdinText = text;
  const b64 = (s: string) => Buffer.from(s).toString("base64url");
  const put = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    files[name] = join(dir, name);
  };
  put("valid.json", text);
  put("invalid.json", JSON.stringify({ standardBusinessDocument: { digital: {} } }));
  put("not-utf8.json", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]));
  put("bom.json", `\ufeff${text}`);
  put("deep.json", `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`);
  put("deep-object.json", `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`);
  put("big.json", text.replace('"ikkesensitivtittel":"', `"ikkesensitivtittel":"${"x".repeat(10 * 1024 * 1024)}`));
  put(
    "proto.json",
    '{"__proto__":{"polluted":true},"standardBusinessDocument":{"constructor":{"prototype":{"polluted":true}}}}',
  );
  put("lone.json", text.replace('"spraak":"', '"spraak":"\\ud800'));
  put("nan.json", '{"a": NaN, "b": 1e309, "c": -0}');
  put("empty.json", "");
  put("message.jwt", `${b64('{"alg":"RS256"}')}.${b64(text)}.${b64("sig")}`);
  put("bad.jwt", "a.b");
  put("garbage.jwt", "!!!.???.###");
  put("not-json-payload.jwt", `${b64("{}")}.${b64("not json")}.x`);
  put("controls\u001b[2J\u202e\n.json", text.replace('"spraak":"', '"\\u001b[2J\\u009b\\u202e":1,"spraak":"'));
  put("latin1.json", Buffer.from(text.replace('"spraak":"', '"spraak":"\u00e5'), "latin1"));
  mkdirSync(join(dir, "a-directory"));
  files["a-directory"] = join(dir, "a-directory");
  files.missing = join(dir, "no-such-file.json");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  report("cli");
});

const token = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(files)).map((k) => files[k]!) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "--profile",
        "--profile=wire",
        "--profile=strict",
        "--profile=",
        "--profile=__proto__",
        "wire",
        "strict",
        "--json",
        "--json=false",
        "-h",
        "--help",
        "--",
        "-",
        "--cert",
        "--unknown",
        "-x",
        "--constructor",
        "--__proto__",
        "--at",
        "--at=2026-02-30T00:00:00Z",
        "--at=2022-06-01T00:00:00Z",
        "--bind-sender",
        "--now=2026-11-24T12:00:00Z",
        "--now=2026-02-30T00:00:00Z",
        "--time-zone=Europe/Oslo",
        "--time-zone=Mars/Olympus",
        "--version",
      ),
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: "binary", maxLength: 10 }).map((s) => join(dir, `x${s.replace(/\u0000/g, "")}`)),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }).map((s) => `--${s.replace(/\u0000/g, "")}`) },
  );

// `simulate` runs a server until SIGINT/SIGTERM: not a command that returns (its own tests cover it).
const finite = Object.keys(commands).filter((name) => name !== "simulate");

const argv = (): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...finite) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("", "--help", "-h", "__proto__", "constructor", "VALIDATE", "validate "),
        },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      ),
      fc.array(token(), { maxLength: 6 }),
    )
    .map(([cmd, rest]) => [cmd, ...rest]);

describe(`CLI main(argv, io) (built dist, FC_SEED=${seed})`, () => {
  it(
    "random argument lists over hostile files",
    async () => {
      const r = row("cli main(argv)");
      const before = Object.fromEntries(
        Object.entries(files)
          .filter(([k]) => !["a-directory", "missing"].includes(k))
          .map(([k, p]) => [k, readFileSync(p).toString("base64")]),
      );
      await fc.assert(
        fc.asyncProperty(argv(), async (args) => {
          r.cases++;
          const out: string[] = [];
          const err: string[] = [];
          const proto = protoState();
          const started = performance.now();
          let code: unknown;
          try {
            const sink = {
              out: (t: string) => out.push(t),
              err: (t: string) => err.push(t),
              stdin: async () => Buffer.from(stdinText),
            };
            code = await main(Object.freeze([...args]) as string[], sink);
          } catch (e) {
            r.throws++;
            throw e;
          }
          const ms = performance.now() - started;
          timed("cli main(argv)", JSON.stringify(args).slice(0, 80), ms);
          if (protoState() !== proto) r.pollutions++;
          expect(protoState()).toBe(proto);
          expect(ms).toBeLessThan(CLI_BOUND_MS);
          expect([0, 1, 2]).toContain(code);
          for (const t of [...out, ...err]) {
            expect(typeof t).toBe("string");
            expect(t).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          }
          if (args.includes("--json") && !args.some((a) => a === "--help" || a === "-h") && code !== 2 && out.length) {
            const parsed = JSON.parse(out.join(""));
            if (args[0] !== "status") expect(Array.isArray(parsed)).toBe(true);
          }
        }),
        params(runs(400, 20_000)),
      );
      for (const [k, content] of Object.entries(before))
        expect(readFileSync(files[k]!).toString("base64"), `${k} changed`).toBe(content);
    },
    timeout,
  );

  it("treats Object.prototype names as unknown commands (found by this fuzzer)", async () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const err: string[] = [];
      const out: string[] = [];
      expect(await main([name, "-h"], { out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(2);
      expect(err.join("")).toContain(`unknown command ${JSON.stringify(name)}`);
      expect(out).toEqual([]);
    }
  });
});
