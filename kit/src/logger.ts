import pino, { type Logger } from 'pino';

export type { Logger };

/** Keys whose values never reach a log line. */
const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'variables.password',
  'variables.input.password',
  'variables.refreshToken',
];

let stdout: pino.DestinationStream | undefined;

/**
 * Standard output, written asynchronously and shared by every logger of the process. A synchronous
 * write blocks the event loop whenever the reader of the pipe (a log shipper, a terminal, the parent
 * process) falls behind; under load that was a quarter of the router's busy time in a CPU profile
 * (bench/README.md, gateways). Lines written while one write is in flight go out together in the
 * next; pino flushes what is left when the process exits (not after kill -9). A reader stuck for
 * good costs at most 16 MiB of buffered lines; later lines are dropped rather than growing the heap.
 * One stream for the whole process, so that lines of different services never interleave inside
 * one write. Measured: `bench gateways --gateway router --query single`, 2,661 → 3,786 rps and
 * 0.375 → 0.261 ms router CPU per request (bench/README.md).
 */
function sharedStdout(): pino.DestinationStream {
  stdout ??= pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * Creates the structured JSON logger of one service. Every line carries `service`; secrets named in
 * {@link REDACT} are replaced by `[redacted]`.
 */
export function createLogger(service: string, level: string): Logger {
  return pino(
    {
      level,
      base: { service },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    sharedStdout(),
  );
}
