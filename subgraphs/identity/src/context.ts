import type DataLoader from 'dataloader';
import { entityLoader, type Em, type SubgraphContext } from '../../../kit';
import { User, type UserRow } from './entities';

export interface IdentityLoaders {
  userById: DataLoader<string, UserRow | null>;
}

export function createLoaders(em: Em): IdentityLoaders {
  return { userById: entityLoader(em, User) };
}

export type IdentityContext = SubgraphContext<IdentityLoaders>;
