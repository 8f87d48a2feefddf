import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic } from "./pki.js";

/** One access-point status of a sent letter, as `GET /messages/out/{id}/statuses` lists it. */
export interface StatusEntry {
  readonly status: "OPPRETTET" | "SENDT" | "FEILET";
  readonly beskrivelse?: string;
  readonly timestamp: string;
}

/** A receipt (or feil) waiting for the sender. */
export interface IncomingEntry {
  /** The receipt's own message id (its SBD instanceIdentifier). */
  readonly id: string;
  readonly type: string;
  readonly jws: string;
  /** Epoch milliseconds from which it is listed. */
  readonly availableAt: number;
  read: boolean;
}

/** Everything the simulator keeps about one accepted letter. */
export interface LetterRecord {
  readonly id: string;
  readonly type: string;
  /** The organisation the letter is sent for (token consumer), who reads its receipts. */
  readonly consumer: string;
  /** Lower-cased kanal, or null. */
  readonly kanal: string | null;
  readonly avsenderidentifikator: string | null;
  readonly acceptedAt: number;
  readonly jws: string;
  statuses: StatusEntry[];
  /** True once the postbox or print service has answered (receipts planned). */
  processed: boolean;
  incoming: IncomingEntry[];
}

/**
 * The simulator's state: letters by id (each with its statuses and receipts) and seen grant jtis. With a
 * directory, each letter is one JSON file written atomically (temp file + rename) before it is acknowledged,
 * packages wait in `packages/` until processed, so a kill loses nothing accepted. Writes of one letter are
 * serialised; different letters write in parallel.
 */
export class Store {
  readonly #dir: string | null;
  readonly #letters = new Map<string, LetterRecord>();
  readonly #byIncoming = new Map<string, LetterRecord>();
  /** Per consumer, the letters that may have unread receipts (pruned as they are listed), so listing is not O(all). */
  readonly #unreadBy = new Map<string, Set<LetterRecord>>();
  readonly #jtis = new Map<string, number>();
  readonly #packages = new Map<string, Uint8Array>();
  readonly #writes = new Map<string, Promise<void>>();

  private constructor(dir: string | null) {
    this.#dir = dir;
  }

  /** Opens the store (reading everything in `dir`, when given). */
  static async open(dir: string | null): Promise<Store> {
    const store = new Store(dir);
    if (dir) {
      for (const sub of ["letters", "packages", "jti"]) await mkdir(join(dir, sub), { recursive: true });
      // A kill can leave temp files (never renamed into place) and packages of letters already answered.
      for (const sub of ["letters", "packages", "jti"])
        for (const name of await readdir(join(dir, sub)))
          if (name.endsWith(".tmp")) await rm(join(dir, sub, name), { force: true });
      for (const name of await readdir(join(dir, "letters"))) {
        if (!name.endsWith(".json")) continue;
        const record = JSON.parse(await readFile(join(dir, "letters", name), "utf8")) as LetterRecord;
        store.#index(record);
        if (record.processed) await rm(join(dir, "packages", `${record.id}.cms`), { force: true });
      }
      const now = Date.now() / 1000;
      for (const name of await readdir(join(dir, "jti"))) {
        const exp = Number(await readFile(join(dir, "jti", name), "utf8"));
        if (exp > now) store.#jtis.set(name, exp);
        else await rm(join(dir, "jti", name), { force: true });
      }
    }
    return store;
  }

