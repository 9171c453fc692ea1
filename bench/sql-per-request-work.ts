/**
 * The work part of sql-per-request (#51): one project of the bench user with 100 work items, each with
 * two comments and one activity row, planned into five cycles; read as one document — the board's
 * items with state, cycle, comments and activity, and the cycles with their progress — for growing
 * page sizes. Every per-row field goes through a request loader (one statement per field per page),
 * so the statement count must not move with the page size.
 */
import { forTenant } from '../kit';
import { Tenant } from '../subgraphs/identity/src/entities';
import { Task } from '../subgraphs/work/src/entities';
import { Cycle, Project, ProjectMember, ProjectState, TaskActivity, TaskComment } from '../subgraphs/work/src/project-entities';
import type { DomainBench } from './sql-per-request-domains';

const ITEMS = 100;
const CYCLES = 5;
const PAGE_SIZES = [5, 20, 50];

const WORK_QUERY = `query Board($first: Int!, $projectId: ID!) {
  project(id: $projectId) {
    items(first: $first) {
      totalCount
      edges { node { title state { name } cycle { name } comments(first: 5) { totalCount edges { node { body } } } activity(first: 5) { totalCount } } }
    }
    cycles(first: $first) { totalCount edges { node { name progress { total done } } } }
  }
}`;

interface Reply {
  project: {
    items: {
      totalCount: number;
      edges: { node: { state: { name: string }; cycle: { name: string }; comments: { totalCount: number } } }[];
    };
    cycles: { totalCount: number; edges: { node: { progress: { total: number } } }[] };
  } | null;
}

/** work's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const workBench: DomainBench = {
  name: 'work',
  shown: ['work'],
  pageSizes: PAGE_SIZES,
  query: WORK_QUERY,
  async seed(stack, user) {
    const work = stack.subgraphs.find((s) => s.name === 'work');
    const identity = stack.subgraphs.find((s) => s.name === 'identity');
    if (!work || !identity) throw new Error('the work and identity subgraphs must be running');
    // Projects are tenant-owned: they go into the user's own (sign-up) tenant.
    const tenant = await identity.orm.em.fork().findOneOrFail(Tenant, { createdBy: user.id }, { orderBy: { createdAt: 'ASC' } });
    const em = forTenant(work.orm.em.fork(), tenant.id);
    const project = em.create(Project, { name: 'Bench board', createdById: user.id });
    em.create(ProjectMember, { projectId: project.id, userId: user.id, role: 'ADMIN' });
    const states = ['Todo', 'Done'].map((name, position) =>
      em.create(ProjectState, { projectId: project.id, name, group: position ? 'DONE' : 'TODO', position }),
    );
    const cycles = Array.from({ length: CYCLES }, (_, i) =>
      em.create(Cycle, {
        projectId: project.id,
        name: `Sprint ${i}`,
        startsAt: new Date(Date.UTC(2026, 0, 1 + 14 * i)),
        endsAt: new Date(Date.UTC(2026, 0, 15 + 14 * i)),
      }),
    );
    for (let i = 0; i < ITEMS; i++) {
      const state = states[i % 2]!;
      const task = em.create(Task, {
        ownerId: user.id,
        title: `Bench item ${i}`,
        description: null,
        status: state.group === 'DONE' ? 'DONE' : 'TODO',
        priority: 'MEDIUM',
        dueAt: null,
        tags: [],
        assigneeId: null,
        projectId: project.id,
        stateId: state.id,
        parentId: null,
        estimate: 1 + (i % 5),
        cycleId: cycles[i % CYCLES]!.id,
        position: i,
      });
      em.create(TaskActivity, { taskId: task.id, actorId: user.id, field: 'created', fromValue: null, toValue: task.title });
      for (const body of ['first', 'second']) {
        em.create(TaskComment, { taskId: task.id, authorId: user.id, body, mentionIds: [], editedAt: null });
      }
    }
    await em.flush();
    return { projectId: project.id };
  },
  check(data, size) {
    const project = (data as unknown as Reply).project;
    if (project?.items.totalCount !== ITEMS || project.items.edges.length !== size) return 'wrong board answer';
    if (project.items.edges.some((e) => !e.node.state.name || !e.node.cycle.name || e.node.comments.totalCount !== 2))
      return 'per-row fields missing';
    if (project.cycles.totalCount !== CYCLES || project.cycles.edges.length !== Math.min(size, CYCLES)) return 'wrong cycles answer';
    return `ok, ${size} items with state, cycle, comments, activity and ${Math.min(size, CYCLES)} cycles with progress`;
  },
};
