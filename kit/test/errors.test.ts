import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  AppError,
  ErrorCode,
  badInput,
  createErrorFormatter,
  generateRouterKeys,
  notFound,
  type RunningSubgraph,
} from '../index';
import { basics } from '../../subgraphs/basics';
import { gql, type GraphQLResponse } from '../../test/helpers/graphql';
import { startOneSubgraph } from '../../test/helpers/subgraph';


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

  /** Makes the counters table disappear, so reading a counter fails the way a broken database does. */
  const breakDatabase = (subgraph: RunningSubgraph) => subgraph.orm.em.getConnection().execute('drop table counters');

  beforeAll(async () => {
    [prod, dev] = await Promise.all([
      startOneSubgraph(basics, { NODE_ENV: 'production', ...generateRouterKeys(), REQUIRE_ROUTER: 'false' }),
      startOneSubgraph(basics, { NODE_ENV: 'development' }),
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
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(error.message).toMatch(/km/);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|\/kit\/|\.ts:/);
  });

  it('production: a database failure is masked as INTERNAL_SERVER_ERROR without SQL, table names or stack', async () => {
    const res = await gql(prod.url, COUNTER);
    const error = onlyError(res);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.message).toMatch(/^Unexpected error\./);
    const body = JSON.stringify(res.body);
    expect(body).not.toMatch(/counters|no such table|ER_NO_SUCH_TABLE|stack|\/kit\/|\.ts:/);
    expect(body).not.toMatch(/\bselect\b/i);
  });

  it('development: errors keep their stacktrace and the real message, for the developer', async () => {
    const expected = onlyError(await gql(dev.url, BAD_INPUT));
    expect(expected.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', stacktrace: expect.any(Array) });
    const unexpected = onlyError(await gql(dev.url, COUNTER));
    expect(unexpected.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', stacktrace: expect.any(Array) });
    expect(unexpected.message).toMatch(/counters/);
  });
});
