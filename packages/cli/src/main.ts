#!/usr/bin/env node
import { commands } from "./commands/index.js";
import { EXIT, UsageError, processIo, type CliIo } from "./io.js";

const overview = (): string =>
  `usage: innbyggerpost <command> [options]\n\ncommands:\n${Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(10)}${c.usage.split("\n")[2] ?? ""}`)
    .join("\n")}\n\nRun innbyggerpost <command> --help for a command's options.`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.out(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  // Own names only: "constructor" or "toString" must be unknown commands, not Object.prototype members.
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`innbyggerpost: unknown command ${JSON.stringify(name)}\n\n${overview()}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`innbyggerpost ${name}: ${e.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    io.err(`innbyggerpost ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.usage;
  }
}

import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Run when executed (also through the npm bin symlink), not when imported by tests.
const self = fileURLToPath(import.meta.url);
if (process.argv[1] && realpathSync(process.argv[1]) === self) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
