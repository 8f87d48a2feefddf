import { readFileSync } from "node:fs";

/** A file given on the command line, read and decoded; never throws. */
export type InputFile =
  | { file: string; kind: "json"; value: unknown; text: string }
  | { file: string; kind: "jwt"; jws: string; payload: unknown }
  | { file: string; kind: "unreadable"; reason: string };

function decodeSegment(segment: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) throw new Error("not base64url");
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
}

/** Reads a .json SBD or a .jwt compact JWS (whose payload is decoded, not verified). */
export function readInput(file: string): InputFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { file, kind: "unreadable", reason: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message };
  }
  const trimmed = text.trim();
  const looksLikeJws = file.endsWith(".jwt") || file.endsWith(".jws") || /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(trimmed);
  if (looksLikeJws) {
    const parts = trimmed.split(".");
    if (parts.length !== 3) return { file, kind: "unreadable", reason: "not a compact JWS (expected three dot-separated parts)" };
    try {
      return { file, kind: "jwt", jws: trimmed, payload: decodeSegment(parts[1]!) };
    } catch {
      return { file, kind: "unreadable", reason: "the JWS payload is not base64url-encoded JSON" };
    }
  }
  try {
    return { file, kind: "json", value: JSON.parse(text), text };
  } catch (e) {
    return { file, kind: "unreadable", reason: `not JSON: ${(e as Error).message}` };
  }
}
