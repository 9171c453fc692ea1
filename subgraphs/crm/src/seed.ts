import { forTenant, type Em, type ServiceDeps, type TenantViewer } from '../../../kit';
import { createLoaders, type CrmConfig, type CrmDeps } from './context';
import { Contact } from './entities';
import { createCompany } from './companies';
import { createContact } from './contacts';
import { createLead } from './leads';

/** identity's demo tenant and its EMPLOYEE demo user (see identity's seed). */
const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

/**
 * A few companies, contacts and a lead in the demo tenant, written through the aggregate modules so derived
 * columns (search words, sort keys) are right; skipped when the tenant has contacts.
 */
export async function seed(unscoped: Em, running: { serviceDeps(): ServiceDeps<CrmConfig, unknown> }): Promise<void> {
  const em = forTenant(unscoped, DEMO_TENANT_ID);
  if (await em.count(Contact, {})) return;
  const viewer: TenantViewer = { userId: DEMO_USER_ID, roles: ['user'], tenantId: DEMO_TENANT_ID, tenantRole: 'EMPLOYEE' };
  // The services' deps, acting as the demo user in the demo tenant (the seed never forks).
  const base = running.serviceDeps();
  const deps: CrmDeps = { ...base, em, loaders: createLoaders(em), viewer, fork: () => deps };
  const engines = await createCompany(deps, {
    name: 'Analytical Engines',
    domain: 'engines.example',
    industry: 'Computing',
    employees: 12,
  });
  const navy = await createCompany(deps, { name: 'Navy Research Lab', domain: 'navy.example', industry: 'Defence' });
  const ada = await createContact(deps, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@engines.example',
    title: 'Analyst',
    companyId: engines.company?.id,
    ownerUserId: DEMO_USER_ID,
    tags: ['vip'],
  });
  await createContact(deps, {
    firstName: 'Charles',
    lastName: 'Babbage',
    email: 'charles@engines.example',
    title: 'Founder',
    companyId: engines.company?.id,
  });
  await createContact(deps, {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@navy.example',
    title: 'Rear Admiral',
    companyId: navy.company?.id,
    tags: ['compilers'],
  });
  await createLead(deps, {
    title: 'Difference Engine No. 2',
    value: { amount: 1_700_000, currency: 'GBP' },
    contactId: ada.contact?.id,
    expectedCloseDate: '2027-06-30',
  });
}
