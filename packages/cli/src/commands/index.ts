import type { CliIo } from "../io.js";
import * as packageCommand from "./package.js";
import * as receipt from "./receipt.js";
import * as receipts from "./receipts.js";
import * as send from "./send.js";
import * as simulate from "./simulate.js";
import * as status from "./status.js";
import * as statuses from "./statuses.js";
import * as validate from "./validate.js";

/** A sub-command: its usage text and what it does with its arguments. */
export interface Command {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Every sub-command by name. Add a command module here. */
export const commands: Record<string, Command> = {
  validate,
  receipt,
  status,
  package: packageCommand,
  statuses,
  receipts,
  simulate,
  send,
};
