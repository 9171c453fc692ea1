import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { CdnConfig } from './config';
import { Distribution, type DistributionRow } from './entities';

/** What every cdn service method receives first: the kit's per-request `ctx.deps`. */
export type CdnDeps = ServiceDeps<CdnConfig, CdnLoaders>;

export interface CdnLoaders {
  distributionById: DataLoader<string, DistributionRow | null>;
}

export function createLoaders(em: Em): CdnLoaders {
  return { distributionById: entityLoader(em, Distribution) };
}

/** What cdn's resolvers receive (the codegen `contextType`). */
export type CdnContext = SubgraphContext<CdnLoaders, CdnConfig>;
