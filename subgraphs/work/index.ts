import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type WorkLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { ProjectService } from './src/projects';
import { TaskService } from './src/service';

/** work: tasks and to-dos (catalogue #1 remote mode, #11, #18; later #51 projects and boards). */
export const work: SubgraphDefinition<WorkLoaders> = {
  name: 'work',
  defaultPort: 4002,
  wiring: {
    summary: 'tasks and projects, owned by tenants: tasks, assignment, projects with members, boards, work items, activity',
    catalogue: '11, 18, 51, part of 55',
    codegen: {
      contextType: '../context#WorkContext',
      mappers: {
        Task: '../entities#TaskRow',
        User: '../context#UserRef',
        Project: '../project-entities#ProjectRow',
        ProjectState: '../project-entities#ProjectStateRow',
        ProjectMember: '../project-entities#ProjectMemberRow',
        TaskActivity: '../project-entities#TaskActivityRow',
        TaskComment: '../project-entities#TaskCommentRow',
        Cycle: '../project-entities#CycleRow',
        BoardChange: '../projects#BoardChangeEvent',
      },
    },
  },
  typeDefs: loadSubgraphSchema('work'),
  resolvers: createResolvers(new TaskService(), new ProjectService()),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
};
