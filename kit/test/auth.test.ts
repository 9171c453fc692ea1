import { GraphQLError } from 'graphql';
import { SignJWT, decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import WebSocket from 'ws';
import {
  INTERNAL_AUTH_HEADER,
  signInternalToken,
  verifyInternalToken,
  type RunningSubgraph,
  type Viewer,
} from '../index';
import { work } from '../../subgraphs/work';
import { errorCodes, gql } from '../../test/helpers/graphql';
import { startOneSubgraph } from '../../test/helpers/subgraph';


const SECRET = 's'.repeat(48);
const OTHER_SECRET = 'o'.repeat(48);
const VIEWER: Viewer = { userId: '0193a1b2-0000-7000-8000-000000000001', roles: ['admin', 'member'], tenantId: 'tenant-1', tenantRole: 'MANAGER' };

/** The error `verifyInternalToken` rejects `token` with (fails the test when it is accepted). */
async function rejectionOf(token: string, secret = SECRET): Promise<GraphQLError> {
  try {
    await verifyInternalToken(secret, token);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the token to be rejected');
}

/** Signs arbitrary claims with HS256, to build tokens that are well signed but wrong in one way. */
function signClaims(claims: JWTPayload, secret = SECRET, alg = 'HS256'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(new TextEncoder().encode(secret));
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectUnauthenticated(error: GraphQLError): void {
  expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  // One message for every failure, so a prober learns nothing about why a token was refused.
  expect(error.message).toBe('The forwarded identity is invalid or expired.');
}

describe('kit auth: internal identity tokens', () => {
  it('round-trips a viewer through sign and verify', async () => {
    const token = await signInternalToken(SECRET, VIEWER, 'req-1');
    expect(await verifyInternalToken(SECRET, token)).toEqual(VIEWER);
    const noTenant = await signInternalToken(SECRET, { ...VIEWER, roles: [], tenantId: null }, 'req-2');
    expect(await verifyInternalToken(SECRET, noTenant)).toEqual({ ...VIEWER, roles: [], tenantId: null, tenantRole: null });
    // A tenant without a role (a forged or partial claim) is no tenant at all.
    const roleless = await signInternalToken(SECRET, { ...VIEWER, tenantRole: null }, 'req-3');
    expect(await verifyInternalToken(SECRET, roleless)).toEqual({ ...VIEWER, tenantId: null, tenantRole: null });
  });

  it('makes a short-lived HS256 token that names the subject and the request', async () => {
    const token = await signInternalToken(SECRET, VIEWER, 'req-42');
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: VIEWER.userId, rid: 'req-42', roles: VIEWER.roles, tid: VIEWER.tenantId, trl: 'MANAGER' });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(5);
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signInternalToken(OTHER_SECRET, VIEWER, 'req');
    expectUnauthenticated(await rejectionOf(token));
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await signInternalToken(SECRET, VIEWER, 'req')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const escalated = `${header}.${b64({ ...claims, sub: 'someone-else', roles: ['superuser'] })}.${signature}`;
    expectUnauthenticated(await rejectionOf(escalated));
  });

  it('rejects a token whose signature was changed', async () => {
    const [header, payload, signature] = (await signInternalToken(SECRET, VIEWER, 'req')).split('.');
    const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expectUnauthenticated(await rejectionOf(`${header}.${payload}.${flipped}`));
  });

  it('rejects an expired token even when its signature is valid', async () => {
    const claims = decodeJwt(await signInternalToken(SECRET, VIEWER, 'req'));
    const now = Math.floor(Date.now() / 1000);
    const expired = await signClaims({ ...claims, iat: now - 120, exp: now - 60 });
    expectUnauthenticated(await rejectionOf(expired));
    // The same claims with a future expiry pass, so it is the expiry that was refused.
    expect(await verifyInternalToken(SECRET, await signClaims({ ...claims, iat: now, exp: now + 60 }))).toEqual(VIEWER);
  });

  it('rejects validly signed tokens meant for someone else, without a subject, or unsigned', async () => {
    const claims = decodeJwt(await signInternalToken(SECRET, VIEWER, 'req'));
    expectUnauthenticated(await rejectionOf(await signClaims({ ...claims, aud: 'hubgraph' })));
    expectUnauthenticated(await rejectionOf(await signClaims({ ...claims, iss: 'hubgraph-identity' })));
    const { sub: _sub, ...withoutSubject } = claims;
    expectUnauthenticated(await rejectionOf(await signClaims(withoutSubject)));
    expectUnauthenticated(await rejectionOf(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`));
    expectUnauthenticated(await rejectionOf(await signClaims(claims, SECRET, 'HS512')));
    expectUnauthenticated(await rejectionOf('not-a-jwt'));
  });

  it('keeps only string roles from a token', async () => {
    const claims = decodeJwt(await signInternalToken(SECRET, VIEWER, 'req'));
    const token = await signClaims({ ...claims, roles: ['admin', 7, { role: 'x' }, null] });
    expect((await verifyInternalToken(SECRET, token)).roles).toEqual(['admin']);
  });
});

describe('kit auth: a subgraph trusts only router-signed identity', () => {
  const TASKS = '{ tasks { totalCount } }';
  let subgraph: RunningSubgraph;
  let secret: string;

  beforeAll(async () => {
    secret = 'k'.repeat(40);
    subgraph = await startOneSubgraph(work, { INTERNAL_SECRET: secret });
  });

  it('serves the viewer named by a valid internal token', async () => {
    const token = await signInternalToken(secret, VIEWER, 'req');
    const created = await gql(
      subgraph.url,
      'mutation { createTask(input: { title: "direct" }) { task { owner { id } } errors { code } } }',
      {},
      { headers: { [INTERNAL_AUTH_HEADER]: token } },
    );
    expect(created.status).toBe(200);
    expect(created.body.data.createTask).toEqual({ task: { owner: { id: VIEWER.userId } }, errors: [] });
    const listed = await gql(subgraph.url, TASKS, {}, { headers: { [INTERNAL_AUTH_HEADER]: token } });
    expect(listed.body.data.tasks.totalCount).toBe(1);
  });

  it('treats a request without the header as anonymous (UNAUTHENTICATED from the resolver)', async () => {
    const res = await gql(subgraph.url, TASKS);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['a forged value', async () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ['a token signed with another secret', () => signInternalToken(OTHER_SECRET, VIEWER, 'req')],
    [
      'an expired token',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        const claims = decodeJwt(await signInternalToken(secret, VIEWER, 'req'));
        return signClaims({ ...claims, iat: now - 120, exp: now - 60 }, secret);
      },
    ],
  ])('answers HTTP 401 UNAUTHENTICATED to %s in x-hubgraph-auth', async (_label, makeToken) => {
    const res = await gql(subgraph.url, TASKS, {}, { headers: { [INTERNAL_AUTH_HEADER]: await makeToken() } });
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a WebSocket connection that presents a forged identity (4403)', async () => {
    const ws = new WebSocket(subgraph.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    ws.once('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { [INTERNAL_AUTH_HEADER]: 'forged.token.value' } })),
    );
    const code = await new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4403);
  });
});
