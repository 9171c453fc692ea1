import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, print } from 'graphql';
import { decodeJwt } from 'jose';
import { INTERNAL_AUTH_HEADER, publicCacheHintProblems, type AnySubgraphDefinition } from '../kit';
import { privateEntityReason } from '../kit/src/cache-control';
import { subgraphs } from '../subgraphs';
import { basics } from '../subgraphs/basics';
import { work } from '../subgraphs/work';
import { addToTenant, gql, signUpUser, type TestUser } from './helpers/graphql';
import { disposeAfterAll, startSecondRouter, startTestStack, type TestStack } from './helpers/stack';
import { startOneSubgraph } from './helpers/subgraph';

describe('router response cache driven by @cacheControl', () => {
  let stack: TestStack;
  let fetches = 0;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    stack.subgraphs.find((s) => s.name === 'basics')!.httpServer.on('request', () => fetches++);
  });

  it('answers a repeated public query from cache, with Cache-Control and Age, without calling the subgraph', async () => {
    const query = '{ units(dimension: WEIGHT) { symbol name } }';
    const first = await gql(stack.url, query);
    expect(first.body.data.units).toHaveLength(5);
    expect(first.headers.get('cache-control')).toBe('max-age=3600, public');
    const before = fetches;
    const second = await gql(stack.url, query);
    expect(second.body).toEqual(first.body);
    expect(fetches).toBe(before);
    // A cached answer says how old it is: the header is there, a whole number of seconds, and no older
    // than the time since the first answer (the first, fresh from the subgraph, has no Age).
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(Number(second.headers.get('age'))).toBeLessThanOrEqual(5);
    // Different variables or arguments are different entries.
    await gql(stack.url, '{ units(dimension: LENGTH) { symbol } }');
    expect(fetches).toBe(before + 1);
  });

  it('never caches uncacheable data (counters change; me is per user)', async () => {
    const read = () => gql(stack.url, '{ counter(name: "cache") { value } }');
    expect((await read()).headers.get('cache-control')).toBe('no-store');
    await gql(stack.url, 'mutation { incrementCounter(name: "cache") { value } }');
    expect((await read()).body.data.counter.value).toBe(1);
    const user = await signUpUser(stack.url, 'cache');
    const me = await gql(stack.url, '{ me { id } }', {}, { token: user.token });
    expect(me.body.data.me.id).toBe(user.id);
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('mixes: a query with a cacheable and an uncacheable field is not cached', async () => {
    const before = fetches;
    const query = '{ units(dimension: TEMPERATURE) { symbol } counter(name: "mixed") { value } }';
    await gql(stack.url, query);
    await gql(stack.url, query);
    expect(fetches).toBe(before + 2);
  });
});

/**
 * How the router keys cached answers. The basics subgraph here is a stand-in on loopback that answers
 * `units` with whom the router said it asks for (the forwarded token's user, tenant and roles) and the
 * Cache-Control the test chooses, so a shared entry shows up as another viewer's answer.
 */
