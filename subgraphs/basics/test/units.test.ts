import { errorCodes, gql } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { convert, listUnits, UnitError } from '../src/units';

/** Runs `fn`, expecting a UnitError that names `field` (BAD_USER_INPUT through GraphQL); returns it for more checks. */
function expectBadInput(fn: () => unknown, field: string): UnitError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(UnitError);
  const error = caught as UnitError;
  expect(error.field).toBe(field);
  return error;
}

describe('basics: convert()', () => {
  describe('length', () => {
    it.each([
      [1, 'mi', 'km', 1.609344],
      [1, 'km', 'm', 1000],
      [1, 'in', 'cm', 2.54],
      [1, 'ft', 'in', 12],
      [1, 'yd', 'ft', 3],
      [1, 'mi', 'ft', 5280],
      [1500, 'mm', 'm', 1.5],
      [100, 'cm', 'm', 1],
      [0, 'km', 'mi', 0],
      [-2, 'm', 'cm', -200],
    ])('%p %s = %p %s', (value, from, to, expected) => {
      expect(convert(value, from, to).result).toBe(expected);
    });
  });

  describe('weight', () => {
    it.each([
      [1, 'lb', 'g', 453.59237],
      [1, 'kg', 'g', 1000],
      [1, 'g', 'mg', 1000],
      [16, 'oz', 'lb', 1],
      [1, 'oz', 'g', 28.349523],
      [1, 'kg', 'lb', 2.204623],
    ])('%p %s = %p %s', (value, from, to, expected) => {
      expect(convert(value, from, to).result).toBe(expected);
    });
  });

  describe('temperature', () => {
    it.each([
      [100, 'C', 'F', 212],
      [0, 'C', 'F', 32],
      [0, 'K', 'C', -273.15],
      [-40, 'F', 'C', -40],
      [-40, 'C', 'F', -40],
      [212, 'F', 'K', 373.15],
      [20, 'C', 'K', 293.15],
      [-273.15, 'C', 'K', 0],
      [-459.67, 'F', 'K', 0],
      [37, 'C', 'C', 37],
    ])('%p %s = %p %s', (value, from, to, expected) => {
      expect(convert(value, from, to).result).toBe(expected);
    });
  });

  it('accepts names, plurals and aliases in any case, with surrounding spaces', () => {
    expect(convert(3, 'meters', 'centimetres').result).toBe(300);
    expect(convert(2, 'Kilometer', ' METRE ').result).toBe(2000);
    expect(convert(1, 'feet', 'inches').result).toBe(12);
    expect(convert(2, 'lbs', 'ounces').result).toBe(32);
    expect(convert(100, 'celsius', 'Fahrenheit').result).toBe(212);
    expect(convert(0, '°C', 'kelvins').result).toBe(273.15);
  });

  it('reports the canonical units and a readable line', () => {
    const c = convert(20, 'celsius', 'fahrenheit');
    expect(c.from).toMatchObject({ symbol: 'C', name: 'degree Celsius', dimension: 'TEMPERATURE' });
    expect(c.to).toMatchObject({ symbol: 'F', dimension: 'TEMPERATURE' });
    expect(c).toMatchObject({ value: 20, result: 68, text: '20 C = 68 F' });
  });

  it('rounds to the requested precision (default 6)', () => {
    expect(convert(1, 'm', 'ft').result).toBe(3.28084);
    expect(convert(1, 'm', 'ft', 0).result).toBe(3);
    expect(convert(1, 'm', 'ft', 2).result).toBe(3.28);
    expect(convert(1, 'm', 'ft', 10).result).toBe(3.280839895);
    expect(convert(1, 'm', 'ft', 15).result).toBeCloseTo(3.280839895013123, 14);
    // Rounding never yields negative zero.
    expect(Object.is(convert(-0.0000001, 'm', 'km').result, 0)).toBe(true);
  });

  it('refuses to mix dimensions', () => {
    const error = expectBadInput(() => convert(1, 'm', 'kg'), 'to');
    expect(error.message).toMatch(/length.*weight/i);
    expectBadInput(() => convert(1, 'C', 'km'), 'to');
    expectBadInput(() => convert(1, 'lb', 'F'), 'to');
  });

  it('refuses unknown units, naming the side at fault', () => {
    expect(expectBadInput(() => convert(1, 'furlong', 'm'), 'from').message).toContain('furlong');
    expectBadInput(() => convert(1, 'm', 'parsec'), 'to');
    expectBadInput(() => convert(1, '', 'm'), 'from');
  });

  it('refuses temperatures below absolute zero', () => {
    expectBadInput(() => convert(-1, 'K', 'C'), 'value');
    expectBadInput(() => convert(-273.16, 'C', 'F'), 'value');
    expectBadInput(() => convert(-460, 'F', 'C'), 'value');
  });

  it('refuses a precision outside 0..15 and non-finite values', () => {
    expectBadInput(() => convert(1, 'm', 'km', -1), 'precision');
    expectBadInput(() => convert(1, 'm', 'km', 16), 'precision');
    expectBadInput(() => convert(1, 'm', 'km', 1.5), 'precision');
    expectBadInput(() => convert(Number.NaN, 'm', 'km'), 'value');
    expectBadInput(() => convert(Number.POSITIVE_INFINITY, 'm', 'km'), 'value');
  });

  it('lists units by dimension', () => {
    const all = listUnits();
    expect(all.map((u) => u.symbol)).toEqual(['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi', 'mg', 'g', 'kg', 'oz', 'lb', 'C', 'F', 'K']);
    expect(listUnits('TEMPERATURE').map((u) => u.symbol)).toEqual(['C', 'F', 'K']);
    expect(listUnits(null)).toHaveLength(all.length);
  });
});

describe('basics: units through the router', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
  });

  it('converts with convertUnits', async () => {
    const res = await gql(
      stack.url,
      `query($v: Float!, $from: String!, $to: String!, $p: Int) {
        convertUnits(value: $v, from: $from, to: $to, precision: $p) { value result text from { symbol name dimension } to { symbol } }
      }`,
      { v: 26.2, from: 'miles', to: 'km', p: 3 },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.convertUnits).toEqual({
      value: 26.2,
      result: 42.165,
      text: '26.2 mi = 42.165 km',
      from: { symbol: 'mi', name: 'mile', dimension: 'LENGTH' },
      to: { symbol: 'km' },
    });
  });

  it('answers BAD_USER_INPUT for km to kg', async () => {
    const res = await gql(stack.url, '{ convertUnits(value: 1, from: "km", to: "kg") { result } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.message).toMatch(/length.*weight/i);
    expect(res.body.data).toEqual({ convertUnits: null });
  });

  it('lists the weight units with units(dimension: WEIGHT)', async () => {
    const res = await gql(stack.url, '{ units(dimension: WEIGHT) { symbol name dimension } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.units).toEqual([
      { symbol: 'mg', name: 'milligram', dimension: 'WEIGHT' },
      { symbol: 'g', name: 'gram', dimension: 'WEIGHT' },
      { symbol: 'kg', name: 'kilogram', dimension: 'WEIGHT' },
      { symbol: 'oz', name: 'ounce', dimension: 'WEIGHT' },
      { symbol: 'lb', name: 'pound', dimension: 'WEIGHT' },
    ]);
    const all = await gql(stack.url, '{ units { symbol } }');
    expect(all.body.data.units).toHaveLength(16);
  });
});
