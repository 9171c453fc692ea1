/**
 * The links part of sql-per-request: one user's 300 short links with a few visits each, read as
 * `shortLinks(first: N) { … stats { … } }` for growing N. Each link's statistics come from a
 * per-request loader (three grouped statements for the whole page), so the statement count must not
 * move with N.
 */
import { newId } from '../kit/src/entity';
import type { Stack } from '../scripts/lib/stack';
import { LinkVisit, ShortLink } from '../subgraphs/links/src/entities';
import { formatTable } from './lib/report';

const LINKS = 300;
const PAGE_SIZES = [10, 50, 100];

export const LINKS_QUERY = `query Links($first: Int!) {
  shortLinks(first: $first) {
    totalCount edges { node { code shortUrl target visitCount stats { total bots byDay { day count } byReferrer { host count } byDevice { device count } } } }
  }
}`;

export interface LinksRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

interface Reply {
  status: number;
  data?: { shortLinks: { totalCount: number; edges: { node: { visitCount: number; stats: { total: number } } }[] } | null };
  errors?: unknown[];
}

/** Seeds links for `userId` through its own ORM and measures `LINKS_QUERY`; `ask` as for finance. */
export async function linksSqlPerRequest(
  stack: Stack,
  userId: string,
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>,
  repeats: number,
): Promise<{ rows: LinksRow[]; table: string; verdict: string }> {
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

  await ask(LINKS_QUERY, { first: 10 }); // warm-up: query planning
  const rows: LinksRow[] = [];
  for (const size of PAGE_SIZES) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(LINKS_QUERY, { first: size });
      const edges = reply.data?.shortLinks?.edges ?? [];
      const outcome =
        reply.status !== 200 || reply.errors?.length
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : reply.data?.shortLinks?.totalCount !== LINKS || edges.length !== size
            ? 'wrong answer'
            : edges.some((e) => e.node.stats.total !== 4)
              ? 'stats missing'
              : `ok, ${size} links with stats`;
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const table = formatTable(
    ['page size', 'fetch links', 'sql links', 'outcome'],
    rows.map((r) => [r.pageSize, r.fetches.links ?? 0, r.sql.links ?? 0, r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql.links} links SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `links: every request cost the same: ${distinct[0]} (target met)`
      : `links: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
