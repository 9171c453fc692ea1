/**
 * cli/lib: the toolkit every Hubgraph CLI is built on. A CLI declares a ProgramSpec (options,
 * positionals, subcommands), calls `runMain(spec, handler)`, and gets --help from the spec, exit codes
 * (0 ok, 1 CliError, 2 UsageError), errors on stderr, --json, colour only on a TTY, a line prompt for
 * interactive modes and a TTY progress bar. See cli/lib/README.md.
 */
export {
  parseCommandLine,
  helpText,
  distance,
  type CommandSpec,
  type OptionSpec,
  type PositionalSpec,
  type ProgramSpec,
  type ParsedArgs,
  type OptionValues,
} from './args';
export { CliError, UsageError, EXIT } from './errors';
export { createColors, colorEnabled, stripAnsi, type Colors } from './colors';
export { runProgram, runMain, processIo, type Io, type Context, type Handler } from './run';
export { createPrompt, type Prompt } from './prompt';
export { createProgressBar, type ProgressBar, type ProgressOptions } from './progress';
export { parseNumber, parseId } from './values';
export { jsonFile, writeAtomically, type JsonFile } from './json-file';
