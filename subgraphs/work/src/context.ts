import DataLoader from 'dataloader';
import {
  connectionLoader,
  currentTenantId,
  forbidden,
  entityLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphConfig,
  type SubgraphContext,
} from '../../../kit';
import { Task, type TaskRow } from './entities';
import {
  Project,
  ProjectMember,
  ProjectState,
  TaskActivity,
  TaskComment,
  Cycle,
  type CycleRow,
  type ProjectMemberRow,
  type ProjectRow,
  type ProjectStateRow,
  type TaskActivityRow,
  type TaskCommentRow,
} from './project-entities';

/** work reads no settings of its own: its configuration is the shared subgraph one. */
export type WorkConfig = SubgraphConfig;

/** What every work service method receives first: the kit's per-request `ctx.deps`. */
export type WorkDeps = ServiceDeps<WorkConfig, WorkLoaders>;

export interface WorkLoaders {
  taskById: DataLoader<string, TaskRow | null>;
  projectById: DataLoader<string, ProjectRow | null>;
  stateById: DataLoader<string, ProjectStateRow | null>;
  statesByProject: DataLoader<string, ProjectStateRow[]>;
  /** Membership by `projectId + ':' + userId` (null: not a member); one statement per tick. */
  membership: DataLoader<string, ProjectMemberRow | null>;
  membersByProject: ConnectionLoader<ProjectMemberRow>;
  subtasksByParent: ConnectionLoader<TaskRow>;
  activityByTask: ConnectionLoader<TaskActivityRow>;
  commentsByTask: ConnectionLoader<TaskCommentRow>;
  cycleById: DataLoader<string, CycleRow | null>;
  cyclesByProject: ConnectionLoader<CycleRow>;
  itemsByCycle: ConnectionLoader<TaskRow>;
  /** Done/total counts and estimate sums per cycle: one grouped statement per tick. */
  cycleProgress: DataLoader<string, CycleProgress>;
}

export function createLoaders(em: Em): WorkLoaders {
  return {
    taskById: entityLoader(em, Task),
    projectById: entityLoader(em, Project),
    stateById: entityLoader(em, ProjectState),
    statesByProject: new DataLoader<string, ProjectStateRow[]>(async (ids) => {
      const rows = await em.find(ProjectState, { projectId: { $in: [...ids] } }, { orderBy: { position: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.projectId === id));
    }),
    membership: new DataLoader<string, ProjectMemberRow | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await em.find(ProjectMember, {
        projectId: { $in: [...new Set(pairs.map(([p]) => p))] },
        userId: { $in: [...new Set(pairs.map(([, u]) => u))] },
      });
      return pairs.map(([p, u]) => rows.find((row) => row.projectId === p && row.userId === u) ?? null);
    }),
    membersByProject: connectionLoader(em, ProjectMember, 'projectId', { list: 'project.members' }),
    subtasksByParent: connectionLoader(em, Task, 'parentId', { list: 'task.subtasks' }),
    activityByTask: connectionLoader(em, TaskActivity, 'taskId', { list: 'task.activity' }),
    commentsByTask: connectionLoader(em, TaskComment, 'taskId', { list: 'task.comments' }),
    cycleById: entityLoader(em, Cycle),
    cyclesByProject: connectionLoader(em, Cycle, 'projectId', { list: 'project.cycles' }),
    itemsByCycle: connectionLoader(em, Task, 'cycleId', { list: 'cycle.items' }),
    cycleProgress: new DataLoader<string, CycleProgress>(
      async (cycleIds) => {
        const tenantId = currentTenantId(em);
        if (!tenantId) throw forbidden('This needs a tenant.');
        // A query builder is not covered by the tenant filter: the tenant condition is explicit.
        const rows: { cycle_id: string; status: string; n: number | string; e: number | string | null }[] = await em
          .getKnex()('tasks')
          .select('cycle_id', 'status')
          .count({ n: '*' })
          .sum({ e: 'estimate' })
          .where('tenant_id', tenantId)
          .whereIn('cycle_id', [...cycleIds])
          .groupBy('cycle_id', 'status');
        return cycleIds.map((id) => {
          const progress: CycleProgress = { total: 0, done: 0, totalEstimate: 0, doneEstimate: 0 };
          for (const row of rows.filter((r) => r.cycle_id === id)) {
            progress.total += Number(row.n);
            progress.totalEstimate += Number(row.e ?? 0);
            if (row.status === 'DONE') {
              progress.done += Number(row.n);
              progress.doneEstimate += Number(row.e ?? 0);
            }
          }
          return progress;
        });
      },
      { maxBatchSize: 500 },
    ),
  };
}

/** A cycle's progress (status DONE counts as done). */
export interface CycleProgress {
  total: number;
  done: number;
  totalEstimate: number;
  doneEstimate: number;
}

/** What work's resolvers receive (the codegen `contextType`). */
export type WorkContext = SubgraphContext<WorkLoaders, WorkConfig>;

/** A User as the work subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
