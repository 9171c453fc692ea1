/**
 * Positions on the Earth, shared by every domain that moves things around a map (rides' drivers,
 * delivery's couriers): validation of a reported position, great-circle distance, an ETA from a
 * distance, and a geo index of "who is where" on H3 cells (`h3-js`) that answers "the nearest ids
 * around this point, nearest first" by walking rings of cells outward from the point's cell, so a
 * query reads the members of a few cells and never scans every member.
 *
 * The index keeps each member's last position and its cell; a store holds them: in process memory
 * (`MemoryGeoStore`) or in Redis (`RedisGeoStore`: one set of ids per cell and one hash of positions,
 * updated atomically by a script) so that every replica sees the same members. `createGeoIndex`
 * picks Redis when a URL is given.
 */
import { cellArea, gridDiskDistances, gridRing, latLngToCell } from 'h3-js';
import { Redis } from 'ioredis';

/** A point on the Earth in degrees (WGS 84). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A reported position: where, and when it was measured. */
export interface PositionFix extends LatLng {
  at: Date;
}

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
/** Faster than this between two fixes of one member is a jump, flagged by `checkPosition`. */
export const MAX_PLAUSIBLE_SPEED_KMH = 300;
/** How far ahead of the server's clock a fix may be (device clocks drift a little). */
export const MAX_FUTURE_SKEW_MS = 5_000;
/** The default H3 resolution of a geo index: cells of about 0.53 km edge (0.74 km²). */
export const DEFAULT_GEO_RESOLUTION = 8;

/** One problem with a reported position, on the input field it concerns. */
export interface PositionProblem {
  field: 'lat' | 'lng' | 'at';
  message: string;
}

/** What `checkPosition` concludes. */
export type PositionVerdict =
  | {
      ok: true;
      /** Speed implied by the previous fix (km/h), or null without one (or with the same timestamp). */
      speedKmh: number | null;
      /** The move from the previous fix is faster than `maxSpeedKmh`: accepted, but worth a look. */
      jump: boolean;
    }
  | { ok: false; problems: PositionProblem[] };

export interface CheckPositionOptions {
  /** The server's time (`deps.clock.now()`). */
  now: Date;
  /** The member's last accepted fix, to refuse one older than it and to flag jumps. */
  previous?: PositionFix | null;
  maxSpeedKmh?: number;
  maxFutureSkewMs?: number;
  /** A fix older than this (ms before `now`) is refused; no limit when absent. */
  maxAgeMs?: number;
}

/**
 * Checks one reported position: latitude within −90..90 and longitude within −180..180 (finite
 * numbers), a timestamp not in the future (beyond `maxFutureSkewMs`), not older than the previous
 * accepted fix nor than `maxAgeMs`. A move from the previous fix faster than `maxSpeedKmh`
 * (300 km/h by default) is not refused but flagged (`jump: true`): GPS glitches happen, and the
 * caller decides (log it, ignore the fix for matching). Every problem is listed, each with its field.
 */
export function checkPosition(fix: PositionFix, options: CheckPositionOptions): PositionVerdict {
  const problems: PositionProblem[] = [];
  if (!Number.isFinite(fix.lat) || fix.lat < -90 || fix.lat > 90) {
    problems.push({ field: 'lat', message: 'Latitude must be a number from -90 to 90 degrees.' });
  }
  if (!Number.isFinite(fix.lng) || fix.lng < -180 || fix.lng > 180) {
    problems.push({ field: 'lng', message: 'Longitude must be a number from -180 to 180 degrees.' });
  }
  const at = fix.at.getTime();
  const now = options.now.getTime();
  const previous = options.previous ?? null;
  if (!Number.isFinite(at)) {
    problems.push({ field: 'at', message: 'The timestamp is not a valid date.' });
  } else if (at > now + (options.maxFutureSkewMs ?? MAX_FUTURE_SKEW_MS)) {
    problems.push({ field: 'at', message: 'The timestamp is in the future; send the time the position was measured.' });
  } else if (options.maxAgeMs !== undefined && at < now - options.maxAgeMs) {
    problems.push({
      field: 'at',
      message: `The position is too old: it must be from the last ${Math.round(options.maxAgeMs / 1000)} seconds.`,
    });
  } else if (previous && at < previous.at.getTime()) {
    problems.push({ field: 'at', message: 'The timestamp is older than the last position reported.' });
  }
  if (problems.length > 0) return { ok: false, problems };
  let speedKmh: number | null = null;
  if (previous) {
    const hours = (at - previous.at.getTime()) / 3_600_000;
    const km = haversineKm(previous, fix);
    if (hours > 0) speedKmh = km / hours;
    else if (km > 0.001) speedKmh = Number.POSITIVE_INFINITY; // moved with no time passing
  }
  const jump = speedKmh !== null && speedKmh > (options.maxSpeedKmh ?? MAX_PLAUSIBLE_SPEED_KMH);
  return { ok: true, speedKmh: speedKmh !== null && Number.isFinite(speedKmh) ? speedKmh : null, jump };
}

