/**
 * The proxy's cache: an in-memory LRU index over entries persisted in a cache directory.
 *
 * Layout of the directory:
 *   generation            a random id; `--clear-cache` replaces it, which is how a running proxy learns
 *                         that its entries are gone (it reads this small file before each lookup)
 *   entries/<h>.json      one stored response's metadata (headers, times, the generation it belongs to)
 *   entries/<h>.<id>.body that response's body, under a fresh name per write so metadata never points
 *                         at a half-replaced body
 * Files are written to a temporary name and renamed, so a crash leaves whole files or none. Disk
 * writes run one at a time in order; until its write lands an entry's body is also kept in memory,
 * so a repeated request right after a MISS is already a HIT.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { HeaderPairs } from './policy';

/** What is persisted for one stored response. */
export interface StoredResponse {
  /** Full cache key: primary key plus the varied request fields. */
  key: string;
  /** Method and absolute target URL. */
  primaryKey: string;
  method: 'GET' | 'HEAD';
  /** Origin URL of the request, for display. */
  url: string;
  /** Lowercased names from the response's Vary, sorted. */
  vary: string[];
  status: number;
  statusMessage: string;
  headers: HeaderPairs;
  /** Epoch ms when the request that produced or last validated this response was sent. */
  requestTime: number;
  /** Epoch ms when that response arrived. */
  responseTime: number;
  /** Age in seconds the response had on arrival (RFC 9111 corrected_initial_age). */
  initialAge: number;
  bodySize: number;
  /** Name of the body file inside entries/. */
  bodyFile: string;
  /** The cache generation this entry was written in; entries of an older generation are dead. */
  generation: string;
}

/** A live entry of the index. */
export interface CacheEntry {
  meta: StoredResponse;
  /** The body, kept until it is on disk. */
  pendingBody?: Buffer;
}

interface VariantSet {
  vary: string[];
  keys: Set<string>;
}

const META_VERSION = 1;

/** Builds the full cache key from the primary key and the varied request values. */
export function fullKey(primaryKey: string, vary: readonly string[], values: ReadonlyArray<string | null>): string {
  return vary.length === 0 ? primaryKey : JSON.stringify([primaryKey, vary, values]);
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 40);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, path);
}

async function unlinkQuietly(path: string): Promise<void> {
  await fs.unlink(path).catch((error: unknown) => {
    if (!isMissing(error)) throw error;
  });
}

/** The on-disk cache with its LRU index. Create it with `CacheStore.open`. */
export class CacheStore {
  /** Full key → entry, least recently used first (Map keeps insertion order). */
  private readonly entries = new Map<string, CacheEntry>();
  private readonly variants = new Map<string, VariantSet>();
  private writes: Promise<void> = Promise.resolve();
  private readonly entriesDir: string;
  private readonly generationFile: string;

  private constructor(
    readonly dir: string,
    private readonly maxEntries: number,
    private generation: string,
    private readonly warn: (message: string) => void,
  ) {
    this.entriesDir = join(dir, 'entries');
    this.generationFile = join(dir, 'generation');
  }

  /**
   * Opens (creating if needed) the cache directory and loads the index of entries that belong to the
   * current generation, most recently stored last; older generations and strays are deleted.
   */
  static async open(dir: string, maxEntries: number, warn: (message: string) => void): Promise<CacheStore> {
    await fs.mkdir(join(dir, 'entries'), { recursive: true });
    const store = new CacheStore(dir, maxEntries, await CacheStore.readOrCreateGeneration(dir), warn);
    await store.load();
    return store;
  }

