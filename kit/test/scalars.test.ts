import { GraphQLError, GraphQLSchema, GraphQLObjectType, GraphQLString, buildSchema, graphql, parse, validate } from 'graphql';
import { DateTimeScalar, InputLiteralsRule, checkScalarInputs } from '../index';
import { parseDateTime } from '../src/scalars';

/** The BAD_USER_INPUT message parseDateTime throws for `value` (fails the test when it accepts it). */
function refusal(value: unknown): string {
  try {
    parseDateTime(value);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).message;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be refused`);
}

describe('kit scalars: DateTime', () => {
  it.each([
    ['2026-11-23T10:00:00Z', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T10:00Z', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T10:00:00.5Z', '2026-11-23T10:00:00.500Z'],
    ['2026-11-23T10:00:00.123456789Z', '2026-11-23T10:00:00.123Z'],
    ['2026-11-23T12:30:00+02:30', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T00:00:00-05:00', '2026-11-23T05:00:00.000Z'],
    ['2026-01-01T00:30:00+01:00', '2025-12-31T23:30:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29T23:59:59Z', '2000-02-29T23:59:59.000Z'],
    ['0050-06-01T00:00:00Z', '0050-06-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as the instant %s', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    ['February 30', '2026-02-30T00:00:00Z', /2026-02-30 is not a day/],
    ['February 29 of a common year', '2026-02-29T00:00:00Z', /not a day/],
    ['February 29 of 1900', '1900-02-29T00:00:00Z', /not a day/],
    ['April 31', '2026-04-31T00:00:00Z', /not a day/],
    ['day 0', '2026-01-00T00:00:00Z', /not a day/],
    ['month 13', '2026-13-01T00:00:00Z', /no month 13/],
    ['month 0', '2026-00-10T00:00:00Z', /no month 00/],
    ['hour 24', '2026-01-01T24:00:00Z', /no hour 24/],
    ['minute 60', '2026-01-01T10:60:00Z', /no minute 60/],
    ['second 61', '2026-01-01T10:00:61Z', /no second 61/],
    ['a leap second', '2016-12-31T23:59:60Z', /leap second/],
    ['an offset of 24 hours', '2026-01-01T10:00:00+24:00', /zone offset/],
    ['an offset minute of 60', '2026-01-01T10:00:00+01:60', /zone offset/],
    ['no zone', '2026-01-01T10:00:00', /with a zone/],
    ['a date alone', '2026-01-01', /with a zone/],
    ['a space instead of T', '2026-01-01 10:00:00Z', /with a zone/],
    ['the empty string', '', /with a zone/],
    ['spaces', '   ', /with a zone/],
    ['a NUL inside', '2026-01-01T10:00:00Z\u0000', /with a zone/],
    ['words', 'tomorrow', /with a zone/],
  ])('refuses %s', (_label, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it.each([
    ['a number', 1_764_000_000_000],
    ['Infinity (JSON 1e999)', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['null', null],
    ['a boolean', true],
    ['an object', { year: 2026 }],
    ['a Date', new Date('2026-01-01T00:00:00Z')],
  ])('refuses %s: a DateTime must be a string', (_label, value) => {
    expect(refusal(value)).toMatch(/must be a string/);
  });

  it('serializes Dates as UTC ISO strings and refuses an invalid one', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-23T12:00:00+02:00'))).toBe('2026-11-23T10:00:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(/invalid date/);
  });
});

describe('kit scalars: checkScalarInputs (the router API schema) and InputLiteralsRule', () => {
  const sdl = `scalar DateTime
    input TaskInput { title: String, dueAt: DateTime, weight: Float }
    type Query { echo(at: DateTime, input: TaskInput, value: Float): String }`;

  /** A schema like the gateway's: the custom scalar passes anything, and the resolver sees what came in. */
  function passThroughSchema(): GraphQLSchema {
    const schema = buildSchema(sdl);
    const query = schema.getQueryType() as GraphQLObjectType;
    query.getFields().echo!.resolve = (_s, args) => JSON.stringify(args);
    return schema;
  }

  it('passes a valid DateTime variable on unchanged, and refuses numbers, Infinity and impossible days', async () => {
    const schema = passThroughSchema();
    checkScalarInputs(schema);
    const run = (at: unknown) => graphql({ schema, source: 'query($at: DateTime) { echo(at: $at) }', variableValues: { at } });
    expect((await run('2026-11-23T12:00:00+02:00')).data).toEqual({ echo: JSON.stringify({ at: '2026-11-23T12:00:00+02:00' }) });
    for (const bad of [Number.POSITIVE_INFINITY, 1_764_000_000_000, '2026-02-30T00:00:00Z', '']) {
      const result = await run(bad);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses impossible DateTime and infinite Float literals, naming the argument path', () => {
    const schema = passThroughSchema();
    checkScalarInputs(schema);
    const errors = (source: string) => validate(schema, parse(source), [InputLiteralsRule]);
    expect(errors('{ echo(at: "2026-02-28T00:00:00Z", value: 1.5e300, input: { dueAt: "2026-03-01T00:00Z" }) }')).toEqual([]);
    const [dueAt] = errors('{ echo(input: { title: "x", dueAt: "2026-02-30T00:00:00Z" }) }');
    expect(dueAt!.message).toBe('input.dueAt: DateTime 2026-02-30 is not a day of the calendar.');
    expect(dueAt!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    const [value] = errors('{ echo(value: 1e999) }');
    expect(value!.message).toBe('value: 1e999 is out of range; a Float must be a finite number.');
    expect(value!.extensions.field).toBe('value');
    expect(errors('{ echo(input: { weight: -1e999 }) }')[0]!.extensions.field).toBe('input.weight');
  });

  it('leaves a schema without DateTime alone', () => {
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLString } } }) });
    expect(() => checkScalarInputs(schema)).not.toThrow();
  });
});
