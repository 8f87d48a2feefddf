#!/usr/bin/env node
/**
 * npm run codegen             regenerate everything from schemas/ and print what was generated
 * npm run codegen -- --check  write nothing; exit 1 naming every generated file that is out of date
 * npm run codegen -- --no-cache  run every emitter even when the output cache has this input's files
 *
 * `npm run codegen` runs codegen/bin.mjs, which runs these sources precompiled; `tsx codegen/src/main.ts`
 * runs them as they are (the repository is the one this file lives in).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "./cli.js";

runCli(resolve(dirname(fileURLToPath(import.meta.url)), "../.."));
