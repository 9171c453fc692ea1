import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { operationFromDocument } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { RouterKeys, RouterSigner, createLogger, generateRouterKeys, parseRouterPrivateKey } from '../../kit';
import { ForwardedVerifier, parseRouterPublicKeys } from '../../kit/src/auth';
import { CircuitBreaker } from '../src/breaker';
import {
  ForwardedTokens,
  SubgraphClient,
  compileSupergraph,
  compiledByGateway,
  createGateway,
  type CompiledSupergraph,
} from '../src/gateway';

const routerKey = generateRouterKeys();
const signer = new RouterSigner(parseRouterPrivateKey(routerKey.ROUTER_SIGNING_KEY));
const keys = new RouterKeys({ keys: parseRouterPublicKeys(routerKey.ROUTER_PUBLIC_KEYS) });
/** What subgraph `audience` makes of a forwarded token. */
const verify = (token: string, audience = 'work') => new ForwardedVerifier(keys, audience).verify(token);
const ALICE = { userId: 'u-alice', roles: ['user'], tenantId: null, tenantRole: null };

describe('ForwardedTokens', () => {
  it('reuses one signed token per (viewer, client IP, subgraph) and signs a new one when any differs', async () => {
    const tokens = new ForwardedTokens(signer);
    const first = await tokens.tokenFor(ALICE, '10.0.0.1', 'work');
    expect(await tokens.tokenFor({ ...ALICE, roles: ['user'] }, '10.0.0.1', 'work')).toBe(first);
    const otherIp = await tokens.tokenFor(ALICE, '10.0.0.2', 'work');
    const admin = await tokens.tokenFor({ ...ALICE, roles: ['user', 'admin'] }, '10.0.0.1', 'work');
    const anonymous = await tokens.tokenFor(null, '10.0.0.1', 'work');
    // The same user acting in a tenant (or in another one) must never reuse a token of another scope.
    const inTenantA = await tokens.tokenFor({ ...ALICE, tenantId: 't-a', tenantRole: 'ADMIN' }, '10.0.0.1', 'work');
    const inTenantB = await tokens.tokenFor({ ...ALICE, tenantId: 't-b', tenantRole: 'EMPLOYEE' }, '10.0.0.1', 'work');
    // Nor may a token signed for one subgraph be sent to another.
    const forCrm = await tokens.tokenFor(ALICE, '10.0.0.1', 'crm');
    expect(new Set([first, otherIp, admin, anonymous, inTenantA, inTenantB, forCrm]).size).toBe(7);
    expect(await verify(inTenantB)).toMatchObject({ viewer: { tenantId: 't-b', tenantRole: 'EMPLOYEE' } });
    expect(await verify(first)).toEqual({ viewer: ALICE, clientIp: '10.0.0.1' });
    expect(await verify(admin)).toMatchObject({ viewer: { roles: ['user', 'admin'] } });
    expect(await verify(anonymous)).toEqual({ viewer: null, clientIp: '10.0.0.1' });
    expect(await verify(forCrm, 'crm')).toEqual({ viewer: ALICE, clientIp: '10.0.0.1' });
    await expect(verify(forCrm, 'work')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(first, 'crm')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('signs ES256 with the key id the router publishes, and names the subgraph as the audience', async () => {
    const token = await new ForwardedTokens(signer).tokenFor(ALICE, '10.0.0.1', 'work');
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: signer.kid });
    expect(signer.jwks().keys.map((k) => k.kid)).toEqual([signer.kid]);
    expect(decodeJwt(token)).toMatchObject({ iss: 'hubgraph-router', aud: 'work', sub: ALICE.userId, ip: '10.0.0.1' });
  });

  it("signs afresh once the reuse period (45 s of the token's 60 s) is over", async () => {
    const tokens = new ForwardedTokens(signer);
    const now = jest.spyOn(Date, 'now');
    try {
      // The same promise means the cached token; a new one means it was signed again.
      now.mockReturnValue(1_000_000_000_000);
      const first = tokens.tokenFor(ALICE, '10.0.0.1', 'work');
      now.mockReturnValue(1_000_000_000_000 + 44_000);
      expect(tokens.tokenFor(ALICE, '10.0.0.1', 'work')).toBe(first);
      now.mockReturnValue(1_000_000_000_000 + 46_000);
      const renewed = tokens.tokenFor(ALICE, '10.0.0.1', 'work');
      expect(renewed).not.toBe(first);
      now.mockRestore();
      expect(await verify(await renewed)).toEqual({ viewer: ALICE, clientIp: '10.0.0.1' });
    } finally {
      now.mockRestore();
    }
  });
});

describe('SubgraphClient', () => {
  let server: Server;
  let url: string;
  const seen: IncomingMessage[] = [];
  let release: () => void = () => undefined;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      req.resume();
      // Answers only when released, so concurrent requests are really in flight together.
      const answer = () => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=5' }).end('{"data":{"n":1}}');
      const previous = release;
      release = () => {
        previous();
        answer();
      };
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen.length = 0;
    release = () => undefined;
  });

  const waitForRequests = async (n: number) => {
    while (seen.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('merges identical in-flight requests of one scope, never across scopes or without one', async () => {
    const client = new SubgraphClient(5_000);
    const body = '{"query":"{ n }"}';
    const pending = [
      client.post(url, body, { 'content-type': 'application/json' }, 'anonymous'),
      client.post(url, body, { 'content-type': 'application/json' }, 'anonymous'),
      client.post(url, body, { 'content-type': 'application/json' }, 'u-alice|'),
      client.post(url, body, { 'content-type': 'application/json' }),
      client.post(url, body, { 'content-type': 'application/json' }),
    ];
    await waitForRequests(4);
    release();
    const answers = await Promise.all(pending);
    expect(seen).toHaveLength(4);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('max-age=5');
      expect(JSON.parse(answer.body.toString())).toEqual({ data: { n: 1 } });
    }
  });
});