const toRad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points in kilometres (haversine formula, mean Earth radius). */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface EtaOptions {
  /** Average speed on the way, km/h (30 by default: city traffic). */
  speedKmh?: number;
  /** Road distance over straight-line distance (1.3 by default: streets are not straight). */
  roadFactor?: number;
}

/**
 * Seconds to travel `distanceKm` (straight line) at `speedKmh` on roads `roadFactor` longer than the
 * straight line, rounded up. Throws on a negative or non-finite distance or a non-positive speed.
 */
export function etaSeconds(distanceKm: number, options: EtaOptions = {}): number {
  const speed = options.speedKmh ?? 30;
  const factor = options.roadFactor ?? 1.3;
  if (!Number.isFinite(distanceKm) || distanceKm < 0) throw new RangeError(`etaSeconds: bad distance ${distanceKm}`);
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`etaSeconds: bad speed ${speed}`);
  if (!Number.isFinite(factor) || factor < 1) throw new RangeError(`etaSeconds: bad road factor ${factor}`);
  return Math.ceil(((distanceKm * factor) / speed) * 3600);
}

/** The H3 cell (hex string) holding `point` at `resolution` (0..15). */
export function cellOf(point: LatLng, resolution: number = DEFAULT_GEO_RESOLUTION): string {
  return latLngToCell(point.lat, point.lng, resolution);
}

/** One member of a geo index: its id and last position. */
export interface GeoMember extends PositionFix {
  id: string;
}

/** A member found by `nearest`, with its distance from the query point. */
export interface NearbyMember extends GeoMember {
  distanceKm: number;
}

