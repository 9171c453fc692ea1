import { DateTimeScalar, requireViewer, forbidden } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { canSee, type TaskService } from './service';

export function createResolvers(service: TaskService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      task: async (_, { id }, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        const task = await ctx.loaders.taskById.load(id);
        return task && canSee(task, viewer.userId) ? task : null;
      },
      tasks: (_, args, ctx) => service.list(ctx.em, requireViewer(ctx.viewer).userId, args),
      assignedTasks: (_, args, ctx) => service.listAssigned(ctx.em, requireViewer(ctx.viewer).userId, args),
    },
    Mutation: {
      createTask: (_, { input }, ctx) => service.create(ctx.em, requireViewer(ctx.viewer), input),
      updateTask: (_, { id, input }, ctx) => service.update(ctx.em, requireViewer(ctx.viewer), id, input),
      deleteTask: async (_, { id }, ctx) => ({
        deletedId: await service.delete(ctx.em, requireViewer(ctx.viewer), id),
        errors: [],
      }),
      assignTask: (_, { id, assigneeId }, ctx) => service.assign(ctx.em, requireViewer(ctx.viewer), id, assigneeId ?? null),
    },
    Task: {
      // Other subgraphs may reference any task; only its owner and its assignee get it back.
      __resolveReference: async (ref, ctx) => {
        const task = await ctx.loaders.taskById.load(ref.id);
        return task && canSee(task, ctx.viewer?.userId) ? task : null;
      },
      owner: (task) => ({ id: task.ownerId }),
      assignee: (task) => (task.assigneeId ? { id: task.assigneeId } : null),
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      tasks: (user, args, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        if (viewer.userId !== user.id) throw forbidden('Only the user themself can list their tasks.');
        return service.list(ctx.em, user.id, args);
      },
      assignedTasks: (user, args, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        if (viewer.userId !== user.id) throw forbidden('Only the user themself can list the tasks assigned to them.');
        return service.listAssigned(ctx.em, user.id, args);
      },
    },
  };
}
