import { OutboxEvent } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Movement, Reservation, Serial } from '../src/entities';
import type { InventoryDeps } from '../src/context';
import { InventoryService } from '../src/service';
import {
  COMMIT,
  PAYLOAD_ERRORS,
  RECEIVE,
  RELEASE,
  RESERVE,
  STOCK,
  ledgerProblems,
  ok,
  receive,
  staffUser,
  variantId,
  warehouseWith,
} from './helpers';

describe('inventory: warehouses, stock, reservations through the router', () => {
  let stack: TestStack;
  let staff: TestUser;
  let admin: TestUser;
  let customer: TestUser;
  const clock = new TestClock();
  const inventory = () => stack.subgraphs.find((s) => s.name === 'inventory')!;
  const events = (type: string) =>
    inventory()
      .orm.em.fork()
      .find(OutboxEvent, { type }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'inventory'], clock, env: { INVENTORY_EXPIRY_SWEEP_MS: '20' } });
    [staff, admin, customer] = await Promise.all([
      staffUser(stack, 'inventory'),
      staffUser(stack, 'admin'),
      signUpUser(stack.url, 'customer'),
    ]);
  });

  afterEach(async () => {
    expect(await ledgerProblems(stack)).toEqual([]);
  });

  it('lets only the admin and inventory roles manage stock; availability is public', async () => {
    const { locations } = await warehouseWith(stack, admin, 5, ['A-01']);
    const v = variantId();
    await receive(stack, staff, v, locations[0]!, 7);
    const anonymous = await gql(stack.url, RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: 1 } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const byCustomer = await gql(
      stack.url,
      RECEIVE,
      { input: { variantId: v, locationId: locations[0], quantity: 1 } },
      { token: customer.token },
    );
    expect(errorCodes(byCustomer)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, 'query { warehouses { totalCount } }', {}, { token: customer.token }))).toEqual(['FORBIDDEN']);
    // The public fields answer anyone; the staff fields are refused field by field.
    const publicView = await gql(stack.url, 'query($id: ID!) { inventoryVariant(id: $id) { id available inStock } }', { id: v });
    expect(publicView.body).toEqual({ data: { inventoryVariant: { id: v, available: 7, inStock: true } } });
    const nosy = await gql(stack.url, STOCK, { id: v }, { token: customer.token });
    expect(nosy.body.data.inventoryVariant).toEqual({ id: v, available: 7, inStock: true, onHand: null, reserved: null });
    expect(errorCodes(nosy)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toEqual({
      id: v,
      available: 7,
      inStock: true,
      onHand: 7,
      reserved: 0,
    });
    // A variant inventory has never seen has no stock.
    expect((await ok(stack, staff, STOCK, { id: 'never-seen' })).inventoryVariant).toMatchObject({
      available: 0,
      inStock: false,
      onHand: 0,
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const { warehouseId, locations } = await warehouseWith(stack, staff, 5, ['A-01']);
    const v = variantId();
    const before = await inventory().orm.em.fork().count(Movement, {});
    const cases: [string, Record<string, unknown>, string][] = [
      [RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: 0 } }, 'input.quantity'],
      [RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: -3 } }, 'input.quantity'],
      [RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: 2_000_000 } }, 'input.quantity'],
      [RECEIVE, { input: { variantId: 'x'.repeat(65), locationId: locations[0], quantity: 1 } }, 'input.variantId'],
      [RECEIVE, { input: { variantId: 'bad id', locationId: locations[0], quantity: 1 } }, 'input.variantId'],
      [RECEIVE, { input: { variantId: v, locationId: '01900000-0000-7000-8000-00000000dead', quantity: 1 } }, 'input.locationId'],
      [RECEIVE, { input: { variantId: v, locationId: 'nope', quantity: 1 } }, 'input.locationId'],
      [RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: 1, serials: ['S1'] } }, 'input.serials'],
      [RECEIVE, { input: { variantId: v, locationId: locations[0], quantity: 1, note: 'n'.repeat(501) } }, 'input.note'],
      [RESERVE, { input: { reference: 'r-bad-1', lines: [] } }, 'input.lines'],
      [RESERVE, { input: { reference: 'r-bad-2', lines: [{ variantId: v, quantity: 0 }] } }, 'input.lines.0.quantity'],
      [RESERVE, { input: { reference: 'r-bad-3', lines: [{ variantId: v, quantity: 1 }], ttlSeconds: 0 } }, 'input.ttlSeconds'],
      [RESERVE, { input: { reference: 'has space', lines: [{ variantId: v, quantity: 1 }] } }, 'input.reference'],
      [
        'mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } errors { field } } }',
        { i: { code: 'LONG', name: 'n'.repeat(101) } },
        'input.name',
      ],
      [
        'mutation($i: CreateStockLocationInput!) { createStockLocation(input: $i) { location { id } errors { field } } }',
        { i: { warehouseId, code: 'bad code!' } },
        'input.code',
      ],
      [
        'mutation($i: AdjustStockInput!) { adjustStock(input: $i) { movements { kind } errors { field } } }',
        { i: { variantId: v, locationId: locations[0], change: 0, reason: 'count' } },
        'input.change',
      ],
      ['query($f: StockMovementFilter) { stockMovements(filter: $f) { totalCount } }', { f: { locationId: 'x' } }, 'filter.locationId'],
    ];
    for (const [query, variables, field] of cases) {
      const res = await gql(stack.url, query, variables, { token: staff.token });
      expect([field, res.body.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    // A non-integer quantity never reaches the service.
    const fractional = await gql(
      stack.url,
      RECEIVE,
      { input: { variantId: v, locationId: locations[0], quantity: 1.5 } },
      { token: staff.token },
    );
    expect(errorCodes(fractional)).toEqual(['BAD_USER_INPUT']);
    expect(await inventory().orm.em.fork().count(Movement, {})).toBe(before);
    expect(
      await inventory()
        .orm.em.fork()
        .count(Reservation, { reference: { $like: 'r-bad-%' } }),
    ).toBe(0);
  });

  it('receives, adjusts and transfers, each as movements; lists are paginated and filtered', async () => {
    const { warehouseId, locations } = await warehouseWith(stack, staff, 7, ['A-01', 'A-02']);
    const [a, b] = locations as [string, string];
    const v = variantId();
    const received = await receive(stack, staff, v, a, 10, { batch: 'LOT-7' });
    expect(received).toMatchObject({
      errors: [],
      levels: [{ onHand: 10, reserved: 0, available: 10 }],
      movements: [{ kind: 'RECEIVED', quantity: 10, batch: 'LOT-7' }],
    });
    const ADJUST = `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { levels { onHand } movements { kind onHandChange } ${PAYLOAD_ERRORS} } }`;
    expect(
      (await ok(stack, staff, ADJUST, { i: { variantId: v, locationId: a, change: -2, reason: 'broken' } })).adjustStock,
    ).toMatchObject({
      levels: [{ onHand: 8 }],
      movements: [{ kind: 'ADJUSTED', onHandChange: -2 }],
    });
    const tooMuch = await ok(stack, staff, ADJUST, { i: { variantId: v, locationId: a, change: -9, reason: 'lost' } });
    expect(tooMuch.adjustStock).toEqual({
      levels: null,
      movements: null,
      errors: [expect.objectContaining({ field: 'input.change', code: 'BAD_USER_INPUT' })],
    });
    const TRANSFER = `mutation($i: TransferStockInput!) { transferStock(input: $i) { levels { onHand location { id } } movements { kind quantity } ${PAYLOAD_ERRORS} } }`;
    const moved = await ok(stack, staff, TRANSFER, { i: { variantId: v, fromLocationId: a, toLocationId: b, quantity: 3 } });
    expect(moved.transferStock).toEqual({
      levels: [
        { onHand: 5, location: { id: a } },
        { onHand: 3, location: { id: b } },
      ],
      movements: [
        { kind: 'TRANSFERRED_OUT', quantity: 3 },
        { kind: 'TRANSFERRED_IN', quantity: 3 },
      ],
      errors: [],
    });
    const refused = await ok(stack, staff, TRANSFER, { i: { variantId: v, fromLocationId: b, toLocationId: a, quantity: 4 } });
    expect(refused.transferStock.errors).toEqual([expect.objectContaining({ field: 'input.quantity' })]);

    const LIST = `query($f: StockMovementFilter, $first: Int, $after: String) { stockMovements(filter: $f, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { kind quantity location { code warehouse { id } } } } } }`;
    const page1 = (await ok(stack, staff, LIST, { f: { variantId: v }, first: 2 })).stockMovements;
    expect(page1.totalCount).toBe(4);
    // The two halves of a transfer share a millisecond: their order between them is by id.
    expect(page1.edges.map((e: any) => e.node.kind).sort()).toEqual(['TRANSFERRED_IN', 'TRANSFERRED_OUT']);
    const page2 = (await ok(stack, staff, LIST, { f: { variantId: v }, first: 2, after: page1.pageInfo.endCursor })).stockMovements;
    expect(page2.edges.map((e: any) => e.node.kind)).toEqual(['ADJUSTED', 'RECEIVED']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const atB = (await ok(stack, staff, LIST, { f: { locationId: b } })).stockMovements;
    expect(atB.edges.map((e: any) => e.node)).toEqual([
      { kind: 'TRANSFERRED_IN', quantity: 3, location: { code: 'A-02', warehouse: { id: warehouseId } } },
    ]);
    const adjusted = (await ok(stack, staff, LIST, { f: { warehouseId, kinds: ['ADJUSTED'] } })).stockMovements;
    expect(adjusted.totalCount).toBe(1);
    const levels = await ok(
      stack,
      staff,
      `query($id: ID!) { inventoryVariant(id: $id) { stockLevels(first: 1) { totalCount edges { node { onHand } } } movements(first: 1) { totalCount } } }`,
      { id: v },
    );
    expect(levels.inventoryVariant).toMatchObject({ stockLevels: { totalCount: 2 }, movements: { totalCount: 4 } });
    const warehouses = await ok(
      stack,
      staff,
      'query { warehouses(first: 100) { totalCount edges { node { id locations { totalCount edges { node { code } } } } } } }',
    );
    expect(warehouses.warehouses.edges.find((e: any) => e.node.id === warehouseId).node.locations).toEqual({
      totalCount: 2,
      edges: [{ node: { code: 'A-01' } }, { node: { code: 'A-02' } }],
    });
    const duplicate = await ok(
      stack,
      staff,
      `mutation($i: CreateStockLocationInput!) { createStockLocation(input: $i) { location { id } ${PAYLOAD_ERRORS} } }`,
      {
        i: { warehouseId, code: 'a-01' },
      },
    );
    expect(duplicate.createStockLocation).toEqual({
      location: null,
      errors: [expect.objectContaining({ field: 'input.code', code: 'CONFLICT' })],
    });
  });

  it('allocates by warehouse priority then most available, splitting a line; all or nothing', async () => {
    const second = await warehouseWith(stack, staff, 2000, ['Z-01']);
    const first = await warehouseWith(stack, staff, 1000, ['X-01', 'X-02']);
    const v = variantId();
    const other = variantId();
    await receive(stack, staff, v, second.locations[0]!, 10);
    await receive(stack, staff, v, first.locations[0]!, 2);
    await receive(stack, staff, v, first.locations[1]!, 4);
    await receive(stack, staff, other, second.locations[0]!, 1);
    const reserved = (await ok(stack, staff, RESERVE, { input: { reference: `alloc-${v}`, lines: [{ variantId: v, quantity: 8 }] } }))
      .reserveStock;
    expect(reserved.__typename).toBe('StockReservation');
    expect(reserved.lines.map((l: any) => [l.location.id, l.quantity]).sort()).toEqual(
      [
        [first.locations[1], 4],
        [first.locations[0], 2],
        [second.locations[0], 2],
      ].sort(),
    );
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toMatchObject({ available: 8, onHand: 16, reserved: 8 });
    // Reserving the same reference again returns the same reservation and holds nothing more.
    const again = (await ok(stack, staff, RESERVE, { input: { reference: `alloc-${v}`, lines: [{ variantId: v, quantity: 8 }] } }))
      .reserveStock;
    expect(again.id).toBe(reserved.id);
    // Short of one variant: nothing is reserved, not even the lines that fit.
    const short = (
      await ok(stack, staff, RESERVE, {
        input: {
          reference: `short-${v}`,
          lines: [
            { variantId: v, quantity: 5 },
            { variantId: other, quantity: 2 },
          ],
        },
      })
    ).reserveStock;
    expect(short).toEqual({
      __typename: 'InsufficientStock',
      variantId: other,
      requested: 2,
      available: 1,
      message: expect.stringContaining(other),
    });
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toMatchObject({ available: 8, reserved: 8 });
    expect(
      await inventory()
        .orm.em.fork()
        .count(Reservation, { reference: `short-${v}` }),
    ).toBe(0);
    const unknown = (
      await ok(stack, staff, RESERVE, { input: { reference: `unknown-${v}`, lines: [{ variantId: 'no-such-variant', quantity: 1 }] } })
    ).reserveStock;
    expect(unknown).toMatchObject({ __typename: 'InsufficientStock', variantId: 'no-such-variant', requested: 1, available: 0 });
  });

  it('commits and releases by reference, idempotently, with events commerce can follow', async () => {
    const { locations } = await warehouseWith(stack, staff, 3, ['C-01']);
    const v = variantId();
    await receive(stack, staff, v, locations[0]!, 5);
    await ok(stack, staff, RESERVE, { input: { reference: `ship-${v}`, lines: [{ variantId: v, quantity: 2 }] } });
    await ok(stack, staff, RESERVE, { input: { reference: `drop-${v}`, lines: [{ variantId: v, quantity: 1 }] } });
    const committed = (await ok(stack, staff, COMMIT, { r: `ship-${v}` })).commitStockReservation;
    expect(committed).toMatchObject({
      errors: [],
      reservation: { status: 'COMMITTED', lines: [{ variantId: v, quantity: 2, serials: [] }] },
    });
    expect((await ok(stack, staff, COMMIT, { r: `ship-${v}` })).commitStockReservation).toEqual(committed);
    const released = (await ok(stack, staff, RELEASE, { r: `drop-${v}` })).releaseStockReservation;
    expect(released).toMatchObject({ errors: [], reservation: { status: 'RELEASED' } });
    expect((await ok(stack, staff, RELEASE, { r: `drop-${v}` })).releaseStockReservation).toEqual(released);
    expect((await ok(stack, staff, RELEASE, { r: `ship-${v}` })).releaseStockReservation.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);
    expect((await ok(stack, staff, COMMIT, { r: `drop-${v}` })).commitStockReservation.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);
    expect(errorCodes(await gql(stack.url, COMMIT, { r: `none-${v}` }, { token: staff.token }))).toEqual(['NOT_FOUND']);
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
    const shippedEvents = (await events('inventory.reservation.committed')).filter((e) => e.payload.reference === `ship-${v}`);
    expect(shippedEvents.map((e) => e.payload)).toEqual([
      {
        reservationId: committed.reservation.id,
        reference: `ship-${v}`,
        lines: [{ variantId: v, locationId: locations[0], quantity: 2, serials: [] }],
        committedAt: expect.any(String),
      },
    ]);
    expect((await events('inventory.reservation.released')).filter((e) => e.payload.reference === `drop-${v}`)).toHaveLength(1);
    const list = await ok(
      stack,
      staff,
      'query { stockReservations(first: 100, filter: { status: COMMITTED }) { totalCount edges { node { reference } } } }',
    );
    expect(list.stockReservations.edges.map((e: any) => e.node.reference)).toContain(`ship-${v}`);
    expect(list.stockReservations.edges.map((e: any) => e.node.reference)).not.toContain(`drop-${v}`);
  });

  it('expires reservations on their own, exactly once however many replicas sweep', async () => {
    const { locations } = await warehouseWith(stack, staff, 4, ['E-01']);
    const v = variantId();
    await receive(stack, staff, v, locations[0]!, 10);
    const refs = [1, 2, 3].map((i) => `exp-${i}-${v}`);
    for (const reference of refs)
      await ok(stack, staff, RESERVE, { input: { reference, lines: [{ variantId: v, quantity: 2 }], ttlSeconds: 60 } });
    const kept = `keep-${v}`;
    await ok(stack, staff, RESERVE, { input: { reference: kept, lines: [{ variantId: v, quantity: 1 }], ttlSeconds: 3600 } });
    expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant.available).toBe(3);
    clock.advance(61_000);
    // The background sweep runs, and three more "replicas" sweep at the same moment.
    const service = new InventoryService();
    const deps = () => inventory().serviceDeps() as InventoryDeps;
    const counts = await Promise.all([service.expireDue(deps()), service.expireDue(deps()), service.expireDue(deps())]);
    await eventually(async () => expect((await ok(stack, staff, STOCK, { id: v })).inventoryVariant.available).toBe(9));
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3);
    const expired = (await events('inventory.reservation.expired')).filter((e) => refs.includes(String(e.payload.reference)));
    expect(expired.map((e) => e.payload.reference).sort()).toEqual([...refs].sort());
    expect(expired[0]!.payload).toEqual({
      reservationId: expect.any(String),
      reference: expect.any(String),
      lines: [{ variantId: v, locationId: locations[0], quantity: 2 }],
      expiredAt: expect.any(String),
    });
    const kinds = await inventory().orm.em.fork().find(Movement, { variantId: v, kind: 'RELEASED' });
    expect(kinds.map((m) => m.note)).toEqual(['expired', 'expired', 'expired']);
    // Committing an expired reservation is refused; the long one is still active and commits.
    expect((await ok(stack, staff, COMMIT, { r: refs[0] })).commitStockReservation.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);
    expect((await ok(stack, staff, RELEASE, { r: refs[0] })).releaseStockReservation).toMatchObject({
      errors: [],
      reservation: { status: 'EXPIRED' },
    });
    expect((await ok(stack, staff, COMMIT, { r: kept })).commitStockReservation.reservation.status).toBe('COMMITTED');
  });

  it('needs serials for tracked variants on receipt and ships each serial once', async () => {
    const { locations } = await warehouseWith(stack, staff, 6, ['S-01']);
    const v = variantId('tracked');
    const SET = `mutation($i: SetVariantInventoryInput!) { setVariantInventory(input: $i) { variant { id tracked lowStockThreshold } ${PAYLOAD_ERRORS} } }`;
    expect((await ok(stack, staff, SET, { i: { variantId: v, tracked: true } })).setVariantInventory).toEqual({
      variant: { id: v, tracked: true, lowStockThreshold: 0 },
      errors: [],
    });
    const missing = await gql(
      stack.url,
      RECEIVE,
      { input: { variantId: v, locationId: locations[0], quantity: 2, serials: ['SN-1'] } },
      { token: staff.token },
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serials' });
    const got = await receive(stack, staff, v, locations[0]!, 3, { serials: ['SN-1', 'SN-2', 'SN-3'], batch: 'B1' });
    expect(got.movements).toEqual([{ kind: 'RECEIVED', quantity: 3, onHandChange: 3, serials: ['SN-1', 'SN-2', 'SN-3'], batch: 'B1' }]);
    const again = await receive(stack, staff, v, locations[0]!, 1, { serials: ['SN-2'] });
    expect(again).toEqual({
      levels: null,
      movements: null,
      errors: [expect.objectContaining({ field: 'input.serials', code: 'CONFLICT' })],
    });
    // Tracking cannot be switched off while units are on hand.
    expect((await ok(stack, staff, SET, { i: { variantId: v, tracked: false } })).setVariantInventory.errors).toEqual([
      expect.objectContaining({ field: 'input.tracked' }),
    ]);
    await ok(stack, staff, RESERVE, { input: { reference: `sn-a-${v}`, lines: [{ variantId: v, quantity: 2 }] } });
    await ok(stack, staff, RESERVE, { input: { reference: `sn-b-${v}`, lines: [{ variantId: v, quantity: 1 }] } });
    const [a, b] = await Promise.all([ok(stack, staff, COMMIT, { r: `sn-a-${v}` }), ok(stack, staff, COMMIT, { r: `sn-b-${v}` })]);
    const shipped = [...a.commitStockReservation.reservation.lines[0].serials, ...b.commitStockReservation.reservation.lines[0].serials];
    expect(shipped.sort()).toEqual(['SN-1', 'SN-2', 'SN-3']);
    expect(await inventory().orm.em.fork().count(Serial, { variantId: v, shipped: true })).toBe(3);
  });

  it('records inventory.stock.low once when available drops below the threshold, again after it recovers', async () => {
    const { locations } = await warehouseWith(stack, staff, 8, ['L-01']);
    const v = variantId('low');
    await ok(stack, staff, `mutation($i: SetVariantInventoryInput!) { setVariantInventory(input: $i) { ${PAYLOAD_ERRORS} } }`, {
      i: { variantId: v, lowStockThreshold: 5 },
    });
    await receive(stack, staff, v, locations[0]!, 6);
    const lows = async () => (await events('inventory.stock.low')).filter((e) => e.payload.variantId === v).map((e) => e.payload);
    expect(await lows()).toEqual([]);
    await ok(stack, staff, RESERVE, { input: { reference: `low-1-${v}`, lines: [{ variantId: v, quantity: 2 }] } });
    expect(await lows()).toEqual([
      { variantId: v, available: 4, threshold: 5, recipientIds: [staff.id], title: `Low stock: ${v}`, body: expect.any(String) },
    ]);
    await ok(stack, staff, RESERVE, { input: { reference: `low-2-${v}`, lines: [{ variantId: v, quantity: 1 }] } });
    expect(await lows()).toHaveLength(1);
    await receive(stack, staff, v, locations[0]!, 10);
    await ok(stack, staff, RESERVE, { input: { reference: `low-3-${v}`, lines: [{ variantId: v, quantity: 10 }] } });
    expect((await lows()).map((p) => p.available)).toEqual([4, 3]);
  });
});
