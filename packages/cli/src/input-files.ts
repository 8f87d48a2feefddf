/**
 * Reading the files commands are given, `-` being standard input. One decoding rule for all of them (the
 * library's): the bytes are UTF-8, one leading byte-order mark is skipped, and anything that is not UTF-8
 * is refused (`invalid-encoding`) rather than read with replacement characters.
 */
import { readFileSync } from "node:fs";
import { decodeJws, type DecodedJws } from "@innbyggerpost/runtime";
import type { CommandIo } from "./io.js";

/** The file name that means standard input. */
export const STDIN = "-";

/** Why an input could not be read: exit 2 in every command. */
export interface Unreadable {
  ok: false;
  file: string;
  kind: "unreadable";
  /** `unreadable` (missing, a directory, no permission), `invalid-encoding`, `not-json` or a JWS decoding code. */
  code: string;
  reason: string;
}

/** A file given on the command line, read and decoded; never throws. */
export type InputFile =
  | { file: string; kind: "json"; value: unknown }
  | { file: string; kind: "jwt"; jws: string; decoded: DecodedJws }
  | Unreadable;

// The rule of the common brief: exactly TextDecoder("utf-8", { fatal: true }), which skips one BOM.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** What {@link decodeText} returns. */
export type DecodedText = { ok: true; text: string } | { ok: false; code: "invalid-encoding"; reason: string };

/** Decodes input bytes by the one rule; `invalid-encoding` when they are not UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      code: "invalid-encoding",
      reason: "not UTF-8 (every input must be UTF-8; a leading BOM is allowed)",
    };
  }
}

const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** The bytes of a file, or of standard input for `-`. */
export async function readBytes(file: string, io: CommandIo): Promise<{ ok: true; bytes: Uint8Array } | Unreadable> {
  try {
    return { ok: true, bytes: file === STDIN ? await io.stdin() : readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const known = code !== undefined && Object.hasOwn(ERRNO_REASONS, code);
    const why = known ? ERRNO_REASONS[code]! : String((e as Error).message);
    return { ok: false, file, kind: "unreadable", code: "unreadable", reason: why };
  }
}

/** The text of a file or of standard input, decoded by the one rule. */
export async function readText(file: string, io: CommandIo): Promise<{ ok: true; text: string } | Unreadable> {
  const read = await readBytes(file, io);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  return decoded.ok ? decoded : { ok: false, file, kind: "unreadable", code: decoded.code, reason: decoded.reason };
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Reads a JSON file (an SBD, or whatever JSON the command takes) or a compact JWS: a `.jwt`/`.jws` name or
 * text shaped like one. The JWS is decoded (the runtime's decodeJws), not verified.
 */
export async function readInput(file: string, io: CommandIo): Promise<InputFile> {
  const read = await readText(file, io);
  return read.ok ? parseInput(file, read.text) : read;
}

/** Whether a file name says compact JWS (`.jwt`, `.jws`), whatever the text looks like. */
export const isJwsName = (file: string): boolean => /\.jw[ts]$/i.test(file);

/** {@link readInput} of text already read from `file`. */
export function parseInput(file: string, text: string): InputFile {
  const trimmed = text.trim();
  if (isJwsName(file) || COMPACT_JWS.test(trimmed)) {
    const decoded = decodeJws(trimmed);
    if (!decoded.ok) {
      const first = decoded.errors[0]!;
      return {
        ok: false,
        file,
        kind: "unreadable",
        code: first.code,
        reason: `not a readable compact JWS: ${first.message}`,
      };
    }
    return { file, kind: "jwt", jws: trimmed, decoded };
  }
  try {
    return { file, kind: "json", value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, file, kind: "unreadable", code: "not-json", reason: `not JSON: ${(e as Error).message}` };
  }
}
