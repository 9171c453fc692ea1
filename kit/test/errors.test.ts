import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DriverException } from '@mikro-orm/core';
import pino from 'pino';
import {
  AppError,
  ErrorCode,
  badInput,
  createErrorFormatter,
  generateRouterKeys,
  notFound,
  type Logger,
  type RunningSubgraph,
} from '../index';
import { isDatabaseError } from '../src/errors';
import { basics } from '../../subgraphs/basics';
import { gql, type GraphQLResponse } from '../../test/helpers/graphql';
import { startOneSubgraph } from '../../test/helpers/subgraph';
import { eventually } from '../../test/helpers/wait';

/** A logger whose JSON lines land in `lines`. */
function captureLog(lines: Record<string, any>[]): Logger {
  return pino({ level: 'error' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
}

const STACK = ['GraphQLError: boom', '    at resolve (/srv/app/kit/src/secret.ts:1:1)'];

/** The error Apollo hands `formatError` for a resolver that threw `thrown`, and its formatted form. */
function resolverFailure(thrown: Error, code: string): [GraphQLFormattedError, unknown] {
  const located = new GraphQLError(thrown.message, { path: ['field'], originalError: thrown });
  const formatted: GraphQLFormattedError = {
    message: thrown.message,
    locations: [{ line: 1, column: 3 }],
    path: ['field'],
    extensions: { ...(thrown instanceof GraphQLError ? thrown.extensions : {}), code, stacktrace: STACK },
  };
  return [formatted, located];
}

describe('kit errors: createErrorFormatter', () => {
  const production = createErrorFormatter(true);
  const development = createErrorFormatter(false);

  it('masks an unexpected error in production: generic message, INTERNAL_SERVER_ERROR, no details', () => {
    const thrown = new Error('connect ECONNREFUSED 10.0.0.7:3306 (user hubgraph, table users)');
    const result = production(...resolverFailure(thrown, 'INTERNAL_SERVER_ERROR'));
    expect(result).toEqual({
      message: expect.stringMatching(/^Unexpected error\./),
      locations: [{ line: 1, column: 3 }],
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|users|stack|\.ts/);
  });

  it('passes known AppErrors through in production without stacktrace', () => {
    const result = production(...resolverFailure(badInput('title is too long.', 'input.title'), 'BAD_USER_INPUT'));
    expect(result).toEqual({
      message: 'title is too long.',
      locations: [{ line: 1, column: 3 }],
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
    });
    const missing = production(...resolverFailure(notFound('Task', 'abc'), 'NOT_FOUND'));
    expect(missing).toMatchObject({ message: 'Task abc was not found.', extensions: { code: 'NOT_FOUND' } });
    expect(missing.extensions).not.toHaveProperty('stacktrace');
  });

  it('keeps request errors that Apollo coded (validation, bad request) but drops their stacktrace in production', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".');
    const formatted: GraphQLFormattedError = {
      message: validation.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: STACK },
    };
    expect(production(formatted, validation)).toEqual({
      message: validation.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps BAD_USER_INPUT for a literal a scalar or kit rule refused (Apollo reports it as a validation failure)', () => {
    const refused = new GraphQLError('input.dueAt: DateTime 2026-02-30 is not a day of the calendar.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.dueAt' },
    });
    const validation = new GraphQLError(refused.message, { originalError: refused });
    const formatted: GraphQLFormattedError = {
      message: refused.message,
      extensions: { field: 'input.dueAt', code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: STACK },
    };
    expect(development(formatted, validation)).toEqual({
      message: refused.message,
      extensions: { field: 'input.dueAt', code: 'BAD_USER_INPUT' },
    });
    // An ordinary validation failure keeps its code.
    const unknown = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(development({ message: unknown.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, unknown).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('keeps everything, stacktrace included, in development', () => {
    const known = resolverFailure(new AppError(ErrorCode.CONFLICT, 'That e-mail is taken.'), 'CONFLICT');
    expect(development(...known)).toEqual(known[0]);
    const unexpected = resolverFailure(new Error('no such table: counters'), 'INTERNAL_SERVER_ERROR');
    expect(development(...unexpected)).toEqual(unexpected[0]);
    expect(development(...unexpected).extensions?.stacktrace).toEqual(STACK);
  });
});

describe('kit errors: what a real subgraph answers', () => {
  const BAD_INPUT = '{ convertUnits(value: 1, from: "km", to: "kg") { result } }';
  const COUNTER = '{ counter(name: "visits") { value } }';
  let prod: RunningSubgraph;
  let dev: RunningSubgraph;
  const devLog: Record<string, any>[] = [];

  /** Makes the counters table disappear, so reading a counter fails the way a broken database does. */
  const breakDatabase = (subgraph: RunningSubgraph) => subgraph.orm.em.getConnection().execute('drop table counters');

  beforeAll(async () => {
    [prod, dev] = await Promise.all([
      startOneSubgraph(basics, { NODE_ENV: 'production', ...generateRouterKeys(), REQUIRE_ROUTER: 'false' }),
      startOneSubgraph(basics, { NODE_ENV: 'development' }, { log: captureLog(devLog) }),
    ]);
    await Promise.all([breakDatabase(prod), breakDatabase(dev)]);
  });

  const onlyError = (res: GraphQLResponse) => {
    expect(res.body.errors).toHaveLength(1);
    return res.body.errors![0];
  };

  it('production: an expected error keeps its code, message and field but no stacktrace', async () => {
    const res = await gql(prod.url, BAD_INPUT);
    const error = onlyError(res);
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(error!.message).toMatch(/km/);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|\/kit\/|\.ts:/);
  });

  it('production: a database failure is INTERNAL_SERVER_ERROR with a generic message, without SQL, table names or stack', async () => {
    const res = await gql(prod.url, COUNTER);
    const error = onlyError(res);
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error!.message).toMatch(/^The database could not complete this request\./);
    const body = JSON.stringify(res.body);
    expect(body).not.toMatch(/counters|no such table|ER_NO_SUCH_TABLE|stack|\/kit\/|\.ts:/);
    expect(body).not.toMatch(/\bselect\b/i);
  });

  it('development: expected errors keep their stacktrace; a database failure is masked the same as in production', async () => {
    const expected = onlyError(await gql(dev.url, BAD_INPUT));
    expect(expected!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', stacktrace: expect.any(Array) });
    const res = await gql(dev.url, COUNTER);
    const unexpected = onlyError(res);
    expect(unexpected!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(unexpected!.message).toMatch(/^The database could not complete this request\./);
    expect(JSON.stringify(res.body)).not.toMatch(/counters|no such table|\bselect\b|stack/i);
    // The details are in the log, under the request id the answer carries.
    const requestId = res.headers.get('x-request-id');
    const line = await eventually(() => {
      const found = devLog.find((l) => l.requestId === requestId && l.msg === 'unexpected error');
      if (!found) throw new Error('not logged yet');
      return found;
    });
    expect(JSON.stringify(line.err)).toMatch(/counters/);
  });
});

describe('kit errors: database errors in the formatter', () => {
  const sqlError = () => {
    const driverError = Object.assign(
      new Error("insert into `tasks` (`owner_id`, `title`) values ('01900000-owner', 'a\u0000b') - unrecognized token"),
      {
        code: 'SQLITE_ERROR',
      },
    );
    return new DriverException(driverError);
  };

  it.each([
    ['production', true],
    ['development', false],
  ])('%s: a DriverException becomes INTERNAL_SERVER_ERROR with a generic message and no stack', (_mode, production) => {
    const result = createErrorFormatter(production)(...resolverFailure(sqlError(), 'INTERNAL_SERVER_ERROR'));
    expect(result).toEqual({
      message: expect.stringMatching(/^The database could not complete this request\./),
      locations: [{ line: 1, column: 3 }],
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/insert|tasks|owner|stack/);
  });

  it('masks a raw driver error that carries its statement (sql / sqlMessage)', () => {
    const raw = Object.assign(new Error('Duplicate entry'), { sql: 'insert into users values (1)', sqlMessage: 'Duplicate entry' });
    expect(createErrorFormatter(false)(...resolverFailure(raw, 'INTERNAL_SERVER_ERROR')).message).toMatch(/^The database/);
    expect(isDatabaseError(raw)).toBe(true);
    expect(isDatabaseError(new Error('plain'))).toBe(false);
  });
});
