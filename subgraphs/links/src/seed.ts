import type { Em } from '../../../kit';
import { ShortLink } from './entities';

const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

/** Two short links for the demo user (see identity's seed): `/s/readme` and `/s/sandbox`; skipped when they exist. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(ShortLink, { code: { $in: ['readme', 'sandbox'] } })) return;
  const samples = [
    { code: 'readme', target: 'https://github.com/apollographql/federation#readme', tags: ['demo'] },
    { code: 'sandbox', target: 'https://studio.apollographql.com/sandbox/explorer', tags: ['demo', 'tools'] },
  ];
  for (const sample of samples) {
    em.create(ShortLink, { ...sample, ownerId: DEMO_USER_ID, validFrom: null, validUntil: null, maxVisits: null, visitCount: 0 });
  }
  await em.flush();
}
