/**
 * The command registry. A command is a module exporting `summary`, `usage` and `run` (see {@link Command});
 * add it to {@link commands} and `main` gives it `--help`, usage errors (exit 2), output escaping and
 * write-error handling. Helpers for commands: io.ts (CommandIo, EXIT, UsageError), options.ts
 * (parseOptions, fileArguments, dateTimeOption, timeZoneOption), input-files.ts (readInput, readText,
 * readBytes: the one decoding rule, `-` for standard input), signature.ts, help.ts (shared help text).
 */
import type { CommandIo } from "../io.js";
import * as packageCommand from "./package.js";
import * as receipt from "./receipt.js";
import * as receipts from "./receipts.js";
import * as send from "./send.js";
import * as simulate from "./simulate.js";
import * as status from "./status.js";
import * as statuses from "./statuses.js";
import * as validate from "./validate.js";

/** A sub-command. */
export interface Command {
  /** One line (at most 90 characters) for the top-level help. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  /** Does the work and returns an exit code (EXIT); throws only UsageError (exit 2, with the usage). */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Every sub-command by name. Add a command module here. */
export const commands: Readonly<Record<string, Command>> = {
  validate,
  receipt,
  status,
  package: packageCommand,
  statuses,
  receipts,
  simulate,
  send,
};