  #index(record: LetterRecord): void {
    this.#letters.set(record.id, record);
    this.#indexIncoming(record);
  }

  #indexIncoming(record: LetterRecord): void {
    for (const entry of record.incoming) this.#byIncoming.set(entry.id, record);
    if (!record.incoming.some((e) => !e.read)) return;
    const set = this.#unreadBy.get(record.consumer);
    if (set) set.add(record);
    else this.#unreadBy.set(record.consumer, new Set([record]));
  }

  /** True when a letter with this id was accepted (or is being accepted). */
  has(id: string): boolean {
    return this.#letters.has(id);
  }

  /** A letter by id. */
  letter(id: string): LetterRecord | undefined {
    return this.#letters.get(id);
  }

  /** Every letter not yet answered by the postbox (to resume after a restart). */
  unprocessed(): LetterRecord[] {
    return [...this.#letters.values()].filter((r) => !r.processed);
  }

  /** Reserves the id synchronously (so a concurrent duplicate is refused), then persists letter and package. */
  async accept(record: LetterRecord, cms: Uint8Array): Promise<void> {
    this.#letters.set(record.id, record);
    if (this.#dir) await writeAtomic(join(this.#dir, "packages", `${record.id}.cms`), cms);
    else this.#packages.set(record.id, cms);
    await this.save(record);
  }

  /** The package of an unprocessed letter. */
  async package(id: string): Promise<Uint8Array | null> {
    if (!this.#dir) return this.#packages.get(id) ?? null;
    try {
      return new Uint8Array(await readFile(join(this.#dir, "packages", `${id}.cms`)));
    } catch {
      return null;
    }
  }

  /** Persists a changed letter (and indexes its receipts); the package goes once the letter is processed. */
  save(record: LetterRecord): Promise<void> {
    this.#indexIncoming(record);
    return this.#write(record, () => record);
  }

  /**
   * Persists a letter with `change` applied, and only then applies it in memory: receipts are never listed
   * before they are on disk, so a kill cannot show a sender receipts that a restart then makes anew.
   */
  async update(record: LetterRecord, change: Pick<LetterRecord, "statuses" | "incoming" | "processed">): Promise<void> {
    await this.#write(record, () => ({ ...record, ...change }));
    Object.assign(record, change);
    this.#indexIncoming(record);
  }

  /** Writes of one letter are serialised; each writes the state `state()` gives when its turn comes. */
  #write(record: LetterRecord, state: () => LetterRecord): Promise<void> {
    const previous = this.#writes.get(record.id) ?? Promise.resolve();
    const next = previous.then(async () => {
      const now = state();
      if (!this.#dir) {
        if (now.processed) this.#packages.delete(record.id);
        return;
      }
      await writeAtomic(join(this.#dir, "letters", `${record.id}.json`), JSON.stringify(now));
      if (now.processed) await rm(join(this.#dir, "packages", `${record.id}.cms`), { force: true });
    });
    const settled = next.catch(() => undefined);
    this.#writes.set(record.id, settled);
    void settled.then(() => {
      if (this.#writes.get(record.id) === settled) this.#writes.delete(record.id);
    });
    return next;
  }

  /** Unread receipts for a consumer, listed from now on, oldest first, filtered by kanal and avsenderidentifikator. */
  unread(
    consumer: string,
    filter: { kanal?: string | null; avsenderidentifikator?: string | null },
    now = Date.now(),
  ): { entry: IncomingEntry; letter: LetterRecord }[] {
    const found: { entry: IncomingEntry; letter: LetterRecord }[] = [];
    const letters = this.#unreadBy.get(consumer) ?? new Set<LetterRecord>();
    for (const letter of letters) {
      if (!letter.incoming.some((e) => !e.read)) {
        letters.delete(letter); // every receipt read: it is listed no more (save re-adds it if that changes)
        continue;
      }
      if (filter.kanal && letter.kanal !== filter.kanal.toLowerCase()) continue;
      if (filter.avsenderidentifikator && letter.avsenderidentifikator !== filter.avsenderidentifikator) continue;
      for (const entry of letter.incoming) if (!entry.read && entry.availableAt <= now) found.push({ entry, letter });
    }
    return found.sort((a, b) => a.entry.availableAt - b.entry.availableAt || (a.entry.id < b.entry.id ? -1 : 1));
  }

  /** A receipt by its id, with its letter. */
  incoming(id: string): { entry: IncomingEntry; letter: LetterRecord } | undefined {
    const letter = this.#byIncoming.get(id);
    const entry = letter?.incoming.find((e) => e.id === id);
    return letter && entry ? { entry, letter } : undefined;
  }

  /** Records a grant's jti until it expires; false when seen before. */
  remember(jti: string, expiresAt: number): boolean {
    const key = createHash("sha256").update(jti).digest("hex");
    const now = Date.now() / 1000;
    const seen = this.#jtis.get(key);
    if (seen !== undefined && seen > now - 60) return false;
    this.#jtis.set(key, expiresAt);
    if (this.#jtis.size > 10_000) for (const [k, exp] of this.#jtis) if (exp < now - 60) this.#jtis.delete(k);
    if (this.#dir) void writeAtomic(join(this.#dir, "jti", key), String(expiresAt)).catch(() => undefined);
    return true;
  }

  /** Resolves once every pending write has landed. */
  async flush(): Promise<void> {
    await Promise.all([...this.#writes.values()]);
  }
}
