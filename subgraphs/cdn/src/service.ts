import {
  badInput,
  fail,
  fieldError,
  forbidden,
  notFound,
  ok,
  paginate,
  PerStart,
  requireTenant,
  totalOrder,
  type Connection,
  type Payload,
  type SubgraphDeps,
  type UserError,
} from '../../../kit';
import type { CdnConfig } from './config';
import type { CdnDeps, CdnLoaders } from './context';
import { Distribution, MAX_CACHE_BYTES, MAX_NODES, MIN_CACHE_BYTES, type DistributionRow } from './entities';
import { Fleet, reportOf, type DistributionSpec, type NodeReport, type RunningDistribution } from './fleet';
import { checkOrigin } from './origin';
import { FleetSync } from './sync';
import type { CdnStrategy, CreateDistributionInput, QueryDistributionsArgs } from './generated/resolvers';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A purge tag: what the origin's Surrogate-Key / Cache-Tag headers hold (space or comma separated). */
const TAG = /^[^\s,]{1,128}$/;
/** Whether text holds a control character (C0 or DEL): refused in purge paths. */
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const DEFAULT_CACHE_BYTES = 16 * 1024 * 1024;

export interface CdnStatsView {
  hits: number;
  misses: number;
  hitRatio: number;
  bytesSaved: number;
  originBytes: number;
  originOffload: number;
}

/**
 * A purge's answer: how many cached responses went, on how many replicas of the subgraph (each runs
 * every distribution's nodes); nothing is purged when `errors` is not empty.
 */
export interface PurgeResult {
  purged: number;
  replicas: number;
  errors: UserError[];
}

const refused = (error: UserError): PurgeResult => ({ purged: 0, replicas: 0, errors: [error] });

function specOf(row: DistributionRow): DistributionSpec {
  return { id: row.id, originUrl: row.originUrl, strategy: row.strategy, nodeCount: row.nodeCount, cacheBytes: row.cacheBytes };
}

function checkName(name: string, field: string): { name: string } | { problem: UserError } {
  const trimmed = name.trim();
  if (!trimmed) return { problem: fieldError(field, 'Name is required.') };
  if (trimmed.length > 100) return { problem: fieldError(field, 'Name must be at most 100 characters.') };
  return { name: trimmed };
}

/** Sums the nodes' counters; the origin offload is the share of requests the origin did not see. */
export function statsOf(nodes: readonly NodeReport[]): CdnStatsView {
  const sum = (f: (n: NodeReport) => number) => nodes.reduce((s, n) => s + f(n), 0);
  const hits = sum((n) => n.hits);
  const misses = sum((n) => n.misses);
  const requests = hits + misses;
  return {
    hits,
    misses,
    hitRatio: requests ? hits / requests : 0,
    bytesSaved: sum((n) => n.bytesSaved),
    originBytes: sum((n) => n.originBytes),
    originOffload: requests ? Math.max(0, 1 - sum((n) => n.originRequests) / requests) : 0,
  };
}

/**
 * Distribution rules (who may create, purge, take nodes down) and the bridge to the running edge
 * fleet. The fleet is per start (a PerStart keyed by the start's configuration object, which every
 * request's `deps.config` is): `boot` fills it from the database, `shutdown` stops it.
 */
export class CdnService {
  /** The fleet of each start (the kit's PerStart: keyed by the start's configuration object). */
  private readonly fleets = new PerStart(
    (config: CdnConfig, log) =>
      new Fleet(
        { intervalMs: config.CDN_HEALTH_INTERVAL_MS, threshold: config.CDN_HEALTH_THRESHOLD, timeoutMs: config.CDN_HEALTH_TIMEOUT_MS },
        log,
      ),
    (fleet) => fleet.stop(),
  );

  /** Each start's link to the other replicas, and its reconcile timer. */
  private readonly syncs = new WeakMap<CdnConfig, { sync: FleetSync; timer?: NodeJS.Timeout }>();

