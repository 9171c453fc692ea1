import { randomBytes } from 'node:crypto';
import {
  checkPage,
  currentTenantId,
  fail,
  fieldError,
  isIsoDate,
  notFound,
  ok,
  paginate,
  PerStart,
  requireTenant,
  totalOrder,
  badInput,
  type Connection,
  type Payload,
  type UserError,
} from '../../../kit';
import { Collector } from './collector';
import type { AnalyticsConfig } from './config';
import type { AnalyticsDeps } from './context';
import {
  AnalyticsDailyActor,
  AnalyticsDailyCount,
  AnalyticsEvent,
  AnalyticsProject,
  type AnalyticsDailyCountRow,
  type AnalyticsEventRow,
  type AnalyticsProjectRow,
} from './entities';
import type { CaptureAnalyticsEventsInput, CreateAnalyticsProjectInput } from './generated/resolvers';
import { NAME_MAX } from './validate';

const MAX_RANGE_DAYS = 366;
const MAX_STEPS = 10;
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new project api key: `phc_` and 40 base62 characters (238 bits). */
export function newApiKey(): string {
  const bytes = randomBytes(64);
  let key = '';
  for (const b of bytes) {
    if (b < 248) key += KEY_ALPHABET[b % 62];
    if (key.length === 40) break;
  }
  return `phc_${key}`;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function cleanProjectName(name: string): string | UserError {
  const text = name.trim();
  if (!text || text.length > 200) return fieldError('name', 'A project name is 1 to 200 characters.');
  return text;
}

/** [from, to] as checked UTC days; BAD_USER_INPUT naming the argument otherwise. */
function dayRange(from: string, to: string): { from: string; to: string } {
  if (!isIsoDate(from)) throw badInput('from must be a UTC day, YYYY-MM-DD.', 'from');
  if (!isIsoDate(to)) throw badInput('to must be a UTC day, YYYY-MM-DD.', 'to');
  if (from > to) throw badInput('from must not be after to.', 'from');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_RANGE_DAYS) throw badInput(`A range spans at most ${MAX_RANGE_DAYS} days; this one spans ${days}.`, 'to');
  return { from, to };
}

function eventName(event: string, field: string): string {
  const text = event.trim();
  if (!text || text.length > NAME_MAX) throw badInput(`An event name is 1 to ${NAME_MAX} characters.`, field);
  return text;
}

/** The analytics rules: projects of a tenant, capture through the collector, and reads of the rollups. */
export class AnalyticsService {
  /** The collector of each started subgraph (its write-ahead log, buffer and flush timer). */
  readonly collectors = new PerStart(
    (config: AnalyticsConfig, log) => new Collector(config, log),
    (collector) => collector.stop(),
  );

  list(deps: AnalyticsDeps, args: PageArgs): Promise<Connection<AnalyticsProjectRow>> {
    requireTenant(deps.viewer);
    return paginate(deps.em, AnalyticsProject, {}, args, totalOrder<AnalyticsProjectRow>('createdAt', 'DESC'));
  }

  async byId(deps: AnalyticsDeps, id: string): Promise<AnalyticsProjectRow | null> {
    requireTenant(deps.viewer);
    return deps.loaders.projectById.load(id);
  }

  /** The project `id` of the viewer's tenant, or NOT_FOUND (another tenant's project is not found either). */
  private async project(deps: AnalyticsDeps, id: string): Promise<AnalyticsProjectRow> {
    requireTenant(deps.viewer);
    const project = await deps.loaders.projectById.load(id);
    if (!project) throw notFound('Analytics project', id);
    return project;
  }

  async create(deps: AnalyticsDeps, input: CreateAnalyticsProjectInput): Promise<Payload<{ project: AnalyticsProjectRow }>> {
    const viewer = requireTenant(deps.viewer, 'MANAGER');
    const name = cleanProjectName(input.name);
    if (typeof name !== 'string') return fail({ ...name, field: 'input.name' });
    const project = deps.em.create(AnalyticsProject, { name, apiKey: newApiKey(), createdById: viewer.userId } as never);
    await deps.em.flush();
    return ok({ project });
  }

  async rename(deps: AnalyticsDeps, id: string, rawName: string): Promise<Payload<{ project: AnalyticsProjectRow }>> {
    requireTenant(deps.viewer, 'MANAGER');
    const name = cleanProjectName(rawName);
    if (typeof name !== 'string') return fail(name);
    const project = await deps.em.findOne(AnalyticsProject, { id });
    if (!project) return fail({ field: 'id', message: `No analytics project ${id}.`, code: 'NOT_FOUND' });
    project.name = name;
    await deps.em.flush();
    return ok({ project });
  }

