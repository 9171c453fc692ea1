import { request } from 'node:http';
import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const BASE = 'hubgraph.test';
const CURRENT = '{ currentTenant { id slug viewerRole } }';
const SET_SLUG = 'mutation($s: String) { setTenantSlug(slug: $s) { tenant { id slug } errors { field code } } }';

interface Answer {
  status: number;
  body: {
    data?: { currentTenant?: { id: string; slug: string | null; viewerRole: string } | null } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** POSTs a GraphQL query to the router with a chosen Host header (fetch cannot set Host). */
function postAs(url: string, host: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const target = new URL(url);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'] }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('router: tenant by subdomain as well as by header (#55)', () => {
  let stack: TestStack;
  let owner: TestUser;
  let ownerToken: string;
  const slug = `acme-${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'], env: { HUBGRAPH_BASE_DOMAIN: BASE } });
    owner = await signUpUser(stack.url, 'owner');
    // A second tenant, so the default tenant of the owner's token is not the one the subdomain names.
    const created = await gql(stack.url, 'mutation { createTenant(name: "Acme") { tenant { id } } }', {}, { token: owner.token });
    const acmeId = created.body.data.createTenant.tenant.id as string;
    ownerToken = await logInUser(stack.url, owner.email);
    const set = await gql(stack.url, SET_SLUG, { s: slug.toUpperCase() }, { token: ownerToken, headers: { 'x-hubgraph-tenant': acmeId } });
    expect(set.body.data.setTenantSlug).toEqual({ tenant: { id: acmeId, slug }, errors: [] });
  });

  it('acts in the tenant the subdomain names, for its members only', async () => {
    const auth = { authorization: `Bearer ${ownerToken}` };
    const bySubdomain = await postAs(stack.url, `${slug}.${BASE}:443`, CURRENT, auth);
    expect(bySubdomain.body.data?.currentTenant).toMatchObject({ slug, viewerRole: 'ADMIN' });
    const acmeId = bySubdomain.body.data!.currentTenant!.id;
    expect(acmeId).not.toBe(owner.tenantId);

    // The apex and unrelated hosts choose nothing: the token's default tenant.
    const apex = await postAs(stack.url, BASE, CURRENT, auth);
    expect(apex.body.data?.currentTenant?.id).toBe(owner.tenantId);

    // Header and subdomain naming the same tenant is fine; naming different ones is a clear 400.
    const same = await postAs(stack.url, `${slug}.${BASE}`, CURRENT, { ...auth, 'x-hubgraph-tenant': acmeId });
    expect(same.body.data?.currentTenant?.id).toBe(acmeId);
    const disagree = await postAs(stack.url, `${slug}.${BASE}`, CURRENT, { ...auth, 'x-hubgraph-tenant': owner.tenantId });
    expect(disagree.status).toBe(400);
    expect(disagree.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(disagree.body.errors?.[0]?.message).toMatch(/header names another tenant than the subdomain/);

    // A signed-in non-member is refused by the member check, as with the header.
    const stranger = await signUpUser(stack.url, 'stranger');
    const foreign = await postAs(stack.url, `${slug}.${BASE}`, CURRENT, { authorization: `Bearer ${stranger.token}` });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors?.[0]?.message).toMatch(/not a member/);
    expect(foreign.body.data ?? null).toBeNull();

    const unknown = await postAs(stack.url, `nobody-here.${BASE}`, CURRENT, auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('validates slugs and keeps them unique', async () => {
    const other = await signUpUser(stack.url, 'other');
    const taken = await gql(stack.url, SET_SLUG, { s: slug }, { token: other.token });
    expect(taken.body.data.setTenantSlug).toEqual({ tenant: null, errors: [{ field: 'slug', code: 'CONFLICT' }] });
    for (const bad of ['www', 'a', 'has space', 'trailing-', 'x'.repeat(41), 'dots.not.allowed']) {
      const res = await gql(stack.url, SET_SLUG, { s: bad }, { token: other.token });
      expect(res.body.data.setTenantSlug).toEqual({ tenant: null, errors: [{ field: 'slug', code: 'BAD_USER_INPUT' }] });
    }
    const cleared = await gql(stack.url, SET_SLUG, { s: null }, { token: other.token });
    expect(cleared.body.data.setTenantSlug.tenant.slug).toBeNull();
  });
});
