import { createServer } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { backoffMs, HubgraphClient, HubgraphError, HubgraphNetworkError } from '.';
import { freePort } from '../test/helpers/processes';

describe('SDK retries (a real HTTP server on loopback)', () => {
  let hits = 0;
  let failFirst = 0;
  const server = createServer((req, res) => {
    hits++;
    if (hits <= failFirst) {
      res.writeHead(503).end('busy');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(
        JSON.stringify(
          req.url === '/errors' ? { errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } }] } : { data: { ok: true } },
        ),
      );
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    hits = 0;
  });

  const query = parse('query Q { ok }') as TypedDocumentNode<{ ok: boolean }, Record<string, never>>;
  const mutation = parse('mutation M { ok }') as TypedDocumentNode<{ ok: boolean }, Record<string, never>>;
  const retry = { retries: 3, baseDelayMs: 5, maxDelayMs: 20 };

  it('retries a query after 503s without a GraphQL body, but not a mutation', async () => {
    failFirst = 2;
    expect(await new HubgraphClient({ url: `${url}/graphql`, retry }).request(query)).toEqual({ ok: true });
    expect(hits).toBe(3);
    hits = 0;
    const error = await new HubgraphClient({ url: `${url}/graphql`, retry }).request(mutation).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubgraphError);
    expect(hits).toBe(1);
  });

  it('never retries a GraphQL error', async () => {
    failFirst = 0;
    const error = (await new HubgraphClient({ url: `${url}/errors`, retry }).request(query).catch((e: unknown) => e)) as HubgraphError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(hits).toBe(1);
  });

  it('gives up on a refused connection with HubgraphNetworkError after the retries (mutations too: never sent)', async () => {
    const dead = `http://127.0.0.1:${await freePort()}/graphql`;
    const error = (await new HubgraphClient({ url: dead, retry }).request(mutation).catch((e: unknown) => e)) as HubgraphNetworkError;
    expect(error).toBeInstanceOf(HubgraphNetworkError);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.attempts).toBe(4);
    expect(error.message).toMatch(/^Cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\) after 4 attempts\.$/);
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect([0, 1, 2, 10].map((n) => backoffMs(n, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 1))).toEqual([100, 200, 400, 1000]);
    expect(backoffMs(3, {}, () => 0)).toBe(0);
  });
});
