import type DataLoader from 'dataloader';
import { entityLoader, type Em, type SubgraphContext } from '../../../kit';
import { Counter, type CounterRow } from './entities';

export interface BasicsLoaders {
  counterByName: DataLoader<string, CounterRow | null>;
}

export function createLoaders(em: Em): BasicsLoaders {
  return { counterByName: entityLoader(em, Counter, 'name') };
}

export type BasicsContext = SubgraphContext<BasicsLoaders>;
