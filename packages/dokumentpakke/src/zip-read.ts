import { crc32, inflateRawSync } from "node:zlib";
import { reason, view } from "./support.js";

/** @internal Why a zip was refused. */
export type ZipErrorCode =
  | "malformed-zip"
  | "unsupported-zip-feature"
  | "unsafe-entry-name"
  | "duplicate-entry"
  | "header-mismatch"
  | "hidden-data"
  | "zip-limit-exceeded"
  | "crc-mismatch";

/** Bounds on what a package may unpack to; all optional. */
export interface ZipLimits {
  /** Most entries; default 512 (the profile needs at most 1 + 1 + 1 + 200 + 201 + 2). */
  readonly maxEntries?: number;
  /** Most bytes all entries may inflate to together; default 100 MiB. */
  readonly maxInflatedBytes?: number;
  /** Highest inflated/compressed ratio of an entry over 1 MiB inflated; default 100. */
  readonly maxRatio?: number;
}

/** @internal The defaults of {@link ZipLimits}. */
export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = {
  maxEntries: 512,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
};

/** @internal One entry as read. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly bytes: Uint8Array;
}

type ZipResult =
  | { ok: true; entries: ZipEntry[]; comment: string }
  | { ok: false; code: ZipErrorCode; message: string; entry?: string };

const decoder = new TextDecoder("utf-8", { fatal: true });
const ALLOWED_FLAGS = 0b0000_1000_0000_1110; // deflate options (1-2), data descriptor (3), UTF-8 names (11)
const BAD = (code: ZipErrorCode, message: string, entry?: string): ZipResult => ({
  ok: false,
  code,
  message,
  ...(entry !== undefined ? { entry } : {}),
});

interface Central {
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

/** @internal Why an entry name is unsafe, or null. */
export function unsafeName(name: string): string | null {
  if (!name.length) return "an empty name";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "an absolute path";
  if (name.includes("\\")) return "a backslash";
  if (/[\u0000-\u001F\u007F]/.test(name)) return "a control character";
  const segments = name.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return "a . or .. segment";
  if (segments.slice(0, -1).some((s) => s === "")) return "an empty path segment";
  return null;
}

function extraProblem(extra: Buffer): string | null {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (id === 0x0001) return "a zip64 extra field";
    if (id === 0x9901) return "an AES encryption extra field";
    p += 4 + size;
  }
  return p === extra.length ? null : "a malformed extra field";
}

function readCentral(
  b: Buffer,
  limits: Required<ZipLimits>,
): { ok: true; central: Central[]; cdOffset: number; comment: string } | ZipResult {
  if (b.length < 22) return BAD("malformed-zip", "too short to be a zip");
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50 && i + 22 + b.readUInt16LE(i + 20) === b.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return BAD("malformed-zip", "no end of central directory record");
  if (eocd >= 20 && b.readUInt32LE(eocd - 20) === 0x07064b50)
    return BAD("unsupported-zip-feature", "zip64 is not supported");
  const disk = b.readUInt16LE(eocd + 4);
  const cdDisk = b.readUInt16LE(eocd + 6);
  const onDisk = b.readUInt16LE(eocd + 8);
  const count = b.readUInt16LE(eocd + 10);
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return BAD("unsupported-zip-feature", "zip64 is not supported");
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count)
    return BAD("unsupported-zip-feature", "multi-disk archives are not supported");
  if (count > limits.maxEntries) return BAD("zip-limit-exceeded", `${count} entries; at most ${limits.maxEntries}`);
  if (cdOffset + cdSize !== eocd)
    return BAD("hidden-data", "the central directory does not end where the end record starts");
  // The comment means nothing to the package (the official ones carry "mimetype=…"): read, never refused.
  const comment = new TextDecoder("utf-8").decode(b.subarray(eocd + 22));
  const central: Central[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== 0x02014b50)
      return BAD("malformed-zip", `central directory entry ${n} is malformed`);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > eocd) return BAD("malformed-zip", `central directory entry ${n} overruns the directory`);
    const rawName = b.subarray(p + 46, p + 46 + nameLen);
    let name: string;
    try {
      name = decoder.decode(rawName);
    } catch {
      return BAD("unsafe-entry-name", `entry ${n}'s name is not UTF-8`);
    }
    const c: Central = {
      name,
      rawName,
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      crc: b.readUInt32LE(p + 16),
      csize: b.readUInt32LE(p + 20),
      usize: b.readUInt32LE(p + 24),
      offset: b.readUInt32LE(p + 42),
    };
    if (b.readUInt16LE(p + 34) !== 0)
      return BAD("unsupported-zip-feature", "multi-disk archives are not supported", name);
    const extra = extraProblem(b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    if (extra)
      return BAD(
        extra.includes("zip64") || extra.includes("AES") ? "unsupported-zip-feature" : "malformed-zip",
        extra,
        name,
      );
    if (c.csize === 0xffffffff || c.usize === 0xffffffff || c.offset === 0xffffffff)
      return BAD("unsupported-zip-feature", "zip64 sizes", name);
    if (c.flags & 1 || c.flags & 0x40 || c.flags & 0x2000)
      return BAD("unsupported-zip-feature", "an encrypted entry", name);
    if (c.flags & ~ALLOWED_FLAGS)
      return BAD("unsupported-zip-feature", `general purpose flags 0x${c.flags.toString(16)}`, name);
    if (c.method !== 0 && c.method !== 8) return BAD("unsupported-zip-feature", `compression method ${c.method}`, name);
    if (c.method === 0 && c.csize !== c.usize) return BAD("header-mismatch", "a stored entry whose sizes differ", name);
    central.push(c);
    p = end;
  }
  if (p !== eocd) return BAD("hidden-data", "bytes between the central directory entries and the end record");
  return { ok: true, central, cdOffset, comment };
}

