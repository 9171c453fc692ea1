/**
 * Units and conversions (catalogue #7), with no GraphQL or database in them: the basics subgraph serves
 * them (`convertUnits`, `units`) and the `unit-converter` CLI runs them offline. A bad value, unit or
 * pair throws {@link UnitError}, naming the argument at fault.
 */

/** What a conversion refuses: `field` is the argument at fault (`value`, `from`, `to`, `precision`). */
export class UnitError extends Error {
  constructor(
    message: string,
    readonly field: 'value' | 'from' | 'to' | 'precision',
  ) {
    super(message);
    this.name = 'UnitError';
  }
}

const badInput = (message: string, field: UnitError['field']) => new UnitError(message, field);

export type Dimension = 'LENGTH' | 'WEIGHT' | 'TEMPERATURE';

export interface UnitInfo {
  symbol: string;
  name: string;
  dimension: Dimension;
  aliases: string[];
}

interface LinearUnit extends UnitInfo {
  /** How many base units (metre, gram) one of this unit is. */
  factor: number;
}

interface TemperatureUnit extends UnitInfo {
  toKelvin: (v: number) => number;
  fromKelvin: (k: number) => number;
}

type AnyUnit = LinearUnit | TemperatureUnit;

const linear = (symbol: string, name: string, dimension: Dimension, factor: number, aliases: string[] = []): LinearUnit => ({
  symbol,
  name,
  dimension,
  factor,
  aliases: [name, `${name}s`, ...aliases],
});

const UNITS: AnyUnit[] = [
  linear('mm', 'millimetre', 'LENGTH', 0.001, ['millimeter', 'millimeters']),
  linear('cm', 'centimetre', 'LENGTH', 0.01, ['centimeter', 'centimeters']),
  linear('m', 'metre', 'LENGTH', 1, ['meter', 'meters']),
  linear('km', 'kilometre', 'LENGTH', 1000, ['kilometer', 'kilometers']),
  linear('in', 'inch', 'LENGTH', 0.0254, ['inches']),
  linear('ft', 'foot', 'LENGTH', 0.3048, ['feet']),
  linear('yd', 'yard', 'LENGTH', 0.9144),
  linear('mi', 'mile', 'LENGTH', 1609.344),
  linear('mg', 'milligram', 'WEIGHT', 0.001),
  linear('g', 'gram', 'WEIGHT', 1),
  linear('kg', 'kilogram', 'WEIGHT', 1000),
  linear('oz', 'ounce', 'WEIGHT', 28.349523125),
  linear('lb', 'pound', 'WEIGHT', 453.59237, ['lbs']),
  {
    symbol: 'C',
    name: 'degree Celsius',
    dimension: 'TEMPERATURE',
    aliases: ['celsius', '°c'],
    toKelvin: (c) => c + 273.15,
    fromKelvin: (k) => k - 273.15,
  },
  {
    symbol: 'F',
    name: 'degree Fahrenheit',
    dimension: 'TEMPERATURE',
    aliases: ['fahrenheit', '°f'],
    toKelvin: (f) => ((f - 32) * 5) / 9 + 273.15,
    fromKelvin: (k) => ((k - 273.15) * 9) / 5 + 32,
  },
  {
    symbol: 'K',
    name: 'kelvin',
    dimension: 'TEMPERATURE',
    aliases: ['kelvins'],
    toKelvin: (k) => k,
    fromKelvin: (k) => k,
  },
];

const BY_NAME = new Map<string, AnyUnit>();
for (const unit of UNITS) {
  for (const key of [unit.symbol, ...unit.aliases]) BY_NAME.set(key.toLowerCase(), unit);
}

/** Every known unit, optionally of one dimension. */
export function listUnits(dimension?: Dimension | null): UnitInfo[] {
  return UNITS.filter((u) => !dimension || u.dimension === dimension);
}

function findUnit(name: string, field: 'from' | 'to'): AnyUnit {
  const unit = BY_NAME.get(name.trim().toLowerCase());
  if (!unit) {
    throw badInput(`Unknown unit "${name.slice(0, 30)}". Known units: ${UNITS.map((u) => u.symbol).join(', ')}.`, field);
  }
  return unit;
}

function round(value: number, precision: number): number {
  const rounded = Number(value.toFixed(precision));
  return Object.is(rounded, -0) ? 0 : rounded;
}

export interface ConversionResult {
  value: number;
  from: UnitInfo;
  to: UnitInfo;
  result: number;
  text: string;
}

/**
 * Converts between units of one dimension (catalogue #7). Length and weight scale through a base unit;
 * temperatures go through kelvin with their offsets, and nothing colder than absolute zero is accepted.
 */
export function convert(value: number, fromName: string, toName: string, precision = 6): ConversionResult {
  if (!Number.isFinite(value)) throw badInput('value must be a finite number.', 'value');
  if (!Number.isInteger(precision) || precision < 0 || precision > 15) {
    throw badInput('precision must be a whole number from 0 to 15.', 'precision');
  }
  const from = findUnit(fromName, 'from');
  const to = findUnit(toName, 'to');
  if (from.dimension !== to.dimension) {
    throw badInput(
      `Cannot convert ${from.dimension.toLowerCase()} (${from.symbol}) to ${to.dimension.toLowerCase()} (${to.symbol}).`,
      'to',
    );
  }
  let raw: number;
  if ('factor' in from && 'factor' in to) {
    raw = (value * from.factor) / to.factor;
  } else {
    const kelvin = (from as TemperatureUnit).toKelvin(value);
    if (kelvin < -1e-9) throw badInput(`${value} ${from.symbol} is below absolute zero.`, 'value');
    raw = (to as TemperatureUnit).fromKelvin(kelvin);
  }
  // A finite value can still overflow (1e308 km in mm); Infinity cannot be sent as a Float.
  if (!Number.isFinite(raw)) {
    throw badInput(`${value} ${from.symbol} in ${to.symbol} is too large to represent; convert a smaller value.`, 'value');
  }
  const result = round(raw, precision);
  return { value, from, to, result, text: `${value} ${from.symbol} = ${result} ${to.symbol}` };
}