describe('CircuitBreaker window', () => {
  it('opens on the failure ratio within the window and forgets calls older than it', () => {
    const now = jest.spyOn(Date, 'now');
    try {
      let t = 1_000_000;
      now.mockImplementation(() => t);
      const breaker = new CircuitBreaker('s', { failureRatio: 0.5, minimumCalls: 4, windowMs: 1_000, openMs: 5_000 });
      for (let i = 0; i < 3; i++) breaker.admit()(false);
      expect(breaker.state).toBe('closed'); // fewer than minimumCalls
      t += 2_000; // those three failures leave the window
      for (let i = 0; i < 3; i++) breaker.admit()(true);
      breaker.admit()(false);
      expect(breaker.state).toBe('closed'); // 1 failure in 4
      breaker.admit()(false);
      breaker.admit()(false);
      expect(breaker.state).toBe('open'); // 3 failures in 6
    } finally {
      now.mockRestore();
    }
  });

  it('counts neither way a call that says nothing about the subgraph, and keeps a trial pending through it', () => {
    const now = jest.spyOn(Date, 'now');
    try {
      let t = 1_000_000;
      now.mockImplementation(() => t);
      const breaker = new CircuitBreaker('s', { failureRatio: 0.5, minimumCalls: 2, windowMs: 1_000, openMs: 100 });
      for (let i = 0; i < 20; i++) breaker.admit()(undefined);
      expect(breaker.state).toBe('closed');
      breaker.admit()(false);
      breaker.admit()(false);
      expect(breaker.state).toBe('open');
      t += 200;
      expect(breaker.state).toBe('half_open');
      breaker.admit()(undefined); // the trial failed before it was sent: the next call is the trial
      expect(breaker.state).toBe('half_open');
      breaker.admit()(true);
      expect(breaker.state).toBe('closed');
    } finally {
      now.mockRestore();
    }
  });
});

describe('the compiled supergraph', () => {
  it("is the loaded gateway's own, shared with the subscription hub, and plans a subscription as one compiled alone does", async () => {
    const supergraphSdl = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
    const { gateway } = createGateway({ supergraphSdl, subgraphUrls: {}, signer, log: createLogger('test', 'silent'), timeoutMs: 1000 });
    expect(compiledByGateway(gateway)).toBeNull(); // nothing compiled before load
    await gateway.load();
    try {
      const shared = compiledByGateway(gateway);
      // Null here means Apollo Gateway changed its internals: the router would compile the supergraph twice.
      expect(shared).not.toBeNull();
      const own = compileSupergraph(supergraphSdl);
      const subscription = parse('subscription { pollResultsChanged(pollId: "p1") { totalVotes } }');
      const planOf = (c: CompiledSupergraph) => c.planner.buildQueryPlan(operationFromDocument(c.api, subscription));
      expect(JSON.stringify(planOf(shared!))).toBe(JSON.stringify(planOf(own)));
      expect(planOf(shared!).node?.kind).toBe('Subscription');
      expect(shared!.apiSchema.getSubscriptionType()?.getFields().pollResultsChanged).toBeDefined();
      expect(shared!.supergraphSchema.getDirective('join__field')).toBeDefined();
    } finally {
      await gateway.stop();
    }
  });
});