  /**
   * Starts the fleet of this start: listens for the other replicas' changes first (so none made
   * while it boots is missed), then every stored distribution's nodes, the health loop and the
   * reconcile loop.
   */
  async boot(deps: SubgraphDeps<CdnConfig, CdnLoaders>): Promise<Fleet> {
    const fleet = this.fleets.get(deps);
    const sync = new FleetSync(fleet, deps.pubsub, (id) => this.launchStored(deps, id), deps.config.CDN_SYNC_TIMEOUT_MS, deps.log);
    await sync.start();
    const link: { sync: FleetSync; timer?: NodeJS.Timeout } = { sync };
    this.syncs.set(deps.config, link);
    const launched = await this.reconcile(deps);
    fleet.startHealthLoop();
    if (deps.config.CDN_RECONCILE_MS > 0) {
      link.timer = setInterval(
        () => void this.reconcile(deps).catch((error: unknown) => deps.log.warn({ err: String(error) }, 'cdn reconcile failed')),
        deps.config.CDN_RECONCILE_MS,
      );
      link.timer.unref();
    }
    deps.log.info({ distributions: launched }, 'cdn edge fleet started');
    return fleet;
  }

  /**
   * Makes this replica's fleet match the database: launches every stored distribution it does not
   * run and retires every one it runs that is gone. Returns how many it runs.
   */
  async reconcile(deps: SubgraphDeps<CdnConfig, CdnLoaders>): Promise<number> {
    const fleet = this.fleets.get(deps);
    const rows = await deps.serviceDeps().em.find(Distribution, {}, { filters: { tenant: false }, orderBy: { id: 'asc' } });
    const stored = new Set(rows.map((r) => r.id));
    for (const id of fleet.ids()) if (!stored.has(id)) await fleet.retire(id);
    for (const row of rows) {
      if (fleet.get(row.id)) continue;
      await fleet
        .launch(specOf(row))
        .catch((error: unknown) => deps.log.warn({ err: String(error), distribution: row.id }, 'cdn launch failed'));
    }
    return rows.length;
  }

  /** Launches a stored distribution by id (another replica created it); nothing when its row is gone. */
  private async launchStored(deps: SubgraphDeps<CdnConfig, CdnLoaders>, id: string): Promise<void> {
    const row = await deps.serviceDeps().em.findOne(Distribution, { id }, { filters: { tenant: false } });
    if (row) await this.fleets.get(deps).launch(specOf(row));
  }

  private sync(deps: CdnDeps): FleetSync | undefined {
    return this.syncs.get(deps.config)?.sync;
  }

  /** Starts a stored distribution's nodes in the fleet of the start `config` belongs to (the demo seed's). */
  async launch(deps: SubgraphDeps<CdnConfig, CdnLoaders>, row: DistributionRow): Promise<void> {
    await this.fleets.get(deps).launch(specOf(row));
  }

  async shutdown(config: CdnConfig): Promise<void> {
    const link = this.syncs.get(config);
    this.syncs.delete(config);
    clearInterval(link?.timer);
    await link?.sync.stop();
    await this.fleets.close(config);
  }

  private fleet(deps: CdnDeps): Fleet {
    return this.fleets.get(deps);
  }

  running(deps: CdnDeps, id: string): RunningDistribution | undefined {
    return this.fleets.get(deps).get(id);
  }

  nodes(deps: CdnDeps, row: DistributionRow): NodeReport[] {
    return this.running(deps, row.id)?.nodes.map(reportOf) ?? [];
  }

  async get(deps: CdnDeps, id: string): Promise<DistributionRow | null> {
    requireTenant(deps.viewer);
    return ID.test(id) ? deps.loaders.distributionById.load(id) : null;
  }

  async list(deps: CdnDeps, args: QueryDistributionsArgs): Promise<Connection<DistributionRow>> {
    requireTenant(deps.viewer);
    return paginate(deps.em, Distribution, {}, args, totalOrder<DistributionRow>('createdAt', 'DESC'));
  }

  async create(deps: CdnDeps, input: CreateDistributionInput): Promise<Payload<{ distribution: DistributionRow }>> {
    const viewer = requireTenant(deps.viewer, 'MANAGER');
    const errors: UserError[] = [];
    const name = checkName(input.name, 'input.name');
    if ('problem' in name) errors.push(name.problem);
    const allowPrivate = deps.config.CDN_ALLOW_PRIVATE_ORIGINS ?? deps.config.NODE_ENV !== 'production';
    const origin = checkOrigin(input.originUrl, allowPrivate);
    if ('problem' in origin) errors.push(fieldError('input.originUrl', origin.problem));
    const nodeCount = input.nodeCount ?? 2;
    if (nodeCount < 1 || nodeCount > MAX_NODES) errors.push(fieldError('input.nodeCount', `Node count must be 1 to ${MAX_NODES}.`));
    const cacheBytes = input.cacheBytes ?? DEFAULT_CACHE_BYTES;
    if (cacheBytes < MIN_CACHE_BYTES || cacheBytes > MAX_CACHE_BYTES) {
      errors.push(fieldError('input.cacheBytes', `Cache size must be ${MIN_CACHE_BYTES} to ${MAX_CACHE_BYTES} bytes.`));
    }
    if (errors.length || 'problem' in name || 'problem' in origin) return fail(errors);
    const strategy: CdnStrategy = input.strategy ?? 'ROUND_ROBIN';
    const row = deps.em.create(Distribution, {
      createdById: viewer.userId,
      name: name.name,
      originUrl: origin.url,
      strategy,
      nodeCount,
      cacheBytes,
    });
    await deps.em.flush();
    try {
      await this.fleet(deps).launch(specOf(row));
    } catch (error) {
      // Nothing half-made: a distribution whose nodes could not start is not kept.
      deps.em.remove(row);
      await deps.em.flush();
      await this.sync(deps)?.announce('retire', row.id); // in case a reconcile elsewhere launched it meanwhile
      throw error;
    }
    await this.sync(deps)?.announce('launch', row.id);
    return ok({ distribution: row });
  }

