import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { errorCodes, gql, logInUser, signUpUser } from './helpers/graphql';
import { fragmentBomb } from './helpers/hostile-operations';
import { startTestStack, type TestStack } from './helpers/stack';

describe('router front door: rate limiting', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'basics'],
      // One trusted proxy hop: the tests below act as separate clients through X-Forwarded-For.
      env: {
        RATE_LIMIT_ANONYMOUS_POINTS: '20',
        RATE_LIMIT_USER_POINTS: '40',
        RATE_LIMIT_TENANT_POINTS: '60',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        TRUST_PROXY_HOPS: '1',
      },
    });
  });

  it('spends the operation cost per IP, sends RateLimit headers, and answers 429 RATE_LIMITED with Retry-After', async () => {
    const first = await gql(stack.url, '{ counter(name: "rl") { value } }');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('20;w=60');
    expect(first.headers.get('ratelimit')).toMatch(/^limit=20, remaining=19, reset=\d+$/);
    // units: list of 20 (default list size) objects → cost 20, more than what is left.
    const expensive = await gql(stack.url, '{ units { symbol } }');
    expect(expensive.status).toBe(429);
    expect(errorCodes(expensive)).toEqual(['RATE_LIMITED']);
    expect(Number(expensive.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(expensive.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    let last = first;
    for (let i = 0; i < 25 && last.status === 200; i++) last = await gql(stack.url, '{ counter(name: "rl") { value } }');
    expect(last.status).toBe(429);
  });

  it('limits a signed-in user on their own budget, not the IP one', async () => {
    const limited = await gql(stack.url, '{ counter(name: "rl") { value } }');
    expect(limited.status).toBe(429);
    // The IP budget is spent; a signed-in user draws on their own. Sign up through the identity subgraph directly.
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    const user = await signUpUser(identity.url, 'limited');
    const res = await gql(stack.url, '{ me { id } }', {}, { token: user.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('40;w=60');
  });

  it('makes an operation refused by the limits spend the budget too (HTTP)', async () => {
    const client = { headers: { 'x-forwarded-for': '198.51.100.1' } };
    const bomb = await gql(stack.url, fragmentBomb(24), {}, client);
    // The client is told why the operation was refused, not that the refusal emptied the budget.
    expect(bomb.status).toBe(400);
    expect(errorCodes(bomb)).toEqual(['OPERATION_TOO_COMPLEX']);
    const next = await gql(stack.url, '{ counter(name: "rl") { value } }', {}, client);
    expect(next.status).toBe(429);
    // Another client's budget is untouched.
    const other = await gql(stack.url, '{ counter(name: "rl") { value } }', {}, { headers: { 'x-forwarded-for': '198.51.100.2' } });
    expect(other.status).toBe(200);
  });

  it('makes a subscription refused by the limits over WebSocket spend the budget too', async () => {
    const ip = '198.51.100.3';
    class FromClientIp extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'x-forwarded-for': ip } });
      }
    }
    const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: FromClientIp, retryAttempts: 0 });
    try {
      const error = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: fragmentBomb(24, 'subscription') },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(JSON.stringify(error)).toContain('OPERATION_TOO_COMPLEX');
    } finally {
      await client.dispose();
    }
    const next = await gql(stack.url, '{ counter(name: "rl") { value } }', {}, { headers: { 'x-forwarded-for': ip } });
    expect(next.status).toBe(429);
  });

  it("shares a tenant's budget among its members: one busy member cannot spend the others' share, and a refusal costs the member nothing", async () => {
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    const [owner, member] = [await signUpUser(identity.url, 'tenant-owner'), await signUpUser(identity.url, 'tenant-member')];
    // The owner adds the member through the router (spending from the owner's and the tenant's budgets);
    // the member logs in at identity, so the test runner's spent IP budget does not matter.
    const added = await gql(
      stack.url,
      'mutation($e: String!) { addTenantMember(email: $e, role: EMPLOYEE) { errors { message } } }',
      { e: member.email },
      { token: owner.token },
    );
    expect(added.body.data.addTenantMember.errors).toEqual([]);
    const inTenant = { token: await logInUser(identity.url, member.email), headers: { 'x-hubgraph-tenant': owner.tenantId } };
    const ping = (auth: { token: string; headers?: Record<string, string> }) => gql(stack.url, '{ me { id } }', {}, auth);
    // The owner spends their own budget down to 5 points; all of it came out of the tenant's 60 too.
    const ownerLeft = Number(/remaining=(\d+)/.exec(added.headers.get('ratelimit')!)![1]);
    for (let i = 0; i < ownerLeft - 5; i++) expect((await ping({ token: owner.token })).status).toBe(200);
    // The member, acting in the owner's tenant, gets what is left of it, then the tenant's budget refuses.
    let served = 0;
    let last = await ping(inTenant);
    while (last.status === 200 && served < 40) {
      served++;
      last = await ping(inTenant);
    }
    expect(last.status).toBe(429);
    expect(served).toBe(60 - (40 - 5)); // what the owner left of the tenant's budget, not the member's own 40
    expect(last.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'TENANT' });
    expect(last.body.errors![0]!.message).toMatch(/organisation's rate limit/);
    // The owner is refused by the tenant's budget too, though their own still has points ...
    expect((await ping({ token: owner.token })).body.errors![0]!.extensions!.scope).toBe('TENANT');
    // ... and the member, in their own sign-up tenant, was charged only for what was served.
    const own = await ping({ token: inTenant.token, headers: { 'x-hubgraph-tenant': member.tenantId } });
    expect(own.status).toBe(200);
    expect(own.headers.get('ratelimit')).toMatch(new RegExp(`^limit=40, remaining=${40 - served - 1}, `));
  });
});