  /** Deletes the project, its events and its rollups in one transaction; the collector drops its late events. */
  async delete(deps: AnalyticsDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    requireTenant(deps.viewer, 'MANAGER');
    const project = await deps.em.findOne(AnalyticsProject, { id });
    if (!project) return fail({ field: 'id', message: `No analytics project ${id}.`, code: 'NOT_FOUND' });
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(AnalyticsEvent, { projectId: id });
      await tx.nativeDelete(AnalyticsDailyCount, { projectId: id });
      await tx.nativeDelete(AnalyticsDailyActor, { projectId: id });
      await tx.nativeDelete(AnalyticsProject, { id });
    });
    return ok({ deletedId: id });
  }

  /** captureAnalyticsEvents: the same validation and write-ahead path as POST /batch/. */
  async capture(deps: AnalyticsDeps, input: CaptureAnalyticsEventsInput): Promise<Payload<{ accepted: number }>> {
    const problems: UserError[] = [];
    const batch = input.batch.map((e, index) => {
      let properties: unknown = {};
      if (e.properties != null) {
        try {
          properties = JSON.parse(e.properties);
        } catch {
          problems.push(fieldError(`input.batch[${index}].properties`, 'properties must be a JSON object text.'));
        }
      }
      return { event: e.event, distinct_id: e.distinctId, properties, timestamp: e.timestamp?.toISOString(), uuid: e.uuid ?? undefined };
    });
    if (problems.length) return fail(problems);
    const outcome = await this.collectors.get(deps).accept(input.apiKey, batch);
    if (outcome.ok) return ok({ accepted: outcome.accepted });
    if (outcome.status === 401) return fail({ field: 'input.apiKey', message: outcome.message, code: 'UNAUTHENTICATED' });
    if (outcome.status === 503) return fail({ field: null, message: outcome.message, code: 'RATE_LIMITED' });
    if (!outcome.problems.length) return fail(fieldError('input.batch', outcome.message));
    return fail(outcome.problems.map((p) => fieldError(`input.${p.field.replace('.distinct_id', '.distinctId')}`, p.message)));
  }

  async events(deps: AnalyticsDeps, projectId: string, args: PageArgs): Promise<Connection<AnalyticsEventRow>> {
    checkPage(AnalyticsEvent, args, totalOrder<AnalyticsEventRow>('timestamp', 'DESC'));
    await this.project(deps, projectId);
    return paginate(deps.em, AnalyticsEvent, { projectId }, args, totalOrder<AnalyticsEventRow>('timestamp', 'DESC'));
  }

  async counts(
    deps: AnalyticsDeps,
    projectId: string,
    range: { from: string; to: string; event?: string | null },
    args: PageArgs,
  ): Promise<Connection<AnalyticsDailyCountRow>> {
    checkPage(AnalyticsDailyCount, args, { day: 'asc', event: 'asc', id: 'asc' } as never);
    await this.project(deps, projectId);
    const { from, to } = dayRange(range.from, range.to);
    const where: Record<string, unknown> = { projectId, day: { $gte: from, $lte: to } };
    if (range.event != null) where.event = eventName(range.event, 'event');
    return paginate(deps.em, AnalyticsDailyCount, where, args, { day: 'asc', event: 'asc', id: 'asc' } as never);
  }

  /** Distinct ids in the day rollup (never raw events): one COUNT(DISTINCT) over (project, [event,] day). */
  async uniqueUsers(deps: AnalyticsDeps, projectId: string, range: { from: string; to: string; event?: string | null }): Promise<number> {
    await this.project(deps, projectId);
    const { from, to } = dayRange(range.from, range.to);
    const q = deps.em
      .getKnex()('analytics_daily_actors')
      .where({ tenant_id: currentTenantId(deps.em), project_id: projectId })
      .whereBetween('day', [from, to]);
    if (range.event != null) q.where('event', eventName(range.event, 'event'));
    const row = (await q.countDistinct({ n: 'distinct_id' }).first()) as { n: number | string } | undefined;
    return Number(row?.n ?? 0);
  }

  /**
   * A funnel from the day rollup, in one statement (a CTE per step): a person reaches step k when they
   * did step k's event at or after the moment they reached step k-1. Each rollup row keeps the first
   * and last moment of its day, so that moment is exact except when step k happened both before and
   * after step k-1 on the same day (the later one is then taken: a later step may be missed, never
   * invented).
   */
  async funnel(
    deps: AnalyticsDeps,
    projectId: string,
    rawSteps: string[],
    range: { from: string; to: string },
  ): Promise<{ event: string; users: number; conversion: number }[]> {
    await this.project(deps, projectId);
    const { from, to } = dayRange(range.from, range.to);
    if (rawSteps.length < 2 || rawSteps.length > MAX_STEPS) throw badInput(`A funnel has 2 to ${MAX_STEPS} steps.`, 'steps');
    const steps = rawSteps.map((s, i) => eventName(s, `steps[${i}]`));
    if (new Set(steps).size !== steps.length) throw badInput('The steps of a funnel must be different events.', 'steps');
    const tenantId = currentTenantId(deps.em);
    const ctes: string[] = [];
    const bindings: unknown[] = [];
    steps.forEach((event, i) => {
      if (i === 0) {
        ctes.push(
          `s0 AS (SELECT distinct_id, MIN(first_at) AS t FROM analytics_daily_actors
             WHERE tenant_id = ? AND project_id = ? AND event = ? AND day BETWEEN ? AND ? GROUP BY distinct_id)`,
        );
      } else {
        ctes.push(
          `s${i} AS (SELECT a.distinct_id, MIN(CASE WHEN a.first_at >= p.t THEN a.first_at ELSE a.last_at END) AS t
             FROM analytics_daily_actors a JOIN s${i - 1} p ON p.distinct_id = a.distinct_id
             WHERE a.tenant_id = ? AND a.project_id = ? AND a.event = ? AND a.day BETWEEN ? AND ? AND a.last_at >= p.t
             GROUP BY a.distinct_id)`,
        );
      }
      bindings.push(tenantId, projectId, event, from, to);
    });
    const select = steps.map((_, i) => `(SELECT COUNT(*) FROM s${i}) AS c${i}`).join(', ');
    const result: unknown = await deps.em.getKnex().raw(`WITH ${ctes.join(',\n')} SELECT ${select}`, bindings as never[]);
    // mysql2 answers [rows, fields]; libsql answers the rows.
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Record<string, number | string>[];
    const counts = steps.map((_, i) => Number(rows[0]?.[`c${i}`] ?? 0));
    return steps.map((event, i) => ({
      event,
      users: counts[i]!,
      conversion: counts[0] ? counts[i]! / counts[0] : 0,
    }));
  }
}
