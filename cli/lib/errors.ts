/**
 * The errors a command throws to end with a message and an exit code. `runProgram` prints them on
 * stderr (as JSON with --json) and returns their exit code; anything else is an unexpected failure.
 */

/** Exit codes shared by every Hubgraph CLI. */
export const EXIT = { ok: 0, user: 1, usage: 2 } as const;

/** A failure the user can act on (unknown id, unreadable file, unreachable server): exit 1 by default. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly options: {
      /** Exit code, 1 unless given. */
      exitCode?: number;
      /** A machine-readable code for --json output, e.g. NOT_FOUND, BAD_INPUT, UNREACHABLE. */
      code?: string;
      /** A second line telling the user what to do next. */
      hint?: string;
    } = {},
  ) {
    super(message);
    this.name = 'CliError';
  }

  get exitCode(): number {
    return this.options.exitCode ?? EXIT.user;
  }

  get code(): string {
    return this.options.code ?? 'ERROR';
  }
}

/** The command line itself is wrong (unknown option, missing argument): exit 2, with a pointer to --help. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: EXIT.usage, code: 'USAGE', hint });
    this.name = 'UsageError';
  }
}
