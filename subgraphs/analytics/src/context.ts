import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { AnalyticsConfig } from './config';
import { AnalyticsProject, type AnalyticsProjectRow } from './entities';

export interface AnalyticsLoaders {
  /** Projects by id, in the request's tenant (the tenant filter applies). */
  projectById: DataLoader<string, AnalyticsProjectRow | null>;
}

export type AnalyticsDeps = ServiceDeps<AnalyticsConfig, AnalyticsLoaders>;
export type AnalyticsContext = SubgraphContext<AnalyticsLoaders, AnalyticsConfig>;

export function createLoaders(em: Em): AnalyticsLoaders {
  return { projectById: entityLoader(em, AnalyticsProject) };
}
