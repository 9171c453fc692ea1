/**
 * Command specs and their parsing on node:util `parseArgs`: a program with options and positionals,
 * optionally one level of subcommands (`task-cli add "Buy milk"`), and `--help` text generated from
 * the same spec, so help and parsing never disagree.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** The placeholder in help, e.g. `<url>` (default `<value>`). */
  valueName?: string;
  /** Shown in help as "(default: …)"; the handler applies it. */
  defaultText?: string;
  /** Allowed values of a string option; anything else is a usage error. */
  choices?: readonly string[];
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** Required unless `optional` is set. */
  optional?: boolean;
  /** Allowed values; anything else is a usage error. */
  choices?: readonly string[];
  /** Free text: extra arguments after it get the hint to quote text with spaces. */
  text?: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line, shown in the command list and under Usage. */
  summary: string;
  /** More paragraphs for this command's --help. */
  description?: string;
  positionals?: readonly PositionalSpec[];
  options?: Readonly<Record<string, OptionSpec>>;
  examples?: readonly string[];
}

export interface ProgramSpec extends CommandSpec {
  /** Subcommands; when present, the first positional picks one. */
  commands?: readonly CommandSpec[];
  /** Offer `--json` (machine-readable output) on every command. */
  json?: boolean;
  /** Extra lines at the end of the program's help (environment variables, files). */
  footer?: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** What the command line asked for. */
export interface ParsedArgs {
  /** The subcommand's name, or undefined for a program without subcommands. */
  command: string | undefined;
  options: OptionValues;
  /** Positionals by name (absent optional ones are missing). */
  positionals: Readonly<Record<string, string>>;
  /** Positionals in order. */
  rest: readonly string[];
  help: boolean;
  json: boolean;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };
const JSON_OPTION: OptionSpec = { type: 'boolean', description: 'machine-readable JSON output' };

function globalOptions(program: ProgramSpec): Record<string, OptionSpec> {
  return { ...(program.options ?? {}), ...(program.json ? { json: JSON_OPTION } : {}), help: HELP };
}

function toParseArgs(options: Record<string, OptionSpec>): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(options))
    config[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  return config;
}

/** Negative numbers are positionals (`unit-converter -40 c f`), not short options. */
const NEGATIVE = /^-\d+(\.\d+)?([eE][-+]?\d+)?$/;
const MARK = '\u0000';

function parseError(error: unknown, known: Record<string, OptionSpec>): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
    const bare = flag.replace(/^-+/, '').replace(/=.*$/, '');
    const close = Object.keys(known).find((name) => distance(bare, name) <= 2);
    return new UsageError(`unknown option ${flag}${close ? ` (did you mean --${close}?)` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--([\w-]+)/.exec(message)?.[1];
    if (flag && known[flag]?.type === 'boolean') return new UsageError(`--${flag} takes no value`);
    if (flag) return new UsageError(`--${flag} needs a value`);
  }
  return new UsageError(message.replace(/\n[\s\S]*$/, ''));
}

/** Edit distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  // One row of the Levenshtein table; every index read below lies within 0..b.length.
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Parses `argv` (without `node` and the script) against `program`. Throws UsageError for an unknown
 * option or subcommand, a missing value, a missing or extra positional, or a value not in `choices`.
 * `--help` anywhere wins over every other problem except an unknown subcommand.
 */
export function parseCommandLine(program: ProgramSpec, argv: readonly string[]): ParsedArgs {
  const negatives = new Map<string, string>();
  const args = argv.map((arg, i) => {
    if (!NEGATIVE.test(arg)) return arg;
    const key = `${MARK}${i}`;
    negatives.set(key, arg);
    return key;
  });
  const unmark = (value: string) => negatives.get(value) ?? value;
  const globals = globalOptions(program);

  let command: CommandSpec = program;
  let commandName: string | undefined;
  if (program.commands?.length) {
    // First pass, lenient: which positional names the subcommand? Options of every subcommand are
    // known here so that an option's value is not taken for the subcommand.
    const all: Record<string, OptionSpec> = { ...globals };
    for (const c of program.commands) Object.assign(all, c.options ?? {});
    const { tokens = [], values } = parseArgs({ args, options: toParseArgs(all), strict: false, allowPositionals: true, tokens: true });
    const first = tokens.find((t) => t.kind === 'positional');
    if (!first || first.kind !== 'positional') {
      if (values.help) return { command: undefined, options: {}, positionals: {}, rest: [], help: true, json: values.json === true };
      throw new UsageError(`missing command; one of: ${program.commands.map((c) => c.name).join(', ')}`);
    }
    const name = unmark(first.value);
    const found = program.commands.find((c) => c.name === name);
    if (!found) {
      const close = program.commands.find((c) => distance(name, c.name) <= 2);
      throw new UsageError(
        `unknown command "${name}"${close ? ` (did you mean "${close.name}"?)` : ''}; one of: ${program.commands.map((c) => c.name).join(', ')}`,
      );
    }
    command = found;
    commandName = found.name;
    args.splice(first.index, 1);
  }

  const known = command === program ? globals : { ...globals, ...(command.options ?? {}) };
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: toParseArgs(known), strict: true, allowPositionals: true });
  } catch (error) {
    if (args.includes('--help') || args.includes('-h'))
      return { command: commandName, options: {}, positionals: {}, rest: [], help: true, json: false };
    throw parseError(error, known);
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [key, value] of Object.entries(parsed.values)) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    values[key] = typeof last === 'string' ? unmark(last) : last;
  }
  const help = values.help === true;
  const json = values.json === true;
  const rest = parsed.positionals.map(unmark);
  if (help) return { command: commandName, options: values, positionals: {}, rest, help, json };

  for (const [name, spec] of Object.entries(known)) {
    const value = values[name];
    if (spec.type === 'string' && value === '') throw new UsageError(`--${name} needs a value`);
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}; got "${value}"`);
    }
  }
  const specs = command.positionals ?? [];
  const positionals: Record<string, string> = {};
  specs.forEach((spec, i) => {
    const value = rest[i];
    if (value === undefined) {
      if (!spec.optional) throw new UsageError(`missing <${spec.name}>: ${spec.description}`);
      return;
    }
    if (spec.choices && !spec.choices.includes(value))
      throw new UsageError(`<${spec.name}> must be one of ${spec.choices.join(', ')}; got "${value}"`);
    positionals[spec.name] = value;
  });
  if (rest.length > specs.length) {
    const extra = rest
      .slice(specs.length)
      .map((a) => `"${a}"`)
      .join(' ');
    const quote = specs.some((s) => s.text) ? ' (put text with spaces in quotes)' : '';
    throw new UsageError(`unexpected argument${rest.length - specs.length > 1 ? 's' : ''} ${extra}${quote}`);
  }
  return { command: commandName, options: values, positionals, rest, help, json };
}

