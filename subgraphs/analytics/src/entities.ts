import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';

/** A project of a tenant: events arrive for it with its api key (public, like PostHog's project key). */
export const AnalyticsProject = defineTenantEntity({
  name: 'AnalyticsProject',
  tableName: 'analytics_projects',
  properties: {
    ...baseProperties(),
    name: p.string().length(200),
    apiKey: p.string().length(64).unique(),
    createdById: p.string().length(36),
  },
  indexes: [{ properties: ['createdAt'] }],
});
export type AnalyticsProjectRow = InferEntity<typeof AnalyticsProject>;

/** One captured event, stored once per (project, uuid): written in batches by the collector. */
export const AnalyticsEvent = defineTenantEntity({
  name: 'AnalyticsEvent',
  tableName: 'analytics_events',
  properties: {
    ...baseProperties(),
    projectId: p.string().length(36),
    /** The insert id the client sent (or the collector gave it): the deduplication key. */
    uuid: p.string().length(36),
    event: p.string().length(200),
    distinctId: p.string().length(200),
    /** The event's properties as JSON text (at most ANALYTICS_PROPERTIES_MAX_BYTES). */
    propertiesJson: p.text().columnType('mediumtext'),
    timestamp: p.datetime(3),
    /** The UTC date of `timestamp` (YYYY-MM-DD). */
    day: p.string().length(10),
  },
  uniques: [{ properties: ['uuid', 'projectId'] }],
  indexes: [{ properties: ['projectId', 'timestamp'] }],
});
export type AnalyticsEventRow = InferEntity<typeof AnalyticsEvent>;

/**
 * Rollup: events of one name on one UTC day of one project. Updated in the collector's write batch
 * (an upsert adding the batch's new events), so counts never scan raw events. The id is derived from
 * (project, day, event).
 */
export const AnalyticsDailyCount = defineTenantEntity({
  name: 'AnalyticsDailyCount',
  tableName: 'analytics_daily_counts',
  properties: {
    id: p.string().length(64).primary(),
    projectId: p.string().length(36),
    day: p.string().length(10),
    event: p.string().length(200),
    count: p.integer(),
  },
  indexes: [{ properties: ['projectId', 'day'] }],
});
export type AnalyticsDailyCountRow = InferEntity<typeof AnalyticsDailyCount>;

/**
 * Rollup: one person (distinct id) who sent one event name on one UTC day, with the first and last
 * moment (epoch ms) they sent it that day. Unique users and funnels read this, never raw events.
 * The id is derived from (project, day, event, distinct id).
 */
export const AnalyticsDailyActor = defineTenantEntity({
  name: 'AnalyticsDailyActor',
  tableName: 'analytics_daily_actors',
  properties: {
    id: p.string().length(64).primary(),
    projectId: p.string().length(36),
    day: p.string().length(10),
    event: p.string().length(200),
    distinctId: p.string().length(200),
    firstAt: p.double(),
    lastAt: p.double(),
  },
  indexes: [{ properties: ['projectId', 'event', 'day'] }, { properties: ['projectId', 'day'] }],
});
export type AnalyticsDailyActorRow = InferEntity<typeof AnalyticsDailyActor>;

export const entities = [AnalyticsProject, AnalyticsEvent, AnalyticsDailyCount, AnalyticsDailyActor];
