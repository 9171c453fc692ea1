import { helpText, parseCommandLine, UsageError, type ProgramSpec } from '.';
import { spawnInPty } from '../../test/helpers/pty';
import { runCli } from '../../test/helpers/run-cli';

const DEMO = 'cli/lib/fixtures/demo.ts';

const spec: ProgramSpec = {
  name: 'calc',
  summary: 'Calculates.',
  json: true,
  options: { precision: { type: 'string', description: 'digits', choices: ['1', '2'] } },
  positionals: [
    { name: 'value', description: 'a number' },
    { name: 'unit', description: 'a unit', optional: true },
  ],
};

describe('parseCommandLine', () => {
  it('reads options, positionals by name, and negative numbers as positionals', () => {
    const parsed = parseCommandLine(spec, ['-40', '--precision', '2', 'c']);
    expect(parsed.positionals).toEqual({ value: '-40', unit: 'c' });
    expect(parsed.options.precision).toBe('2');
    expect(parsed.json).toBe(false);
    expect(parseCommandLine(spec, ['-1.5e3', '--json']).positionals).toEqual({ value: '-1.5e3' });
  });

  it('refuses unknown options (with a hint), missing and extra positionals, and values outside the choices', () => {
    const problem = (argv: string[]) => {
      try {
        parseCommandLine(spec, argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('parsed');
    };
    expect(problem(['1', '--precison', '2'])).toBe('unknown option --precison (did you mean --precision?)');
    expect(problem([])).toBe('missing <value>: a number');
    expect(problem(['1', 'm', 'x'])).toBe('unexpected argument "x"');
    expect(problem(['1', '--precision', '3'])).toBe('--precision must be one of 1, 2; got "3"');
    expect(problem(['1', '--precision'])).toBe('--precision needs a value');
    expect(problem(['1', '--json=yes'])).toBe('--json takes no value');
  });

  it('generates help from the spec', () => {
    expect(helpText(spec)).toBe(
      [
        'Usage: calc <value> [unit] [options]',
        '',
        'Calculates.',
        '',
        'Arguments:',
        '  value  a number',
        '  unit   a unit (optional)',
        '',
        'Options:',
        '    --precision <1|2>  digits',
        '    --json             machine-readable JSON output',
        '-h, --help             show this help',
        '',
        'Exit codes: 0 ok, 1 error (bad input, not found, unreachable server), 2 usage error.',
      ]
        .map((l) => (l.startsWith('-h') || l.startsWith('    --') ? `  ${l}` : l))
        .join('\n'),
    );
  });
});

describe('a CLI on cli/lib, as a subprocess', () => {
  it('runs a subcommand: output on stdout, nothing on stderr, exit 0, no colour off a TTY', async () => {
    expect(await runCli(DEMO, ['greet', 'Ada', '--loud'])).toEqual({ stdout: 'HELLO, ADA!\n', stderr: '', code: 0, signal: null });
    expect(await runCli(DEMO, ['add', '-2', '0.5', '--json'])).toMatchObject({ stdout: '{\n  "sum": -1.5\n}\n', code: 0 });
  });

  it('prints help for the program and for a subcommand, exit 0', async () => {
    const program = await runCli(DEMO, ['--help']);
    expect(program.code).toBe(0);
    expect(program.stdout).toContain('Usage: demo <command> [arguments] [options]');
    expect(program.stdout).toContain('  greet <name>  Say hello');
    const command = await runCli(DEMO, ['greet', '-h']);
    expect(command.stdout).toContain('Usage: demo greet <name> [options]');
    expect(command.stdout).toContain('    --times <n>  how often (default: 1)');
  });

  it('usage errors: stderr, exit 2, a pointer to --help', async () => {
    expect(await runCli(DEMO, ['gret', 'Ada'])).toEqual({
      stdout: '',
      stderr:
        'demo: error: unknown command "gret" (did you mean "greet"?); one of: greet, add, fail, chat, progress\nRun "demo --help" for usage.\n',
      code: 2,
      signal: null,
    });
    const extra = await runCli(DEMO, ['greet', 'Ada', 'Lovelace']);
    expect(extra.stderr).toBe(
      'demo: error: unexpected argument "Lovelace" (put text with spaces in quotes)\nRun "demo greet --help" for usage.\n',
    );
    expect(extra.code).toBe(2);
    expect((await runCli(DEMO, ['add', '1', 'x'])).stderr).toBe(
      'demo: error: <b> must be a number; got "x"\nRun "demo add --help" for usage.\n',
    );
    expect((await runCli(DEMO, [])).code).toBe(2);
  });

  it('user errors exit 1 with a hint; unexpected ones exit 1 as unexpected; --json errors are JSON on stderr', async () => {
    expect(await runCli(DEMO, ['fail', 'user'])).toEqual({
      stdout: '',
      stderr: 'demo: error: no such thing\nTry another thing.\n',
      code: 1,
      signal: null,
    });
    expect(await runCli(DEMO, ['fail', 'crash'])).toMatchObject({ stderr: 'demo: error: unexpected failure: boom\n', code: 1 });
    const json = await runCli(DEMO, ['fail', 'user', '--json']);
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'NOT_FOUND', message: 'no such thing', hint: 'Try another thing.' } });
    expect(json.code).toBe(1);
  });

  it('reads piped lines with the prompt, and stops at end of input', async () => {
    expect(await runCli(DEMO, ['chat'], { stdin: 'Ada\nGrace\n' })).toMatchObject({
      stdout: 'Name? Hi Ada\nName? Hi Grace\nName? End of input.\n',
      code: 0,
    });
    expect((await runCli(DEMO, ['chat'], { stdin: 'Ada\n\nignored\n' })).stdout).toBe('Name? Hi Ada\nName? Bye.\n');
  });

  it('draws no progress bar off a TTY', async () => {
    expect(await runCli(DEMO, ['progress'])).toMatchObject({ stdout: 'finished\n', stderr: '', code: 0 });
  });
});

describe('a CLI on cli/lib, in a pseudo-terminal', () => {
  it('colours on a TTY, and not with NO_COLOR', async () => {
    const coloured = spawnInPty(DEMO, ['greet', 'Ada']);
    expect(await coloured.exited).toBe(0);
    expect(coloured.raw()).toContain('\u001b[32mHello, Ada!\u001b[39m');
    const plain = spawnInPty(DEMO, ['greet', 'Ada'], { env: { NO_COLOR: '1' } });
    expect(await plain.exited).toBe(0);
    expect(plain.raw()).not.toContain('\u001b[');
    expect(plain.text()).toContain('Hello, Ada!');
  });

  it('prompts interactively and ends on Ctrl-C with exit 130', async () => {
    const session = spawnInPty(DEMO, ['chat']);
    await session.waitFor('Name? ');
    session.write('Ada\r');
    await session.waitFor('Hi Ada\n');
    session.write('\u0003');
    await session.waitFor('Interrupted.');
    expect(await session.exited).toBe(130);
  });

  it('draws a progress bar on a TTY', async () => {
    const session = spawnInPty(DEMO, ['progress']);
    expect(await session.exited).toBe(0);
    expect(session.text()).toContain(`work [${'#'.repeat(20)}${'-'.repeat(20)}]  50% 2/4`);
    expect(session.text()).toContain('100% 4/4 done\nfinished');
  });
});
