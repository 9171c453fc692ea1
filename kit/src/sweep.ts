/**
 * Background sweeps: work a subgraph does on a timer, whoever is signed in (recurring expenses that
 * fall due, scheduled posts that go live, holds that expire). Every replica runs the same sweep; the
 * work itself must claim each item with a conditional update so that it happens once however many
 * replicas sweep at the same moment. Here: one run at a time per process, failures logged (the next
 * tick tries again), and a stop that waits for a running sweep before the database closes.
 */
import type { Logger } from './logger';

export interface SweepOptions {
  /** For the log line when a run fails (e.g. 'recurring expense sweep'). */
  name: string;
  /** Interval in ms; 0 starts nothing (tests that call the work themselves). */
  everyMs: number;
  /** One run; what it resolves to is ignored. */
  run: () => Promise<unknown>;
  log: Logger;
}

/**
 * Starts a sweep (see the module comment) and returns the `Started` a definition's `start` hook
 * returns, or undefined when `everyMs` is 0. The timer is unref'd: it never keeps a process alive.
 */
export function startSweep(options: SweepOptions): { stop: () => Promise<void> } | undefined {
  if (options.everyMs === 0) return undefined;
  let inFlight: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = options
      .run()
      .then(() => undefined)
      .catch((err: unknown) => options.log.warn({ err: String(err) }, `${options.name} failed`))
      .finally(() => (inFlight = null));
  }, options.everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
    },
  };
}
