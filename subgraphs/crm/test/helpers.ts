import { INTERNAL_AUTH_HEADER, RouterSigner, newId, type RunningSubgraph, type TenantRole, type Viewer } from '../../../kit';
import { gql, type GraphQLResponse } from '../../../test/helpers/graphql';
import { startOneSubgraph } from '../../../test/helpers/subgraph';
import { crm } from '..';

/** Signs as the router does: with this process's development router key, which the subgraph trusts in tests. */
const signer = RouterSigner.fromConfig({ NODE_ENV: 'test' });

/** A crm subgraph of its own (fresh SQLite file or MySQL schema), called directly with signed viewers. */
export async function startCrm(): Promise<RunningSubgraph> {
  return startOneSubgraph(crm);
}

/** A viewer acting in `tenantId` with `role`; a fresh user id unless one is given. */
export function member(tenantId: string | null, role: TenantRole | null = 'MANAGER', userId = newId()): Viewer {
  return { userId, roles: ['user'], tenantId, tenantRole: tenantId ? role : null };
}

/** Sends one operation to the subgraph as `viewer` (anonymous when null), the way the router would. */
export async function as(
  subgraph: RunningSubgraph,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const token = await signer.signForwarded(viewer, 'crm', { requestId: 'test' });
  return gql(subgraph.url, query, variables, { headers: { [INTERNAL_AUTH_HEADER]: token } });
}

export { countStatements } from '../../../test/helpers/statements';

/** The data of a response that must have no errors. */
export function ok(res: GraphQLResponse): any {
  if (res.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

export const CREATE_CONTACT = `mutation($input: CreateContactInput!) {
  createContact(input: $input) {
    contact { id firstName lastName displayName email phone title tags company { id name } owner { id } customFields { key label type value } }
    errors { field message code }
  }
}`;
export const UPDATE_CONTACT = `mutation($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    contact { id firstName lastName displayName email phone title tags company { id name } customFields { key value } }
    errors { field message code }
  }
}`;
export const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { id name domain industry employees tags contactCount } errors { field message code } }
}`;
export const CONTACTS = `query($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrder) {
  contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id displayName email } }
  }
}`;

/** Creates a contact and returns its id, failing the test on errors. */
export async function createContact(subgraph: RunningSubgraph, viewer: Viewer, input: Record<string, unknown>): Promise<string> {
  const payload = ok(await as(subgraph, viewer, CREATE_CONTACT, { input })).createContact;
  if (payload.errors.length) throw new Error(`createContact: ${JSON.stringify(payload.errors)}`);
  return payload.contact.id;
}

/** Creates a company and returns its id. */
export async function createCompany(subgraph: RunningSubgraph, viewer: Viewer, input: Record<string, unknown>): Promise<string> {
  const payload = ok(await as(subgraph, viewer, CREATE_COMPANY, { input })).createCompany;
  if (payload.errors.length) throw new Error(`createCompany: ${JSON.stringify(payload.errors)}`);
  return payload.company.id;
}

/** Names of every contact matching `filter`, following cursors `pageSize` at a time. */
export async function allPages(
  subgraph: RunningSubgraph,
  viewer: Viewer,
  filter: Record<string, unknown> | null,
  orderBy: Record<string, unknown> | null,
  pageSize: number,
): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: any = ok(await as(subgraph, viewer, CONTACTS, { first: pageSize, after, filter, orderBy })).contacts;
    names.push(...page.edges.map((e: { node: { displayName: string } }) => e.node.displayName));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}
