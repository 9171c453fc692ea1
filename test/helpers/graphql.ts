import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

/** Sends one GraphQL operation over real HTTP. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response (${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, body };
}

/** The codes of a response's GraphQL errors. */
export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code);
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  /** The tenant sign-up provisioned for the user (they are its ADMIN); the token's default tenant. */
  tenantId: string;
}

/** The password {@link signUpUser} gives every test user. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** Logs a user in again (e.g. to get a token with new roles or memberships); returns the access token. */
export async function logInUser(url: string, email: string): Promise<string> {
  const res = await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken errors { message } } }', {
    i: { email, password: TEST_PASSWORD },
  });
  const token = res.body.data?.logIn?.accessToken;
  if (!token) throw new Error(`log-in failed: ${JSON.stringify(res.body)}`);
  return token;
}

/** Signs up a fresh user through the router; every test makes its own users instead of truncating. */
export async function signUpUser(url: string, name = 'user'): Promise<TestUser> {
  const email = `${name}-${randomBytes(6).toString('hex')}@example.test`;
  const res = await gql(
    url,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email } errors { field message code } } }',
    { input: { email, password: TEST_PASSWORD, displayName: name } },
  );
  const payload = res.body.data?.signUp;
  if (!payload?.accessToken) throw new Error(`sign-up failed: ${JSON.stringify(res.body)}`);
  const { tid } = decodeJwt(payload.accessToken);
  return { id: payload.user.id, email, token: payload.accessToken, tenantId: String(tid) };
}

/** Request options that act as `member` inside `admin`'s tenant (see {@link addToTenant}). */
export interface TenantAuth {
  token: string;
  headers: Record<string, string>;
}

/**
 * Makes `member` a member of `admin`'s sign-up tenant with `role`, and returns options for {@link gql}
 * that act as `member` in that tenant: a fresh token carrying the membership and the tenant header.
 */
export async function addToTenant(url: string, admin: TestUser, member: TestUser, role = 'EMPLOYEE'): Promise<TenantAuth> {
  const res = await gql(
    url,
    'mutation($e: String!, $r: TenantRole!) { addTenantMember(email: $e, role: $r) { errors { message } } }',
    { e: member.email, r: role },
    { token: admin.token },
  );
  if (res.body.errors || res.body.data?.addTenantMember.errors.length)
    throw new Error(`addTenantMember failed: ${JSON.stringify(res.body)}`);
  return { token: await logInUser(url, member.email), headers: { 'x-hubgraph-tenant': admin.tenantId } };
}
