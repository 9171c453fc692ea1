/**
 * The analytics part of sql-per-request: one project of the bench user's tenant with 300 daily-count
 * rollup rows (30 event names × 10 days), read as `analyticsEventCounts(first: N)` for growing N. The
 * page is one statement over the rollup (plus the count and the project's lookup), so the statement
 * count must not move with N.
 */
import { forTenant } from '../kit';
import { rollupId } from '../subgraphs/analytics/src/collector';
import { AnalyticsDailyCount, AnalyticsProject } from '../subgraphs/analytics/src/entities';
import { Membership } from '../subgraphs/identity/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const EVENTS = 30;
const DAYS = 10;
const PAGE_SIZES = [10, 50, 100];

const COUNTS_QUERY = `query Counts($first: Int!, $projectId: ID!, $from: String!, $to: String!) {
  analyticsEventCounts(projectId: $projectId, from: $from, to: $to, first: $first) {
    totalCount edges { node { day event count } }
  }
}`;

interface Reply {
  data?: { analyticsEventCounts: { totalCount: number; edges: { node: { count: number } }[] } | null };
}

/** analytics' entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const analyticsBench: DomainBench = {
  name: 'analytics',
  shown: ['analytics'],
  pageSizes: PAGE_SIZES,
  query: COUNTS_QUERY,
  async seed(stack, user) {
    const identity = stack.subgraphs.find((s) => s.name === 'identity');
    const analytics = stack.subgraphs.find((s) => s.name === 'analytics');
    if (!identity || !analytics) throw new Error('the identity and analytics subgraphs must be running');
    const membership = await identity.orm.em.fork().findOneOrFail(Membership, { userId: user.id });
    const em = forTenant(analytics.orm.em, membership.tenantId);
    const project = em.create(AnalyticsProject, { name: 'bench', apiKey: `phc_bench_${user.id}`, createdById: user.id } as never);
    const last = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const days = Array.from({ length: DAYS }, (_, d) => new Date(last - d * 86_400_000).toISOString().slice(0, 10));
    for (const day of days) {
      for (let e = 0; e < EVENTS; e++) {
        const event = `event_${String(e).padStart(2, '0')}`;
        em.create(AnalyticsDailyCount, { id: rollupId(project.id, day, event), projectId: project.id, day, event, count: 7 } as never);
      }
    }
    await em.flush();
    return { projectId: project.id, from: days[DAYS - 1], to: days[0] };
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.analyticsEventCounts?.edges ?? [];
    if (reply.data?.analyticsEventCounts?.totalCount !== EVENTS * DAYS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.count !== 7)) return 'wrong counts';
    return `ok, ${size} day × event counts`;
  },
};
