/**
 * A small line prompt for interactive modes. `ask` resolves with the line typed (trimmed), or
 * undefined when input ends (Ctrl-D, a closed pipe) or Ctrl-C is pressed; lines that arrive before
 * they are asked for (piped input) are kept in order, so `printf '1\n2\n' | cli` works like typing.
 */
import { createInterface } from 'node:readline';

export interface Prompt {
  /** Shows `question` and waits for one line; undefined at end of input or after Ctrl-C. */
  ask(question: string): Promise<string | undefined>;
  /** Whether input ended by Ctrl-C (rather than end of file). */
  readonly interrupted: boolean;
  close(): void;
}

/** Longest line accepted; a longer one is cut (input is bounded like everything else). */
const MAX_LINE = 4096;

export function createPrompt(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream & { isTTY?: boolean },
): Prompt {
  const rl = createInterface({ input, output, terminal: input.isTTY === true && output.isTTY === true });
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  let interrupted = false;
  rl.on('line', (line) => {
    const value = line.slice(0, MAX_LINE).trim();
    const next = waiting.shift();
    if (next) next(value);
    else lines.push(value);
  });
  rl.on('SIGINT', () => {
    interrupted = true;
    output.write('\n');
    rl.close();
  });
  rl.on('close', () => {
    closed = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  });
  return {
    ask(question) {
      output.write(question);
      const ready = lines.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    get interrupted() {
      return interrupted;
    },
    close() {
      rl.close();
    },
  };
}
