import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphConfig, type SubgraphContext } from '../../../kit';
import { Counter, type CounterRow } from './entities';

/** basics reads no settings of its own. */
export type BasicsConfig = SubgraphConfig;

/** What every basics service method receives first: the kit's per-request `ctx.deps`. */
export type BasicsDeps = ServiceDeps<BasicsConfig, BasicsLoaders>;

export interface BasicsLoaders {
  counterByName: DataLoader<string, CounterRow | null>;
}

export function createLoaders(em: Em): BasicsLoaders {
  return { counterByName: entityLoader(em, Counter, 'name') };
}

export type BasicsContext = SubgraphContext<BasicsLoaders, BasicsConfig>;
