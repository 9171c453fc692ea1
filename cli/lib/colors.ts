/**
 * ANSI colour that appears only where a person reads it: on a TTY, when NO_COLOR is unset or empty
 * (https://no-color.org) and TERM is not "dumb". Off a TTY every function returns its text unchanged.
 */

export interface ColorStream {
  isTTY?: boolean;
}

export interface Colors {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** Whether `stream` should get colour under `env`. */
export function colorEnabled(stream: ColorStream, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const wrap = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** The colour functions for one output stream. */
export function createColors(stream: ColorStream, env: Readonly<Record<string, string | undefined>>): Colors {
  const enabled = colorEnabled(stream, env);
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

/** Removes ANSI escape sequences (for widths and for tests). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}