/** What a store of a geo index keeps: members by id, and the ids in each cell. */
export interface GeoStore {
  /** Puts `member` in `cell` (taking it out of its previous cell), atomically. */
  put(member: GeoMember, cell: string): Promise<void>;
  /** Takes the member out; whether it was there. */
  remove(id: string): Promise<boolean>;
  get(id: string): Promise<GeoMember | null>;
  /** The members currently in these cells. */
  membersIn(cells: readonly string[]): Promise<GeoMember[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** A geo index in process memory: for one replica, tests and the demo. */
export class MemoryGeoStore implements GeoStore {
  private readonly byId = new Map<string, { member: GeoMember; cell: string }>();
  private readonly byCell = new Map<string, Set<string>>();

  async put(member: GeoMember, cell: string): Promise<void> {
    const old = this.byId.get(member.id);
    if (old && old.cell !== cell) this.leave(old.cell, member.id);
    let ids = this.byCell.get(cell);
    if (!ids) this.byCell.set(cell, (ids = new Set()));
    ids.add(member.id);
    this.byId.set(member.id, { member: { ...member }, cell });
  }

  async remove(id: string): Promise<boolean> {
    const old = this.byId.get(id);
    if (!old) return false;
    this.leave(old.cell, id);
    this.byId.delete(id);
    return true;
  }

  async get(id: string): Promise<GeoMember | null> {
    const entry = this.byId.get(id);
    return entry ? { ...entry.member } : null;
  }

  async membersIn(cells: readonly string[]): Promise<GeoMember[]> {
    const found: GeoMember[] = [];
    for (const cell of cells) {
      for (const id of this.byCell.get(cell) ?? []) found.push({ ...this.byId.get(id)!.member });
    }
    return found;
  }

  async count(): Promise<number> {
    return this.byId.size;
  }

  async close(): Promise<void> {
    this.byId.clear();
    this.byCell.clear();
  }

  private leave(cell: string, id: string): void {
    const ids = this.byCell.get(cell);
    ids?.delete(id);
    if (ids?.size === 0) this.byCell.delete(cell);
  }
}

// KEYS[1] the positions hash; ARGV: id, new cell, encoded member, cell key prefix.
const PUT_SCRIPT = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then
  local oldCell = string.match(old, '^[^|]+')
  if oldCell ~= ARGV[2] then redis.call('SREM', ARGV[4] .. oldCell, ARGV[1]) end
end
redis.call('SADD', ARGV[4] .. ARGV[2], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1`;

// KEYS[1] the positions hash; ARGV: id, cell key prefix.
const REMOVE_SCRIPT = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return 0 end
redis.call('SREM', ARGV[2] .. string.match(old, '^[^|]+'), ARGV[1])
redis.call('HDEL', KEYS[1], ARGV[1])
return 1`;

function encodeMember(member: GeoMember, cell: string): string {
  return `${cell}|${member.lat}|${member.lng}|${member.at.getTime()}`;
}

function decodeMember(id: string, value: string): { member: GeoMember; cell: string } {
  const [cell, lat, lng, at] = value.split('|');
  return { member: { id, lat: Number(lat), lng: Number(lng), at: new Date(Number(at)) }, cell: cell! };
}

export interface RedisGeoStoreOptions {
  redisUrl: string;
  /** Names the index in Redis keys (`drivers`, `couriers`). */
  name: string;
  /** The deployment's REDIS_KEY_PREFIX. */
  keyPrefix?: string;
}

/**
 * A geo index in Redis, shared by every replica: a set of ids per cell (`<prefix>geo:<name>:cell:<h3>`)
 * and one hash of `id → cell|lat|lng|at` (`<prefix>geo:<name>:pos`), the authority on where a member
 * is. A move and a removal are one Lua script each, so a member is never in two cells.
 */
export class RedisGeoStore implements GeoStore {
  private readonly redis: Redis;
  private readonly posKey: string;
  private readonly cellPrefix: string;

  constructor(options: RedisGeoStoreOptions) {
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
    const base = `${options.keyPrefix ?? 'hubgraph:'}geo:${options.name}:`;
    this.posKey = `${base}pos`;
    this.cellPrefix = `${base}cell:`;
  }

  async put(member: GeoMember, cell: string): Promise<void> {
    await this.redis.eval(PUT_SCRIPT, 1, this.posKey, member.id, cell, encodeMember(member, cell), this.cellPrefix);
  }

  async remove(id: string): Promise<boolean> {
    return (await this.redis.eval(REMOVE_SCRIPT, 1, this.posKey, id, this.cellPrefix)) === 1;
  }

  async get(id: string): Promise<GeoMember | null> {
    const value = await this.redis.hget(this.posKey, id);
    return value === null ? null : decodeMember(id, value).member;
  }

  async membersIn(cells: readonly string[]): Promise<GeoMember[]> {
    if (cells.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const cell of cells) pipeline.smembers(this.cellPrefix + cell);
    const answers = (await pipeline.exec()) ?? [];
    const wanted = new Set(cells);
    const ids: string[] = [];
    for (const [err, value] of answers) {
      if (err) throw err;
      ids.push(...(value as string[]));
    }
    if (ids.length === 0) return [];
    const values = await this.redis.hmget(this.posKey, ...ids);
    const found: GeoMember[] = [];
    values.forEach((value, i) => {
      if (value === null) return;
      const { member, cell } = decodeMember(ids[i]!, value);
      if (wanted.has(cell)) found.push(member); // the hash is the authority: skip a set entry mid-move
    });
    return found;
  }

  async count(): Promise<number> {
    return this.redis.hlen(this.posKey);
  }

  /** Deletes every key of this index (tests, a reset of the demo). */
  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.cellPrefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await this.redis.del(...keys);
    } while (cursor !== '0');
    await this.redis.del(this.posKey);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

export interface NearestOptions {
  /** At most this many members (1..1000). */
  limit: number;
  /** Only members within this distance (km, straight line). */
  radiusKm: number;
  /** Ids to leave out (drivers who already declined this ride). */
  exclude?: ReadonlySet<string>;
  /** Leave out members whose last fix is older than this (stale positions are not served). */
  freshSince?: Date;
}

/** The answer of `nearest`, with what it cost. */
export interface NearestResult {
  /** Nearest first; ties by id. */
  members: NearbyMember[];
  /** Cells whose members were read. */
  cellsVisited: number;
  /** Members whose distance was computed. */
  membersExamined: number;
}

/** "Who is where" on H3 cells; see the module comment. */
export interface GeoIndex {
  readonly resolution: number;
  /** Records the member's position (moving it to its new cell). Validate the fix first (`checkPosition`). */
  set(member: GeoMember): Promise<void>;
  /** Takes the member out (gone offline, busy); whether it was in. */
  remove(id: string): Promise<boolean>;
  /** The member's last recorded position, or null when it is not in the index. */
  get(id: string): Promise<GeoMember | null>;
  /**
   * The members nearest to `point`, nearest first, within `radiusKm`: walks rings of cells around
   * the point's cell, and stops as soon as no cell further out can hold a member nearer than the
   * `limit`-th found (or every cell within the radius was read).
   */
  nearest(point: LatLng, options: NearestOptions): Promise<NearestResult>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export interface GeoIndexOptions {
  /** Names the index (Redis keys). */
  name: string;
  /** H3 resolution of the cells (0..15), `DEFAULT_GEO_RESOLUTION` by default. */
  resolution?: number;
  redisUrl?: string;
  keyPrefix?: string;
  /** Use this store instead (tests). */
  store?: GeoStore;
}

/** The most rings `nearest` walks, whatever the radius: bounds one query's work. */
export const MAX_RINGS = 60;

/**
 * Makes a {@link GeoIndex} over Redis when `redisUrl` is given, over process memory otherwise. Keep
 * one per started subgraph (a `PerStart`) and close it from the start hook.
 */
export function createGeoIndex(options: GeoIndexOptions): GeoIndex {
  const resolution = options.resolution ?? DEFAULT_GEO_RESOLUTION;
  if (!Number.isInteger(resolution) || resolution < 0 || resolution > 15) throw new RangeError(`geo index: bad resolution ${resolution}`);
  const store =
    options.store ??
    (options.redisUrl
      ? new RedisGeoStore({ redisUrl: options.redisUrl, name: options.name, keyPrefix: options.keyPrefix })
      : new MemoryGeoStore());
  return new CellGeoIndex(store, resolution);
}

class CellGeoIndex implements GeoIndex {
  constructor(
    readonly store: GeoStore,
    readonly resolution: number,
  ) {}

  set(member: GeoMember): Promise<void> {
    return this.store.put(member, cellOf(member, this.resolution));
  }

  remove(id: string): Promise<boolean> {
    return this.store.remove(id);
  }

  get(id: string): Promise<GeoMember | null> {
    return this.store.get(id);
  }

  count(): Promise<number> {
    return this.store.count();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  async nearest(point: LatLng, options: NearestOptions): Promise<NearestResult> {
    if (!Number.isInteger(options.limit) || options.limit < 1 || options.limit > 1000)
      throw new RangeError('nearest: limit must be 1..1000');
    if (!Number.isFinite(options.radiusKm) || options.radiusKm <= 0) throw new RangeError('nearest: radiusKm must be positive');
    const origin = cellOf(point, this.resolution);
    // The local cell size: cells near each other are about the same size (H3 varies ~2x over the globe).
    const edgeKm = Math.sqrt((2 * cellArea(origin, 'km2')) / (3 * Math.sqrt(3)));
    // Every point of a cell k rings out is at least this far from any point of the origin cell: the
    // ring's nearest centres are 1.5·k edges away, and a point lies up to one edge from its centre.
    // 0.85 absorbs the grid's distortion over a few dozen rings.
    const lowerBoundKm = (k: number) => Math.max(0, (1.5 * k - 2) * edgeKm * 0.85);
    const fresh = options.freshSince?.getTime();
    const found: NearbyMember[] = [];
    let cellsVisited = 0;
    let membersExamined = 0;
    for (let k = 0; k <= MAX_RINGS; k++) {
      if (lowerBoundKm(k) > options.radiusKm) break;
      if (found.length >= options.limit && lowerBoundKm(k) > found[options.limit - 1]!.distanceKm) break;
      const cells = ringOf(origin, k);
      cellsVisited += cells.length;
      for (const member of await this.store.membersIn(cells)) {
        if (options.exclude?.has(member.id)) continue;
        if (fresh !== undefined && member.at.getTime() < fresh) continue;
        membersExamined++;
        const distanceKm = haversineKm(point, member);
        if (distanceKm <= options.radiusKm) found.push({ ...member, distanceKm });
      }
      found.sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return { members: found.slice(0, options.limit), cellsVisited, membersExamined };
  }
}

function ringOf(origin: string, k: number): string[] {
  if (k === 0) return [origin];
  try {
    return gridRing(origin, k);
  } catch {
    // Near a pentagon the ring is not a clean hexagon: gridRing may refuse, the disk's outer ring serves.
    return gridRingFallback(origin, k);
  }
}

function gridRingFallback(origin: string, k: number): string[] {
  // gridDiskDistances handles pentagons; keep the cells at exactly distance k.
  return gridDiskDistances(origin, k)[k] ?? [];
}
