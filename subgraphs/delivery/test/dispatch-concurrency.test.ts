import { gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import type { DeliveryDeps } from '../src/context';
import { Courier, FoodOrder, MenuModifier } from '../src/entities';
import { DeliveryService } from '../src/service';
import { MAX_MODIFIERS_PER_ITEM } from '../src/service';
import {
  ACCEPT,
  ADD_MODIFIER,
  CANCEL,
  DELIVER,
  DISPATCH,
  ORIGIN,
  PICK_UP,
  PLACE,
  READY,
  north,
  onlineCourier,
  preparingOrder,
  setUpRestaurant,
  simpleCart,
  type TestCourier,
} from './helpers';

// Dozens of racing requests through the router on a shared two-core machine; the assertions are about
// who got which job, not time.
jest.setTimeout(180_000);

const ORDERS = 12;
const COURIERS = 4;

describe('delivery: one job per courier under concurrency', () => {
  let stack: TestStack;
  const running = () => stack.subgraphs.find((s) => s.name === 'delivery')!;
  const em = () => running().orm.em.fork();
  /** What a sweep of the running subgraph gets (its config is the delivery config). */
  const sweepDeps = () => running().serviceDeps() as unknown as DeliveryDeps;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'delivery'],
      env: { DELIVERY_DISPATCH_SWEEP_MS: '0', SUBGRAPH_TIMEOUT_MS: '60000', DELIVERY_POSITION_POINTS: '1000' },
    });
  });

  /** Every courier's job matches its order's courier, both ways; returns the courier of each assigned order. */
  async function assignments(): Promise<Map<string, string>> {
    const [orders, couriers] = await Promise.all([em().find(FoodOrder, {}), em().find(Courier, {})]);
    const byOrder = new Map<string, string>();
    for (const order of orders) if (order.courierId && order.status !== 'DELIVERED') byOrder.set(order.id, order.courierId);
    const fromCouriers = new Map<string, string>();
    for (const courier of couriers) if (courier.currentOrderId) fromCouriers.set(courier.currentOrderId, courier.id);
    expect(fromCouriers).toEqual(byOrder);
    // No courier on two jobs.
    expect(new Set(byOrder.values()).size).toBe(byOrder.size);
    return byOrder;
  }

  it(`${ORDERS} orders made ready at once, ${COURIERS} couriers: each courier gets exactly one, never two; freed couriers get the next ones`, async () => {
    const owner = await signUpUser(stack.url, 'owner');
    const customer = await signUpUser(stack.url, 'customer');
    const menu = await setUpRestaurant(stack.url, owner.token, 'Rush Kitchen');
    const couriers: TestCourier[] = [];
    for (let i = 0; i < COURIERS; i++) couriers.push(await onlineCourier(stack.url, `courier${i}`, north(ORIGIN, 0.2 + i * 0.1)));
    const ids: string[] = [];
    for (let i = 0; i < ORDERS; i++) ids.push(await preparingOrder(stack.url, owner.token, customer.token, menu));

    // Every order turns READY at once (each dispatching), while the owner retries dispatch on each and
    // two replicas' sweeps run: three ways to race for the same couriers.
    const service = new DeliveryService();
    const results = await Promise.all([
      ...ids.map((id) => gql(stack.url, READY, { id }, { token: owner.token })),
      ...ids.map((id) => gql(stack.url, DISPATCH, { id }, { token: owner.token })),
      service.dispatchWaiting(sweepDeps()),
      service.dispatchWaiting(sweepDeps()),
    ]);
    const readied = results.slice(0, ORDERS) as { body: { data?: any } }[];
    expect(readied.map((r) => r.body.data?.markFoodOrderReady?.order?.status)).toEqual(ids.map(() => 'READY'));
    // A claim that lost a race may leave a courier free while an order waits; the sweep settles that.
    await service.dispatchWaiting(sweepDeps());

    const first = await assignments();
    expect(first.size).toBe(COURIERS);
    expect(new Set(first.values())).toEqual(new Set(couriers.map((c) => c.courierId)));
    expect(await em().count(FoodOrder, { status: 'READY', courierId: null })).toBe(ORDERS - COURIERS);

    // All couriers deliver at once; each delivery dispatches the freed courier to a waiting order.
    const jobOf = new Map([...first].map(([order, courier]) => [courier, order]));
    await Promise.all(
      couriers.map(async (c) => {
        const id = jobOf.get(c.courierId)!;
        expect((await gql(stack.url, PICK_UP, { id }, { token: c.token })).body.data.pickUpFoodOrder.errors).toEqual([]);
        expect((await gql(stack.url, DELIVER, { id }, { token: c.token })).body.data.deliverFoodOrder.errors).toEqual([]);
      }),
    );
    await service.dispatchWaiting(sweepDeps());
    const second = await assignments();
    expect(second.size).toBe(COURIERS);
    expect([...second.keys()].some((order) => first.has(order))).toBe(false);
    expect(await em().count(FoodOrder, { status: 'DELIVERED' })).toBe(COURIERS);
    expect(await em().count(FoodOrder, { status: 'READY', courierId: null })).toBe(ORDERS - 2 * COURIERS);
  });

  it('racing steps on one order: exactly one wins, the others get INVALID_STATE and change nothing', async () => {
    const owner = await signUpUser(stack.url, 'racer-owner');
    const customer = await signUpUser(stack.url, 'racer-customer');
    const menu = await setUpRestaurant(stack.url, owner.token, 'Race Kitchen', north(ORIGIN, 200));
    const placed = await gql(stack.url, PLACE, { i: simpleCart(menu, north(ORIGIN, 200)) }, { token: customer.token });
    const id = placed.body.data.placeFoodOrder.order.id;
    // Ten accepts by the owner and five cancels by the customer, all at once: PLACED leaves once.
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => gql(stack.url, ACCEPT, { id }, { token: owner.token })),
      ...Array.from({ length: 5 }, () => gql(stack.url, CANCEL, { id }, { token: customer.token })),
    ]);
    const accepts = answers.slice(0, 10).map((a) => a.body.data.acceptFoodOrder);
    const cancels = answers.slice(10).map((a) => a.body.data.cancelFoodOrder);
    const winners = [...accepts, ...cancels].filter((p) => p.errors.length === 0);
    expect(winners).toHaveLength(1);
    // A losing accept found the order moved; a losing cancel found it moved, or already accepted (then
    // the customer may no longer cancel).
    for (const p of accepts.filter((x) => x.errors.length)) expect(p.errors[0].code).toBe('INVALID_STATE');
    for (const p of cancels.filter((x) => x.errors.length)) expect(['INVALID_STATE', 'FORBIDDEN']).toContain(p.errors[0].code);
    const row = await em().findOneOrFail(FoodOrder, { id });
    expect(row.status).toBe(winners[0].order.status);
    expect(['ACCEPTED', 'CANCELLED']).toContain(row.status);
  });
  it(`menu caps hold under a race: ${MAX_MODIFIERS_PER_ITEM + 10} modifiers added at once to one item give exactly ${MAX_MODIFIERS_PER_ITEM}`, async () => {
    const owner = await signUpUser(stack.url, 'capper');
    const menu = await setUpRestaurant(stack.url, owner.token, 'Cap Kitchen');
    // The pizza has 2 modifiers already.
    const tries = MAX_MODIFIERS_PER_ITEM + 10;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) =>
        gql(stack.url, ADD_MODIFIER, { i: { itemId: menu.pizzaId, name: `Topping ${i}`, price: 10 } }, { token: owner.token }),
      ),
    );
    const added = answers.filter((a) => a.body.data.addMenuModifier.modifier);
    const refused = answers.filter((a) => !a.body.data.addMenuModifier.modifier);
    expect(added).toHaveLength(MAX_MODIFIERS_PER_ITEM - 2);
    expect(refused).toHaveLength(tries - (MAX_MODIFIERS_PER_ITEM - 2));
    for (const a of refused) expect(a.body.data.addMenuModifier.errors[0]).toMatchObject({ field: 'input.itemId', code: 'BAD_USER_INPUT' });
    expect(await em().count(MenuModifier, { itemId: menu.pizzaId })).toBe(MAX_MODIFIERS_PER_ITEM);
  });
});
