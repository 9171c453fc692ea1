import { generateRouterKeys, repoRoot } from '../../kit';
import { errorCodes, gql } from '../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

const ALLOWED_ORIGIN = 'https://app.example.test';

/** What gives away the server's internals: stack traces and paths of source files. */
function leaks(text: string): string[] {
  const found: string[] = [];
  if (/stack/i.test(text)) found.push('stack');
  if (text.includes(repoRoot)) found.push('repository path');
  if (/node_modules|\.[jt]s:\d+/.test(text)) found.push('source file');
  return found;
}

describe('router in production', () => {
  let stack: TestStack;
  let base: string;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'basics', 'crm'],
      env: {
        NODE_ENV: 'production',
        ...generateRouterKeys(),
        CORS_ORIGINS: ALLOWED_ORIGIN,
        URL_SIGNING_SECRET: 'production-test-url-signing-secret-0123456789',
      },
    });
    base = stack.url.replace(/\/graphql$/, '');
  });

  it('refuses introspection but still answers __typename', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const res = await gql(stack.url, query);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.body.errors![0]!.message).toMatch(/introspection/i);
    }
    expect((await gql(stack.url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const res = await gql(stack.url, '{ unit convertUnit(value: 1, from: "km", to: "m") { result } }');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    const messages = res.body.errors!.map((e) => e.message).join('\n');
    expect(messages).toMatch(/Cannot query field "unit"/);
    expect(messages).not.toMatch(/Did you mean/);
    const variables = await gql(stack.url, 'query($f: ContactFilter) { contacts(filter: $f) { totalCount } }', { f: { serch: 'x' } });
    expect(variables.status).toBe(400);
    expect(variables.body.errors![0]!.message).toMatch(/Field "serch" is not defined by type "ContactFilter"/);
    expect(variables.body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('keeps stack traces and source paths out of request errors', async () => {
    const replies = await Promise.all([
      gql(stack.url, '{ nope }'),
      gql(stack.url, 'query($v: Float!) { convertUnits(value: $v, from: "km", to: "m") { result } }', { v: 'ten' }),
      gql(stack.url, '{ convertUnits(value: 1, from: "km", to: "kg") { result } }'),
      gql(stack.url, '{ convertUnits(value: 1e999, from: "km", to: "m") { result } }'),
      fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query A { units { name } }', operationName: 'Me' }),
      }).then(async (r) => ({ body: (await r.json()) as { errors?: unknown[] } })),
      fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`).then(async (r) => ({
        body: (await r.json()) as { errors?: unknown[] },
      })),
    ]);
    for (const reply of replies) {
      expect(reply.body.errors).toHaveLength(1);
      expect(leaks(JSON.stringify(reply.body))).toEqual([]);
    }
  });

  it('sends HSTS on every answer, and a landing page that loads nothing', async () => {
    const answers = [
      await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      await fetch(`${base}/health`),
      await fetch(`${base}/nowhere`),
      await fetch(`${base}/s/zzzzzzz`, { redirect: 'manual' }), // a public path: links answers, the router passes it on
    ];
    expect(answers.map((res) => res.headers.get('strict-transport-security'))).toEqual(
      answers.map(() => 'max-age=63072000; includeSubDomains'),
    );
    const landing = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await landing.text();
    expect(html).toMatch(/Hubgraph GraphQL API/);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(landing.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('does not serve the explorer', async () => {
    for (const path of ['/explorer', '/explorer/assets/graphiql.js', '/explorer/assets/react.js']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('allows only the configured CORS origins (not Apollo Studio)', async () => {
    const preflight = (origin: string) =>
      fetch(stack.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight('https://studio.apollographql.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('unexpected failures', () => {
    // Destructive: these break parts of the stack, so they run last in this file.
    it('masks a subgraph database failure: no SQL, table name or stack reaches the client', async () => {
      const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
      await basics.orm.em.getConnection().execute('drop table counters');
      const res = await gql(stack.url, '{ counter(name: "visits") { value } }');
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(res.body.errors![0]!.message).toMatch(/^Unexpected error\./);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/counters|no such table|ER_NO_SUCH_TABLE|\bselect\b/i);
      expect(leaks(text)).toEqual([]);
    });

    it('masks an unreachable subgraph: no internal address reaches the client', async () => {
      const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
      await basics.stop();
      const res = await gql(stack.url, '{ convertUnits(value: 1, from: "km", to: "m") { result } }');
      expect(errorCodes(res)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(res.body.errors![0]!.extensions).toMatchObject({ subgraph: 'basics' });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(String(basics.port));
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|fetch failed/);
      expect(leaks(text)).toEqual([]);
    });
  });
});
