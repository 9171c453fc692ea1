import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { acceptsDeferSpec, MAX_DEFERRED_FRAGMENTS } from '../router/src/defer';
import { errorCodes, gql, signUpUser, type TestUser } from './helpers/graphql';
import { startSecondRouter, startTestStack, subgraphProxy, type TestStack } from './helpers/stack';

/**
 * @defer through the router (issue 22 item 3): incremental delivery as `multipart/mixed;
 * deferSpec=20220824`. A second router is pointed at a loopback proxy in front of the real notes
 * subgraph, which holds back (or fails) the entity fetches a deferred fragment makes, so the test
 * controls when the slow part may answer and sees the first part arrive before it.
 */
const ACCEPT_DEFER = 'multipart/mixed;deferSpec=20220824, application/json';

type Mode = 'pass' | 'hold' | 'fail';

interface Part {
  body: Record<string, any>;
  at: number;
}

/** Reads a multipart/mixed answer part by part, as they arrive, noting when each did. */
async function* readParts(res: Response): AsyncGenerator<Part> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    // A part is complete once the delimiter after its JSON has arrived.
    for (;;) {
      const start = buffer.indexOf('\r\n---');
      if (start < 0) break;
      const headersEnd = buffer.indexOf('\r\n\r\n', start + 5);
      if (headersEnd < 0) break;
      const end = buffer.indexOf('\r\n---', headersEnd + 4);
      if (end < 0) break;
      yield { body: JSON.parse(buffer.slice(headersEnd + 4, end)) as Record<string, any>, at: performance.now() };
      buffer = buffer.slice(end);
    }
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
  }
}

async function collect(res: Response): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of readParts(res)) parts.push(part);
  return parts;
}

