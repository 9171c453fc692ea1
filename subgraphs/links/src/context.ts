import DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { LinksConfig } from './config';
import { ShortLink, type Device, type ShortLinkRow } from './entities';

/** A link's visit statistics (from the visits table: what has been flushed). */
export interface LinkStatsData {
  total: number;
  bots: number;
  nonBots: number;
  byDay: { day: string; count: number }[];
  byReferrer: { host: string | null; count: number }[];
  byDevice: { device: Device; count: number }[];
}

export interface LinksLoaders {
  linkById: DataLoader<string, ShortLinkRow | null>;
  /** Three grouped statements per batch of links, whatever the page size. */
  statsByLinkId: DataLoader<string, LinkStatsData>;
}

export type LinksDeps = ServiceDeps<LinksConfig, LinksLoaders>;
export type LinksContext = SubgraphContext<LinksLoaders, LinksConfig>;

const empty = (): LinkStatsData => ({ total: 0, bots: 0, nonBots: 0, byDay: [], byReferrer: [], byDevice: [] });

export function createLoaders(em: Em): LinksLoaders {
  return {
    linkById: entityLoader(em, ShortLink),
    statsByLinkId: new DataLoader<string, LinkStatsData>(
      async (ids) => {
        const knex = em.getKnex();
        const list = [...ids];
        const stats = new Map(list.map((id) => [id, empty()]));
        const byDevice: { link_id: string; device: Device; n: number | string }[] = await knex('link_visits')
          .select('link_id', 'device')
          .count({ n: '*' })
          .whereIn('link_id', list)
          .groupBy('link_id', 'device');
        for (const row of byDevice) {
          const s = stats.get(row.link_id)!;
          const n = Number(row.n);
          s.byDevice.push({ device: row.device, count: n });
          s.total += n;
          if (row.device === 'BOT') s.bots += n;
          else s.nonBots += n;
        }
        // By day and by referrer count people only: bots are counted apart.
        const byDay: { link_id: string; day: string; n: number | string }[] = await knex('link_visits')
          .select('link_id', 'day')
          .count({ n: '*' })
          .whereIn('link_id', list)
          .whereNot('device', 'BOT')
          .groupBy('link_id', 'day');
        for (const row of byDay) stats.get(row.link_id)!.byDay.push({ day: row.day, count: Number(row.n) });
        const byReferrer: { link_id: string; referrer_host: string | null; n: number | string }[] = await knex('link_visits')
          .select('link_id', 'referrer_host')
          .count({ n: '*' })
          .whereIn('link_id', list)
          .whereNot('device', 'BOT')
          .groupBy('link_id', 'referrer_host');
        for (const row of byReferrer) stats.get(row.link_id)!.byReferrer.push({ host: row.referrer_host, count: Number(row.n) });
        for (const s of stats.values()) {
          s.byDay.sort((a, b) => a.day.localeCompare(b.day));
          s.byDevice.sort((a, b) => b.count - a.count || a.device.localeCompare(b.device));
          s.byReferrer.sort((a, b) => b.count - a.count || (a.host ?? '').localeCompare(b.host ?? ''));
        }
        return list.map((id) => stats.get(id)!);
      },
      { maxBatchSize: 500 },
    ),
  };
}
