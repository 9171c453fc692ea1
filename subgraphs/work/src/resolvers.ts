import { DateTimeScalar } from '../../../kit';
import type { WorkContext } from './context';
import { Task, type TaskRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import type { BoardChangeEvent, ProjectService } from './projects';
import { canSee, type TaskService } from './service';

/**
 * work's resolvers: thin translations. Every service call is `service.method(ctx.deps, ...args)`;
 * single rows by id come from the request's loaders (batched across a query plan).
 */
export function createResolvers(service: TaskService, projects: ProjectService): Resolvers {
  /** A task the viewer may see: owner, assignee, or (for a work item) a member of its project. */
  async function visible(task: TaskRow | null, ctx: WorkContext): Promise<TaskRow | null> {
    if (!task) return null;
    if (canSee(task, ctx.viewer?.userId)) return task;
    return task.projectId && (await projects.roleOf(ctx.deps, task.projectId)) ? task : null;
  }
  return {
    DateTime: DateTimeScalar,
    Query: {
      task: async (_, { id }, ctx) => visible(await ctx.loaders.taskById.load(id), ctx),
      tasks: (_, args, ctx) => service.list(ctx.deps, args),
      assignedTasks: (_, args, ctx) => service.listAssigned(ctx.deps, args),
      project: (_, { id }, ctx) => projects.get(ctx.deps, id),
      projects: (_, args, ctx) => projects.list(ctx.deps, args),
    },
    Mutation: {
      createTask: (_, { input }, ctx) => service.create(ctx.deps, input),
      updateTask: (_, { id, input }, ctx) => service.update(ctx.deps, id, input),
      deleteTask: (_, { id }, ctx) => service.delete(ctx.deps, id),
      assignTask: (_, { id, assigneeId }, ctx) => service.assign(ctx.deps, id, assigneeId ?? null),
      createProject: (_, { input }, ctx) => projects.create(ctx.deps, input.name),
      renameProject: (_, { id, name }, ctx) => projects.rename(ctx.deps, id, name),
      deleteProject: (_, { id }, ctx) => projects.delete(ctx.deps, id),
      setProjectMember: (_, { projectId, userId, role }, ctx) => projects.setMember(ctx.deps, projectId, userId, role),
      reorderStates: (_, { projectId, stateIds }, ctx) => projects.reorderStates(ctx.deps, projectId, stateIds),
      createWorkItem: (_, { projectId, input }, ctx) => projects.createItem(ctx.deps, projectId, input),
      updateWorkItem: (_, { id, input }, ctx) => projects.updateItem(ctx.deps, id, input),
      moveWorkItem: (_, { id, stateId, position }, ctx) => projects.move(ctx.deps, id, stateId, position),
      createCycle: (_, { projectId, input }, ctx) => projects.createCycle(ctx.deps, projectId, input),
      setWorkItemCycle: (_, { id, cycleId }, ctx) => projects.setCycle(ctx.deps, id, cycleId ?? null),
      addWorkItemComment: (_, { taskId, input }, ctx) => projects.addComment(ctx.deps, taskId, input),
      editWorkItemComment: (_, { id, input }, ctx) => projects.editComment(ctx.deps, id, input),
      deleteWorkItemComment: (_, { id }, ctx) => projects.deleteComment(ctx.deps, id),
    },
    Subscription: {
      boardChanged: {
        subscribe: (_, { projectId }, ctx) => projects.watchBoard(ctx.deps, projectId),
        resolve: (event: BoardChangeEvent) => event,
      },
    },
    BoardChange: {
      // A fresh read per event: the subscription's request-scoped loaders would serve a stale row.
      item: async (event, _, ctx) => visible(await ctx.deps.em.fork().findOne(Task, { id: event.itemId }), ctx),
      actor: (event) => ({ id: event.actorId }),
    },
    Task: {
      // Other subgraphs may reference any task; only those who may see it get it back.
      __resolveReference: async (ref, ctx) => visible(await ctx.loaders.taskById.load(ref.id), ctx),
      owner: (task) => ({ id: task.ownerId }),
      assignee: (task) => (task.assigneeId ? { id: task.assigneeId } : null),
      project: (task, _, ctx) => (task.projectId ? projects.get(ctx.deps, task.projectId) : null),
      state: (task, _, ctx) => (task.stateId ? ctx.loaders.stateById.load(task.stateId) : null),
      parent: async (task, _, ctx) => (task.parentId ? visible(await ctx.loaders.taskById.load(task.parentId), ctx) : null),
      subtasks: (task, args, ctx) => projects.subtasks(ctx.deps, task.id, args),
      activity: (task, args, ctx) => projects.activity(ctx.deps, task.id, args),
      cycle: (task, _, ctx) => (task.cycleId ? ctx.loaders.cycleById.load(task.cycleId) : null),
      comments: (task, args, ctx) => projects.comments(ctx.deps, task.id, args),
    },
    Project: {
      __resolveReference: (ref, ctx) => projects.get(ctx.deps, ref.id),
      viewerRole: async (project, _, ctx) => (await projects.roleOf(ctx.deps, project.id))!,
      states: (project, _, ctx) => projects.states(ctx.deps, project.id),
      members: (project, args, ctx) => projects.members(ctx.deps, project.id, args),
      items: (project, args, ctx) => projects.items(ctx.deps, project.id, args),
      cycles: (project, args, ctx) => projects.cycles(ctx.deps, project.id, args),
    },
    Cycle: {
      progress: (cycle, _, ctx) => ctx.loaders.cycleProgress.load(cycle.id),
      items: (cycle, args, ctx) => projects.cycleItems(ctx.deps, cycle.id, args),
    },
    ProjectMember: {
      user: (member) => ({ id: member.userId }),
    },
    TaskActivity: {
      actor: (row) => ({ id: row.actorId }),
      from: (row) => row.fromValue ?? null,
      to: (row) => row.toValue ?? null,
    },
    TaskComment: {
      author: (row) => ({ id: row.authorId }),
      mentions: (row) => row.mentionIds.map((id) => ({ id })),
      editedAt: (row) => row.editedAt ?? null,
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      tasks: (user, args, ctx) => service.list(ctx.deps, args, user.id),
      assignedTasks: (user, args, ctx) => service.listAssigned(ctx.deps, args, user.id),
    },
  };
}
