import type DataLoader from 'dataloader';
import { entityLoader, type Em, type SubgraphContext } from '../../../kit';
import { Task, type TaskRow } from './entities';

export interface WorkLoaders {
  taskById: DataLoader<string, TaskRow | null>;
}

export function createLoaders(em: Em): WorkLoaders {
  return { taskById: entityLoader(em, Task) };
}

export type WorkContext = SubgraphContext<WorkLoaders>;

/** A User as the work subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
