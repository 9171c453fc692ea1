/**
 * The one streams module of the kit: async iterators for subscription feeds. They are plain objects
 * rather than async generators on purpose: a generator suspended in `await source.next()` only runs
 * its `finally` when the next event arrives, whereas graphql-ws calls `return()` on unsubscribe and
 * the pub/sub listener must go at once. Every helper here passes `return()` straight to its source.
 */

function iteratorOf<T>(next: () => Promise<IteratorResult<T>>, end: () => Promise<IteratorResult<T>>): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    next,
    return: end,
    async throw(error?: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

const DONE = { value: undefined, done: true } as const;

/**
 * Passes on the events of `source` while `allowed()` holds; the first time it does not (the viewer left
 * a private room), the stream ends and the source is released.
 */
export function whileAllowed<T>(source: AsyncIterableIterator<T>, allowed: () => Promise<boolean>): AsyncIterableIterator<T> {
  let ended = false;
  const end = async (): Promise<IteratorResult<T>> => {
    ended = true;
    await source.return?.();
    return DONE;
  };
  return iteratorOf(async () => {
    if (ended) return DONE;
    const result = await source.next();
    if (result.done || ended) return result.done ? result : DONE;
    if (!(await allowed())) return end();
    return result;
  }, end);
}

/** Ends right after the first value for which `last` holds (a match's final state), releasing `source`. */
export function endAfter<T>(source: AsyncIterableIterator<T>, last: (value: T) => boolean): AsyncIterableIterator<T> {
  let ended = false;
  const end = async (): Promise<IteratorResult<T>> => {
    ended = true;
    await source.return?.();
    return DONE;
  };
  return iteratorOf(async () => {
    if (ended) return DONE;
    const result = await source.next();
    if (!result.done && last(result.value)) await end();
    return result;
  }, end);
}

/** Yields `value` once and ends (a subscription to something already final). */
export function once<T>(value: T): AsyncIterableIterator<T> {
  let given = false;
  return iteratorOf<T>(
    async () => {
      if (given) return DONE;
      given = true;
      return { value, done: false };
    },
    async () => {
      given = true;
      return DONE;
    },
  );
}

/**
 * Subscribes to `source` first, then runs `check` (read access, the current state); when the check
 * throws, the source is released and the error rethrown, so a refused subscription leaves no listener.
 */
export async function listenThen<T, R>(source: AsyncIterableIterator<T>, check: () => Promise<R>): Promise<R> {
  try {
    return await check();
  } catch (error) {
    await source.return?.();
    throw error;
  }
}
/** One entry of an offset-ordered log (a broadcast channel). */
export interface LogEntry {
  offset: number;
}

export interface ReplayOptions<T extends LogEntry> {
  /** The live feed, subscribed BEFORE this stream is built so nothing published meanwhile is lost. */
  live: AsyncIterableIterator<T>;
  /** Deliver entries with an offset above this one. */
  after: number;
  /** Stored entries with `after < offset <= upTo` (no upper bound when `upTo` is null), ascending, at most `limit`. */
  read: (after: number, upTo: number | null, limit: number) => Promise<T[]>;
  /** Page size of replay reads. */
  pageSize?: number;
}

/**
 * A gap-free, duplicate-free stream over an offset log: first the stored entries after `after` (the
 * replay), then live ones. Because the live feed is subscribed before the replay is read, an entry
 * committed during the replay is either in the replay or waiting in the live buffer; live entries at
 * or below the last delivered offset are skipped. A live entry that jumps ahead (it overtook an
 * earlier publish, the live buffer overflowed, or the pub/sub subscription was not active yet) makes
 * the stream read the missing range from the store first, so offsets always arrive as n, n+1, n+2.
 */
export function replayThenLive<T extends LogEntry>(options: ReplayOptions<T>): AsyncIterableIterator<T> {
  const pageSize = options.pageSize ?? 200;
  const pending: T[] = [];
  let last = options.after;
  let replaying = true;
  let ended = false;

  const take = (entries: T[]) => {
    for (const entry of entries) {
      if (entry.offset === last + 1) {
        pending.push(entry);
        last = entry.offset;
      }
    }
  };

  const end = async (): Promise<IteratorResult<T>> => {
    ended = true;
    pending.length = 0;
    await options.live.return?.();
    return { value: undefined, done: true };
  };

  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (ended) return { value: undefined, done: true };
        if (pending.length) return { value: pending.shift() as T, done: false };
        if (replaying) {
          const page = await options.read(last, null, pageSize);
          take(page);
          if (page.length < pageSize) replaying = false;
          continue;
        }
        const result = await options.live.next();
        if (result.done) return end();
        const entry = result.value;
        if (entry.offset <= last) continue;
        if (entry.offset === last + 1) {
          take([entry]);
          continue;
        }
        // A gap: fill it from the store (which already holds `entry`: it is published after commit).
        while (last < entry.offset && !ended) {
          const before = last;
          take(await options.read(last, entry.offset, pageSize));
          if (last === before) break; // not readable yet (should not happen); the next live entry retries
        }
      }
    },
    return: () => end(),
    async throw(error?: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