function usageLine(prefix: string, command: CommandSpec, hasOptions: boolean): string {
  const parts = prefix ? [prefix] : [];
  for (const p of command.positionals ?? []) parts.push(p.optional ? `[${p.name}]` : `<${p.name}>`);
  if (hasOptions) parts.push('[options]');
  return parts.join(' ');
}

function optionRows(options: Record<string, OptionSpec>): [string, string][] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? (spec.choices ? `<${spec.choices.join('|')}>` : '<value>')}` : ''}`;
    const notes = spec.defaultText ? ` (default: ${spec.defaultText})` : '';
    return [flag, `${spec.description}${notes}`];
  });
}

function table(rows: [string, string][]): string[] {
  const width = Math.min(32, Math.max(...rows.map(([left]) => left.length)));
  return rows.map(([left, right]) =>
    left.length > width ? `  ${left}\n  ${' '.repeat(width)}  ${right}` : `  ${left.padEnd(width)}  ${right}`,
  );
}

/** The --help text of the program, or of one of its subcommands. */
export function helpText(program: ProgramSpec, commandName?: string): string {
  const globals = globalOptions(program);
  const command = commandName ? program.commands?.find((c) => c.name === commandName) : undefined;
  const lines: string[] = [];
  if (command) {
    const own = command.options ?? {};
    lines.push(`Usage: ${usageLine(`${program.name} ${command.name}`, command, true)}`, '', command.summary);
    if (command.description) lines.push('', command.description);
    if (command.positionals?.length) {
      lines.push(
        '',
        'Arguments:',
        ...table(
          command.positionals.map((p) => [
            p.name,
            `${p.description}${p.choices ? ` (${p.choices.join(', ')})` : ''}${p.optional ? ' (optional)' : ''}`,
          ]),
        ),
      );
    }
    lines.push('', 'Options:', ...table(optionRows({ ...own, ...globals })));
    if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
    return lines.join('\n');
  }
  if (program.commands?.length) {
    lines.push(`Usage: ${program.name} <command> [arguments] [options]`, '', program.summary);
    if (program.description) lines.push('', program.description);
    const rows = program.commands.map((c): [string, string] => [usageLine(c.name, c, false), c.summary]);
    lines.push('', 'Commands:', ...table(rows));
  } else {
    lines.push(`Usage: ${usageLine(program.name, program, true)}`, '', program.summary);
    if (program.description) lines.push('', program.description);
    if (program.positionals?.length)
      lines.push(
        '',
        'Arguments:',
        ...table(program.positionals.map((p) => [p.name, `${p.description}${p.optional ? ' (optional)' : ''}`])),
      );
  }
  lines.push('', 'Options:', ...table(optionRows(globals)));
  if (program.examples?.length) lines.push('', 'Examples:', ...program.examples.map((e) => `  ${e}`));
  if (program.commands?.length) lines.push('', `Run "${program.name} <command> --help" for a command's arguments and options.`);
  if (program.footer) lines.push('', program.footer);
  lines.push('', 'Exit codes: 0 ok, 1 error (bad input, not found, unreachable server), 2 usage error.');
  return lines.join('\n');
}
