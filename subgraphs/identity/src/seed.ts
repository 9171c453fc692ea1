import { hashPassword, OWASP_PASSWORD_HASH, type Em } from '../../../kit';
import { Membership, Tenant, User } from './entities';

/** Fixed ids so that other subgraphs' demo data can point at these users: [admin, member]. */
export const DEMO_USERS: [DemoUser, DemoUser] = [
  { id: '01900000-0000-7000-8000-000000000001', email: 'admin@hubgraph.dev', displayName: 'Ada Admin', roles: ['user', 'admin'] },
  { id: '01900000-0000-7000-8000-000000000002', email: 'demo@hubgraph.dev', displayName: 'Dana Demo', roles: ['user'] },
];
interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
}
export const DEMO_PASSWORD = 'hubgraph-demo';

/** The demo tenant: Ada is its ADMIN, Dana an EMPLOYEE. */
export const DEMO_TENANT = { id: '01900000-0000-7000-8000-0000000000a1', name: 'Hubgraph Demo Co.', slug: 'demo' };

/** Demo accounts (password `hubgraph-demo`, addresses verified) in one demo tenant; skipped when they exist. */
export async function seed(em: Em): Promise<void> {
  const hash = await hashPassword(OWASP_PASSWORD_HASH, DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    if (await em.count(User, { id: user.id })) continue;
    em.create(User, { ...user, passwordHash: hash, emailVerified: true });
  }
  if (!(await em.count(Tenant, { id: DEMO_TENANT.id }))) {
    em.create(Tenant, { ...DEMO_TENANT, createdBy: DEMO_USERS[0].id });
    em.create(Membership, { tenantId: DEMO_TENANT.id, userId: DEMO_USERS[0].id, role: 'ADMIN' });
    em.create(Membership, { tenantId: DEMO_TENANT.id, userId: DEMO_USERS[1].id, role: 'EMPLOYEE' });
  }
  await em.flush();
}
