import { crc32, deflateRawSync } from "node:zlib";

/** One entry of a hand-made (possibly hostile) zip. */
export interface CraftEntry {
  name: string | Buffer;
  data: Buffer;
  /** 0 stored, 8 deflated (data is compressed here), or anything to lie. */
  method?: number;
  flags?: number;
  /** Override what the local header says (name, method, flags, crc, sizes, extra). */
  local?: Partial<{
    name: Buffer;
    method: number;
    flags: number;
    crc: number;
    csize: number;
    usize: number;
    extra: Buffer;
  }>;
  /** Override what the central header says. */
  central?: Partial<{ crc: number; csize: number; usize: number; extra: Buffer; offset: number }>;
  /** Write a data descriptor (with signature) after the data. */
  descriptor?: boolean;
  /** Leave this entry out of the central directory (a hidden local entry). */
  hidden?: boolean;
}

/** Assembles a zip byte by byte, so tests can say exactly what the headers claim. */
export function craftZip(
  entries: CraftEntry[],
  options: { comment?: string; prefix?: Buffer; between?: Buffer; zip64Locator?: boolean } = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  if (options.prefix) locals.push(options.prefix);
  let count = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name, "utf8");
    const method = e.method ?? 0;
    const stored = method === 8 ? deflateRawSync(e.data) : e.data;
    const crc = crc32(e.data);
    const flags = (e.flags ?? 0) | (Buffer.isBuffer(e.name) ? 0 : 0x800) | (e.descriptor ? 8 : 0);
    const l = e.local ?? {};
    const lname = l.name ?? name;
    const lextra = l.extra ?? Buffer.alloc(0);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(l.flags ?? flags, 6);
    lh.writeUInt16LE(l.method ?? method, 8);
    lh.writeUInt32LE(0x5c4b0000, 10);
    lh.writeUInt32LE(l.crc ?? (e.descriptor ? 0 : crc), 14);
    lh.writeUInt32LE(l.csize ?? (e.descriptor ? 0 : stored.length), 18);
    lh.writeUInt32LE(l.usize ?? (e.descriptor ? 0 : e.data.length), 22);
    lh.writeUInt16LE(lname.length, 26);
    lh.writeUInt16LE(lextra.length, 28);
    const parts = [lh, lname, lextra, stored];
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(stored.length, 8);
      d.writeUInt32LE(e.data.length, 12);
      parts.push(d);
    }
    const local = Buffer.concat(parts);
    const c = e.central ?? {};
    const cextra = c.extra ?? Buffer.alloc(0);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(0x5c4b0000, 12);
    ch.writeUInt32LE(c.crc ?? crc, 16);
    ch.writeUInt32LE(c.csize ?? stored.length, 20);
    ch.writeUInt32LE(c.usize ?? e.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(cextra.length, 30);
    ch.writeUInt32LE(c.offset ?? offset, 42);
    locals.push(local);
    if (!e.hidden) {
      centrals.push(Buffer.concat([ch, name, cextra]));
      count++;
    }
    offset += local.length;
  }
  if (options.between) {
    locals.push(options.between);
    offset += options.between.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? "", "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  const locator = options.zip64Locator
    ? Buffer.concat([Buffer.from([0x50, 0x4b, 0x06, 0x07]), Buffer.alloc(16)])
    : Buffer.alloc(0);
  return Buffer.concat([...locals, cd, locator, end, comment]);
}
