import { forTenant, newId, type Em } from '../../../kit';
import { rollupId } from './collector';
import { AnalyticsDailyActor, AnalyticsDailyCount, AnalyticsEvent, AnalyticsProject } from './entities';
import { dayOf } from './validate';

const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';
/** The demo project's key: `curl -XPOST localhost:4000/batch/ -d '{"api_key":"phc_demo…","batch":[…]}'`. */
export const DEMO_API_KEY = 'phc_demoDemoDemoDemoDemoDemoDemoDemoDemo0001';

/**
 * A demo project in the demo tenant, with a week of signup-funnel events from 40 people
 * ($pageview → signed_up → purchased) and their rollups; skipped when the project exists.
 */
export async function seed(root: Em): Promise<void> {
  const em = forTenant(root, DEMO_TENANT_ID);
  if (await em.count(AnalyticsProject, { apiKey: DEMO_API_KEY })) return;
  const project = em.create(AnalyticsProject, { name: 'Demo website', apiKey: DEMO_API_KEY, createdById: DEMO_USER_ID } as never);
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const counts = new Map<string, { day: string; event: string; count: number }>();
  for (let person = 0; person < 40; person++) {
    const distinctId = `demo-user-${person}`;
    const start = today - (person % 7) * 86_400_000 + 9 * 3_600_000 + person * 60_000;
    const steps = ['$pageview', ...(person % 2 === 0 ? ['signed_up'] : []), ...(person % 5 === 0 ? ['purchased'] : [])];
    steps.forEach((event, i) => {
      const at = start + i * 300_000;
      const day = dayOf(at);
      em.create(AnalyticsEvent, {
        projectId: project.id,
        uuid: newId(),
        event,
        distinctId,
        propertiesJson: JSON.stringify({ $current_url: `https://demo.example/${event === '$pageview' ? '' : event}` }),
        timestamp: new Date(at),
        day,
      } as never);
      const key = rollupId(project.id, day, event);
      const c = counts.get(key) ?? { day, event, count: 0 };
      c.count += 1;
      counts.set(key, c);
      em.create(AnalyticsDailyActor, {
        id: rollupId(project.id, day, event, distinctId),
        projectId: project.id,
        day,
        event,
        distinctId,
        firstAt: at,
        lastAt: at,
      } as never);
    });
  }
  for (const [id, c] of counts) em.create(AnalyticsDailyCount, { id, projectId: project.id, ...c } as never);
  await em.flush();
}
