export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Share of failed calls in the window that opens the breaker (0..1). */
  failureRatio: number;
  /** Calls the window must hold before the ratio counts (a single failure is not a trend). */
  minimumCalls: number;
  /** Length of the rolling window. */
  windowMs: number;
  /** Time an open breaker rejects calls before letting one trial through. */
  openMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureRatio: 0.5, minimumCalls: 10, windowMs: 10_000, openMs: 5_000 };

/** Thrown by {@link CircuitBreaker.admit} when no call may go out (unless the owner supplies its own error). */
export class BreakerOpenError extends Error {
  constructor(
    readonly breaker: string,
    readonly state: BreakerState,
  ) {
    super(`circuit breaker ${breaker} is ${state}`);
    this.name = 'BreakerOpenError';
  }
}

/** What a breaker reports about itself (metrics, `providerStatus()`). */
export interface BreakerSnapshot {
  state: BreakerState;
  /** Calls and failures counted in the rolling window now. */
  calls: number;
  failures: number;
  /** Times the breaker opened since start. */
  opens: number;
}

/**
 * The one circuit breaker of the project (catalogue #37): the router keeps one per subgraph
 * (router/src/breaker.ts rejects with SUBGRAPH_UNAVAILABLE), the outbound client one per provider
 * (kit/src/outbound.ts). Closed: calls pass and outcomes are counted in a rolling window; when at
 * least `minimumCalls` happened and the failure share reaches `failureRatio`, it opens. Open: calls
 * fail at once with the owner's error (`reject`; by default a {@link BreakerOpenError}). After
 * `openMs` it is half-open: one trial call passes; success closes it, failure opens it again. The
 * breaker itself retries nothing.
 */
export class CircuitBreaker {
  private stateValue: BreakerState = 'closed';
  private openedAt = 0;
  private trialInFlight = false;
  /**
   * The rolling window as ten buckets of calls and failures (oldest first) with running totals, so
   * recording a call costs the same whatever the traffic; a list of every call in the window cost a
   * scan of thousands of entries per subgraph fetch under load.
   */
  private buckets: { start: number; calls: number; failures: number }[] = [];
  private calls = 0;
  private failures = 0;
  /** Times the breaker opened since start (for metrics). */
  opens = 0;

  constructor(
    readonly name: string,
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
    private readonly onChange: (name: string, state: BreakerState) => void = () => undefined,
    private readonly reject: (name: string, state: BreakerState) => Error = (name, state) => new BreakerOpenError(name, state),
  ) {}

  /** The state and the rolling window's counts, for metrics and status queries. */
  snapshot(): BreakerSnapshot {
    const state = this.state;
    this.expire(Date.now());
    return { state, calls: this.calls, failures: this.failures, opens: this.opens };
  }

  get state(): BreakerState {
    if (this.stateValue === 'open' && Date.now() - this.openedAt >= this.options.openMs) this.transition('half_open');
    return this.stateValue;
  }

  /**
   * Throws when the call may not go out; returns a function to report its outcome: `true` (the
   * peer answered), `false` (the peer failed: transport error, timeout, 5xx) or `undefined`
   * (the call says nothing about the peer: it failed before it was sent, or the peer refused
   * the request itself). Only `false` counts against the peer, so no client input can open it.
   */
  admit(): (ok: boolean | undefined) => void {
    const state = this.state;
    if (state === 'open' || (state === 'half_open' && this.trialInFlight)) throw this.reject(this.name, state);
    const trial = state === 'half_open';
    if (trial) this.trialInFlight = true;
    return (ok: boolean | undefined) => {
      if (trial) {
        this.trialInFlight = false;
        // Undecided: the next call is the trial.
        if (ok === undefined) return;
        if (ok) {
          this.buckets = [];
          this.calls = 0;
          this.failures = 0;
          this.transition('closed');
        } else {
          this.open();
        }
        return;
      }
      if (ok !== undefined) this.record(ok);
    };
  }

  private record(ok: boolean): void {
    const now = Date.now();
    const width = Math.max(1, this.options.windowMs / 10);
    const start = now - (now % width);
    this.expire(now);
    let current = this.buckets[this.buckets.length - 1];
    if (!current || current.start !== start) this.buckets.push((current = { start, calls: 0, failures: 0 }));
    current.calls++;
    this.calls++;
    if (!ok) {
      current.failures++;
      this.failures++;
    }
    if (this.stateValue !== 'closed' || this.calls < this.options.minimumCalls) return;
    if (this.failures / this.calls >= this.options.failureRatio) this.open();
  }

  /** Buckets that ended before the window began no longer count. */
  private expire(now: number): void {
    const width = Math.max(1, this.options.windowMs / 10);
    while (this.buckets[0] && this.buckets[0].start + width <= now - this.options.windowMs) {
      const old = this.buckets.shift()!;
      this.calls -= old.calls;
      this.failures -= old.failures;
    }
  }

  private open(): void {
    this.openedAt = Date.now();
    this.opens++;
    this.transition('open');
  }

  private transition(next: BreakerState): void {
    if (next === this.stateValue) return;
    this.stateValue = next;
    this.onChange(this.name, next);
  }
}
