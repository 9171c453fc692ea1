/** A one-line progress bar, drawn only when stderr is a terminal. */
export interface Progress {
  update(done: number, label: string): void;
  end(): void;
}

export function createProgress(stream: NodeJS.WriteStream, total: number, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, end: () => undefined };
  let last = 0;
  const draw = (done: number, label: string) => {
    const width = 24;
    const ratio = total > 0 ? Math.min(done / total, 1) : 1;
    const filled = Math.round(ratio * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows ${label.slice(0, 40).padEnd(40)}`);
  };
  return {
    update(done, label) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done, label);
    },
    end() {
      stream.write('\r\x1b[2K');
    },
  };
}
