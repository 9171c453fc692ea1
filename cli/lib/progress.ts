/**
 * A one-line progress bar for long jobs, drawn on a TTY only (off a TTY, in pipes and CI logs, every
 * call does nothing, so output stays clean). Redraws at most every 100 ms.
 */
export interface ProgressBar {
  /** Sets how much is done (same unit as total). */
  update(done: number, note?: string): void;
  /** Draws the final state and ends the line. */
  finish(note?: string): void;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Total amount of work; 0 or undefined draws a counter without a bar. */
  total?: number;
  label?: string;
  /** How `done` is shown (default: the number). */
  format?: (n: number) => string;
  /** Clock, for tests. */
  now?: () => number;
}

const NOOP: ProgressBar = { update: () => undefined, finish: () => undefined };

export function createProgressBar(options: ProgressOptions): ProgressBar {
  const { stream } = options;
  if (stream.isTTY !== true) return NOOP;
  const now = options.now ?? Date.now;
  const format = options.format ?? String;
  const label = options.label ? `${options.label} ` : '';
  let last = -Infinity;
  let done = 0;
  let finished = false;
  const draw = (note?: string) => {
    const total = options.total ?? 0;
    const columns = stream.columns ?? 80;
    const counts = total > 0 ? `${format(done)}/${format(total)}` : format(done);
    const suffix = ` ${counts}${note ? ` ${note}` : ''}`;
    let bar = '';
    if (total > 0) {
      const ratio = Math.min(1, Math.max(0, done / total));
      const width = Math.max(10, Math.min(40, columns - label.length - suffix.length - 8));
      const filled = Math.round(ratio * width);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%`;
    }
    stream.write(`\r\u001b[2K${label}${bar}${suffix}`.slice(0, columns + 8));
  };
  return {
    update(value, note) {
      if (finished) return;
      done = value;
      const t = now();
      if (t - last < 100) return;
      last = t;
      draw(note);
    },
    finish(note) {
      if (finished) return;
      finished = true;
      draw(note);
      stream.write('\n');
    },
  };
}
