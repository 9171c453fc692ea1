import type { Logger, PubSub } from '../../../kit';
import { pollTopic, probeNonce, type PollSignal } from './service';

/** How often a new subscriber re-sends its probe until its channel proves live, and for how long. */
const PROBE_INTERVAL_MS = 50;
const PROBE_GIVE_UP_MS = 3_000;
/** setTimeout's longest delay; a later scheduled close re-arms the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface ResultsStreamOptions<T> {
  pubsub: PubSub;
  pollId: string;
  /** The poll's scheduled close, if any: the stream wakes up then, so subscribers see it close on time. */
  closesAt: Date | null;
  /** Reads the current totals from the database; called once per delivered event. */
  load: () => Promise<T>;
  /** True for a snapshot of a closed poll: it is delivered, then the stream ends. */
  isFinal: (snapshot: T) => boolean;
  /** Records a scheduled close that just passed (durably, once); called when the close timer fires. */
  onScheduledClose: () => Promise<void>;
  log: Logger;
}

/**
 * The event source of `pollResultsChanged`: an async iterator of fresh totals snapshots.
 *
 * - Coalescing: pub/sub signals only mark the stream dirty; each `next()` reads the totals once, so a
 *   burst of 500 votes during one read costs one more read, not 500, and the last snapshot delivered is
 *   always read after the last signal (exact final totals, whatever order signals arrived in).
 * - No missed votes at the start: Redis subscribes asynchronously, so the first snapshot is read only
 *   after this subscriber's own probe came back through the channel (or after 3 s, logged). Every change
 *   committed after that read signals a channel we already listen on.
 * - Scheduled close: a timer at `closesAt` records the close and delivers the final snapshot.
 * - Ends after delivering a closed poll's totals; `return()` (client left) releases everything at once.
 */
export function resultsStream<T>(options: ResultsStreamOptions<T>): AsyncIterableIterator<T> {
  const { pubsub, pollId, log } = options;
  const topic = pollTopic(pollId);
  const nonce = probeNonce();
  const source = pubsub.subscribe<PollSignal>(topic);
  let live = false;
  let dirty = false;
  let ended = false;
  let waiting: (() => void) | null = null;
  let closeTimer: NodeJS.Timeout | undefined;
  let probeTimer: NodeJS.Timeout | undefined;

  const wake = () => {
    const resolve = waiting;
    waiting = null;
    resolve?.();
  };
  const markLive = () => {
    if (!live) {
      live = true;
      clearInterval(probeTimer);
    }
    dirty = true;
    wake();
  };

  const release = () => {
    if (ended) return;
    ended = true;
    clearInterval(probeTimer);
    clearTimeout(closeTimer);
    void source.return?.();
    wake();
  };

  // Any message on the channel proves the subscription is live, a probe of another subscriber too. Once
  // live, only `changed` calls for a new read: other subscribers' probes say nothing about the poll.
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await source.next();
        if (done || ended) break;
        if (value.kind === 'changed' || !live) markLive();
      }
    } catch (error) {
      log.warn({ err: String(error), pollId }, 'poll results signal stream failed');
    }
    release();
  })();

  const sendProbe = () =>
    pubsub.publish(topic, { kind: 'probe', nonce } satisfies PollSignal).catch((error) => {
      log.warn({ err: String(error), pollId }, 'could not send a poll subscription probe');
    });
  const probeStarted = Date.now();
  void sendProbe();
  probeTimer = setInterval(() => {
    if (Date.now() - probeStarted > PROBE_GIVE_UP_MS) {
      log.warn({ pollId }, 'poll subscription probe never came back; delivering results without it');
      markLive();
      return;
    }
    void sendProbe();
  }, PROBE_INTERVAL_MS);

  const armCloseTimer = (closesAt: Date) => {
    const delay = closesAt.getTime() - Date.now();
    if (delay <= 0) return; // Already due: the first snapshot reads CLOSED.
    closeTimer = setTimeout(
      () => {
        if (ended) return;
        if (closesAt.getTime() > Date.now()) return armCloseTimer(closesAt);
        void options
          .onScheduledClose()
          .catch((error) => log.warn({ err: String(error), pollId }, 'could not record a scheduled poll close'))
          .finally(() => {
            dirty = true;
            wake();
          });
      },
      Math.min(delay + 5, MAX_TIMER_MS),
    );
  };
  if (options.closesAt) armCloseTimer(options.closesAt);

  const iterator: AsyncIterableIterator<T> = {
    async next() {
      while (!ended && !(live && dirty)) await new Promise<void>((resolve) => (waiting = resolve));
      if (ended) return { value: undefined, done: true };
      dirty = false;
      const snapshot = await options.load();
      if (options.isFinal(snapshot)) release();
      return { value: snapshot, done: false };
    },
    async return() {
      release();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      release();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
