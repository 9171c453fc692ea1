/**
 * `runProgram`: the one way a Hubgraph CLI starts. It parses the command line against the spec,
 * answers --help, runs the handler with its streams, and turns what the handler throws into a message
 * on stderr and an exit code: 0 ok, 1 CliError (the user's problem), 2 UsageError, 1 anything else
 * (reported as unexpected). With --json, errors go to stderr as `{"error":{"code","message"}}`.
 */
import { helpText, parseCommandLine, type ParsedArgs, type ProgramSpec } from './args';
import { createColors, type Colors } from './colors';
import { CliError, EXIT, UsageError } from './errors';

/** The process pieces a command touches; tests and embedders pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** What a handler gets: the parsed arguments and ways to write. */
export interface Context {
  args: ParsedArgs;
  io: Io;
  /** --json was given. */
  json: boolean;
  /** Colour for stdout (off unless stdout is a TTY and NO_COLOR is unset). */
  color: Colors;
  /** Colour for stderr. */
  errColor: Colors;
  /** Writes one line to stdout. */
  out(line?: string): void;
  /** Writes one line to stderr. */
  err(line?: string): void;
  /** Writes `value` as JSON (one document, two-space indent) to stdout. */
  printJson(value: unknown): void;
}

export type Handler = (ctx: Context) => Promise<number | void> | number | void;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `argv` (without node and the script) through `handler`; resolves with the exit code. */
export async function runProgram(program: ProgramSpec, argv: readonly string[], handler: Handler, io: Io = processIo()): Promise<number> {
  const errColor = createColors(io.stderr, io.env);
  const wantsJson = program.json === true && argv.includes('--json');
  const writeErr = (line = '') => io.stderr.write(`${line}\n`);
  const report = (error: CliError) => {
    if (wantsJson) {
      writeErr(
        JSON.stringify({
          error: { code: error.code, message: error.message, ...(error.options.hint ? { hint: error.options.hint } : {}) },
        }),
      );
      return error.exitCode;
    }
    writeErr(`${program.name}: ${errColor.red('error:')} ${error.message}`);
    if (error.options.hint) writeErr(error.options.hint);
    if (error instanceof UsageError) {
      const command = argv.find((a) => program.commands?.some((c) => c.name === a));
      writeErr(`Run "${program.name}${command ? ` ${command}` : ''} --help" for usage.`);
    }
    return error.exitCode;
  };

  let args: ParsedArgs;
  try {
    args = parseCommandLine(program, argv);
  } catch (error) {
    if (error instanceof CliError) return report(error);
    throw error;
  }
  if (args.help) {
    io.stdout.write(`${helpText(program, args.command)}\n`);
    return EXIT.ok;
  }
  const ctx: Context = {
    args,
    io,
    json: args.json,
    color: createColors(io.stdout, io.env),
    errColor,
    out: (line = '') => io.stdout.write(`${line}\n`),
    err: writeErr,
    printJson: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
  try {
    const code = await handler(ctx);
    return code ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) return report(error);
    const unexpected = new CliError(`unexpected failure: ${describe(error)}`, { code: 'INTERNAL' });
    const code = report(unexpected);
    if (io.env.DEBUG && error instanceof Error && error.stack) writeErr(error.stack);
    return code;
  }
}

/**
 * The entry point of an executable: runs process.argv and sets process.exitCode (not process.exit,
 * so piped output is flushed first).
 */
export function runMain(program: ProgramSpec, handler: Handler): void {
  void runProgram(program, process.argv.slice(2), handler).then((code) => {
    process.exitCode = code;
  });
}
