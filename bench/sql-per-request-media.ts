/**
 * The media part of sql-per-request: one user's 300 images (rows only: no bytes are needed to sign
 * URLs), read as `images(first: N) { … url(transform) }` for growing N, every URL with a watermark
 * image whose ownership is checked through the per-request loader. The statement count must not move
 * with N.
 */
import type { Stack } from '../scripts/lib/stack';
import { MediaImage } from '../subgraphs/media/src/entities';
import { formatTable } from './lib/report';

const IMAGES = 300;
const PAGE_SIZES = [10, 50, 100];

export const MEDIA_QUERY = `query Images($first: Int!, $mark: ID!) {
  images(first: $first) {
    totalCount
    edges { node { id format size width height createdAt owner { id }
      url(transform: { width: 320, height: 240, fit: COVER, format: WEBP, watermark: { imageId: $mark } }) } }
  }
}`;

export interface MediaRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

interface Reply {
  status: number;
  data?: { images: { totalCount: number; edges: { node: { url: string } }[] } | null };
  errors?: unknown[];
}

/** Seeds media rows for `userId` through its own ORM and measures `MEDIA_QUERY` (see financeSqlPerRequest). */
export async function mediaSqlPerRequest(
  stack: Stack,
  userId: string,
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>,
  repeats: number,
): Promise<{ rows: MediaRow[]; table: string; verdict: string }> {
  const media = stack.subgraphs.find((s) => s.name === 'media');
  if (!media) throw new Error('the media subgraph is not running');
  const em = media.orm.em.fork();
  const ids: string[] = [];
  for (let i = 0; i < IMAGES; i++) {
    const image = em.create(MediaImage, {
      ownerId: userId,
      format: 'PNG',
      contentType: 'image/png',
      size: 1000 + i,
      width: 640,
      height: 480,
    } as never) as { id: string };
    ids.push(image.id);
  }
  await em.flush();
  const mark = ids[0]!;

  await ask(MEDIA_QUERY, { first: 10, mark }); // warm-up: query planning
  const rows: MediaRow[] = [];
  for (const size of PAGE_SIZES) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(MEDIA_QUERY, { first: size, mark });
      const edges = reply.data?.images?.edges ?? [];
      const outcome =
        reply.status !== 200 || reply.errors?.length
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : reply.data?.images?.totalCount !== IMAGES || edges.length !== size
            ? 'wrong answer'
            : edges.some((e) => !e.node.url.includes('&sig='))
              ? 'unsigned URL'
              : `ok, ${size} images`;
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const names = ['media'];
  const table = formatTable(
    ['page size', ...names.map((n) => `fetch ${n}`), ...names.map((n) => `sql ${n}`), 'outcome'],
    rows.map((r) => [r.pageSize, ...names.map((n) => r.fetches[n] ?? 0), ...names.map((n) => r.sql[n] ?? 0), r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql.media} media SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `media: every request cost the same: ${distinct[0]} (target met)`
      : `media: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
