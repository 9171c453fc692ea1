import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  MemoryGeoStore,
  RedisGeoStore,
  cellOf,
  checkPosition,
  createGeoIndex,
  etaSeconds,
  haversineKm,
  type GeoIndex,
  type GeoMember,
  type LatLng,
} from '../src/geo';
import { testEnv } from '../../test/helpers/stack';

const NOW = new Date('2026-03-01T12:00:00Z');
const PARIS = { lat: 48.8566, lng: 2.3522 };
const LONDON = { lat: 51.5074, lng: -0.1278 };

describe('kit geo: checkPosition', () => {
  it('accepts a position in range with no previous fix', () => {
    expect(checkPosition({ ...PARIS, at: NOW }, { now: NOW })).toEqual({ ok: true, speedKmh: null, jump: false });
  });

  it.each([
    ['latitude above 90', { lat: 90.0001, lng: 0 }, ['lat']],
    ['latitude below -90', { lat: -91, lng: 0 }, ['lat']],
    ['longitude above 180', { lat: 0, lng: 180.5 }, ['lng']],
    ['longitude below -180', { lat: 0, lng: -181 }, ['lng']],
    ['NaN latitude', { lat: Number.NaN, lng: 0 }, ['lat']],
    ['infinite longitude', { lat: 0, lng: Number.POSITIVE_INFINITY }, ['lng']],
    ['both out of range', { lat: 100, lng: 200 }, ['lat', 'lng']],
  ])('refuses %s, naming the field', (_label, point, fields) => {
    const verdict = checkPosition({ ...point, at: NOW }, { now: NOW });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problems.map((p) => p.field)).toEqual(fields);
  });

  it('accepts the edges of the ranges', () => {
    for (const point of [
      { lat: 90, lng: 180 },
      { lat: -90, lng: -180 },
    ]) {
      expect(checkPosition({ ...point, at: NOW }, { now: NOW }).ok).toBe(true);
    }
  });

  it('refuses a timestamp from the future beyond the allowed skew, and accepts one within it', () => {
    const late = checkPosition({ ...PARIS, at: new Date(NOW.getTime() + 6000) }, { now: NOW });
    expect(late).toEqual({ ok: false, problems: [{ field: 'at', message: expect.stringMatching(/future/) }] });
    expect(checkPosition({ ...PARIS, at: new Date(NOW.getTime() + 4000) }, { now: NOW }).ok).toBe(true);
  });

  it('refuses an invalid date, one older than the previous fix, and one older than maxAgeMs', () => {
    expect(checkPosition({ ...PARIS, at: new Date(Number.NaN) }, { now: NOW })).toMatchObject({ ok: false, problems: [{ field: 'at' }] });
    const previous = { ...PARIS, at: NOW };
    expect(checkPosition({ ...PARIS, at: new Date(NOW.getTime() - 1000) }, { now: NOW, previous })).toEqual({
      ok: false,
      problems: [{ field: 'at', message: expect.stringMatching(/older than the last/) }],
    });
    expect(checkPosition({ ...PARIS, at: new Date(NOW.getTime() - 120_000) }, { now: NOW, maxAgeMs: 60_000 })).toMatchObject({
      ok: false,
      problems: [{ field: 'at', message: expect.stringMatching(/too old/) }],
    });
  });

  it('computes the speed from the previous fix and flags a jump faster than 300 km/h', () => {
    const previous = { lat: 48.85, lng: 2.35, at: new Date(NOW.getTime() - 60_000) };
    // ~1.11 km north in one minute: ~67 km/h.
    const drive = checkPosition({ lat: 48.86, lng: 2.35, at: NOW }, { now: NOW, previous });
    expect(drive).toMatchObject({ ok: true, jump: false });
    if (drive.ok) expect(drive.speedKmh).toBeCloseTo(66.7, 0);
    // ~11 km in one minute: ~667 km/h.
    const teleport = checkPosition({ lat: 48.95, lng: 2.35, at: NOW }, { now: NOW, previous });
    expect(teleport).toMatchObject({ ok: true, jump: true });
    // A custom limit.
    expect(checkPosition({ lat: 48.86, lng: 2.35, at: NOW }, { now: NOW, previous, maxSpeedKmh: 50 })).toMatchObject({ jump: true });
    // Moving with no time passing is a jump; standing still is not.
    expect(checkPosition({ lat: 48.86, lng: 2.35, at: previous.at }, { now: NOW, previous })).toMatchObject({ jump: true, speedKmh: null });
    expect(checkPosition({ ...previous }, { now: NOW, previous })).toMatchObject({ jump: false, speedKmh: null });
  });
});

