/**
 * `unit-converter`: converts lengths, weights and temperatures offline (catalogue #7), with the same
 * units and rules as the basics subgraph's `convertUnits` (subgraphs/basics/src/units.ts). One
 * conversion from the arguments, or an interactive session without them. See cli/unit-converter/README.md.
 */
import { convert, listUnits, UnitError, type ConversionResult, type Dimension } from '../../subgraphs/basics/src/units';
import { CliError, createPrompt, parseNumber, runMain, UsageError, type Context, type ProgramSpec } from '../lib';

export const PROGRAM: ProgramSpec = {
  name: 'unit-converter',
  summary: 'Converts lengths, weights and temperatures: unit-converter 20 ft m. Without arguments it asks, line by line.',
  json: true,
  positionals: [
    { name: 'value', description: 'the number to convert (e.g. 20, -40, 1.5e3)', optional: true },
    { name: 'from', description: 'its unit (symbol or name: ft, foot, feet, °C, kg…)', optional: true },
    { name: 'to', description: 'the unit to convert to', optional: true },
  ],
  options: {
    precision: { type: 'string', valueName: '<digits>', description: 'decimal places of the result (0 to 15)', defaultText: '6' },
    list: { type: 'boolean', description: 'list the known units (with --dimension, of one kind)' },
    dimension: {
      type: 'string',
      valueName: '<kind>',
      description: 'length, weight or temperature (with --list)',
      choices: ['length', 'weight', 'temperature'],
    },
  },
};

/** A UnitError as the user's error (exit 1), naming what to fix. */
function converted(value: number, from: string, to: string, precision: number): ConversionResult {
  try {
    return convert(value, from, to, precision);
  } catch (error) {
    if (error instanceof UnitError)
      throw new CliError(error.message, { code: 'BAD_INPUT', hint: 'Run "unit-converter --list" for the units.' });
    throw error;
  }
}

function print(ctx: Context, result: ConversionResult): void {
  if (ctx.json)
    ctx.printJson({ value: result.value, from: result.from.symbol, to: result.to.symbol, result: result.result, text: result.text });
  else ctx.out(result.text);
}

async function interactive(ctx: Context, precision: number): Promise<void> {
  const prompt = createPrompt(ctx.io.stdin, ctx.io.stdout);
  ctx.out('Convert lengths, weights and temperatures. Type a value and two units ("20 ft m"), an empty line to quit.');
  try {
    for (;;) {
      const line = await prompt.ask('> ');
      if (line === undefined || line === '' || line === 'quit' || line === 'exit') return;
      const parts = line.split(/\s+/);
      if (parts.length < 3) {
        ctx.err('Type a value and two units, e.g. "20 ft m" or "-40 C F".');
        continue;
      }
      const unitFrom = parts.slice(1, -1).join(' ');
      try {
        const value = parseNumber(parts[0]!, 'the value');
        print(ctx, converted(value, unitFrom, parts.at(-1)!, precision));
      } catch (error) {
        // In a session a mistake is reported and the next line is read.
        if (error instanceof CliError) ctx.err(ctx.errColor.red(error.message));
        else throw error;
      }
    }
  } finally {
    prompt.close();
  }
}

export async function handle(ctx: Context): Promise<void> {
  const { positionals, options } = ctx.args;
  const precision = parseNumber(typeof options.precision === 'string' ? options.precision : '6', '--precision', { min: 0, max: 15 });
  if (!Number.isInteger(precision)) throw new UsageError('--precision must be a whole number from 0 to 15');
  if (options.list === true) {
    const dimension = typeof options.dimension === 'string' ? (options.dimension.toUpperCase() as Dimension) : undefined;
    const units = listUnits(dimension);
    if (ctx.json) ctx.printJson(units.map((u) => ({ symbol: u.symbol, name: u.name, dimension: u.dimension.toLowerCase() })));
    else for (const u of units) ctx.out(`${u.symbol.padEnd(3)} ${u.name.padEnd(18)} ${u.dimension.toLowerCase()}`);
    return;
  }
  const { value, from, to } = positionals;
  if (value === undefined) {
    await interactive(ctx, precision);
    return;
  }
  if (from === undefined || to === undefined)
    throw new UsageError(`missing <${from === undefined ? 'from' : 'to'}>: name both units, e.g. unit-converter 20 ft m`);
  print(ctx, converted(parseNumber(value, '<value>'), from, to, precision));
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