/**
 * @internal Reads a zip written by others, refusing what zip readers disagree on: the local headers must
 * match the central directory, lie back to back from offset 0 to the directory in its order (nothing
 * hidden between or before), names unique and safe; inflation bounded by the declared sizes and limits.
 */
export function readZip(bytes: Uint8Array, options: ZipLimits = {}): ZipResult {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options } as Required<ZipLimits>;
  const b = view(bytes);
  const read = readCentral(b, limits);
  if (!("central" in read)) return read;
  const { central, cdOffset } = read;
  const seen = new Set<string>();
  let total = 0;
  for (const c of central) {
    const unsafe = unsafeName(c.name);
    if (unsafe) return BAD("unsafe-entry-name", `the name ${JSON.stringify(c.name)} has ${unsafe}`, c.name);
    const folded = c.name.normalize("NFC").toLowerCase();
    if (seen.has(folded))
      return BAD("duplicate-entry", `${JSON.stringify(c.name)} occurs twice (or differs only in case)`, c.name);
    seen.add(folded);
    total += c.usize;
    if (total > limits.maxInflatedBytes)
      return BAD("zip-limit-exceeded", `the entries inflate to more than ${limits.maxInflatedBytes} bytes`, c.name);
    if (c.usize > 1024 * 1024 && c.usize > c.csize * limits.maxRatio)
      return BAD("zip-limit-exceeded", `inflation ratio above ${limits.maxRatio}`, c.name);
  }
  const entries: ZipEntry[] = [];
  let expected = 0;
  for (const c of central) {
    const o = c.offset;
    if (o !== expected)
      return BAD(
        "hidden-data",
        `the local header is at ${o}, not right after the previous entry (${expected})`,
        c.name,
      );
    if (o + 30 > cdOffset || b.readUInt32LE(o) !== 0x04034b50)
      return BAD("malformed-zip", "no local header where the directory says", c.name);
    const flags = b.readUInt16LE(o + 6);
    const method = b.readUInt16LE(o + 8);
    const nameLen = b.readUInt16LE(o + 26);
    const extraLen = b.readUInt16LE(o + 28);
    const dataStart = o + 30 + nameLen + extraLen;
    if (dataStart > cdOffset) return BAD("malformed-zip", "the local header overruns the archive", c.name);
    if (flags !== c.flags || method !== c.method)
      return BAD("header-mismatch", "local and central headers disagree on flags or method", c.name);
    if (!b.subarray(o + 30, o + 30 + nameLen).equals(c.rawName))
      return BAD("header-mismatch", "local and central headers disagree on the name", c.name);
    const extra = extraProblem(b.subarray(o + 30 + nameLen, dataStart));
    if (extra)
      return BAD(
        extra.includes("zip64") || extra.includes("AES") ? "unsupported-zip-feature" : "malformed-zip",
        extra,
        c.name,
      );
    const [lcrc, lcs, lus] = [b.readUInt32LE(o + 14), b.readUInt32LE(o + 18), b.readUInt32LE(o + 22)];
    const dataEnd = dataStart + c.csize;
    if (dataEnd > cdOffset) return BAD("malformed-zip", "the entry's data overruns the archive", c.name);
    expected = dataEnd;
    if (flags & 8) {
      if (!(lcrc === 0 && lcs === 0 && lus === 0) && !(lcrc === c.crc && lcs === c.csize && lus === c.usize)) {
        return BAD("header-mismatch", "local and central headers disagree on CRC or sizes", c.name);
      }
      let d = dataEnd;
      if (d + 4 <= cdOffset && b.readUInt32LE(d) === 0x08074b50) d += 4;
      if (d + 12 > cdOffset) return BAD("malformed-zip", "the data descriptor is missing", c.name);
      if (b.readUInt32LE(d) !== c.crc || b.readUInt32LE(d + 4) !== c.csize || b.readUInt32LE(d + 8) !== c.usize) {
        return BAD("header-mismatch", "the data descriptor and the central header disagree", c.name);
      }
      expected = d + 12;
    } else if (lcrc !== c.crc || lcs !== c.csize || lus !== c.usize) {
      return BAD("header-mismatch", "local and central headers disagree on CRC or sizes", c.name);
    }
    const data = b.subarray(dataStart, dataEnd);
    let out: Buffer;
    if (c.method === 0) out = data;
    else {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, c.usize) });
      } catch (e) {
        const tooBig = e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
        return BAD(
          tooBig ? "header-mismatch" : "malformed-zip",
          tooBig ? "inflates past its declared size" : `bad deflate data: ${reason(e)}`,
          c.name,
        );
      }
      if (out.length !== c.usize)
        return BAD("header-mismatch", `inflates to ${out.length} bytes, not the declared ${c.usize}`, c.name);
    }
    if (crc32(out) !== c.crc) return BAD("crc-mismatch", "the CRC-32 does not match the content", c.name);
    if (c.name.endsWith("/")) {
      if (out.length) return BAD("malformed-zip", "a directory entry with content", c.name);
      continue;
    }
    entries.push({ name: c.name, method: c.method, bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) });
  }
  if (expected !== cdOffset) return BAD("hidden-data", "bytes between the last entry and the central directory");
  return { ok: true, entries, comment: read.comment };
}
