import AjvModule, { type Options } from "ajv";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
const standaloneCode = standaloneModule.default;
type Ajv = InstanceType<typeof Ajv>;
import type { FlatSchema } from "./flatten.js";

/**
 * ajv options shared by every emitted validator. They mirror what the official schemas are checked with
 * (ajv + ajv-formats, full formats, code-point string lengths), so our `wire` verdict equals theirs.
 * strictTypes/strictRequired are off because upstream's `varsler` has no type and the address `oneOf`
 * lists required names per branch; both are kept for wire compatibility.
 */
export function createAjv(allErrors: boolean): Ajv {
  const options: Options = {
    allErrors,
    strictTypes: false,
    strictRequired: false,
    // Messages are built from each error's keyword and params at report time (contracts/src/issues.ts),
    // so the emitted code carries none: a third smaller.
    messages: false,
    // Every $ref stays a call to one shared function instead of a copy at each use (half the size). Valid
    // input, the hot path, is decided by the quick checks (emit/validators-quick.ts), and a refusal runs
    // the function of the failing definition alone.
    inlineRefs: false,
    // Patterns without the u flag run faster; every pattern in schemas/ is ASCII-only without the i flag,
    // where u changes nothing (the differential tests against the official schemas hold us to that).
    unicodeRegExp: false,
    code: { source: true, esm: true },
  };
  const ajv = new Ajv(options);
  addFormats(ajv);
  return ajv;
}

/**
 * The runtime helpers ajv's standalone code `require()`s, and the ESM module each is imported from instead.
 * The contracts package imports no CommonJS at run time: its first import from ESM alone costs ~10 ms.
 */
const RUNTIME_IMPORTS: Record<string, { from: string; name: string }> = {
  'require("ajv/dist/runtime/ucs2length").default': { from: "../support/ucs2length.js", name: "ucs2length" },
  'require("ajv-formats/dist/formats").fullFormats': { from: "../support/formats.js", name: "fullFormats" },
};

/** Formats packages/contracts/src/support/formats.ts implements as functions (others ajv inlines as regexes). */
const PROVIDED_FORMATS = new Set(["date-time", "date"]);

/** A compiled module: plain ESM JavaScript and its declaration file. */
export interface CompiledModule {
  js: string;
  dts: string;
  exports: string[];
}

/** Skips one JSON value starting at `i` (ajv writes embedded schemas with JSON.stringify). */
function skipJson(code: string, i: number): number {
  let depth = 0;
  for (; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error("unterminated JSON in standalone code");
}

/**
 * Compiles `exports` (export name → schema id) into one ES module with its declarations. Post-processing:
 * - `require()` of ajv runtime helpers becomes a real `import` (ajv's ESM output still calls require,
 *   which fails in plain Node ESM);
 * - embedded schema constants that nothing references are dropped (ajv emits one per schema).
 * The JavaScript is shipped as emitted (not re-printed by tsc, which doubles its size).
 */
export function compileModule(flat: FlatSchema[], exports: Record<string, string>, allErrors: boolean): CompiledModule {
  const ajv = createAjv(allErrors);
  for (const s of flat) ajv.addSchema(structuredClone(s.schema));
  let code: string = standaloneCode(ajv, exports);
  code = code.replace(/^"use strict";/, "");

  const imports = new Map<string, string>();
  code = code.replace(/require\("[^"]+"\)(\.default|\.fullFormats)?/g, (m) => {
    const spec = RUNTIME_IMPORTS[m];
    if (!spec) {
      throw new Error(
        m.includes("equal")
          ? "a schema needs deep equality (uniqueItems/enum/const over objects); give its items a " +
              "scalar type, or add an ESM equal helper"
          : `unexpected require in ajv standalone output: ${m}`,
      );
    }
    imports.set(spec.from, spec.name);
    return spec.name;
  });

  // Drop unreferenced `const schemaN = {...};`.
  for (;;) {
    let changed = false;
    for (const m of code.matchAll(/const (schema\d+) = /g)) {
      const name = m[1]!;
      const uses = code.match(new RegExp(`\\b${name}\\b`, "g"))!.length;
      if (uses > 1) continue;
      const start = m.index!;
      let end = skipJson(code, start + m[0].length);
      if (code[end] === ";") end++;
      code = code.slice(0, start) + code.slice(end);
      changed = true;
      break;
    }
    if (!changed) break;
  }

  // String lengths count code points, but a string's UTF-16 length bounds its code-point count from both
  // sides (n/2 ≤ points ≤ n), which settles almost every length check without counting.
  const ucs2 = /const (func\d+) = ucs2length;/.exec(code)?.[1];
  if (ucs2) {
    code = code.replace(
      new RegExp(`\\b${ucs2}\\(([\\w.]+)\\) > (\\d+)`, "g"),
      (_m, v: string, n: string) => `(${v}.length > ${n} && ${ucs2}(${v}) > ${n})`,
    );
    code = code.replace(
      new RegExp(`\\b${ucs2}\\(([\\w.]+)\\) < (\\d+)`, "g"),
      (_m, v: string, n: string) => `(${v}.length < ${2 * Number(n)} && ${ucs2}(${v}) < ${n})`,
    );
  }
  // Error objects carry the schema path ajv would report; nothing reads it (issues point into the
  // instance), and the strings are a third of the code that every cold start has to scan.
  code = code.replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, "");
  for (const f of code.matchAll(/fullFormats(?:\["([^"]+)"\]|\.(\w+))/g)) {
    const name = f[1] ?? f[2]!;
    if (!PROVIDED_FORMATS.has(name))
      throw new Error(`format "${name}" is not implemented in packages/contracts/src/support/formats.ts`);
  }
  const exported: string[] = [];
  code = code.replace(/export const (\w+) = (\w+);/g, (_m, name: string, fn: string) => {
    exported.push(`export const ${name} = ${fn};`);
    return "";
  });
  const head = [...imports].map(([from, name]) => `import { ${name} } from "${from}";`).join("\n");
  const names = exported.map((e) => e.split(" ")[2]!);
  return {
    js: `${head}\n${code.trim()}\n\n${exported.join("\n")}\n`,
    dts: `${names.map((n) => `export declare const ${n}: CompiledValidator;`).join("\n")}\n`,
    exports: names,
  };
}
