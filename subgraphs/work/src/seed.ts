import { forTenant, type Em } from '../../../kit';
import { Task } from './entities';

const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';
/** identity's demo tenant, which the demo user belongs to. */
const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';

/** A few tasks for the demo user (see identity's seed); skipped when that user has tasks. */
export async function seed(unscoped: Em): Promise<void> {
  const em = forTenant(unscoped, DEMO_TENANT_ID);
  if (await em.count(Task, { ownerId: DEMO_USER_ID })) return;
  const samples = [
    { title: 'Read the Hubgraph README', status: 'DONE', priority: 'HIGH', tags: ['onboarding'] },
    { title: 'Open Apollo Sandbox at http://localhost:4000/graphql', status: 'IN_PROGRESS', priority: 'MEDIUM', tags: ['onboarding'] },
    { title: 'Write a query that spans identity and work', status: 'TODO', priority: 'MEDIUM', tags: ['federation'] },
    { title: 'Subscribe to counterChanged', status: 'TODO', priority: 'LOW', tags: ['realtime'] },
  ] as const;
  for (const sample of samples) {
    em.create(Task, { ...sample, tags: [...sample.tags], ownerId: DEMO_USER_ID, description: null, dueAt: null, assigneeId: null });
  }
  await em.flush();
}
