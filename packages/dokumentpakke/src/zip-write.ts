import { zipSync, type Zippable } from "fflate";
import { ASICE_MIMETYPE, MIMETYPE_ENTRY } from "./profile.js";

// Already-compressed formats are stored: deflating them again costs time and gains nothing.
const DEFLATED = /^(text\/|application\/(xml|ehf\+xml|msword|vnd\.difi\.dpi\.[a-z]+\+xml)$)/;

/** @internal One file of the package, in zip order. */
export interface ZipFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

/** @internal The ASiC-E zip: `mimetype` first and stored, then the files in the given order. */
export function writeZip(files: readonly ZipFile[], time: Date): Uint8Array {
  // fflate keeps insertion order, except for array-index-like keys, which build refuses beforehand.
  const data: Zippable = { [MIMETYPE_ENTRY]: [new TextEncoder().encode(ASICE_MIMETYPE), { level: 0 }] };
  for (const f of files) data[f.name] = [f.bytes, { level: DEFLATED.test(f.mimeType) ? 6 : 0 }];
  return zipSync(data, { mtime: time });
}
