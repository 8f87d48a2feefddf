#!/usr/bin/env node
// The innbyggerpost command. This launcher is committed (dist/ is built) so that npm links
// node_modules/.bin/innbyggerpost at the first `npm ci`, before anything is built: npm skips a bin
// whose target does not exist yet. It runs the built CLI, or says how to build it.
import { existsSync } from "node:fs";

const dist = new URL("../dist/main.js", import.meta.url);
if (!existsSync(dist)) {
  process.stderr.write(
    "innbyggerpost: the CLI is not built yet (packages/cli/dist/main.js is missing): run `npm run build` first\n",
  );
  process.exitCode = 2;
} else {
  const { runProcess } = await import(dist.href);
  await runProcess(process.argv.slice(2));
}
