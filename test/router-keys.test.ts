import { INTERNAL_AUTH_HEADER, ROUTER_JWKS_PATH, RouterSigner, generateRouterKeys, parseRouterPrivateKey } from '../kit';
import { loadRouterConfig } from '../router';
import { basics } from '../subgraphs/basics';
import { errorCodes, gql, signUpUser } from './helpers/graphql';
import { freePort } from './helpers/processes';
import { startSecondRouter, startTestStack, type TestStack } from './helpers/stack';
import { startOneSubgraph } from './helpers/subgraph';

/**
 * The distributed layout's trust: a basics subgraph that knows nothing but where the router publishes
 * its keys (ROUTER_JWKS_URL) and refuses anything the router did not sign for it (REQUIRE_ROUTER).
 */
describe('router keys published at /.well-known/router-jwks.json', () => {
  let stack: TestStack;
  let routerUrl: string;
  let subgraphUrl: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
    const routerPort = await freePort();
    const subgraph = await startOneSubgraph(basics, {
      ROUTER_JWKS_URL: `http://127.0.0.1:${routerPort}${ROUTER_JWKS_PATH}`,
      REQUIRE_ROUTER: 'true',
    });
    subgraphUrl = subgraph.url;
    routerUrl = await startSecondRouter(stack, { SUBGRAPH_URL_BASICS: subgraph.url }, routerPort);
  });

  it('publishes the public half of its signing key, and nothing private', async () => {
    const res = await fetch(routerUrl.replace(/\/graphql$/, ROUTER_JWKS_PATH));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const { keys } = (await res.json()) as { keys: Record<string, string>[] };
    // Outside production with no ROUTER_SIGNING_KEY, the router signs with this process's key.
    expect(keys).toEqual([
      expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: RouterSigner.fromConfig(loadRouterConfig(stack.env)).kid }),
    ]);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('is enough for a subgraph to accept what the router forwards, signed in or not', async () => {
    const anonymous = await gql(routerUrl, '{ convertUnits(value: 1, from: "kg", to: "g") { result } }');
    expect(anonymous.body).toEqual({ data: { convertUnits: { result: 1000 } } });
    const user = await signUpUser(routerUrl, 'keys');
    const res = await gql(routerUrl, 'mutation { resetCounter(name: "router-keys") { value } }', {}, { token: user.token });
    expect(res.body).toEqual({ data: { resetCounter: { value: 0 } } });
    // Without the viewer the router vouched for, the same mutation is refused by basics itself.
    expect(errorCodes(await gql(routerUrl, 'mutation { resetCounter(name: "router-keys") { value } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets the subgraph refuse everything else: no header, another key, or a token for another subgraph', async () => {
    const query = '{ units(dimension: WEIGHT) { symbol } }';
    const unsigned = await gql(subgraphUrl, query);
    expect(unsigned.status).toBe(401);
    const intruder = new RouterSigner(parseRouterPrivateKey(generateRouterKeys().ROUTER_SIGNING_KEY));
    const router = RouterSigner.fromConfig(loadRouterConfig(stack.env));
    for (const token of [
      await intruder.signForwarded({ userId: 'u-1', roles: ['admin'], tenantId: null }, 'basics'),
      await router.signForwarded(null, 'work'),
    ]) {
      const res = await gql(subgraphUrl, query, {}, { headers: { [INTERNAL_AUTH_HEADER]: token } });
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
    // The same request with the router's token for basics passes, so the refusals are about the token.
    const accepted = await gql(subgraphUrl, query, {}, { headers: { [INTERNAL_AUTH_HEADER]: await router.signForwarded(null, 'basics') } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.units).toHaveLength(5);
  });
});
