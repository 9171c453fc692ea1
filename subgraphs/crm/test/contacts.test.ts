import { newId, type RunningSubgraph } from '../../../kit';
import { errorCodes } from '../../../test/helpers/graphql';
import { testEnv } from '../../../test/helpers/stack';
import {
  allPages,
  as,
  CONTACTS,
  countStatements,
  CREATE_COMPANY,
  CREATE_CONTACT,
  createCompany,
  createContact,
  member,
  ok,
  startCrm,
  UPDATE_CONTACT,
} from './helpers';

const DELETE_CONTACT = 'mutation($id: ID!) { deleteContact(id: $id) { deletedId errors { code } } }';
const CONTACT = 'query($id: ID!) { contact(id: $id) { id displayName email company { name } } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Contact { id email } ... on Company { id name } } }`;
const DEFINE = `mutation($input: DefineCustomFieldInput!) {
  defineCustomField(input: $input) { definition { id key label type options entity } errors { field message code } }
}`;

describe('crm: contacts and companies', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });

  it('creates, reads, updates and deletes a contact with its company, normalising email, tags and domain', async () => {
    const manager = member(newId(), 'MANAGER');
    const company = ok(
      await as(crm, manager, CREATE_COMPANY, {
        input: { name: ' Analytical Engines ', domain: 'https://www.Engines.example/about', tags: ['VIP', 'vip '] },
      }),
    ).createCompany;
    expect(company.errors).toEqual([]);
    expect(company.company).toMatchObject({ name: 'Analytical Engines', domain: 'engines.example', tags: ['vip'], contactCount: 0 });

    const created = ok(
      await as(crm, manager, CREATE_CONTACT, {
        input: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          email: ' Ada@Engines.Example ',
          phone: '+44 20 7946 0000',
          companyId: company.company.id,
          ownerUserId: manager.userId,
          tags: ['Math'],
        },
      }),
    ).createContact;
    expect(created.errors).toEqual([]);
    expect(created.contact).toMatchObject({
      displayName: 'Ada Lovelace',
      email: 'ada@engines.example',
      tags: ['math'],
      company: { name: 'Analytical Engines' },
      owner: { id: manager.userId },
    });
    const id = created.contact.id;

    const updated = ok(
      await as(crm, manager, UPDATE_CONTACT, { id, input: { title: 'Analyst', phone: null, companyId: null } }),
    ).updateContact;
    expect(updated.contact).toMatchObject({ title: 'Analyst', phone: null, company: null, email: 'ada@engines.example' });
    expect(ok(await as(crm, manager, CONTACT, { id })).contact).toMatchObject({ id, displayName: 'Ada Lovelace', company: null });

    expect(ok(await as(crm, manager, DELETE_CONTACT, { id })).deleteContact).toEqual({ deletedId: id, errors: [] });
    expect(ok(await as(crm, manager, CONTACT, { id })).contact).toBeNull();
    expect(errorCodes(await as(crm, manager, DELETE_CONTACT, { id }))).toEqual(['NOT_FOUND']);
  });

  it('returns validation problems as data, with the field at fault', async () => {
    const employee = member(newId(), 'EMPLOYEE');
    const bad = ok(
      await as(crm, employee, CREATE_CONTACT, {
        input: {
          firstName: 'x'.repeat(101),
          email: 'not-an-email',
          phone: 'call me',
          tags: ['ok', '%bad%'],
          ownerUserId: 'someone',
          companyId: newId(),
        },
      }),
    ).createContact;
    expect(bad.contact).toBeNull();
    expect(bad.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['input.companyId', 'input.email', 'input.firstName', 'input.ownerUserId', 'input.phone', 'input.tags'].sort(),
    );
    const nameless = ok(await as(crm, employee, CREATE_CONTACT, { input: { title: 'CEO' } })).createContact;
    expect(nameless.errors).toEqual([{ field: 'input.firstName', code: 'BAD_USER_INPUT', message: expect.stringContaining('first name') }]);
    const tooMany = ok(
      await as(crm, employee, CREATE_CONTACT, { input: { firstName: 'T', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }),
    ).createContact;
    expect(tooMany.errors).toEqual([{ field: 'input.tags', code: 'BAD_USER_INPUT', message: 'At most 20 tags.' }]);
    const badDomain = ok(
      await as(crm, employee, CREATE_COMPANY, { input: { name: 'X', domain: 'not a domain', employees: -1 } }),
    ).createCompany;
    expect(badDomain.errors.map((e: { field: string }) => e.field).sort()).toEqual(['input.domain', 'input.employees']);
  });

  it('keeps email and company domain unique per tenant (CONFLICT), case-insensitively', async () => {
    const v = member(newId(), 'EMPLOYEE');
    const first = await createContact(crm, v, { firstName: 'Grace', email: 'grace@navy.example' });
    const dup = ok(await as(crm, v, CREATE_CONTACT, { input: { firstName: 'Other', email: 'GRACE@navy.example' } })).createContact;
    expect(dup.errors).toEqual([{ field: 'input.email', code: 'CONFLICT', message: expect.stringContaining('Grace') }]);
    const other = await createContact(crm, v, { firstName: 'Other' });
    const clash = ok(await as(crm, v, UPDATE_CONTACT, { id: other, input: { email: 'grace@navy.example' } })).updateContact;
    expect(clash.errors[0].code).toBe('CONFLICT');
    // Updating a contact to its own email is not a clash.
    expect(ok(await as(crm, v, UPDATE_CONTACT, { id: first, input: { email: 'Grace@Navy.example' } })).updateContact.errors).toEqual([]);
    await createCompany(crm, v, { name: 'Navy', domain: 'navy.example' });
    const dupDomain = ok(await as(crm, v, CREATE_COMPANY, { input: { name: 'Navy 2', domain: 'WWW.NAVY.EXAMPLE' } })).createCompany;
    expect(dupDomain.errors[0]).toMatchObject({ field: 'input.domain', code: 'CONFLICT' });
  });

  it('needs a tenant for everything, EMPLOYEE to read and write, MANAGER to delete and define fields', async () => {
    const tenant = newId();
    const employee = member(tenant, 'EMPLOYEE');
    const manager = member(tenant, 'MANAGER');
    const id = await createContact(crm, employee, { firstName: 'Emp' });
    expect(errorCodes(await as(crm, null, CONTACTS))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await as(crm, member(null), CONTACTS))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(crm, member(null), CREATE_CONTACT, { input: { firstName: 'x' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(crm, employee, DELETE_CONTACT, { id }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await as(crm, employee, DEFINE, { input: { entity: 'CONTACT', key: 'score', label: 'Score', type: 'NUMBER' } })),
    ).toEqual(['FORBIDDEN']);
    expect(ok(await as(crm, employee, UPDATE_CONTACT, { id, input: { lastName: 'Loyee' } })).updateContact.contact.displayName).toBe(
      'Emp Loyee',
    );
    expect(ok(await as(crm, manager, DELETE_CONTACT, { id })).deleteContact.deletedId).toBe(id);
    const admin = member(tenant, 'ADMIN');
    expect(
      ok(await as(crm, admin, DEFINE, { input: { entity: 'CONTACT', key: 'score', label: 'Score', type: 'NUMBER' } })).defineCustomField
        .errors,
    ).toEqual([]);
  });

  it("isolates tenants: B cannot read, change, delete, search or reference A's rows", async () => {
    const a = member(newId(), 'ADMIN');
    const b = member(newId(), 'ADMIN');
    const companyA = await createCompany(crm, a, { name: 'Secret Corp', domain: 'secret.example' });
    const contactA = await createContact(crm, a, {
      firstName: 'Hidden',
      lastName: 'Person',
      email: 'hidden@secret.example',
      companyId: companyA,
    });

    expect(ok(await as(crm, b, CONTACT, { id: contactA })).contact).toBeNull();
    expect(ok(await as(crm, b, CONTACTS, { filter: { search: 'hidden' } })).contacts.totalCount).toBe(0);
    expect(ok(await as(crm, b, CONTACTS)).contacts.totalCount).toBe(0);
    expect(errorCodes(await as(crm, b, UPDATE_CONTACT, { id: contactA, input: { firstName: 'Pwned' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await as(crm, b, DELETE_CONTACT, { id: contactA }))).toEqual(['NOT_FOUND']);
    // B cannot attach A's company to its own contact.
    const link = ok(await as(crm, b, CREATE_CONTACT, { input: { firstName: 'B', companyId: companyA } })).createContact;
    expect(link.errors).toEqual([{ field: 'input.companyId', code: 'BAD_USER_INPUT', message: 'There is no such company.' }]);
    // The same email and domain are free in B: uniqueness is per tenant.
    expect(await createContact(crm, b, { firstName: 'Mine', email: 'hidden@secret.example' })).toBeTruthy();
    expect(await createCompany(crm, b, { name: 'Secret B', domain: 'secret.example' })).toBeTruthy();
    // Federation references resolve only inside the request's tenant.
    const reps = [
      { __typename: 'Contact', id: contactA },
      { __typename: 'Company', id: companyA },
    ];
    expect(ok(await as(crm, b, ENTITIES, { reps }))._entities).toEqual([null, null]);
    expect(ok(await as(crm, a, ENTITIES, { reps }))._entities).toEqual([
      { id: contactA, email: 'hidden@secret.example' },
      { id: companyA, name: 'Secret Corp' },
    ]);
    expect(errorCodes(await as(crm, member(null), ENTITIES, { reps }))).toContain('FORBIDDEN');
    // A still sees its row unchanged.
    expect(ok(await as(crm, a, CONTACT, { id: contactA })).contact).toMatchObject({
      displayName: 'Hidden Person',
      company: { name: 'Secret Corp' },
    });
  });

  it('searches words by prefix, case- and accent-insensitively, across name, email, phone, title and company', async () => {
    const v = member(newId(), 'EMPLOYEE');
    const acme = await createCompany(crm, v, { name: 'Zebra Logistics' });
    await createContact(crm, v, {
      firstName: 'Élise',
      lastName: 'Müller',
      email: 'elise@zebra.example',
      companyId: acme,
      phone: '+1 (555) 010-9999',
    });
    await createContact(crm, v, { firstName: 'Elias', lastName: 'Stone', title: 'Chief Zebra Officer' });
    await createContact(crm, v, { firstName: 'Bob', lastName: 'Eli', email: 'bob@other.example' });
    await createContact(crm, v, { firstName: 'Anna', lastName: '100% Wild_card' });
    const search = async (text: string) =>
      ok(await as(crm, v, CONTACTS, { filter: { search: text }, orderBy: { field: 'NAME', direction: 'ASC' } })).contacts.edges.map(
        (e: { node: { displayName: string } }) => e.node.displayName,
      );
    expect(await search('elise')).toEqual(['Élise Müller']);
    expect(await search('MULLER eli')).toEqual(['Élise Müller']);
    expect(await search('eli')).toEqual(['Bob Eli', 'Elias Stone', 'Élise Müller']);
    expect(await search('zebra')).toEqual(['Elias Stone', 'Élise Müller']); // title, and company name
    expect(await search('zebra logis')).toEqual(['Élise Müller']);
    expect(await search('5550109999')).toEqual(['Élise Müller']);
    expect(await search('other.example')).toEqual(['Bob Eli']);
    expect(await search('lise')).toEqual([]); // word prefixes, not substrings
    expect(await search('wild_card')).toEqual(['Anna 100% Wild_card']);
    expect(await search('100%')).toEqual(['Anna 100% Wild_card']);
    expect(await search('the a')).toEqual([]); // stopwords and short words are still required (never ignored)
    // On MySQL the FULLTEXT index does the narrowing, with the user's words sanitised into a boolean query.
    const statements: { sql: string; bindings?: unknown[] }[] = [];
    const knex = crm.orm.em.getKnex();
    const onQuery = (q: { sql: string; bindings?: unknown[] }) => statements.push(q);
    knex.on('query', onQuery);
    await search('Müller +(eli*) "x" ~-<>@');
    knex.off('query', onQuery);
    const page = statements.find((q) => q.sql.includes('search_text') && !q.sql.includes('count('))!;
    // MikroORM inlines escaped values on MySQL and binds them on SQLite: look at both.
    const text = `${page.sql} ${JSON.stringify(page.bindings ?? [])}`;
    if (testEnv.MYSQL_URL) expect(text).toContain("match(`c0`.`search_text`) against ('+muller* +eli*' in boolean mode)");
    else expect(text).not.toMatch(/match/i);
    for (const like of ['% muller%', '% eli%', '% x%']) expect(text).toContain(like);
    expect(errorCodes(await as(crm, v, CONTACTS, { filter: { search: '%%' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as(crm, v, CONTACTS, { filter: { search: 'x'.repeat(101) } }))).toEqual(['BAD_USER_INPUT']);
    // Renaming the company re-indexes its contacts.
    ok(await as(crm, v, 'mutation($id: ID!) { updateCompany(id: $id, input: { name: "Yak Freight" }) { errors { code } } }', { id: acme }));
    expect(await search('yak')).toEqual(['Élise Müller']);
    expect(await search('zebra logis')).toEqual([]);
    expect(await search('yak freight elise')).toEqual(['Élise Müller']);
  });

  it('filters, sorts and pages with stable cursors (ties broken by id)', async () => {
    const v = member(newId(), 'EMPLOYEE');
    const company = await createCompany(crm, v, { name: 'Pager Inc' });
    const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo', 'alpha', 'Émile', 'foxtrot', 'golf', 'hotel', 'India', 'juliet'];
    for (const [i, name] of names.entries()) {
      await createContact(crm, v, {
        firstName: name,
        email: i % 3 === 0 ? `${name.toLowerCase()}${i}@x.example` : null,
        tags: i % 2 ? ['odd'] : ['even'],
        companyId: i < 5 ? company : null,
      });
    }
    const folded = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const expected = [...names].sort((x, y) => (folded(x) < folded(y) ? -1 : folded(x) > folded(y) ? 1 : 0));
    const asc = await allPages(crm, v, null, { field: 'NAME', direction: 'ASC' }, 5);
    expect(asc.map(folded)).toEqual(expected.map(folded));
    expect(asc).toHaveLength(12);
    const desc = await allPages(crm, v, null, { field: 'NAME', direction: 'DESC' }, 4);
    expect(desc.map(folded)).toEqual(expected.map(folded).reverse());
    // The two "alpha"s tie on the sort key; the id decides, the same way on every page size.
    expect(await allPages(crm, v, null, { field: 'NAME', direction: 'ASC' }, 1)).toEqual(asc);
    expect(await allPages(crm, v, null, { field: 'CREATED_AT', direction: 'ASC' }, 5)).toEqual(names);
    expect(await allPages(crm, v, null, { field: 'CREATED_AT', direction: 'DESC' }, 7)).toEqual([...names].reverse());
    expect(await allPages(crm, v, { tag: 'odd' }, { field: 'CREATED_AT', direction: 'ASC' }, 2)).toEqual(names.filter((_, i) => i % 2));
    expect(await allPages(crm, v, { companyId: company, tag: 'even' }, { field: 'CREATED_AT', direction: 'ASC' }, 2)).toEqual([
      'delta',
      'charlie',
      'echo',
    ]);
    expect(await allPages(crm, v, { hasEmail: true }, { field: 'CREATED_AT', direction: 'ASC' }, 10)).toEqual(
      names.filter((_, i) => i % 3 === 0),
    );
    const page = ok(await as(crm, v, CONTACTS, { first: 5 })).contacts;
    expect(page).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    // A cursor from one ordering is refused under another; page sizes are bounded.
    const other = await as(crm, v, CONTACTS, {
      first: 5,
      after: page.pageInfo.endCursor,
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(errorCodes(other)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as(crm, v, CONTACTS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(ok(await as(crm, v, CONTACTS, { filter: { createdAfter: future } })).contacts.totalCount).toBe(0);
    expect(ok(await as(crm, v, CONTACTS, { filter: { createdBefore: future } })).contacts.totalCount).toBe(12);
    const companyView = ok(
      await as(
        crm,
        v,
        'query($id: ID!) { company(id: $id) { contactCount contacts(first: 2) { totalCount edges { node { displayName } } } } }',
        { id: company },
      ),
    ).company;
    expect(companyView).toMatchObject({ contactCount: 5, contacts: { totalCount: 5 } });
    // Same entity and ordering, another list: the tenant-wide list's cursor is refused by a company's.
    const inCompany = await as(
      crm,
      v,
      'query($id: ID!, $after: String) { company(id: $id) { contacts(first: 2, after: $after) { totalCount } } }',
      {
        id: company,
        after: page.pageInfo.endCursor,
      },
    );
    expect(errorCodes(inCompany)).toEqual(['BAD_USER_INPUT']);
    expect(inCompany.body.errors?.[0]?.message).toMatch(/another list or ordering/);
  });

  it('validates custom field values against the definitions', async () => {
    const manager = member(newId(), 'MANAGER');
    const define = async (input: Record<string, unknown>) => ok(await as(crm, manager, DEFINE, { input })).defineCustomField;
    expect((await define({ entity: 'CONTACT', key: 'score', label: 'Score', type: 'NUMBER' })).errors).toEqual([]);
    expect((await define({ entity: 'CONTACT', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'] })).errors).toEqual(
      [],
    );
    expect((await define({ entity: 'CONTACT', key: 'since', label: 'Customer since', type: 'DATE' })).errors).toEqual([]);
    expect((await define({ entity: 'CONTACT', key: 'optin', label: 'Opt-in', type: 'BOOLEAN' })).errors).toEqual([]);
    expect((await define({ entity: 'CONTACT', key: 'score', label: 'Again', type: 'TEXT' })).errors).toEqual([
      { field: 'input.key', code: 'CONFLICT', message: expect.any(String) },
    ]);
    expect((await define({ entity: 'COMPANY', key: 'score', label: 'Score', type: 'TEXT' })).errors).toEqual([]); // per entity kind
    expect((await define({ entity: 'CONTACT', key: 'email', label: 'E', type: 'TEXT' })).errors[0].field).toBe('input.key');
    expect(
      (await define({ entity: 'CONTACT', key: 'Bad Key', label: '', type: 'SELECT' })).errors.map((e: { field: string }) => e.field),
    ).toEqual(['input.key', 'input.label', 'input.options']);

    const good = ok(
      await as(crm, manager, CREATE_CONTACT, {
        input: {
          firstName: 'Cf',
          customFields: [
            { key: 'score', value: '42.5' },
            { key: 'tier', value: 'gold' },
            { key: 'since', value: '2024-02-29' },
            { key: 'optin', value: 'yes' },
          ],
        },
      }),
    ).createContact;
    expect(good.errors).toEqual([]);
    expect(good.contact.customFields).toEqual([
      { key: 'score', label: 'Score', type: 'NUMBER', value: '42.5' },
      { key: 'tier', label: 'Tier', type: 'SELECT', value: 'Gold' },
      { key: 'since', label: 'Customer since', type: 'DATE', value: '2024-02-29' },
      { key: 'optin', label: 'Opt-in', type: 'BOOLEAN', value: 'true' },
    ]);
    const bad = ok(
      await as(crm, manager, UPDATE_CONTACT, {
        id: good.contact.id,
        input: {
          customFields: [
            { key: 'score', value: 'lots' },
            { key: 'tier', value: 'Bronze' },
            { key: 'since', value: '2023-02-29' },
            { key: 'optin', value: 'maybe' },
            { key: 'nope', value: 'x' },
          ],
        },
      }),
    ).updateContact;
    expect(bad.errors.map((e: { field: string }) => e.field)).toEqual([
      'input.customFields[0].value',
      'input.customFields[1].value',
      'input.customFields[2].value',
      'input.customFields[3].value',
      'input.customFields[4].key',
    ]);
    const cleared = ok(
      await as(crm, manager, UPDATE_CONTACT, {
        id: good.contact.id,
        input: {
          customFields: [
            { key: 'score', value: null },
            { key: 'optin', value: 'false' },
          ],
        },
      }),
    ).updateContact;
    expect(cleared.contact.customFields.map((f: { key: string; value: string }) => `${f.key}=${f.value}`)).toEqual([
      'tier=Gold',
      'since=2024-02-29',
      'optin=false',
    ]);
  });

  it('searches, filters and sorts companies', async () => {
    const v = member(newId(), 'EMPLOYEE');
    await createCompany(crm, v, { name: 'beta Works', domain: 'betaworks.example', industry: 'Software' });
    await createCompany(crm, v, { name: 'Alpha Mills', industry: 'Textiles', tags: ['supplier'] });
    await createCompany(crm, v, { name: 'Gamma Soft', domain: 'gamma.example', industry: 'Software' });
    const COMPANIES = `query($filter: CompanyFilter, $orderBy: CompanyOrder) { companies(first: 10, filter: $filter, orderBy: $orderBy) { totalCount edges { node { name } } } }`;
    const names = async (variables: Record<string, unknown>) =>
      ok(await as(crm, v, COMPANIES, variables)).companies.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names({})).toEqual(['Alpha Mills', 'beta Works', 'Gamma Soft']);
    expect(await names({ orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual(['Gamma Soft', 'beta Works', 'Alpha Mills']);
    expect(await names({ filter: { industry: 'Software' } })).toEqual(['beta Works', 'Gamma Soft']);
    expect(await names({ filter: { search: 'gamma.example' } })).toEqual(['Gamma Soft']);
    expect(await names({ filter: { search: 'soft' } })).toEqual(['beta Works', 'Gamma Soft']); // industry words count
    expect(await names({ filter: { tag: 'Supplier' } })).toEqual(['Alpha Mills']);
  });

  it('lets managers relabel, re-option and delete custom field definitions', async () => {
    const manager = member(newId(), 'MANAGER');
    const def = ok(
      await as(crm, manager, DEFINE, {
        input: { entity: 'LEAD', key: 'source', label: 'Source', type: 'SELECT', options: ['Web', 'Event'] },
      }),
    ).defineCustomField.definition;
    const UPDATE = `mutation($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { definition { label options } errors { field code } } }`;
    expect(
      ok(await as(crm, manager, UPDATE, { id: def.id, input: { label: 'Lead source', options: ['Web', 'Event', 'Referral'] } }))
        .updateCustomField,
    ).toEqual({
      definition: { label: 'Lead source', options: ['Web', 'Event', 'Referral'] },
      errors: [],
    });
    expect(ok(await as(crm, manager, UPDATE, { id: def.id, input: { options: ['a', 'A'] } })).updateCustomField.errors).toEqual([
      { field: 'input.options', code: 'BAD_USER_INPUT' },
    ]);
    const LIST = `query($e: CustomFieldEntity) { customFieldDefinitions(entity: $e) { key label } }`;
    expect(ok(await as(crm, member(manager.tenantId, 'EMPLOYEE'), LIST, { e: 'LEAD' })).customFieldDefinitions).toEqual([
      { key: 'source', label: 'Lead source' },
    ]);
    expect(ok(await as(crm, member(newId(), 'ADMIN'), LIST, {})).customFieldDefinitions).toEqual([]);
    const DELETE = `mutation($id: ID!) { deleteCustomField(id: $id) { deletedId } }`;
    expect(errorCodes(await as(crm, member(manager.tenantId, 'EMPLOYEE'), DELETE, { id: def.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(crm, member(newId(), 'ADMIN'), DELETE, { id: def.id }))).toEqual(['NOT_FOUND']);
    expect(ok(await as(crm, manager, DELETE, { id: def.id })).deleteCustomField.deletedId).toBe(def.id);
    expect(ok(await as(crm, manager, LIST, { e: 'LEAD' })).customFieldDefinitions).toEqual([]);
  });

  it('lists contacts with company, owner and custom fields in a constant number of statements', async () => {
    const v = member(newId(), 'MANAGER');
    ok(await as(crm, v, DEFINE, { input: { entity: 'CONTACT', key: 'score', label: 'Score', type: 'NUMBER' } }));
    const LIST = `query($first: Int) { contacts(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount edges { node { displayName owner { id } company { name contactCount } customFields { key value } } } } }`;
    const count = async (first: number) => {
      const { result, statements } = await countStatements(crm, async () => ok(await as(crm, v, LIST, { first })));
      return { statements: statements.length, rows: result.contacts.edges.length };
    };
    for (let i = 0; i < 12; i++) {
      const company = await createCompany(crm, v, { name: `Co ${i}` });
      await createContact(crm, v, {
        firstName: `P${i}`,
        companyId: company,
        ownerUserId: newId(),
        customFields: [{ key: 'score', value: String(i) }],
      });
    }
    const small = await count(2);
    const large = await count(12);
    expect([small.rows, large.rows]).toEqual([2, 12]);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