describe('kit geo: distance and ETA', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm(PARIS, LONDON)).toBeCloseTo(343.6, 0);
    expect(haversineKm(PARIS, PARIS)).toBe(0);
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(20015.1, 0);
    // Across the antimeridian: 0.2 degrees of longitude on the equator, ~22 km, not ~40,000.
    expect(haversineKm({ lat: 0, lng: 179.9 }, { lat: 0, lng: -179.9 })).toBeCloseTo(22.24, 1);
  });

  it('turns a distance into seconds at a speed and a road factor', () => {
    expect(etaSeconds(0)).toBe(0);
    expect(etaSeconds(10)).toBe(Math.ceil(((10 * 1.3) / 30) * 3600)); // 1560 s
    expect(etaSeconds(10, { speedKmh: 60, roadFactor: 1 })).toBe(600);
    expect(() => etaSeconds(-1)).toThrow(RangeError);
    expect(() => etaSeconds(1, { speedKmh: 0 })).toThrow(RangeError);
    expect(() => etaSeconds(Number.NaN)).toThrow(RangeError);
  });
});

/** A seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function scatter(rand: () => number, centre: LatLng, spreadDeg: number, count: number, at = NOW): GeoMember[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${String(i).padStart(5, '0')}`,
    lat: centre.lat + (rand() - 0.5) * spreadDeg,
    lng: centre.lng + (rand() - 0.5) * spreadDeg,
    at,
  }));
}

function bruteForce(members: GeoMember[], point: LatLng, limit: number, radiusKm: number): string[] {
  return members
    .map((m) => ({ id: m.id, d: haversineKm(point, m) }))
    .filter((m) => m.d <= radiusKm)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m) => m.id);
}

const redisStores: RedisGeoStore[] = [];
const backends: Array<[string, () => GeoIndex]> = [['memory', () => createGeoIndex({ name: 'test' })]];
if (testEnv.REDIS_URL) {
  backends.push([
    'redis',
    () => {
      const store = new RedisGeoStore({ redisUrl: testEnv.REDIS_URL!, name: 'test', keyPrefix: `test-${randomUUID()}:` });
      redisStores.push(store);
      return createGeoIndex({ name: 'test', store });
    },
  ]);
}

describe.each(backends)('kit geo: the H3 index (%s)', (_backend, make) => {
  const open: GeoIndex[] = [];
  const index = () => {
    const made = make();
    open.push(made);
    return made;
  };
  afterAll(async () => {
    for (const store of redisStores) await store.clear();
    for (const made of open) await made.close();
  });

  it('answers the same nearest members as a scan of all of them, nearest first', async () => {
    const rand = random(7);
    const geo = index();
    const members = scatter(rand, PARIS, 0.3, 2000);
    for (const m of members) await geo.set(m);
    expect(await geo.count()).toBe(2000);
    for (let q = 0; q < 25; q++) {
      const point = { lat: PARIS.lat + (rand() - 0.5) * 0.4, lng: PARIS.lng + (rand() - 0.5) * 0.4 };
      const limit = 1 + Math.floor(rand() * 20);
      const radiusKm = 0.5 + rand() * 8;
      const { members: found } = await geo.nearest(point, { limit, radiusKm });
      expect(found.map((m) => m.id)).toEqual(bruteForce(members, point, limit, radiusKm));
      for (let i = 1; i < found.length; i++) expect(found[i]!.distanceKm).toBeGreaterThanOrEqual(found[i - 1]!.distanceKm);
    }
  });

  it('agrees with a scan across the antimeridian and near a pole', async () => {
    const rand = random(11);
    for (const centre of [
      { lat: -16.5, lng: 179.98 },
      { lat: 89.5, lng: 0 },
    ]) {
      const geo = index();
      const members = scatter(rand, centre, 0.2, 300);
      for (const m of members) await geo.set({ ...m, lng: m.lng > 180 ? m.lng - 360 : m.lng });
      const normalised = members.map((m) => ({ ...m, lng: m.lng > 180 ? m.lng - 360 : m.lng }));
      const { members: found } = await geo.nearest(centre, { limit: 10, radiusKm: 20 });
      expect(found.map((m) => m.id)).toEqual(bruteForce(normalised, centre, 10, 20));
    }
  });

  it('reads only the cells around the point, not every member', async () => {
    const rand = random(3);
    const geo = index();
    // 10,000 members over a ~35 km square; the five nearest are found by reading a few cells.
    const members = scatter(rand, PARIS, 0.32, 10_000);
    for (const m of members) await geo.set(m);
    const result = await geo.nearest(PARIS, { limit: 5, radiusKm: 10 });
    expect(result.members.map((m) => m.id)).toEqual(bruteForce(members, PARIS, 5, 10));
    expect(result.membersExamined).toBeLessThan(200);
    expect(result.cellsVisited).toBeLessThan(40);
  });

  it('moves a member between cells, removes it, and leaves out excluded and stale members', async () => {
    const geo = index();
    const near = { id: 'near', lat: 48.857, lng: 2.352, at: NOW };
    const far = { id: 'far', lat: 48.87, lng: 2.37, at: new Date(NOW.getTime() - 600_000) };
    await geo.set(near);
    await geo.set(far);
    expect((await geo.nearest(PARIS, { limit: 5, radiusKm: 5 })).members.map((m) => m.id)).toEqual(['near', 'far']);
    expect((await geo.nearest(PARIS, { limit: 5, radiusKm: 5, exclude: new Set(['near']) })).members.map((m) => m.id)).toEqual(['far']);
    expect(
      (await geo.nearest(PARIS, { limit: 5, radiusKm: 5, freshSince: new Date(NOW.getTime() - 60_000) })).members.map((m) => m.id),
    ).toEqual(['near']);
    expect((await geo.nearest(PARIS, { limit: 5, radiusKm: 0.5 })).members.map((m) => m.id)).toEqual(['near']);

    // Moving "near" 30 km away: it leaves its cell (no longer found near Paris), found at its new place.
    const moved = { id: 'near', lat: 49.1, lng: 2.35, at: NOW };
    expect(cellOf(moved)).not.toBe(cellOf(near));
    await geo.set(moved);
    expect(await geo.get('near')).toEqual(moved);
    expect((await geo.nearest(PARIS, { limit: 5, radiusKm: 5 })).members.map((m) => m.id)).toEqual(['far']);
    expect((await geo.nearest(moved, { limit: 5, radiusKm: 1 })).members).toEqual([{ ...moved, distanceKm: 0 }]);

    expect(await geo.remove('far')).toBe(true);
    expect(await geo.remove('far')).toBe(false);
    expect(await geo.get('far')).toBeNull();
    expect((await geo.nearest(PARIS, { limit: 5, radiusKm: 50 })).members.map((m) => m.id)).toEqual(['near']);
    expect(await geo.count()).toBe(1);
  });

  it('keeps a member in one cell when it moves many times concurrently', async () => {
    const geo = index();
    const rand = random(5);
    const moves = scatter(rand, PARIS, 0.2, 100).map((m) => ({ ...m, id: 'runner' }));
    await Promise.all(moves.map((m) => geo.set(m)));
    const last = await geo.get('runner');
    const everywhere = await geo.nearest(PARIS, { limit: 10, radiusKm: 30 });
    expect(everywhere.members.map((m) => m.id)).toEqual(['runner']);
    expect(everywhere.members[0]).toMatchObject({ lat: last!.lat, lng: last!.lng });
  });

  it('refuses a bad limit or radius', async () => {
    const geo = index();
    await expect(geo.nearest(PARIS, { limit: 0, radiusKm: 1 })).rejects.toThrow(RangeError);
    await expect(geo.nearest(PARIS, { limit: 1001, radiusKm: 1 })).rejects.toThrow(RangeError);
    await expect(geo.nearest(PARIS, { limit: 1, radiusKm: 0 })).rejects.toThrow(RangeError);
  });
});

(testEnv.REDIS_URL ? describe : describe.skip)('kit geo: Redis store', () => {
  it('is shared by two indexes on the same keys (two replicas) and cleared by clear()', async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    const storeA = new RedisGeoStore({ redisUrl: testEnv.REDIS_URL!, name: 'drivers', keyPrefix });
    const a = createGeoIndex({ name: 'drivers', store: storeA });
    const b = createGeoIndex({ name: 'drivers', redisUrl: testEnv.REDIS_URL, keyPrefix });
    try {
      await a.set({ id: 'd1', ...PARIS, at: NOW });
      expect((await b.nearest(PARIS, { limit: 1, radiusKm: 1 })).members.map((m) => m.id)).toEqual(['d1']);
      await b.remove('d1');
      expect(await a.get('d1')).toBeNull();
      await a.set({ id: 'd2', ...PARIS, at: NOW });
      await storeA.clear();
      const redis = new Redis(testEnv.REDIS_URL!);
      expect(await redis.keys(`${keyPrefix}*`)).toEqual([]);
      await redis.quit();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('kit geo: memory store', () => {
  it('drops an emptied cell', async () => {
    const store = new MemoryGeoStore();
    await store.put({ id: 'a', ...PARIS, at: NOW }, 'c1');
    await store.put({ id: 'a', ...PARIS, at: NOW }, 'c2');
    expect(await store.membersIn(['c1'])).toEqual([]);
    expect((await store.membersIn(['c1', 'c2'])).map((m) => m.id)).toEqual(['a']);
  });
});
