import type { RawAnswer } from '../src/batch';
import { SubgraphClient } from '../src/gateway';
import { FakeProvider } from '../../test/helpers/fake-provider';

/**
 * Cross-request batching of subgraph fetches (router/src/batch.ts) against a loopback HTTP server that
 * plays the subgraph (test/helpers/fake-provider.ts): it records each request and answers it after
 * 100 ms with what the test's `answer` makes of it, so that the fetches a test sends together are in
 * flight together. The first fetch of a lane goes alone; the ones sent while it is in flight go as one
 * batch when it answers.
 */
describe('SubgraphBatcher', () => {
  let subgraph: FakeProvider;
  let url: string;
  type MemberRequest = { query: string; variables: Record<string, unknown>; extensions?: Record<string, string> };
  /** A request as the fake subgraph saw it; a multi-viewer batch (a JSON array) in `members`. */
  type Received = { query: string; variables: Record<string, unknown>; at: number; members?: MemberRequest[] };
  const received: Received[] = [];
  let answer: (request: Received) => { status: number; body: unknown };
  const ENTITIES = 'query Q__identity__1($representations:[_Any!]!){_entities(representations:$representations){...on User{name}}}';

  beforeAll(async () => {
    subgraph = await FakeProvider.start();
    subgraph.otherwise((raw) => {
      const sent = JSON.parse(raw.body) as MemberRequest | MemberRequest[];
      const request: Received = Array.isArray(sent) ? { query: '', variables: {}, members: sent, at: raw.at } : { ...sent, at: raw.at };
      received.push(request);
      const { status, body } = answer(request);
      return { status, body, headers: { 'cache-control': 'max-age=5, public' }, delayMs: 100 };
    });
    url = `${subgraph.url}/graphql`;
  });
  afterAll(() => subgraph.stop());
  beforeEach(() => {
    received.length = 0;
  });

  /** The subgraph as it would answer each request: `_entities` of users named after their ids, errors for id "bad". */
  const entitiesAnswer = (request: Received) => {
    const data: Record<string, unknown> = {};
    const errors: { message: string; path: (string | number)[] }[] = [];
    const fields = [...request.query.matchAll(/(?:(\w+): )?_entities\(representations: \$(\w+)\)|_entities\(representations:\$(\w+)\)/g)];
    for (const [, alias, variable, plain] of fields) {
      const key = alias ?? '_entities';
      const reps = request.variables[(variable ?? plain)!] as { id: string }[];
      data[key] = reps.map((rep, i) => {
        if (rep.id !== 'bad') return { name: `name of ${rep.id}` };
        errors.push({ message: 'no such user', path: [key, i, 'name'] });
        return null;
      });
    }
    return { status: 200, body: errors.length ? { data, errors } : { data } };
  };
  const fetchEntities = (client: SubgraphClient, ids: string[], query = ENTITIES) => {
    const variables = { representations: ids.map((id) => ({ __typename: 'User', id })) };
    return client.post(url, JSON.stringify({ query, variables }), { 'content-type': 'application/json' }, 'anonymous', {
      query,
      variables,
    });
  };
  const parsed = (answer: RawAnswer) => answer.parsed?.value ?? JSON.parse(answer.body.toString());
  const client = () => new SubgraphClient(5_000, true, { max: 16, waitMs: 1_000 });

  it('splits a batch back by alias, each error to its member with its own path, and keeps the headers', async () => {
    answer = entitiesAnswer;
    const batching = client();
    const answers = await Promise.all([
      fetchEntities(batching, ['a']),
      fetchEntities(batching, ['b', 'bad']),
      fetchEntities(batching, ['c']),
    ]);
    expect(received).toHaveLength(2);
    expect(received[1]!.query).toContain('_b0__entities: _entities(representations: $_b0_representations)');
    expect(received[1]!.query).toContain('_b1__entities: _entities(representations: $_b1_representations)');
    expect(received[1]!.query).toMatch(/^query Q__identity__1\(\$_b0_representations: \[_Any!\]!, \$_b1_representations: \[_Any!\]!\)/);
    expect(answers.map(parsed)).toEqual([
      { data: { _entities: [{ name: 'name of a' }] } },
      { data: { _entities: [{ name: 'name of b' }, null] }, errors: [{ message: 'no such user', path: ['_entities', 1, 'name'] }] },
      { data: { _entities: [{ name: 'name of c' }] } },
    ]);
    for (const a of answers) expect(a.headers['cache-control']).toBe('max-age=5, public');
  });

  it('asks each member again alone when the batch is refused or its answer cannot be attributed', async () => {
    const batching = client();
    for (const refusal of [
      { status: 400, body: { errors: [{ message: 'Variable "$_b1_representations" got invalid value' }] } },
      { status: 200, body: { data: null, errors: [{ message: 'something without a path' }] } },
    ]) {
      received.length = 0;
      answer = (request) => (request.query.includes('_b0_') ? refusal : entitiesAnswer(request));
      const answers = await Promise.all([fetchEntities(batching, ['a']), fetchEntities(batching, ['b']), fetchEntities(batching, ['c'])]);
      // a alone; b and c as a batch, refused; b and c again, each alone.
      expect(received).toHaveLength(4);
      expect(received.slice(2).map((r) => r.query)).toEqual([ENTITIES, ENTITIES]);
      expect(answers.map(parsed)).toEqual(['a', 'b', 'c'].map((id) => ({ data: { _entities: [{ name: `name of ${id}` }] } })));
    }
  });

  it('sends members of several identities as one array of their own requests and hands each its envelope', async () => {
    const signedAs = (client: SubgraphClient, who: string, id: string) => {
      const variables = { representations: [{ __typename: 'User', id }] };
      const headers = { 'content-type': 'application/json', 'x-hubgraph-auth': who, 'x-request-id': `req-${id}` };
      return client.post(url, JSON.stringify({ query: ENTITIES, variables }), headers, who, { query: ENTITIES, variables });
    };
    answer = (request) =>
      request.members
        ? {
            status: 200,
            body: request.members.map((member) => ({
              status: member.extensions?.['x-hubgraph-auth'] === 'refused' ? 401 : 200,
              cacheControl: 'max-age=1, private',
              body: entitiesAnswer({ ...member, at: 0 }).body,
            })),
          }
        : entitiesAnswer(request);
    const batching = client();
    const answers = await Promise.all([
      signedAs(batching, 'alice', 'a'),
      signedAs(batching, 'bob', 'b'),
      signedAs(batching, 'refused', 'c'),
    ]);
    // a alone; b and c as one array, each with its own identity and request id.
    expect(received).toHaveLength(2);
    expect(received[1]!.members!.map((m) => [m.query, m.variables, m.extensions])).toEqual([
      [ENTITIES, { representations: [{ __typename: 'User', id: 'b' }] }, { 'x-hubgraph-auth': 'bob', requestId: 'req-b' }],
      [ENTITIES, { representations: [{ __typename: 'User', id: 'c' }] }, { 'x-hubgraph-auth': 'refused', requestId: 'req-c' }],
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401]);
    expect(answers.map(parsed)).toEqual(['a', 'b', 'c'].map((id) => ({ data: { _entities: [{ name: `name of ${id}` }] } })));
    expect(answers.slice(1).map((a) => a.headers['cache-control'])).toEqual(['max-age=1, private', 'max-age=1, private']);

    // An answer that is not one envelope per member: each asks again alone.
    received.length = 0;
    answer = (request) => (request.members ? { status: 200, body: [] } : entitiesAnswer(request));
    const again = await Promise.all([signedAs(batching, 'alice', 'a'), signedAs(batching, 'bob', 'b'), signedAs(batching, 'carol', 'c')]);
    expect(received.map((r) => (r.members ? 'array' : r.variables.representations))).toEqual([
      [{ __typename: 'User', id: 'a' }],
      'array',
      [{ __typename: 'User', id: 'b' }],
      [{ __typename: 'User', id: 'c' }],
    ]);
    expect(again.map(parsed)).toEqual(['a', 'b', 'c'].map((id) => ({ data: { _entities: [{ name: `name of ${id}` }] } })));
  });

  it("gives every member the subgraph's own failure (a 5xx) without asking again", async () => {
    answer = (request) =>
      request.query.includes('_b0_') ? { status: 503, body: { errors: [{ message: 'down' }] } } : entitiesAnswer(request);
    const batching = client();
    const answers = await Promise.all([fetchEntities(batching, ['a']), fetchEntities(batching, ['b']), fetchEntities(batching, ['c'])]);
    expect(received).toHaveLength(2);
    expect(answers.map((a) => a.status)).toEqual([200, 503, 503]);
  });

  it('never batches what it cannot split: variables in fragments, operation directives, @defer, batching off', async () => {
    answer = entitiesAnswer;
    const inFragment =
      'query Q($representations:[_Any!]!,$x:Boolean!){_entities(representations:$representations){...F}} fragment F on User{name @include(if:$x)}';
    const directive = 'query Q($representations:[_Any!]!) @live {_entities(representations:$representations){...on User{name}}}';
    const deferred = 'query Q($representations:[_Any!]!){_entities(representations:$representations){...on User @defer {name}}}';
    for (const query of [inFragment, directive, deferred]) {
      received.length = 0;
      const batching = client();
      await Promise.all([
        fetchEntities(batching, ['a'], query),
        fetchEntities(batching, ['b'], query),
        fetchEntities(batching, ['c'], query),
      ]);
      expect(received.map((r) => r.query)).toEqual([query, query, query]);
    }
    received.length = 0;
    const off = new SubgraphClient(5_000, true, { max: 0, waitMs: 1_000 });
    await Promise.all([fetchEntities(off, ['a']), fetchEntities(off, ['b']), fetchEntities(off, ['c'])]);
    expect(received).toHaveLength(3);
  });

  it('sends a full batch at once, and a waiting one after the longest wait even while the first is in flight', async () => {
    answer = entitiesAnswer;
    const small = new SubgraphClient(5_000, true, { max: 2, waitMs: 1_000 });
    const started = Date.now();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => fetchEntities(small, [id])));
    // a alone, then b+c and d+e as soon as each is full; all within one subgraph round trip or so.
    expect(received.map((r) => Object.keys(r.variables).length)).toEqual([1, 2, 2]);
    expect(Date.now() - started).toBeLessThan(900);

    received.length = 0;
    const quick = new SubgraphClient(5_000, true, { max: 16, waitMs: 20 });
    await Promise.all(['a', 'b', 'c'].map((id) => fetchEntities(quick, [id])));
    // The batch of b and c went after its 20 ms, not when a's answer came 100 ms later.
    expect(received).toHaveLength(2);
    expect(received[1]!.at - received[0]!.at).toBeLessThan(80);
  });
});
