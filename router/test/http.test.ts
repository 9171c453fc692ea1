import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_AUTH_HEADER, RouterKeys, loadSubgraphConfig, repoRoot } from '../../kit';
import { ForwardedVerifier } from '../../kit/src/auth';
import { errorCodes, gql, signUpUser } from '../../test/helpers/graphql';
import { disposeAfterAll, startSecondRouter, startTestStack, type TestStack } from '../../test/helpers/stack';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BODY_LIMIT_BYTES = 2048;

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

async function send(url: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const json = { 'content-type': 'application/json' };
const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(url, { method: 'POST', headers: { ...json, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Posts `size` bytes with chunked transfer encoding (no Content-Length), as a streaming client does. */
function postChunked(url: string, size: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...json, 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    // The server may answer 413 and close before the whole body is written; that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = `{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(512)}`;
    let written = 0;
    while (written < size) {
      req.write(chunk);
      written += chunk.length;
    }
    req.end('"}}');
  });
}

interface BadRequestCase {
  name: string;
  send: (stack: TestStack) => Promise<Reply>;
  status: number;
  code: string;
}

/** Requests a client can get wrong before any resolver runs, with the answer each must get. */
const BAD_REQUESTS: BadRequestCase[] = [
  { name: 'a malformed JSON body', send: (s) => postJson(s.url, '{"query": "{ __typename }"'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a text/plain body',
    send: (s) => send(s.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a body over BODY_LIMIT_BYTES',
    send: (s) => postJson(s.url, { query: '{ __typename }', variables: { pad: 'x'.repeat(BODY_LIMIT_BYTES) } }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { name: 'an unknown field', send: (s) => postJson(s.url, { query: '{ nope }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a syntax error', send: (s) => postJson(s.url, { query: '{ convertUnits(' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'a variable of the wrong type',
    send: (s) =>
      postJson(s.url, {
        query: 'query($v: Float!) { convertUnits(value: $v, from: "km", to: "m") { result } }',
        variables: { v: 'ten' },
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a body without a query', send: (s) => postJson(s.url, { variables: {} }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a GET without a CSRF preflight header',
    send: (s) => send(`${s.url}?query=${encodeURIComponent('{ __typename }')}`),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'an unknown path', send: (s) => send(s.url.replace(/\/graphql$/, '/nowhere')), status: 404, code: 'NOT_FOUND' },
  { name: 'a PUT', send: (s) => send(s.url, { method: 'PUT', headers: json, body: '{}' }), status: 405, code: 'METHOD_NOT_ALLOWED' },
  {
    name: 'a validation error asked for as application/graphql-response+json',
    send: (s) => postJson(s.url, { query: '{ nope }' }, { accept: 'application/graphql-response+json' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    // GraphiQL sends the name of an operation that is no longer in the editor.
    name: 'an operationName the document does not define',
    send: (s) => postJson(s.url, { query: 'query A { units { name } }', operationName: 'Me' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two operations and no operationName',
    send: (s) => postJson(s.url, { query: 'query A { units { name } } query B { units { symbol } }' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an operationName the document does not define, over GET',
    send: (s) =>
      send(`${s.url}?query=${encodeURIComponent('query A { units { name } }')}&operationName=Me`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an operationName that is not a string',
    send: (s) => postJson(s.url, { query: '{ __typename }', operationName: 5 }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a query that is not a string', send: (s) => postJson(s.url, { query: { kind: 'Document' } }), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty query', send: (s) => postJson(s.url, { query: '' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty JSON object', send: (s) => postJson(s.url, {}), status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON null body', send: (s) => postJson(s.url, 'null'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch of operations', send: (s) => postJson(s.url, [{ query: '{ __typename }' }]), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables sent as a JSON string',
    send: (s) => postJson(s.url, { query: '{ __typename }', variables: '{}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'variables sent as an array',
    send: (s) => postJson(s.url, { query: '{ __typename }', variables: [1] }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'extensions sent as a JSON string',
    send: (s) => postJson(s.url, { query: '{ __typename }', extensions: '{}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET variables that are not JSON',
    send: (s) =>
      send(`${s.url}?query=${encodeURIComponent('{ __typename }')}&variables=%7Bx`, { headers: { 'apollo-require-preflight': 'true' } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation over GET',
    send: (s) =>
      send(`${s.url}?query=${encodeURIComponent('mutation { incrementCounter(name: "get") { value } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an Accept header without JSON',
    send: (s) => postJson(s.url, { query: '{ __typename }' }, { accept: 'text/plain' }),
    status: 406,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a subscription over HTTP',
    send: (s) => postJson(s.url, { query: 'subscription { counterChanged(name: "http") { value } }' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query whose hash does not match its text',
    send: (s) => postJson(s.url, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unsupported persisted-query version',
    send: (s) => postJson(s.url, { extensions: { persistedQuery: { version: 2, sha256Hash: 'ab'.repeat(32) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a Float literal that overflows to Infinity',
    send: (s) => postJson(s.url, { query: '{ convertUnits(value: 1e999, from: "km", to: "m") { result } }' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an integer literal too large for a Float',
    send: (s) => postJson(s.url, { query: `{ convertUnits(value: -1${'0'.repeat(400)}, from: "km", to: "m") { result } }` }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a Float variable that overflows to Infinity',
    send: (s) =>
      postJson(
        s.url,
        '{"query":"query($v: Float!) { convertUnits(value: $v, from: \\"km\\", to: \\"m\\") { result } }","variables":{"v":1e999}}',
      ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a required variable left out',
    send: (s) => postJson(s.url, { query: 'query($v: Float!) { convertUnits(value: $v, from: "km", to: "m") { result } }' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable with an unknown input field',
    send: (s) =>
      postJson(s.url, {
        query: 'query($f: ContactFilter) { contacts(filter: $f) { totalCount } }',
        variables: { f: { nope: 1 } },
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    // A custom scalar takes any literal, so validation lets it through.
    name: 'a list literal nested too deep',
    send: (s) => postJson(s.url, { query: `{ contacts(filter: { createdAfter: ${'['.repeat(40)}"a"${']'.repeat(40)} }) { totalCount } }` }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'variables nested too deep',
    send: (s) => postJson(s.url, { query: '{ __typename }', variables: { unused: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
];

/** What gives away the server's internals: stack traces and paths of source files. */
function leaks(text: string): string[] {
  const found: string[] = [];
  if (/stack/i.test(text)) found.push('stack');
  if (text.includes(repoRoot)) found.push('repository path');
  if (/node_modules|\.[jt]s:\d+/.test(text)) found.push('source file');
  return found;
}

describe('router HTTP (development)', () => {
  let stack: TestStack;
  let base: string;

  beforeAll(async () => {
    stack = await startTestStack({ env: { NODE_ENV: 'development', BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) } });
    base = stack.url.replace(/\/graphql$/, '');
  });

  describe('requests that fail before execution', () => {
    it.each(BAD_REQUESTS)('answers $name with $status $code', async ({ send: sendCase, status, code }) => {
      const reply = await sendCase(stack);
      expect(reply.status).toBe(status);
      expect(reply.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      const body = JSON.parse(reply.text);
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body.data).toBeUndefined();
    });

    it('answers in the media type asked for with Accept: application/graphql-response+json', async () => {
      const reply = await postJson(stack.url, { query: '{ nope }' }, { accept: 'application/graphql-response+json' });
      expect(reply.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    });

    it('answers 413 to a chunked body over the limit that declares no Content-Length', async () => {
      const reply = await postChunked(stack.url, BODY_LIMIT_BYTES * 4);
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('keeps stack traces and source paths out of every one of these answers', async () => {
      const offenders: string[] = [];
      for (const badRequest of BAD_REQUESTS) {
        const found = leaks((await badRequest.send(stack)).text);
        if (found.length) offenders.push(`${badRequest.name}: ${found.join(', ')}`);
      }
      expect(offenders).toEqual([]);
    });
  });

  describe('input bounds (a second router, with a 1 MB body limit)', () => {
    let routerUrl: string;
    const nested = (depth: number, leaf: string) => `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
    const CREATE_TASK = JSON.stringify('mutation($d: DateTime) { createTask(input: { title: "deep", dueAt: $d }) { task { id } } }');
    const CONTACTS = 'query($f: ContactFilter) { contacts(filter: $f) { totalCount } }';

    beforeAll(async () => {
      routerUrl = await startSecondRouter(stack, { BODY_LIMIT_BYTES: '1000000' });
    });

    const refusedFor = (reply: Reply, limit: string) => {
      expect(reply.status).toBe(400);
      const body = JSON.parse(reply.text);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit });
      expect(leaks(reply.text)).toEqual([]);
    };

    it('passes a variable nested to the limit (32 levels, the variables object included) on to the subgraph', async () => {
      const reply = await postJson(routerUrl, `{"query":${CREATE_TASK},"variables":{"d":${nested(31, '"2026-01-01T00:00:00Z"')}}}`);
      expect(reply.status).toBeLessThan(500);
      const body = JSON.parse(reply.text);
      expect(body.errors.map((e: { extensions: { limit?: string } }) => e.extensions.limit)).not.toContain('input depth');
    });

    it.each([32, 100, 3_000, 20_000, 100_000])('refuses a DateTime variable nested %i arrays deep with 400', async (depth) => {
      refusedFor(
        await postJson(routerUrl, `{"query":${CREATE_TASK},"variables":{"d":${nested(depth, '"2026-01-01T00:00:00Z"')}}}`),
        'input depth',
      );
    });

    it.each([100, 100_000])('refuses an unused variable nested %i deep with 400', async (depth) => {
      refusedFor(await postJson(routerUrl, `{"query":"{ __typename }","variables":{"unused":${nested(depth, '1')}}}`), 'input depth');
    });

    it('refuses deep extensions and deep GET variables the same way', async () => {
      refusedFor(await postJson(routerUrl, `{"query":"{ __typename }","extensions":{"x":${nested(5_000, '1')}}}`), 'input depth');
      // 2,000 levels still fit the URL (Node refuses request lines over 16 kB with 431).
      const get = await send(
        `${routerUrl}?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"v":${nested(2_000, '1')}}`)}`,
        {
          headers: { 'apollo-require-preflight': 'true' },
        },
      );
      refusedFor(get, 'input depth');
    });

    it('refuses variables holding more than LIMIT_MAX_INPUT_VALUES values', async () => {
      refusedFor(await postJson(routerUrl, { query: '{ __typename }', variables: { many: new Array(20_000).fill(0) } }), 'input values');
      const fine = await postJson(routerUrl, { query: '{ __typename }', variables: { many: new Array(5_000).fill(0) } });
      expect(JSON.parse(fine.text)).toEqual({ data: { __typename: 'Query' } });
    });

    it.each([2_000, 6_000])('answers a ContactFilter with %i unknown fields with 100 short errors and a note', async (count) => {
      const filter = Object.fromEntries(Array.from({ length: count }, (_, i) => [`unknown${i}`, 1]));
      const reply = await postJson(routerUrl, { query: CONTACTS, variables: { f: filter } });
      expect(reply.status).toBe(400);
      expect(reply.text.length).toBeLessThan(100_000);
      const { errors } = JSON.parse(reply.text) as { errors: { message: string; extensions: { code: string } }[] };
      expect(errors).toHaveLength(101);
      expect(new Set(errors.map((e) => e.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(errors[0]!.message).toMatch(/^Variable "\$f" got invalid value .*; Field "unknown0" is not defined by type "ContactFilter"/);
      expect(errors[100]!.message).toMatch(/first 100/);
      for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(500);
      expect(reply.text).not.toContain(`unknown${count - 1}`);
    });

    it('keeps the answer to any request under the body limit under 1 MB', async () => {
      // Nearly 1 MB of unknown ContactFilter fields with long names, then of unknown fields in the document.
      const pad = 'x'.repeat(90);
      const filter = Object.fromEntries(Array.from({ length: 8_000 }, (_, i) => [`unknown-${i}-${pad}`, 1]));
      const fields = Array.from({ length: 40 }, (_, i) => `f${i}${'a'.repeat(20_000)}`).join(' ');
      const body = JSON.stringify({ query: CONTACTS, variables: { f: filter } });
      expect(body.length).toBeGreaterThan(800_000);
      const replies = [await postJson(routerUrl, body), await postJson(routerUrl, { query: `{ ${fields} }` })];
      for (const reply of replies) {
        expect(reply.status).toBe(400);
        expect(Buffer.byteLength(reply.text)).toBeLessThan(1_000_000);
        const { errors } = JSON.parse(reply.text) as { errors: { message: string }[] };
        expect(errors.length).toBeLessThanOrEqual(101);
        for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(500);
      }
    });
  });

  it('runs a GET query that carries the apollo-require-preflight header', async () => {
    const reply = await send(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ data: { __typename: 'Query' } });
  });

  describe('x-request-id', () => {
    it('echoes a request id the client gives', async () => {
      const res = await gql(stack.url, '{ __typename }', {}, { headers: { 'x-request-id': 'client-chosen.id:42' } });
      expect(res.headers.get('x-request-id')).toBe('client-chosen.id:42');
    });

    it('makes a fresh UUID when the client gives none, or one that is unsafe to log', async () => {
      const first = (await gql(stack.url, '{ __typename }')).headers.get('x-request-id');
      const second = (await gql(stack.url, '{ __typename }')).headers.get('x-request-id');
      expect(first).toMatch(UUID);
      expect(second).toMatch(UUID);
      expect(first).not.toBe(second);
      for (const unsafe of ['has spaces in it', 'x'.repeat(129), 'semi;colon', '<script>']) {
        const res = await gql(stack.url, '{ __typename }', {}, { headers: { 'x-request-id': unsafe } });
        expect(res.headers.get('x-request-id')).toMatch(UUID);
      }
      const spaced = await send(`${base}/health`, { headers: { 'x-request-id': 'a b' } });
      expect(spaced.headers.get('x-request-id')).toMatch(UUID);
    });

    it('is echoed by a subgraph called directly, on GraphQL and plain routes', async () => {
      for (const subgraph of stack.subgraphs) {
        const res = await gql(subgraph.url, '{ __typename }', {}, { headers: { 'x-request-id': `direct-${subgraph.name}` } });
        expect(res.headers.get('x-request-id')).toBe(`direct-${subgraph.name}`);
        const health = await send(subgraph.url.replace(/\/graphql$/, '/health'), { headers: { 'x-request-id': 'h-1' } });
        expect(health.headers.get('x-request-id')).toBe('h-1');
      }
    });
  });

  describe('what the router forwards to a subgraph', () => {
    interface Seen {
      headers: IncomingHttpHeaders;
      answeredRequestId: string | null;
    }
    const seen: Seen[] = [];
    let routerUrl: string;

    /*
     * A loopback proxy in front of the real basics subgraph records what the router sends, so the test
     * sees the subgraph request itself rather than trusting the router's own response headers. A
     * second router is pointed at it; the other subgraphs stay direct.
     */
    beforeAll(async () => {
      const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
      const proxy: Server = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const forwarded: Record<string, string> = {};
        for (const name of ['content-type', 'accept', 'x-request-id', INTERNAL_AUTH_HEADER]) {
          const value = req.headers[name];
          if (typeof value === 'string') forwarded[name] = value;
        }
        const upstream = await fetch(basics.url, { method: req.method, headers: forwarded, body: Buffer.concat(chunks) });
        seen.push({ headers: req.headers, answeredRequestId: upstream.headers.get('x-request-id') });
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      disposeAfterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;

      routerUrl = await startSecondRouter(stack, { SUBGRAPH_URL_BASICS: proxyUrl });
    });

    beforeEach(() => {
      seen.length = 0;
    });

    it('passes the client request id to the subgraph, which echoes it', async () => {
      const res = await gql(
        routerUrl,
        '{ convertUnits(value: 2, from: "km", to: "m") { result } }',
        {},
        { headers: { 'x-request-id': 'trace-through-1' } },
      );
      expect(res.body).toEqual({ data: { convertUnits: { result: 2000 } } });
      expect(res.headers.get('x-request-id')).toBe('trace-through-1');
      expect(seen).toHaveLength(1);
      expect(seen[0]!.headers['x-request-id']).toBe('trace-through-1');
      expect(seen[0]!.answeredRequestId).toBe('trace-through-1');
    });

    it('passes the id it generated when the client gave none', async () => {
      const res = await gql(routerUrl, '{ units(dimension: WEIGHT) { symbol } }');
      const generated = res.headers.get('x-request-id');
      expect(generated).toMatch(UUID);
      expect(seen.map((s) => s.headers['x-request-id'])).toEqual([generated]);
    });

    it('forwards identity only as the signed internal header, never the client credentials', async () => {
      const user = await signUpUser(routerUrl, 'forward');
      seen.length = 0;
      const res = await gql(
        routerUrl,
        'mutation { resetCounter(name: "forwarded") { value } }',
        {},
        { token: user.token, headers: { cookie: 'session=secret', 'x-request-id': 'with-viewer' } },
      );
      expect(errorCodes(res)).toEqual([]);
      expect(seen).toHaveLength(1);
      const headers = seen[0]!.headers;
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      const verifier = new ForwardedVerifier(RouterKeys.fromConfig(loadSubgraphConfig(stack.env)), 'basics');
      const viewer = await verifier.verifyViewer(String(headers[INTERNAL_AUTH_HEADER]));
      expect(viewer.userId).toBe(user.id);
    });

    it('vouches for an anonymous request too: no viewer, but the client address', async () => {
      await gql(routerUrl, '{ convertUnits(value: 1, from: "kg", to: "g") { result } }');
      expect(seen).toHaveLength(1);
      const verifier = new ForwardedVerifier(RouterKeys.fromConfig(loadSubgraphConfig(stack.env)), 'basics');
      const forwarded = await verifier.verify(String(seen[0]!.headers[INTERNAL_AUTH_HEADER]));
      expect(forwarded.viewer).toBeNull();
      expect(forwarded.clientIp).toMatch(/127\.0\.0\.1/);
    });
  });

  describe('explorer and landing page', () => {
    it('serves the offline explorer at /explorer as HTML', async () => {
      const reply = await send(`${base}/explorer`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
      expect(reply.text).toContain('/explorer/assets/graphiql.js');
    });

    it('serves the explorer assets from npm packages, as JavaScript and CSS', async () => {
      // Every script the page loads, React's UMD builds included (their package's exports map hides them).
      for (const name of ['react.js', 'react-dom.js', 'graphiql.js']) {
        const script = await send(`${base}/explorer/assets/${name}`);
        expect({ name, status: script.status }).toEqual({ name, status: 200 });
        expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
        expect(script.text.length).toBeGreaterThan(5_000);
      }
      const style = await send(`${base}/explorer/assets/graphiql.css`);
      expect(style.headers.get('content-type')).toMatch(/^text\/css/);
      expect((await send(`${base}/explorer/assets/unknown.js`)).status).toBe(404);
    });

    it('serves the landing page to a browser opening /graphql', async () => {
      const reply = await send(stack.url, { headers: { accept: 'text/html' } });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
      expect(reply.text).toMatch(/<!DOCTYPE html>/i);
      expect(reply.text).toMatch(/sandbox/i);
      // Sandbox needs Apollo's CDN; offline, the link to the explorer is what still works.
      expect(reply.text).toMatch(/<a [^>]*href="\/explorer"/);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      send(stack.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });

    it('lets Apollo Studio call a development router', async () => {
      const reply = await preflight('https://studio.apollographql.com');
      expect(reply.status).toBe(204);
      expect(reply.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
      expect(reply.headers.get('access-control-allow-credentials')).toBe('true');
      expect(reply.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(reply.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(reply.headers.get('vary')).toMatch(/Origin/);
      const actual = await postJson(stack.url, { query: '{ __typename }' }, { origin: 'https://studio.apollographql.com' });
      expect(actual.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
    });

    it('gives an unknown origin no allow-origin header', async () => {
      const reply = await preflight('https://evil.example');
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
      expect(reply.headers.get('access-control-allow-credentials')).toBeNull();
      const actual = await postJson(stack.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('health', () => {
    it('answers /health with pass', async () => {
      const reply = await send(`${base}/health`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/health+json');
      expect(JSON.parse(reply.text)).toMatchObject({ status: 'pass', serviceId: 'router' });
    });

    it('lists a passing check per subgraph on /ready', async () => {
      const reply = await send(`${base}/ready`);
      expect(reply.status).toBe(200);
      const body = JSON.parse(reply.text);
      expect(body.status).toBe('pass');
      const expected = stack.subgraphs.map((s) => `subgraph:${s.name}`).sort();
      expect(Object.keys(body.checks).sort()).toEqual(expected);
      for (const name of expected) expect(body.checks[name][0].status).toBe('pass');
    });
  });
});