  /** A distribution of the viewer's tenant that a MANAGER may change: NOT_FOUND otherwise (tenant-scoped read). */
  private async managed(deps: CdnDeps, id: string): Promise<DistributionRow> {
    requireTenant(deps.viewer, 'MANAGER');
    const row = ID.test(id) ? await deps.em.findOne(Distribution, { id }) : null;
    if (!row) throw notFound('Distribution', id);
    return row;
  }

  async rename(deps: CdnDeps, id: string, newName: string): Promise<Payload<{ distribution: DistributionRow }>> {
    const row = await this.managed(deps, id);
    const name = checkName(newName, 'name');
    if ('problem' in name) return fail(name.problem);
    row.name = name.name;
    await deps.em.flush();
    return ok({ distribution: row });
  }

  async delete(deps: CdnDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const row = await this.managed(deps, id);
    deps.em.remove(row);
    await deps.em.flush();
    await this.fleet(deps).retire(id);
    await this.sync(deps)?.announce('retire', id);
    return ok({ deletedId: id });
  }

  /**
   * The running distribution a purge or an outage acts on. The lookup is across tenants on purpose:
   * an edge purge for another tenant's content is refused as FORBIDDEN (issue 20 item 5), not hidden.
   */
  private async owned(deps: CdnDeps, id: string): Promise<RunningDistribution> {
    const viewer = requireTenant(deps.viewer, 'MANAGER');
    const row = ID.test(id) ? await deps.em.findOne(Distribution, { id }, { filters: { tenant: false } }) : null;
    if (!row) throw notFound('Distribution', id);
    if (row.tenantId !== viewer.tenantId)
      throw forbidden("Only a manager of the distribution's tenant may purge or change its edge nodes.");
    const running = this.running(deps, id);
    if (!running) throw notFound('Distribution', id);
    return running;
  }

  async purgeUrl(deps: CdnDeps, distributionId: string, path: string): Promise<PurgeResult> {
    const running = await this.owned(deps, distributionId);
    if (!path.startsWith('/') || path.length > 2048 || hasControl(path)) {
      return refused(fieldError('path', 'Path must start with "/", have at most 2,048 characters and no control characters.'));
    }
    return this.purged(deps, 'purgeUrl', distributionId, path, running.purgeUrl(path));
  }

  async purgeTag(deps: CdnDeps, distributionId: string, tag: string): Promise<PurgeResult> {
    const running = await this.owned(deps, distributionId);
    if (!TAG.test(tag)) return refused(fieldError('tag', 'Tag must be 1 to 128 characters without spaces or commas.'));
    return this.purged(deps, 'purgeTag', distributionId, tag, running.purgeTag(tag));
  }

  /** Carries a purge done here to every other replica and sums what they removed. */
  private async purged(deps: CdnDeps, kind: 'purgeUrl' | 'purgeTag', id: string, value: string, local: number): Promise<PurgeResult> {
    const sync = this.sync(deps);
    return ok(sync ? await sync.purge(kind, id, value, local) : { purged: local, replicas: 1 });
  }

  async setOnline(deps: CdnDeps, distributionId: string, index: number, online: boolean): Promise<NodeReport> {
    const running = await this.owned(deps, distributionId);
    const node = running.nodes[index];
    if (!node) throw badInput(`Index must be 0 to ${running.nodes.length - 1}.`, 'index');
    if (online && !node.online) await node.start();
    else if (!online && node.online) await node.stop();
    await this.sync(deps)?.announceOnline(distributionId, index, online);
    return reportOf(node);
  }
}
