#!/usr/bin/env node
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commands, type Command } from "./commands/index.js";
import { EXIT_RULES } from "./help.js";
import { EXIT, UsageError, commandIo, processSink, type CliIo, type CommandIo } from "./io.js";

export { EXIT, UsageError, commandIo, processSink, type CliIo, type CommandIo, type ProcessSink } from "./io.js";
export { commands, type Command } from "./commands/index.js";

/** The version in this package's package.json (never retyped). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** The top-level help: every command with its whole summary line. */
export function overview(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  return [
    "usage: innbyggerpost <command> [options] <file>...",
    "       innbyggerpost --help | --version",
    "",
    "commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    "",
    "Run innbyggerpost <command> --help for a command's options. - as a file name reads standard input;",
    "every input must be UTF-8 (one leading BOM is skipped), anything else is refused as not UTF-8.",
    EXIT_RULES,
  ].join("\n");
}

const print = (io: CommandIo, text: string, to: "line" | "warn" = "line") => {
  for (const l of text.split("\n")) io[to](l);
};

// The arguments before `--` (after it, `--help` is a file name).
const options = (args: readonly string[]) => {
  const end = args.indexOf("--");
  return end < 0 ? args : args.slice(0, end);
};

async function runCommand(name: string, command: Command, args: string[], io: CommandIo): Promise<number> {
  try {
    const code = await command.run(args, io);
    return code === EXIT.ok || code === EXIT.invalid ? code : EXIT.usage;
  } catch (e) {
    if (e instanceof UsageError) {
      print(io, `innbyggerpost ${name}: ${e.message}\n\n${command.usage}`, "warn");
      return EXIT.usage;
    }
    // A bug of ours: one line, never a stack trace.
    io.warn(`innbyggerpost ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.usage;
  }
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. Never throws. */
export async function main(argv: readonly string[], sink: CliIo = processSink()): Promise<number> {
  const io = commandIo(sink);
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    io.line(version());
    return EXIT.ok;
  }
  if (!name || name === "--help" || name === "-h") {
    print(io, overview(), name ? "line" : "warn");
    return name ? EXIT.ok : EXIT.usage;
  }
  // Own names only: "constructor" or "toString" must be unknown commands, not Object.prototype members.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    print(io, `innbyggerpost: unknown command ${JSON.stringify(name)}\n\n${overview()}`, "warn");
    return EXIT.usage;
  }
  const own = options(rest);
  if (own.includes("--help") || own.includes("-h")) {
    print(io, command.usage);
    return EXIT.ok;
  }
  return runCommand(name, command, [...rest], io);
}

/** Runs the CLI as the process: real streams, write errors handled, `process.exitCode` set. */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const sink = processSink();
  const code = await main(argv, sink);
  process.exitCode = sink.writeFailed ? EXIT.usage : code;
}

// Run when executed directly (tests spawn dist/main.js); bin/innbyggerpost.js calls runProcess itself.
const isMain = () => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
};
if (isMain()) void runProcess(process.argv.slice(2));
