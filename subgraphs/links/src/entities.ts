import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const DEVICES = ['DESKTOP', 'MOBILE', 'TABLET', 'BOT'] as const;
export type Device = (typeof DEVICES)[number];

/**
 * A short link, owned by the user who made it (per user, not per tenant: the code space is global).
 * `visitCount` is the stored counter: batched flushes add to it, and a link with `maxVisits` reserves
 * each visit in it with one conditional UPDATE at redirect time.
 */
export const ShortLink = defineEntity({
  name: 'ShortLink',
  tableName: 'short_links',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    code: p.string().length(64).unique(),
    target: p.string().length(2048),
    tags: p.json<string[]>(),
    validFrom: p.datetime(3).nullable(),
    validUntil: p.datetime(3).nullable(),
    maxVisits: p.integer().nullable(),
    visitCount: p.integer().default(0),
  },
  indexes: [{ properties: ['ownerId', 'createdAt'] }],
});
export type ShortLinkRow = InferEntity<typeof ShortLink>;

/** One redirect served: written in batches (a multi-row insert) by the visit recorder. */
export const LinkVisit = defineEntity({
  name: 'LinkVisit',
  tableName: 'link_visits',
  properties: {
    ...baseProperties(),
    linkId: p.string().length(36),
    visitedAt: p.datetime(3),
    /** The UTC date of the visit (YYYY-MM-DD), for visits by day. */
    day: p.string().length(10),
    /** The referrer's host name, lower-case, or null (direct). */
    referrerHost: p.string().length(255).nullable(),
    device: p.enum([...DEVICES]),
  },
  indexes: [{ properties: ['linkId', 'day'] }],
});
export type LinkVisitRow = InferEntity<typeof LinkVisit>;

export const entities = [ShortLink, LinkVisit];
