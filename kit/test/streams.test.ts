import { MemoryPubSub, endAfter, listenThen, once, replayThenLive, whileAllowed, type LogEntry } from '../index';

interface Entry extends LogEntry {
  text: string;
}

const entry = (offset: number): Entry => ({ offset, text: `m${offset}` });

/** A channel log in memory with the read contract of the database-backed one, counting reads. */
function store(upTo: number) {
  const log = Array.from({ length: upTo }, (_, i) => entry(i + 1));
  const reads: [number, number | null][] = [];
  return {
    log,
    reads,
    append: (offset: number) => log.push(entry(offset)),
    read: async (after: number, until: number | null, limit: number) => {
      reads.push([after, until]);
      return log.filter((e) => e.offset > after && (until === null || e.offset <= until)).slice(0, limit);
    },
  };
}

async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const result = await iterator.next();
    if (result.done) break;
    out.push(result.value);
  }
  return out;
}

/** Resolves with the next value of `iterator`, or 'pending' if none arrives within `ms`. */
async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<IteratorResult<T> | 'pending'> {
  return Promise.race([iterator.next(), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

describe('replayThenLive', () => {
  it('replays in pages, then skips live entries the replay already delivered (the seam)', async () => {
    const pubsub = new MemoryPubSub();
    const db = store(5);
    const live = pubsub.subscribe<Entry>('ch');
    // Committed and published after the live subscription but before the replay read: in both.
    db.append(6);
    db.append(7);
    await pubsub.publish('ch', entry(6));
    await pubsub.publish('ch', entry(7));
    const stream = replayThenLive({ live, after: 2, read: db.read, pageSize: 2 });
    expect((await take(stream, 5)).map((e) => e.offset)).toEqual([3, 4, 5, 6, 7]);
    expect(db.reads.slice(0, 3)).toEqual([
      [2, null],
      [4, null],
      [6, null],
    ]);
    db.append(8);
    await pubsub.publish('ch', entry(8));
    expect(await stream.next()).toEqual({ value: entry(8), done: false });
    await stream.return?.();
  });

  it('fills a gap from the store when a live entry jumps ahead, and drops the late one', async () => {
    const pubsub = new MemoryPubSub();
    const db = store(3);
    const stream = replayThenLive({ live: pubsub.subscribe<Entry>('ch'), after: 3, read: db.read });
    const first = stream.next(); // replays nothing, then waits for live entries
    await new Promise((resolve) => setTimeout(resolve, 10));
    // 5 and 6 overtook 4 (or 4's publish was lost): the stream reads 4..6 from the store.
    for (const offset of [4, 5, 6]) db.append(offset);
    await pubsub.publish('ch', entry(6));
    await pubsub.publish('ch', entry(4));
    await pubsub.publish('ch', entry(5));
    db.append(7);
    await pubsub.publish('ch', entry(7));
    expect(await first).toEqual({ value: entry(4), done: false });
    expect((await take(stream, 3)).map((e) => e.offset)).toEqual([5, 6, 7]);
    expect(db.reads).toContainEqual([3, 6]);
    expect(await nextWithin(stream, 20)).toBe('pending');
    await stream.return?.();
  });

  it('releases the live listener at once on return(), even while waiting', async () => {
    const pubsub = new MemoryPubSub();
    const db = store(0);
    const count = () => (pubsub as unknown as { fanout: { count(t: string): number } }).fanout.count('ch');
    const stream = replayThenLive({ live: pubsub.subscribe<Entry>('ch'), after: 0, read: db.read });
    const waiting = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(count()).toBe(1);
    await stream.return?.();
    expect(count()).toBe(0);
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});

describe('whileAllowed', () => {
  it('passes events while allowed, then ends and releases the source', async () => {
    const pubsub = new MemoryPubSub();
    let allowed = true;
    const stream = whileAllowed(pubsub.subscribe<number>('room'), async () => allowed);
    await pubsub.publish('room', 1);
    expect(await stream.next()).toEqual({ value: 1, done: false });
    allowed = false;
    await pubsub.publish('room', 2);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect((pubsub as unknown as { fanout: { count(t: string): number } }).fanout.count('room')).toBe(0);
  });
});

const listeners = (pubsub: MemoryPubSub, topic: string) =>
  (pubsub as unknown as { fanout: { count(t: string): number } }).fanout.count(topic);

describe('endAfter', () => {
  it('delivers up to and including the final value, then ends and releases the source', async () => {
    const pubsub = new MemoryPubSub();
    const stream = endAfter(pubsub.subscribe<string>('match'), (state) => state === 'WON');
    expect(listeners(pubsub, 'match')).toBe(1);
    for (const state of ['PLAYING', 'WON', 'AFTER']) await pubsub.publish('match', state);
    expect(await take(stream, 5)).toEqual(['PLAYING', 'WON']);
    expect(listeners(pubsub, 'match')).toBe(0);
  });

  it('return() releases the source at once (a client leaving)', async () => {
    const pubsub = new MemoryPubSub();
    const stream = endAfter(pubsub.subscribe<string>('match'), () => false);
    expect(listeners(pubsub, 'match')).toBe(1);
    await stream.return?.();
    expect(listeners(pubsub, 'match')).toBe(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});

describe('once', () => {
  it('yields its value once, then ends', async () => {
    expect(await take(once('final'), 3)).toEqual(['final']);
  });
});

describe('listenThen', () => {
  it('returns the check result with the source still listening', async () => {
    const pubsub = new MemoryPubSub();
    const source = pubsub.subscribe<number>('poll');
    expect(await listenThen(source, async () => 7)).toBe(7);
    expect(listeners(pubsub, 'poll')).toBe(1);
    await source.return?.();
  });

  it('releases the source and rethrows when the check fails', async () => {
    const pubsub = new MemoryPubSub();
    const source = pubsub.subscribe<number>('poll');
    await expect(listenThen(source, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(listeners(pubsub, 'poll')).toBe(0);
  });
});