  /**
   * Empties the cache in `dir` for every process using it: a new generation first (so a running
   * proxy drops its index at its next request), then the files. Returns how many entries it removed,
   * or undefined when there is no cache directory.
   */
  static async clear(dir: string): Promise<number | undefined> {
    try {
      if (!(await fs.stat(dir)).isDirectory()) throw new Error(`${dir} is not a directory`);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    await writeAtomically(join(dir, 'generation'), randomUUID());
    const entriesDir = join(dir, 'entries');
    let names: string[] = [];
    try {
      names = await fs.readdir(entriesDir);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    await Promise.all(names.map((name) => unlinkQuietly(join(entriesDir, name))));
    return names.filter((name) => name.endsWith('.json')).length;
  }

  private static async readOrCreateGeneration(dir: string): Promise<string> {
    const file = join(dir, 'generation');
    try {
      const current = (await fs.readFile(file, 'utf8')).trim();
      if (current) return current;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    const fresh = randomUUID();
    await writeAtomically(file, fresh);
    return fresh;
  }

  /** Number of entries in the index. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Notices a clear made by another process (a changed or missing generation file): drops the whole
   * index and sweeps files left from older generations. Cheap enough to call before every lookup.
   */
  async sync(): Promise<void> {
    let current: string | undefined;
    try {
      current = (await fs.readFile(this.generationFile, 'utf8')).trim();
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (current && current === this.generation) return;
    if (!current) {
      // The directory itself was deleted: start over with an empty one.
      await fs.mkdir(this.entriesDir, { recursive: true });
      current = await CacheStore.readOrCreateGeneration(this.dir);
    }
    if (current === this.generation) return;
    this.generation = current;
    this.entries.clear();
    this.variants.clear();
    this.enqueue(() => this.sweep());
  }

  /** The entry for a request, by primary key and the request's values of the fields the origin varies on. */
  lookup(primaryKey: string, valuesFor: (vary: string[]) => Array<string | null>): CacheEntry | undefined {
    const set = this.variants.get(primaryKey);
    if (!set) return undefined;
    const key = fullKey(primaryKey, set.vary, valuesFor(set.vary));
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Refresh recency: move to the end of the Map.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** The entry's body, or undefined when its file has disappeared (then the entry is dropped). */
  async readBody(entry: CacheEntry): Promise<Buffer | undefined> {
    if (entry.pendingBody) return entry.pendingBody;
    try {
      return await fs.readFile(join(this.entriesDir, entry.meta.bodyFile));
    } catch (error) {
      if (!isMissing(error)) this.warn(`cache: cannot read ${entry.meta.bodyFile}: ${(error as Error).message}`);
      this.remove(entry.meta.key);
      return undefined;
    }
  }

  /**
   * Stores a response under `meta.key`, replacing any previous one, and evicts least recently used
   * entries beyond `--max-entries`. When the origin now varies on other fields, the variants stored
   * under the old Vary are dropped.
   */
  put(meta: Omit<StoredResponse, 'bodyFile' | 'generation'>, body: Buffer): CacheEntry {
    const stored: StoredResponse = {
      ...meta,
      bodyFile: `${hashKey(meta.key)}.${randomUUID().slice(0, 8)}.body`,
      generation: this.generation,
    };
    const entry: CacheEntry = { meta: stored, pendingBody: body };
    const set = this.variants.get(meta.primaryKey);
    if (set && set.vary.join('\n') !== meta.vary.join('\n')) {
      for (const key of [...set.keys]) this.remove(key);
    }
    const previous = this.entries.get(meta.key);
    if (previous) this.forget(meta.key);
    this.entries.set(meta.key, entry);
    const variants = this.variants.get(meta.primaryKey) ?? { vary: meta.vary, keys: new Set<string>() };
    variants.keys.add(meta.key);
    this.variants.set(meta.primaryKey, variants);
    this.enqueue(async () => {
      if (stored.generation !== this.generation) return;
      const metaPath = join(this.entriesDir, `${hashKey(stored.key)}.json`);
      await writeAtomically(join(this.entriesDir, stored.bodyFile), body);
      await writeAtomically(metaPath, JSON.stringify({ version: META_VERSION, ...stored }));
      if (previous) await unlinkQuietly(join(this.entriesDir, previous.meta.bodyFile));
      // If the entry was removed or replaced meanwhile, the task queued for that deletes these files.
      if (this.entries.get(stored.key) === entry) delete entry.pendingBody;
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.remove(oldest);
    }
    return entry;
  }

  /** Rewrites an entry's headers and times after a 304 revalidation; the body is unchanged. */
  refresh(entry: CacheEntry, update: Pick<StoredResponse, 'headers' | 'requestTime' | 'responseTime' | 'initialAge'>): void {
    Object.assign(entry.meta, update);
    const snapshot = { ...entry.meta };
    this.enqueue(async () => {
      if (this.entries.get(snapshot.key) !== entry || snapshot.generation !== this.generation) return;
      await writeAtomically(join(this.entriesDir, `${hashKey(snapshot.key)}.json`), JSON.stringify({ version: META_VERSION, ...snapshot }));
    });
  }

  /** Drops every variant stored for a primary key (after an unsafe method changed the resource). */
  invalidate(primaryKey: string): void {
    const set = this.variants.get(primaryKey);
    if (set) for (const key of [...set.keys]) this.remove(key);
  }

  /** Drops one entry and deletes its files. */
  remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.forget(key);
    this.enqueue(async () => {
      // A newer entry under the same key shares the metadata file name; leave it alone then.
      if (!this.entries.has(key)) await unlinkQuietly(join(this.entriesDir, `${hashKey(key)}.json`));
      await unlinkQuietly(join(this.entriesDir, entry.meta.bodyFile));
    });
  }

  /** Resolves when every queued disk write has finished. */
  async flush(): Promise<void> {
    await this.writes;
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const set = this.variants.get(entry.meta.primaryKey);
    if (!set) return;
    set.keys.delete(key);
    if (set.keys.size === 0) this.variants.delete(entry.meta.primaryKey);
  }

  private enqueue(task: () => Promise<void>): void {
    // Disk problems must not take the proxy down: the cache is an optimisation, so warn and go on.
    this.writes = this.writes.then(task).catch((error: unknown) => this.warn(`cache: disk write failed: ${(error as Error).message}`));
  }

  private async load(): Promise<void> {
    const names = await fs.readdir(this.entriesDir);
    const loaded: StoredResponse[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const path = join(this.entriesDir, name);
      try {
        const parsed = JSON.parse(await fs.readFile(path, 'utf8')) as StoredResponse & { version?: number };
        if (parsed.version === META_VERSION && parsed.generation === this.generation) loaded.push(parsed);
        else await unlinkQuietly(path);
      } catch (error) {
        if (isMissing(error)) continue;
        this.warn(`cache: dropping unreadable entry ${name}`);
        await unlinkQuietly(path);
      }
    }
    // Recency of use is not persisted; the most recently stored entries are kept when over the limit.
    loaded.sort((a, b) => a.responseTime - b.responseTime);
    for (const meta of loaded.slice(-this.maxEntries)) {
      const { version: _version, ...clean } = meta as StoredResponse & { version?: number };
      this.entries.set(clean.key, { meta: clean });
      const set = this.variants.get(clean.primaryKey) ?? { vary: clean.vary, keys: new Set<string>() };
      // Variants of one resource must agree on Vary; keep the newest set and drop the rest.
      if (set.vary.join('\n') !== clean.vary.join('\n')) {
        for (const key of set.keys) this.entries.delete(key);
        set.keys.clear();
        set.vary = clean.vary;
      }
      set.keys.add(clean.key);
      this.variants.set(clean.primaryKey, set);
    }
    await this.sweep();
  }

  /** Deletes files no live entry refers to: older generations, evicted entries, orphans, temporaries. */
  private async sweep(): Promise<void> {
    const live = new Set<string>();
    for (const entry of this.entries.values()) {
      live.add(`${hashKey(entry.meta.key)}.json`);
      live.add(entry.meta.bodyFile);
    }
    let names: string[];
    try {
      names = await fs.readdir(this.entriesDir);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    await Promise.all(names.filter((name) => !live.has(name)).map((name) => unlinkQuietly(join(this.entriesDir, name))));
  }
}
