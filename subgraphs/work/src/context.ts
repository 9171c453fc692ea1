import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphConfig, type SubgraphContext } from '../../../kit';
import { Task, type TaskRow } from './entities';

/** work reads no settings of its own: its configuration is the shared subgraph one. */
export type WorkConfig = SubgraphConfig;

/** What every work service method receives first: the kit's per-request `ctx.deps`. */
export type WorkDeps = ServiceDeps<WorkConfig, WorkLoaders>;

export interface WorkLoaders {
  taskById: DataLoader<string, TaskRow | null>;
}

export function createLoaders(em: Em): WorkLoaders {
  return { taskById: entityLoader(em, Task) };
}

/** What work's resolvers receive (the codegen `contextType`). */
export type WorkContext = SubgraphContext<WorkLoaders, WorkConfig>;

/** A User as the work subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
