import { forTenant, type Em, type SubgraphDeps } from '../../../kit';
import type { CdnConfig } from './config';
import type { CdnLoaders } from './context';
import { Distribution } from './entities';
import type { CdnService } from './service';

const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';
/** identity's demo tenant, which the demo user belongs to. */
const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';

/**
 * One demo distribution in front of the router's public media files (skipped when the demo tenant has
 * one); the seed runs after the `start` hook, so its nodes are started here, and by the fleet at
 * every later start.
 */
export async function seed(service: CdnService, unscoped: Em, deps: SubgraphDeps<CdnConfig, CdnLoaders>): Promise<void> {
  const em = forTenant(unscoped, DEMO_TENANT_ID);
  if (await em.count(Distribution, {})) return;
  const row = em.create(Distribution, {
    createdById: DEMO_USER_ID,
    name: 'Demo media CDN',
    originUrl: deps.config.CDN_DEMO_ORIGIN,
    strategy: 'CONSISTENT_HASH',
    nodeCount: 3,
    cacheBytes: 16 * 1024 * 1024,
  });
  await em.flush();
  await service.launch(deps, row);
}
