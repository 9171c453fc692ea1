import { errorCodes, gql, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Reservation } from '../src/entities';
import { COMMIT, RELEASE, RESERVE, STOCK, ledgerProblems, ok, receive, staffUser, variantId, warehouseWith } from './helpers';

// Hundreds of racing requests through the router: on CI's two shared cores this takes longer than
// the default minute; the assertions are about counts, not time.
jest.setTimeout(180_000);

describe('inventory: the stock rule under concurrency', () => {
  let stack: TestStack;
  let staff: TestUser;
  const inventory = () => stack.subgraphs.find((s) => s.name === 'inventory')!;

  beforeAll(async () => {
    // 500 requests at once on a small shared machine queue behind one variant's row lock; the router's
    // per-fetch timeout (10 s) is about hung subgraphs, not this queue, so it is raised here.
    stack = await startTestStack({
      only: ['identity', 'inventory'],
      env: { INVENTORY_EXPIRY_SWEEP_MS: '0', SUBGRAPH_TIMEOUT_MS: '60000' },
    });
    staff = await staffUser(stack, 'inventory');
  });

  afterEach(async () => {
    expect(await ledgerProblems(stack)).toEqual([]);
  });

  it('500 concurrent reservations of 1 unit out of 100: exactly 100 succeed, never below zero', async () => {
    const { locations } = await warehouseWith(stack, staff, 1, ['A-01', 'A-02']);
    const v = variantId('hot');
    await receive(stack, staff, v, locations[0]!, 60);
    await receive(stack, staff, v, locations[1]!, 40);
    let lowest = 100;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const res = await gql(stack.url, 'query($id: ID!) { inventoryVariant(id: $id) { available } }', { id: v });
        const available = res.body.data?.inventoryVariant?.available;
        if (typeof available === 'number') lowest = Math.min(lowest, available);
      }
    })();
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        gql(stack.url, RESERVE, { input: { reference: `hot-${i}-${v}`, lines: [{ variantId: v, quantity: 1 }] } }, { token: staff.token }),
      ),
    );
    watching = false;
    await watcher;
    expect(results.flatMap((r) => r.body.errors ?? []).slice(0, 3)).toEqual([]);
    const kinds = results.map((r) => r.body.data.reserveStock.__typename);
    expect(kinds.filter((k) => k === 'StockReservation')).toHaveLength(100);
    expect(kinds.filter((k) => k === 'InsufficientStock')).toHaveLength(400);
    for (const r of results.filter((x) => x.body.data.reserveStock.__typename === 'InsufficientStock')) {
      expect(r.body.data.reserveStock).toMatchObject({ variantId: v, requested: 1, available: 0 });
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toEqual({
      id: v,
      available: 0,
      inStock: false,
      onHand: 100,
      reserved: 100,
    });
    expect(
      await inventory()
        .orm.em.fork()
        .count(Reservation, { reference: { $like: `hot-%-${v}` } }),
    ).toBe(100);
  });

  it('concurrent commits, releases and repeats of the same references leave the counters equal to the movements', async () => {
    const { locations } = await warehouseWith(stack, staff, 1, ['B-01']);
    const v = variantId('mix');
    await receive(stack, staff, v, locations[0]!, 30);
    const refs = Array.from({ length: 20 }, (_, i) => `mix-${i}-${v}`);
    await Promise.all(refs.map((reference) => ok(stack, staff, RESERVE, { input: { reference, lines: [{ variantId: v, quantity: 1 }] } })));
    // Every reference is committed (even) or released (odd) three times at once.
    const results = await Promise.all(
      refs.flatMap((r, i) => [0, 1, 2].map(() => gql(stack.url, i % 2 ? RELEASE : COMMIT, { r }, { token: staff.token }))),
    );
    expect(results.flatMap(errorCodes)).toEqual([]);
    for (const res of results) {
      const payload = res.body.data.commitStockReservation ?? res.body.data.releaseStockReservation;
      expect(payload.errors).toEqual([]);
    }
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toEqual({
      id: v,
      available: 20,
      inStock: true,
      onHand: 20,
      reserved: 0,
    });
  });
});
