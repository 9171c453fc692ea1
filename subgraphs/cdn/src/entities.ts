import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';
import type { Strategy } from './balancer';

export const STRATEGIES: readonly Strategy[] = ['ROUND_ROBIN', 'LEAST_CONNECTIONS', 'CONSISTENT_HASH'];
export const MAX_NODES = 8;
export const MIN_CACHE_BYTES = 64 * 1024;
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * A CDN distribution: edge nodes in front of one origin, owned by the tenant it was created in. The
 * nodes themselves are processes' state (started from this row at start and on create), not rows.
 */
export const Distribution = defineTenantEntity({
  name: 'Distribution',
  tableName: 'distributions',
  properties: {
    ...baseProperties(),
    createdById: p.string().length(36),
    name: p.string().length(100),
    originUrl: p.string().length(2048),
    strategy: p.enum([...STRATEGIES]),
    nodeCount: p.integer(),
    /** Each node's cache bound, in bytes. */
    cacheBytes: p.integer(),
  },
  indexes: [{ properties: ['createdAt'] }],
});
export type DistributionRow = InferEntity<typeof Distribution>;

export const entities = [Distribution];
