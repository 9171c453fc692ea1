import type { Clock } from '../../kit';

/**
 * A clock a test moves by hand: pass it to `startTestStack({ clock })` (every subgraph's `deps.clock`
 * and the router's session cache read it) and call `advance(ms)` instead of sleeping for a timeout.
 * It starts at the real time, so stored timestamps stay plausible.
 */
export class TestClock implements Clock {
  private at: number;

  constructor(start: number = Date.now()) {
    this.at = start;
  }

  now(): Date {
    return new Date(this.at);
  }

  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`a test clock only moves forward (advance(${ms}))`);
    this.at += ms;
  }
}
