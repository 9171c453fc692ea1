import { TENANT_HEADER } from '../../../kit';
import { addToTenant, errorCodes, gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { seed } from '../src/seed';

const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id displayName } errors { field code } } }`;
const LIST = `{ contacts(first: 10) { totalCount edges { node { displayName owner { id displayName } company { name } } } } }`;

describe('crm through the router: tenants chosen per request (#55)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'crm'] });
  });

  it('scopes contacts to the tenant of the token or the x-hubgraph-tenant header, with per-tenant roles', async () => {
    const admin = await signUpUser(stack.url, 'crm-admin');
    const employee = await signUpUser(stack.url, 'crm-employee');
    const outsider = await signUpUser(stack.url, 'crm-outsider');

    // The sign-up tenant is the token's default: the admin works in it without a header.
    const created = await gql(
      stack.url,
      CREATE,
      { input: { firstName: 'Ada', lastName: 'Lovelace', ownerUserId: admin.id } },
      { token: admin.token },
    );
    expect(created.body.data.createContact.errors).toEqual([]);
    const contactId = created.body.data.createContact.contact.id;
    const list = await gql(stack.url, LIST, {}, { token: admin.token });
    expect(list.body.data.contacts).toEqual({
      totalCount: 1,
      // owner.displayName comes from identity, joined by the router.
      edges: [{ node: { displayName: 'Ada Lovelace', owner: { id: admin.id, displayName: 'crm-admin' }, company: null } }],
    });

    // An EMPLOYEE of the admin's tenant reads and writes there, but may not delete.
    // (addToTenant fails the test if adding the member answers any error.)
    const inTenant = await addToTenant(stack.url, admin, employee, 'EMPLOYEE');
    const employeeToken = inTenant.token;
    expect((await gql(stack.url, LIST, {}, inTenant)).body.data.contacts.totalCount).toBe(1);
    const del = await gql(stack.url, 'mutation($id: ID!) { deleteContact(id: $id) { deletedId } }', { id: contactId }, inTenant);
    expect(errorCodes(del)).toEqual(['FORBIDDEN']);
    // In their own sign-up tenant the employee sees nothing of it.
    expect((await gql(stack.url, LIST, {}, { token: employeeToken })).body.data.contacts.totalCount).toBe(0);

    // Someone outside the tenant cannot choose it: the router refuses before crm is asked.
    const foreign = await gql(stack.url, LIST, {}, { token: outsider.token, headers: { [TENANT_HEADER]: admin.tenantId } });
    expect(foreign.status).toBe(403);
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    expect((await gql(stack.url, LIST, {}, { token: outsider.token })).body.data.contacts.totalCount).toBe(0);

    // Without a token there is no tenant.
    expect(errorCodes(await gql(stack.url, LIST))).toEqual(['UNAUTHENTICATED']);

    // The admin deletes.
    const ok = await gql(
      stack.url,
      'mutation($id: ID!) { deleteContact(id: $id) { deletedId } }',
      { id: contactId },
      { token: admin.token },
    );
    expect(ok.body.data.deleteContact.deletedId).toBe(contactId);
  });
});

describe('crm demo data (SEED_DEMO_DATA=true)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'crm'], env: { SEED_DEMO_DATA: 'true' } });
  });

  it("fills identity's demo tenant once, searchable, for the demo user", async () => {
    const login = await gql(
      stack.url,
      'mutation { logIn(input: { email: "demo@hubgraph.dev", password: "hubgraph-demo" }) { accessToken } }',
    );
    const token = login.body.data.logIn.accessToken;
    const found = await gql(
      stack.url,
      '{ contacts(filter: { search: "lovelace" }) { totalCount edges { node { company { name } leads { totalCount } } } } }',
      {},
      { token },
    );
    expect(found.body.data.contacts).toEqual({
      totalCount: 1,
      edges: [{ node: { company: { name: 'Analytical Engines' }, leads: { totalCount: 1 } } }],
    });
    // Seeding again adds nothing.
    const crmSubgraph = stack.subgraphs.find((s) => s.name === 'crm')!;
    await seed(crmSubgraph.orm.em.fork(), crmSubgraph);
    expect((await gql(stack.url, '{ contacts { totalCount } }', {}, { token })).body.data.contacts.totalCount).toBe(3);
  });
});
