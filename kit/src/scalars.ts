import { GraphQLError, GraphQLScalarType, Kind, isScalarType, valueFromASTUntyped, type GraphQLSchema } from 'graphql';

/** RFC 3339 `date-time`: a full date, a time to the minute (seconds and fraction optional) and a zone. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const EXAMPLE = 'e.g. 2026-11-23T10:00:00Z';

function invalid(reason: string): GraphQLError {
  return new GraphQLError(`DateTime ${reason}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parses an RFC 3339 date-time into the instant it names, or throws BAD_USER_INPUT saying why. Every
 * part is range-checked instead of trusting `Date`, which rolls 2026-02-30 over into March; a leap
 * second (`:60`) is refused because a JavaScript Date, and so every column, cannot hold it. Digits past
 * milliseconds are accepted and dropped.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw invalid(`must be a string with a date, a time and a zone, ${EXAMPLE}.`);
  const match = ISO_DATE_TIME.exec(value);
  if (!match) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw invalid(`must be an ISO-8601 date and time with a zone, ${EXAMPLE}; got "${shown}".`);
  }
  // The pattern has all five groups; the defaults only satisfy the type checker.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12) throw invalid(`has no month ${match[2]}.`);
  if (day < 1 || day > daysIn(year, month)) throw invalid(`${match[1]}-${match[2]}-${match[3]} is not a day of the calendar.`);
  if (hour > 23) throw invalid(`has no hour ${match[4]} (00 to 23).`);
  if (minute > 59) throw invalid(`has no minute ${match[5]} (00 to 59).`);
  if (second === 60) throw invalid('cannot hold a leap second (:60); use :59.');
  if (second > 59) throw invalid(`has no second ${match[6]} (00 to 59).`);
  let offsetMinutes = 0;
  if (match[8] !== 'Z') {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) throw invalid(`has an impossible zone offset ${match[8]}.`);
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Date.UTC maps years 0–99 to 19xx, so the year is set separately.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  date.setUTCFullYear(year, month - 1, day);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

/**
 * `DateTime`: RFC 3339 strings on the wire, `Date` objects in resolvers. Shared by every subgraph.
 * Strict on input: anything but a string naming a real instant (an impossible calendar day, a number,
 * an empty string, no zone) is BAD_USER_INPUT, never silently rolled over or dropped.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, as an ISO-8601 string in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(`must be a string with a date, a time and a zone, ${EXAMPLE}.`);
    return parseDateTime(ast.value);
  },
});

/**
 * Makes the custom scalars of a schema that does not resolve them (the router's API schema, where
 * they pass any value through) check variables as strictly as the subgraphs do, while still passing
 * the client's value on unchanged. Without it a JSON number such as `1e999` (Infinity) for a DateTime
 * would pass the router and reach the subgraph as `null`, because JSON cannot carry Infinity.
 * Literals are left to `InputLiteralsRule` (kit/src/input.ts), which names the field.
 */
export function checkScalarInputs(schema: GraphQLSchema): void {
  const type = schema.getType(DateTimeScalar.name);
  if (!type || !isScalarType(type)) return;
  type.parseValue = (value: unknown) => {
    parseDateTime(value);
    return value;
  };
  type.parseLiteral = (ast, variables) => {
    if (ast.kind !== Kind.STRING) DateTimeScalar.parseLiteral(ast, variables);
    return valueFromASTUntyped(ast, variables);
  };
}
