/**
 * Where the CLI writes and reads, and what its exit codes mean. Commands never touch `process`: they get a
 * {@link CommandIo}, whose only ways to print escape what comes from inputs, and `main` maps what they
 * return or throw to an exit code. Tests pass their own {@link CliIo} sink.
 */
import { escapeControls, terminalSafeJson } from "./escape.js";

/** Exit codes shared by every command: 0 all good, 1 something invalid, 2 usage error or unreadable input. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A usage error (bad option, bad option value, no files): `main` prints it with the command's usage, exit 2. */
export class UsageError extends Error {}

/** The raw sinks: one call per chunk of text, a newline added when missing. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads all of standard input (for the file name `-`); default: the process's stdin. */
  stdin?: () => Promise<Uint8Array>;
}

/** What a command prints and reads through. Every printing method is safe for untrusted text. */
export interface CommandIo {
  /** One line for people on stdout; control characters in it (newlines included) are escaped. */
  line(text: string): void;
  /** A value as exact, indented JSON on stdout, terminal-safe (see terminalSafeJson). */
  json(value: unknown): void;
  /** One line on stderr, escaped like {@link CommandIo.line}. */
  warn(text: string): void;
  /** All of standard input, read once (the file name `-`); a second call gives the same bytes. */
  stdin(): Promise<Uint8Array>;
}

/** Wraps raw sinks in the escaping {@link CommandIo} every command uses. */
export function commandIo(sink: CliIo): CommandIo {
  let input: Promise<Uint8Array> | undefined;
  return {
    line: (text) => sink.out(escapeControls(text)),
    json: (value) => sink.out(terminalSafeJson(value)),
    warn: (text) => sink.err(escapeControls(text)),
    stdin: () => (input ??= (sink.stdin ?? readProcessStdin)()),
  };
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The process's stdout and stderr, with what went wrong writing to them (see {@link processSink}). */
export interface ProcessSink extends CliIo {
  /** Set once a write to stdout failed for another reason than a closed pipe (e.g. ENOSPC on /dev/full). */
  readonly writeFailed: boolean;
}

let theProcessSink: ProcessSink | undefined;

/**
 * The process's streams (one sink per process: it listens for their errors). A reader that goes away
 * (`| head`, EPIPE) ends output quietly: later writes are dropped and the exit code stays the
 * command's. Any other write error (`> /dev/full`) prints one line on
 * stderr and makes the exit code 2. Nothing here ever throws or prints a stack trace.
 */
export function processSink(): ProcessSink {
  theProcessSink ??= makeProcessSink();
  return theProcessSink;
}

function makeProcessSink(): ProcessSink {
  let closed = false;
  let failed = false;
  let errClosed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === "EPIPE") return;
    failed = true;
    process.exitCode = EXIT.usage;
    if (!errClosed)
      process.stderr.write(`innbyggerpost: cannot write the output: ${String(e.message).split("\n")[0]}\n`);
  });
  process.stderr.on("error", () => {
    errClosed = true;
  });
  const write = (stream: NodeJS.WriteStream, text: string) => {
    try {
      stream.write(text.endsWith("\n") ? text : `${text}\n`);
    } catch {
      // A synchronous failure is reported through the stream's error event as well.
    }
  };
  return {
    out: (t) => {
      if (!closed) write(process.stdout, t);
    },
    err: (t) => {
      if (!errClosed) write(process.stderr, t);
    },
    get writeFailed() {
      return failed;
    },
  };
}
