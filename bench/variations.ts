/**
 * Real-shaped variations of the official examples: the same fields in the same order, other values of
 * the same shape (fresh uuids, other valid dates and times with the same zone notation, other digits in
 * identifiers, other letters in free text and tokens). Whether a variation is still valid is decided by
 * the competitors afterwards (bench/pool.ts keeps only those all of them accept).
 */

/** A small seeded PRNG (mulberry32): the same pool on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(.*)$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const IDENTIFIER = /^(\d{4}:)(\d+)$/;
const TOKEN = /^[A-Za-z0-9+/=_.-]{16,}$/;
const WORDS = /^[\p{L} ]{4,}$/u;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A Norwegian organisation number with a valid mod-11 check digit, as every real sender has. */
function orgNumber(rnd: () => number): string {
  for (;;) {
    const d = Array.from({ length: 8 }, (_, i) => (i === 0 ? 8 + Math.floor(rnd() * 2) : Math.floor(rnd() * 10)));
    const sum = d.reduce((a, x, i) => a + x * [3, 2, 7, 6, 5, 4, 3, 2][i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return d.join("") + String(check);
  }
}

/** A value of the same shape as `s`, or `s` itself for enum-like and structured strings (URNs, URLs). */
function varyString(s: string, rnd: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const date = () => `${int(2020, 2030)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join("");
  if (UUID.test(s)) return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(0, 3)]}${hex(3)}-${hex(12)}`;
  const dt = DATE_TIME.exec(s);
  if (dt) {
    const frac = dt[7] ? `.${Array.from({ length: dt[7].length - 1 }, () => int(0, 9)).join("")}` : "";
    return `${date()}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}${frac}${dt[8]}`;
  }
  if (DATE.test(s)) return date();
  const id = IDENTIFIER.exec(s);
  if (id)
    return (
      id[1] + (id[2]!.length === 9 ? orgNumber(rnd) : Array.from({ length: id[2]!.length }, () => int(0, 9)).join(""))
    );
  if (/^\d+$/.test(s)) return Array.from({ length: s.length }, () => int(0, 9)).join("");
  if (TOKEN.test(s) && !s.includes(":")) return sameClasses(s, rnd);
  if (WORDS.test(s)) return sameClasses(s, rnd);
  return s;
}

/** Each letter another letter of the same case, each digit another digit; everything else kept. */
function sameClasses(s: string, rnd: () => number): string {
  const pick = (alphabet: string) => alphabet[Math.floor(rnd() * alphabet.length)]!;
  let out = "";
  for (const ch of s) {
    if (ch >= "a" && ch <= "z") out += pick("abcdefghijklmnopqrstuvwxyz");
    else if (ch >= "A" && ch <= "Z") out += pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    else if (ch >= "0" && ch <= "9") out += pick("0123456789");
    else out += ch;
  }
  return out;
}

/** A copy of `value` with every leaf varied as above except at `frozen` pointers (numbers, often enums, kept). */
function vary(value: unknown, rnd: () => number, frozen: ReadonlySet<string>, at = ""): unknown {
  if (frozen.has(at)) return value;
  if (typeof value === "string") return varyString(value, rnd);
  if (typeof value === "boolean") return rnd() < 0.5;
  if (Array.isArray(value)) return value.map((v, i) => vary(v, rnd, frozen, `${at}/${i}`));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = vary(v, rnd, frozen, `${at}/${k}`);
    return out;
  }
  return value;
}

function leaves(value: unknown, at = "", out: string[] = []): string[] {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      leaves(v, `${at}/${i}`, out);
    });
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, `${at}/${k}`, out);
  else out.push(at);
  return out;
}

/**
 * `count` variations of `example`. A leaf whose varied values `accepts` refuses (an enum, a value a strict
 * rule pins) is kept as it is, so the variations differ only where real messages differ.
 */
export function variations(
  example: unknown,
  count: number,
  accepts: (m: unknown) => boolean,
  rnd: () => number,
): unknown[] {
  const all = leaves(example);
  const frozen = new Set<string>();
  for (const leaf of all) {
    const others = new Set(all.filter((l) => l !== leaf));
    for (let i = 0; i < 4; i++) {
      if (!accepts(vary(example, rnd, others))) {
        frozen.add(leaf);
        break;
      }
    }
  }
  return Array.from({ length: count }, () => vary(example, rnd, frozen));
}