describe('router response cache: PRIVATE per user and tenant, PUBLIC only when marked', () => {
  const QUERY = '{ units(dimension: WEIGHT) { symbol name } }';
  let stack: TestStack;
  let routerUrl: string;
  let cacheControl = 'max-age=60';
  let fetches = 0;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
    const standIn: Server = createServer(async (req, res) => {
      for await (const _chunk of req);
      fetches++;
      const token = req.headers[INTERNAL_AUTH_HEADER];
      const claims = typeof token === 'string' ? decodeJwt(token) : {};
      const who = `${claims.sub ?? 'anonymous'}|${claims.tid ?? '-'}|${claims.trl ?? '-'}`;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': cacheControl });
      res.end(JSON.stringify({ data: { units: [{ symbol: who, name: String(fetches) }] } }));
    });
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    disposeAfterAll(() => new Promise<void>((resolve) => standIn.close(() => resolve())));
    routerUrl = await startSecondRouter(stack, {
      SUBGRAPH_URL_BASICS: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`,
    });
    [alice, bob] = await Promise.all([signUpUser(routerUrl, 'alice'), signUpUser(routerUrl, 'bob')]);
  });

  /** The viewer a cached or fresh answer was made for, and whether the subgraph was asked. */
  async function ask(options: { token?: string; headers?: Record<string, string> } = {}) {
    const before = fetches;
    const res = await gql(routerUrl, QUERY, {}, options);
    expect(res.body.errors).toBeUndefined();
    return { madeFor: res.body.data.units[0].symbol as string, fetched: fetches > before, cacheControl: res.headers.get('cache-control') };
  }

  it('treats an answer without an explicit scope as PRIVATE: cached per user, never shared', async () => {
    cacheControl = 'max-age=60';
    const first = await ask({ token: alice.token });
    expect(first).toEqual({ madeFor: `${alice.id}|${alice.tenantId}|ADMIN`, fetched: true, cacheControl: 'max-age=60, private' });
    // Alice again: her own entry.
    expect(await ask({ token: alice.token })).toMatchObject({ madeFor: first.madeFor, fetched: false });
    // Bob never gets Alice's entry, but gets his own once made.
    expect(await ask({ token: bob.token })).toMatchObject({ madeFor: `${bob.id}|${bob.tenantId}|ADMIN`, fetched: true });
    expect(await ask({ token: bob.token })).toMatchObject({ madeFor: `${bob.id}|${bob.tenantId}|ADMIN`, fetched: false });
    // Anonymous requests are never served, nor stored, from a private entry.
    expect(await ask()).toMatchObject({ madeFor: 'anonymous|-|-', fetched: true });
    expect(await ask()).toMatchObject({ madeFor: 'anonymous|-|-', fetched: true });
  });

  it('keeps a PRIVATE entry to the tenant it was made in: the same user in another tenant is asked afresh', async () => {
    cacheControl = 'max-age=60, private';
    const carol = await signUpUser(routerUrl, 'carol');
    const inOwnTenant = await ask({ token: carol.token });
    expect(inOwnTenant).toMatchObject({ madeFor: `${carol.id}|${carol.tenantId}|ADMIN`, fetched: true });
    // Carol joins Bob's tenant as an employee and acts there: not her own tenant's entry.
    const inBobs = await addToTenant(routerUrl, bob, carol, 'EMPLOYEE');
    expect(await ask(inBobs)).toMatchObject({ madeFor: `${carol.id}|${bob.tenantId}|EMPLOYEE`, fetched: true });
    expect(await ask(inBobs)).toMatchObject({ madeFor: `${carol.id}|${bob.tenantId}|EMPLOYEE`, fetched: false });
    // Back in her own tenant (the new token, no tenant header): her first entry again.
    expect(await ask({ token: inBobs.token })).toMatchObject({ madeFor: inOwnTenant.madeFor, fetched: false });
  });

  it('shares an answer marked PUBLIC with everyone, which is why PUBLIC is refused on per-user data', async () => {
    cacheControl = 'max-age=60, public';
    const [dave, erin] = await Promise.all([signUpUser(routerUrl, 'dave'), signUpUser(routerUrl, 'erin')]);
    const made = await ask({ token: dave.token });
    expect(made).toMatchObject({ fetched: true, cacheControl: 'max-age=60, public' });
    expect(await ask({ token: erin.token })).toMatchObject({ madeFor: made.madeFor, fetched: false });
    // Apollo keeps signed-in and anonymous PUBLIC entries apart; anonymous requests share theirs.
    expect(await ask()).toMatchObject({ madeFor: 'anonymous|-|-', fetched: true });
    expect(await ask()).toMatchObject({ madeFor: 'anonymous|-|-', fetched: false });
  });
});

describe('cache hints: private unless a field says otherwise', () => {
  /** basics with its own SDL, as a subgraph would declare it. */
  const basicsWith = (sdl: (original: string) => string): AnySubgraphDefinition => ({
    ...basics,
    typeDefs: parse(sdl(print(basics.typeDefs))),
  });

  it('answers a hint that names no scope with Cache-Control private, and one that says PUBLIC with public', async () => {
    const unscoped = await startOneSubgraph(
      basicsWith((sdl) => sdl.replace('[Unit!] @cacheControl(maxAge: 3600, scope: PUBLIC)', '[Unit!] @cacheControl(maxAge: 3600)')),
    );
    const query = '{ units(dimension: LENGTH) { symbol } convertUnits(value: 1, from: "m", to: "cm") { result } }';
    expect((await gql(unscoped.url, '{ units { symbol } }')).headers.get('cache-control')).toBe('max-age=3600, private');
    // With one PRIVATE part, the whole answer is PRIVATE.
    expect((await gql(unscoped.url, query)).headers.get('cache-control')).toBe('max-age=3600, private');
    const real = await startOneSubgraph(basics);
    expect((await gql(real.url, query)).headers.get('cache-control')).toBe('max-age=3600, public');
  });

  it('refuses to start a subgraph with a PUBLIC hint on tenant-owned data', async () => {
    const taskHint = (sdl: string) =>
      `${sdl}\ndirective @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION\nenum CacheControlScope { PUBLIC PRIVATE }\nextend type Query { recentTasks: [Task!]! @cacheControl(maxAge: 60, scope: PUBLIC) }`;
    const definition: AnySubgraphDefinition = { ...work, typeDefs: parse(taskHint(print(work.typeDefs))) };
    await expect(startOneSubgraph(definition)).rejects.toThrow(/Query\.recentTasks: Task is a tenant-owned entity/);
  });

  it('finds every PUBLIC hint that reaches per-user or tenant data, across subgraphs', () => {
    const hinted = (name: string, sdl: string) => ({
      name,
      entities: [],
      typeDefs: parse(
        `directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION\nenum CacheControlScope { PUBLIC PRIVATE }\n${sdl}`,
      ),
    });
    const problems = publicCacheHintProblems([
      ...subgraphs.map((s) => ({ name: s.name, typeDefs: s.typeDefs, entities: s.entities })),
      hinted(
        'extra',
        `type Task @key(fields: "id", resolvable: false) @cacheControl(maxAge: 5, scope: PUBLIC) { id: ID! }
         type Vote @key(fields: "id", resolvable: false) { id: ID! note: String @cacheControl(scope: PUBLIC) }
         type Shelf @cacheControl(maxAge: 5, scope: PUBLIC) { inbox: Inbox }
         union Inbox = Notification | Shelf
         type Notification @key(fields: "id", resolvable: false) { id: ID! }
         type Query {
           me: User @cacheControl(maxAge: 5, scope: PUBLIC)
           weather: Float @cacheControl(maxAge: 5, scope: PUBLIC)
           units: [Unit] @cacheControl(maxAge: 5, scope: PUBLIC)
         }
         type Unit @key(fields: "symbol", resolvable: false) { symbol: String! }
         type User @key(fields: "id", resolvable: false) { id: ID! }`,
      ),
    ]);
    expect(problems.map((p) => p.split(': @cacheControl(scope: PUBLIC) on ')[1]!.split(':')[0]).sort()).toEqual([
      'Query.me',
      'Shelf',
      'Task',
      'Vote.note',
    ]);
    expect(problems.find((p) => p.includes(' on Shelf:'))).toMatch(/it leads to Notification, a per-user entity \(recipientId\)/);
    // One subgraph alone knows the User stub is private (identity's user), so its start refuses this too.
    expect(
      publicCacheHintProblems([
        hinted('alone', 'type User @key(fields: "id", resolvable: false) @cacheControl(scope: PUBLIC) { id: ID! }'),
      ]),
    ).toHaveLength(1);
    // The committed subgraphs pass: basics' PUBLIC hints lead to no entity.
    expect(publicCacheHintProblems(subgraphs.map((s) => ({ name: s.name, typeDefs: s.typeDefs, entities: s.entities })))).toEqual([]);
  });

  it('classifies the entities: tenant-owned and per-user ones are private, global ones are not', () => {
    const reasons = Object.fromEntries(
      subgraphs.flatMap((s) => s.entities.map((e) => [(e as any).meta.className, privateEntityReason(e)])),
    );
    for (const name of [
      'Task',
      'Contact',
      'Lead',
      'User',
      'Tenant',
      'Room',
      'Message',
      'RoomMember',
      'Vote',
      'Notification',
      'GuessSession',
      'Match',
      'Presence',
    ]) {
      expect({ name, reason: reasons[name] }).toEqual({ name, reason: expect.any(String) });
    }
    expect(reasons.Task).toBe('a tenant-owned entity');
    expect(reasons.Poll).toBe('a per-user entity (createdBy)');
    expect(reasons.Tenant).toBe('the tenant entity');
    expect(reasons.Counter).toBeNull();
    expect(reasons.PollOption).toBeNull();
  });
});
