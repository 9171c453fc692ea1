/**
 * The links part of sql-per-request: one user's 300 short links with a few visits each, read as
 * `shortLinks(first: N) { … stats { … } }` for growing N. Each link's statistics come from a
 * per-request loader (three grouped statements for the whole page), so the statement count must not
 * move with N.
 */
import { newId } from '../kit/src/entity';
import { LinkVisit, ShortLink } from '../subgraphs/links/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const LINKS = 300;
const PAGE_SIZES = [10, 50, 100];

const LINKS_QUERY = `query Links($first: Int!) {
  shortLinks(first: $first) {
    totalCount edges { node { code shortUrl target visitCount stats { total bots byDay { day count } byReferrer { host count } byDevice { device count } } } }
  }
}`;

interface Reply {
  data?: { shortLinks: { totalCount: number; edges: { node: { visitCount: number; stats: { total: number } } }[] } | null };
}

/** links' entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const linksBench: DomainBench = {
  name: 'links',
  shown: ['links'],
  pageSizes: PAGE_SIZES,
  query: LINKS_QUERY,
  async seed(stack, user) {
    const userId = user.id;
    const links = stack.subgraphs.find((s) => s.name === 'links');
    if (!links) throw new Error('the links subgraph is not running');
    const em = links.orm.em.fork();
    const devices = ['DESKTOP', 'MOBILE', 'TABLET', 'BOT'] as const;
    const visits = [];
    for (let i = 0; i < LINKS; i++) {
      const link = em.create(ShortLink, {
        ownerId: userId,
        code: `bench${String(i).padStart(5, '0')}`,
        target: `https://example.com/${i}`,
        tags: [],
        validFrom: null,
        validUntil: null,
        maxVisits: null,
        visitCount: 4,
      });
      for (let v = 0; v < 4; v++) {
        const at = new Date(Date.now() - v * 86_400_000);
        visits.push({
          id: newId(),
          createdAt: at,
          updatedAt: at,
          linkId: link.id,
          visitedAt: at,
          day: at.toISOString().slice(0, 10),
          referrerHost: v % 2 ? 'news.example.org' : null,
          device: devices[v]!,
        });
      }
    }
    await em.flush();
    await em.insertMany(LinkVisit, visits);
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.shortLinks?.edges ?? [];
    if (reply.data?.shortLinks?.totalCount !== LINKS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.stats.total !== 4)) return 'stats missing';
    return `ok, ${size} links with stats`;
  },
};
