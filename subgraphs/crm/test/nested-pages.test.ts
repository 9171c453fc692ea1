import { forTenant, newId, type RunningSubgraph } from '../../../kit';
import { errorCodes } from '../../../test/helpers/graphql';
import { Contact, Lead } from '../src/entities';
import { as, countStatements, createCompany, createContact, member, ok, startCrm } from './helpers';

/** Every company (oldest first) with its first contacts, their first leads, and the company's leads. */
const NESTED = `query($first: Int, $contacts: Int, $leads: Int) {
  companies(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
    edges { node {
      id name
      contacts(first: $contacts) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { displayName leads(first: $leads) { totalCount pageInfo { hasNextPage } edges { node { title } } } } }
      }
      leads(first: $leads, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { node { title } } }
    } }
  }
}`;
const COMPANY_CONTACTS = `query($id: ID!, $first: Int, $after: String, $orderBy: ContactOrder) {
  company(id: $id) { contacts(first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { displayName } } } }
}`;

describe('crm: nested connections (Company.contacts, Company.leads, Contact.leads) are batched', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });

  /** Company i has i % 4 contacts named `C<i>-<j>`; contact j of it has j leads `L<i>-<j>-<k>`. */
  async function tenantWithCompanies(companies: number) {
    const v = member(newId(), 'EMPLOYEE');
    const expected: { name: string; contacts: { name: string; leads: string[] }[] }[] = [];
    for (let i = 0; i < companies; i++) {
      const companyId = await createCompany(crm, v, { name: `Co ${String(i).padStart(2, '0')}` });
      const contacts: { name: string; leads: string[] }[] = [];
      // Created in reverse name order, so NAME order differs from creation order.
      for (let j = (i % 4) - 1; j >= 0; j--) {
        const contactId = await createContact(crm, v, { firstName: `C${i}-${j}`, companyId });
        const leads: string[] = [];
        for (let k = 0; k < j; k++) {
          const title = `L${i}-${j}-${k}`;
          ok(
            await as(crm, v, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { errors { code } } }', {
              input: { title, contactId },
            }),
          );
          leads.push(title);
        }
        contacts.unshift({ name: `C${i}-${j}`, leads });
      }
      expected.push({ name: `Co ${String(i).padStart(2, '0')}`, contacts });
    }
    return { v, expected };
  }

  it('answers every parent correctly in a number of statements that does not grow with the parents', async () => {
    const { v, expected } = await tenantWithCompanies(12);
    const run = (first: number) => countStatements(crm, async () => ok(await as(crm, v, NESTED, { first, contacts: 2, leads: 1 })));
    const small = await run(3);
    const large = await run(12);

    const companies = large.result.companies.edges.map((e: any) => e.node);
    expect(companies.map((c: any) => c.name)).toEqual(expected.map((c) => c.name));
    for (const [i, company] of companies.entries()) {
      const want = expected[i]!;
      const allLeads = want.contacts.flatMap((c) => c.leads).sort();
      expect({ name: company.name, contacts: company.contacts, leads: company.leads }).toEqual({
        name: want.name,
        contacts: {
          totalCount: want.contacts.length,
          pageInfo: {
            hasNextPage: want.contacts.length > 2,
            hasPreviousPage: false,
            endCursor: company.contacts.edges.at(-1)?.cursor ?? null,
          },
          edges: want.contacts.slice(0, 2).map((c, j) => ({
            cursor: company.contacts.edges[j].cursor,
            node: {
              displayName: c.name,
              // Newest first by default: the last lead created.
              leads: {
                totalCount: c.leads.length,
                pageInfo: { hasNextPage: c.leads.length > 1 },
                edges: c.leads.slice(-1).map((title) => ({ node: { title } })),
              },
            },
          })),
        },
        leads: { totalCount: allLeads.length, edges: allLeads.slice(0, 1).map((title) => ({ node: { title } })) },
      });
    }

    // 3 companies or 12: the same statements (the page of companies, its count, then two per nested list).
    expect(small.result.companies.edges).toHaveLength(3);
    expect(small.statements.length).toBeGreaterThan(0);
    expect(large.statements.length).toBe(small.statements.length);
  });

  it("pages each parent's list on its own, with cursors of that list only", async () => {
    const v = member(newId(), 'EMPLOYEE');
    const companyId = await createCompany(crm, v, { name: 'Paged' });
    const names = ['Eve', 'Bob', 'Dan', 'Ann', 'Cat'];
    for (const firstName of names) await createContact(crm, v, { firstName, companyId });
    const sorted = [...names].sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: any = ok(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 2, after })).company.contacts;
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e: any) => e.node.displayName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(sorted);
    // By creation time, newest first, 3 at a time.
    const byCreated = { field: 'CREATED_AT', direction: 'DESC' };
    const first = ok(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 3, orderBy: byCreated })).company.contacts;
    const rest = ok(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 3, after: first.pageInfo.endCursor, orderBy: byCreated }))
      .company.contacts;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.displayName)).toEqual([...names].reverse());
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // A cursor of another ordering, or of the tenant-wide list, is refused; so is a page size out of bounds.
    expect(errorCodes(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 2, after: first.pageInfo.endCursor }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const topLevel = ok(await as(crm, v, '{ contacts(first: 1) { pageInfo { endCursor } } }')).contacts.pageInfo.endCursor;
    expect(errorCodes(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 2, after: topLevel }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as(crm, v, COMPANY_CONTACTS, { id: companyId, first: 2, after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it("stays in the request's tenant: rows of another tenant pointing at a company are neither listed nor counted", async () => {
    const a = member(newId(), 'EMPLOYEE');
    const b = member(newId(), 'EMPLOYEE');
    const companyB = await createCompany(crm, b, { name: 'B Corp' });
    const contactB = await createContact(crm, b, { firstName: 'Bea', companyId: companyB });
    // Tenant A's rows that (through a bug or a forged write) name B's company and contact.
    const stray = await createContact(crm, a, { firstName: 'Stray' });
    const leadA = ok(await as(crm, a, 'mutation { createLead(input: { title: "Stray deal" }) { lead { id } } }')).createLead.lead.id;
    const scopedA = forTenant(crm.orm.em, a.tenantId!);
    expect(await scopedA.nativeUpdate(Contact, { id: stray }, { companyId: companyB })).toBe(1);
    expect(await scopedA.nativeUpdate(Lead, { id: leadA }, { companyId: companyB, contactId: contactB })).toBe(1);

    const view = ok(
      await as(
        crm,
        b,
        `query($id: ID!) { company(id: $id) {
        contacts { totalCount edges { node { displayName leads { totalCount edges { node { title } } } } } }
        leads { totalCount edges { node { title } } } } }`,
        { id: companyB },
      ),
    ).company;
    expect(view).toEqual({
      contacts: { totalCount: 1, edges: [{ node: { displayName: 'Bea', leads: { totalCount: 0, edges: [] } } }] },
      leads: { totalCount: 0, edges: [] },
    });
    // The positive control: the stray rows are there, in A.
    expect(await scopedA.count(Contact, { companyId: companyB })).toBe(1);
    expect(await scopedA.count(Lead, { contactId: contactB })).toBe(1);
  });
});