describe('@defer through the router', () => {
  let stack: TestStack;
  let routerUrl: string;
  let mode: Mode = 'pass';
  /** Entity fetches the proxy is holding back, released by `release()`. */
  const held: (() => void)[] = [];
  let entityFetches = 0;
  let user: TestUser;

  const release = () => {
    for (const go of held.splice(0)) go();
  };
  const post = (query: string, options: { accept?: string; token?: string; variables?: Record<string, unknown> } = {}) =>
    fetch(routerUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.accept ? { accept: options.accept } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    });
  /** Waits until the proxy holds `count` fetches (the router has asked the slow subgraph). */
  const holding = async (count: number) => {
    for (let i = 0; i < 500 && held.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    expect(held).toHaveLength(count);
  };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'notes'] });
    const notes = stack.subgraphs.find((s) => s.name === 'notes')!;
    const proxyUrl = await subgraphProxy(notes.url, async (body) => {
      if (!body.includes('_entities')) return;
      entityFetches++;
      if (mode === 'fail') return { status: 503, text: 'down for the test' };
      if (mode === 'hold') await new Promise<void>((resolve) => held.push(resolve));
    });
    routerUrl = await startSecondRouter(stack, { SUBGRAPH_URL_NOTES: proxyUrl });
    user = await signUpUser(routerUrl, 'deferrer');
    for (const title of ['first', 'second']) {
      const created = await gql(
        routerUrl,
        'mutation($i: CreateNoteInput!) { createNote(input: $i) { note { id } errors { message } } }',
        {
          i: { title, body: `${title} body` },
        },
        { token: user.token },
      );
      expect(created.body.data?.createNote?.errors).toEqual([]);
    }
  });

  afterEach(() => {
    mode = 'pass';
    release();
    entityFetches = 0;
  });

  const NOTES_DEFERRED = `query Deferred {
    me { id displayName ... @defer(label: "notes") { notes(first: 10) { totalCount edges { node { title } } } } }
  }`;

  it('sends the initial part before the slow subgraph answers, then the deferred part', async () => {
    mode = 'hold';
    const res = await post(NOTES_DEFERRED, { accept: ACCEPT_DEFER, token: user.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('multipart/mixed; boundary="-"; deferSpec=20220824');
    const parts = readParts(res);
    const first = await parts.next();
    // The first part is here while the notes fetch is still held at the proxy.
    await holding(1);
    expect(first.value!.body).toEqual({ data: { me: { id: user.id, displayName: 'deferrer' } }, hasNext: true });
    const releasedAt = performance.now();
    release();
    const second = await parts.next();
    expect(second.value!.body).toEqual({
      incremental: [
        {
          data: { notes: { totalCount: 2, edges: [{ node: { title: 'second' } }, { node: { title: 'first' } }] } },
          path: ['me'],
          label: 'notes',
        },
      ],
      hasNext: false,
    });
    expect(first.value!.at).toBeLessThan(releasedAt);
    expect(second.value!.at).toBeGreaterThan(releasedAt);
    expect((await parts.next()).done).toBe(true);
    // The primary fetch was not repeated for the deferred part: one entity fetch in all.
    expect(entityFetches).toBe(1);
  });

  it('streams to Apollo Client: it shows the initial data, then merges the deferred part', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: routerUrl, headers: { authorization: `Bearer ${user.token}` } }),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    mode = 'hold';
    const seen: { dataState: string; data: unknown; at: number }[] = [];
    let releasedAt = Infinity;
    await new Promise<void>((resolve, reject) => {
      const subscription = client.watchQuery({ query: apolloGql(NOTES_DEFERRED), fetchPolicy: 'network-only' }).subscribe({
        next(result) {
          seen.push({ dataState: result.dataState, data: result.data, at: performance.now() });
          // The notes fetch stays held until Apollo Client has shown the initial data.
          if (result.dataState === 'streaming') {
            void holding(1).then(() => {
              releasedAt = performance.now();
              release();
            }, reject);
          }
          if (result.dataState === 'complete') {
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    client.stop();
    const streaming = seen.find((s) => s.dataState === 'streaming');
    expect(streaming?.data).toEqual({ me: { __typename: 'User', id: user.id, displayName: 'deferrer' } });
    expect(streaming!.at).toBeLessThan(releasedAt);
    expect(seen.at(-1)!.at).toBeGreaterThan(releasedAt);
    expect(seen.at(-1)).toMatchObject({
      dataState: 'complete',
      data: {
        me: {
          id: user.id,
          displayName: 'deferrer',
          notes: { totalCount: 2, edges: [{ node: { title: 'second' } }, { node: { title: 'first' } }] },
        },
      },
    });
  });

  it('gives a client that does not accept multipart the whole answer at once', async () => {
    for (const accept of [undefined, 'application/json', 'multipart/mixed;incrementalSpec=v0.2, application/json']) {
      const res = await gql(routerUrl, NOTES_DEFERRED, {}, { token: user.token, headers: accept ? { accept } : {} });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(res.body).toEqual({
        data: {
          me: {
            id: user.id,
            displayName: 'deferrer',
            notes: { totalCount: 2, edges: [{ node: { title: 'second' } }, { node: { title: 'first' } }] },
          },
        },
      });
    }
  });

  it('answers an operation without an active @defer in one part, even to a multipart client', async () => {
    const res = await post('query($d: Boolean!) { me { id ... @defer(if: $d) { displayName } } }', {
      accept: ACCEPT_DEFER,
      token: user.token,
      variables: { d: false },
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await res.json()).toEqual({ data: { me: { id: user.id, displayName: 'deferrer' } } });
  });

  it('sends one entry per list item when the deferred fragment sits inside a list, unlabelled', async () => {
    const res = await post('{ me { notes(first: 10) { edges { node { title ... @defer { body } } } } } }', {
      accept: ACCEPT_DEFER,
      token: user.token,
    });
    const parts = await collect(res);
    expect(parts.map((p) => p.body)).toEqual([
      { data: { me: { notes: { edges: [{ node: { title: 'second' } }, { node: { title: 'first' } }] } } }, hasNext: true },
      {
        incremental: [
          { data: { body: 'second body' }, path: ['me', 'notes', 'edges', 0, 'node'] },
          { data: { body: 'first body' }, path: ['me', 'notes', 'edges', 1, 'node'] },
        ],
        hasNext: false,
      },
    ]);
  });

  it('delivers nested and sibling deferred fragments, each in its own part', async () => {
    const res = await post(
      `{ me { id ... @defer(label: "outer") { displayName ... @defer(label: "inner") { notes { totalCount } } } } ... @defer(label: "root") { notes { totalCount } } }`,
      { accept: ACCEPT_DEFER, token: user.token },
    );
    const parts = (await collect(res)).map((p) => p.body);
    expect(parts[0]).toEqual({ data: { me: { id: user.id } }, hasNext: true });
    expect(parts.at(-1)!.hasNext).toBe(false);
    const entries = parts.slice(1).flatMap((p) => p.incremental);
    expect(entries).toHaveLength(3);
    expect(entries).toEqual(
      expect.arrayContaining([
        { data: { displayName: 'deferrer' }, path: ['me'], label: 'outer' },
        { data: { notes: { totalCount: 2 } }, path: ['me'], label: 'inner' },
        { data: { notes: { totalCount: 2 } }, path: [], label: 'root' },
      ]),
    );
    // The inner fragment comes after the outer one it is nested in.
    const labels = entries.map((e: { label: string }) => e.label);
    expect(labels.indexOf('inner')).toBeGreaterThan(labels.indexOf('outer'));
  });

  it('reports an error of a deferred fetch in that part, the initial part staying clean', async () => {
    mode = 'fail';
    const parts = (await collect(await post(NOTES_DEFERRED, { accept: ACCEPT_DEFER, token: user.token }))).map((p) => p.body);
    expect(parts[0]).toEqual({ data: { me: { id: user.id, displayName: 'deferrer' } }, hasNext: true });
    expect(parts[1]).toMatchObject({
      incremental: [
        {
          data: { notes: null },
          path: ['me'],
          label: 'notes',
          errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'notes' } }],
        },
      ],
      hasNext: false,
    });
    expect(parts).toHaveLength(2);
  });

  it('keeps auth: deferred fetches carry the viewer, anonymous ones are refused by the subgraph, bad tokens at the door', async () => {
    const query = '{ me { id } ... @defer(label: "mine") { notes { totalCount } } }';
    const signedIn = (await collect(await post(query, { accept: ACCEPT_DEFER, token: user.token }))).map((p) => p.body);
    expect(signedIn).toEqual([
      { data: { me: { id: user.id } }, hasNext: true },
      { incremental: [{ data: { notes: { totalCount: 2 } }, path: [], label: 'mine' }], hasNext: false },
    ]);
    const anonymous = (await collect(await post(query, { accept: ACCEPT_DEFER }))).map((p) => p.body);
    expect(anonymous[0]).toEqual({ data: { me: null }, hasNext: true });
    expect(anonymous[1]!.incremental[0].data).toEqual({ notes: null });
    expect(anonymous[1]!.incremental[0].errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
    const forged = await gql(routerUrl, query, {}, { token: 'not-a-token', headers: { accept: ACCEPT_DEFER } });
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('runs a mutation with a deferred fragment once: later parts never send it again', async () => {
    const other = await signUpUser(routerUrl, 'mutator');
    const res = await post(
      'mutation($i: CreateNoteInput!) { createNote(input: $i) { note { id ... @defer(label: "more") { title body } } errors { message } } }',
      {
        accept: ACCEPT_DEFER,
        token: other.token,
        variables: { i: { title: 'once', body: 'only once' } },
      },
    );
    const parts = (await collect(res)).map((p) => p.body);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ data: { createNote: { note: { id: expect.any(String) }, errors: [] } }, hasNext: true });
    expect(parts[1]).toEqual({
      incremental: [{ data: { title: 'once', body: 'only once' }, path: ['createNote', 'note'], label: 'more' }],
      hasNext: false,
    });
    const count = await gql(routerUrl, '{ notes { totalCount } }', {}, { token: other.token });
    expect(count.body.data.notes.totalCount).toBe(1);
  });

  it("keeps the router's limits and rate limit: deferred fields count, and the multipart answer spends the budget", async () => {
    const roots = Array.from({ length: 16 }, (_, i) => `r${i}: me { id }`).join(' ');
    const refused = await gql(
      routerUrl,
      `{ me { id } ... @defer { ${roots} } }`,
      {},
      { token: user.token, headers: { accept: ACCEPT_DEFER } },
    );
    expect(refused.status).toBe(400);
    expect(errorCodes(refused)).toEqual(['OPERATION_TOO_COMPLEX']);
    const spend = async () => {
      const res = await post(NOTES_DEFERRED, { accept: ACCEPT_DEFER, token: user.token });
      expect(res.headers.get('content-type')).toMatch(/^multipart\/mixed/);
      await collect(res);
      return Number(/remaining=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1]);
    };
    const before = await spend();
    expect(await spend()).toBeLessThan(before);
  });

  it(`refuses more than ${MAX_DEFERRED_FRAGMENTS} deferred fragments before fetching anything`, async () => {
    const fragments = Array.from({ length: MAX_DEFERRED_FRAGMENTS + 1 }, (_, i) => `... @defer { a${i}: displayName }`).join(' ');
    const res = await gql(routerUrl, `{ me { id ${fragments} } }`, {}, { token: user.token, headers: { accept: ACCEPT_DEFER } });
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['OPERATION_TOO_COMPLEX']);
  });

  it('negotiates the format as Apollo Server does', () => {
    expect(acceptsDeferSpec('multipart/mixed;deferSpec=20220824,application/json')).toBe(true);
    expect(acceptsDeferSpec('multipart/mixed; deferSpec="20220824"')).toBe(true);
    expect(acceptsDeferSpec('application/json')).toBe(false);
    expect(acceptsDeferSpec('multipart/mixed')).toBe(false);
    expect(acceptsDeferSpec('multipart/mixed;deferSpec=20220824;q=0')).toBe(false);
    expect(acceptsDeferSpec('multipart/mixed;incrementalSpec=v0.2, multipart/mixed;deferSpec=20220824;q=0.5')).toBe(false);
    expect(acceptsDeferSpec('multipart/mixed;incrementalSpec=v0.2;q=0.5, multipart/mixed;deferSpec=20220824')).toBe(true);
  });
});
