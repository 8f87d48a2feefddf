import type { FlatSchema } from "../flatten.js";
import { type CompiledModule, compileModule } from "../standalone.js";
import { QuickEmitter } from "./validators-quick.js";
import { quickRuntime } from "./validators-quick-runtime.js";

/**
 * The first-error module: a quick check for every export in `exports` (export name → schema id), and
 * ajv's standalone code for only what a refusal may still run (the schemas holding a failing
 * if/then/else/not, and any export the quick checks do not cover).
 */
export function firstErrorModule(flat: FlatSchema[], exports: Record<string, string>): CompiledModule {
  const q = new QuickEmitter(flat);
  const wrappers: string[] = [];
  const fromAjv: Record<string, string> = {};
  const names = Object.keys(exports);
  for (const name of names) {
    const check = q.root(exports[name]!);
    if (!check) fromAjv[name] = exports[name]!;
    else {
      wrappers.push(
        `function ${name}Checked(data) {\n` +
          `  if (${check}(data)) {\n    ${name}Checked.errors = null;\n    return true;\n  }\n` +
          `  return qRefuse(${name}Checked, data);\n}`,
        `export const ${name} = ${name}Checked;`,
      );
    }
  }
  for (const [name, id] of q.ajvNeeded) fromAjv[name] = id;
  let ajvJs = "";
  if (Object.keys(fromAjv).length > 0) {
    // The functions a refusal runs are module-private; only uncovered exports stay exported.
    ajvJs = compileModule(flat, fromAjv, false).js.replace(/^export const (qa\d+) = /gm, "const $1 = ");
  }
  const code = [...q.constants, ...q.functions].join("\n");
  const imports = quickRuntime(`${code}\n${wrappers.join("\n")}`);
  const head = `${imports}${ajvJs}\n// Quick checks (see codegen/src/emit/validators-quick.ts).\n`;
  return {
    js: `${head}${code}\n${wrappers.join("\n")}\n`,
    dts: `${names.map((n) => `export declare const ${n}: CompiledValidator;`).join("\n")}\n`,
    exports: names,
  };
}
