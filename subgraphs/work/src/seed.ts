import { forTenant, type Em } from '../../../kit';
import { Cycle, Project, ProjectMember, ProjectState, Task, TaskComment } from './entities';

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
  await seedProject(em);
}

/** A demo project with the default board, a two-week cycle holding three work items, and a comment, once. */
async function seedProject(em: Em): Promise<void> {
  if (await em.count(Project, { createdById: DEMO_USER_ID })) return;
  const project = em.create(Project, { name: 'Hubgraph launch', createdById: DEMO_USER_ID });
  em.create(ProjectMember, { projectId: project.id, userId: DEMO_USER_ID, role: 'ADMIN' });
  const groups = [
    ['Backlog', 'BACKLOG'],
    ['Todo', 'TODO'],
    ['In Progress', 'IN_PROGRESS'],
    ['Done', 'DONE'],
  ] as const;
  const states = groups.map(([name, group], position) => em.create(ProjectState, { projectId: project.id, name, group, position }));
  const now = Date.now();
  const cycle = em.create(Cycle, {
    projectId: project.id,
    name: 'Launch sprint',
    startsAt: new Date(now - 3 * 86_400_000),
    endsAt: new Date(now + 11 * 86_400_000),
  });
  const items = [
    { title: 'Draft the launch post', state: 1, status: 'TODO', estimate: 3 },
    { title: 'Record the demo video', state: 2, status: 'IN_PROGRESS', estimate: 5 },
    { title: 'Pick the launch date', state: 3, status: 'DONE', estimate: 1 },
  ] as const;
  const created = [];
  for (const item of items) {
    const task = em.create(Task, {
      title: item.title,
      status: item.status,
      priority: 'MEDIUM',
      tags: ['launch'],
      ownerId: DEMO_USER_ID,
      description: null,
      dueAt: null,
      assigneeId: null,
      projectId: project.id,
      stateId: states[item.state]!.id,
      parentId: null,
      estimate: item.estimate,
      position: 0,
      cycleId: cycle.id,
    });
    created.push(task);
  }
  em.create(TaskComment, {
    taskId: created[0]!.id,
    authorId: DEMO_USER_ID,
    body: 'First draft goes out on Monday; the video can link to it.',
    mentionIds: [],
    editedAt: null,
  });
  await em.flush();
}
