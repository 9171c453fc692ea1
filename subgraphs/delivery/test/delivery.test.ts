import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { etaSeconds, haversineKm } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { orderTopic, restaurantTopic } from '../src/service';
import {
  ACCEPT,
  ADD_ITEM,
  ADD_MODIFIER,
  CANCEL,
  CREATE_RESTAURANT,
  DELIVER,
  DISPATCH,
  MY_COURIER,
  MY_ORDERS,
  ORDER,
  ORIGIN,
  PICK_UP,
  PLACE,
  PREPARE,
  QUOTE,
  READY,
  REPORT,
  RESTAURANT_ORDERS,
  SET_MODIFIER,
  SET_ONLINE,
  UPDATE_ITEM,
  UPDATE_RESTAURANT,
  north,
  onlineCourier,
  preparingOrder,
  setUpRestaurant,
  simpleCart,
} from './helpers';

jest.setTimeout(120_000);

const MINUTE = 60_000;
// Each test works around its own spot, 100 km from the others, so its couriers never see another test's orders.
const spot = (n: number) => north(ORIGIN, 100 * n);

describe('delivery: restaurants, orders, dispatch and tracking through the router (#44)', () => {
  let stack: TestStack;
  let owner: TestUser;
  let alice: TestUser;
  const clock = new TestClock();
  const clients: Client[] = [];
  const running = () => stack.subgraphs.find((s) => s.name === 'delivery')!;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'notifications', 'delivery'],
      clock,
      env: { DELIVERY_DISPATCH_SWEEP_MS: '0', DELIVERY_POSITION_POINTS: '6', DELIVERY_POSITION_WINDOW_SECONDS: '600' },
    });
    owner = await signUpUser(stack.url, 'owner');
    alice = await signUpUser(stack.url, 'alice');
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });
  });

  function subscribe(query: string, variables: Record<string, unknown>, token: string) {
    const ws = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(ws);
    const events: any[] = [];
    const state = { completed: false, error: null as unknown };
    ws.subscribe(
      { query, variables },
      { next: (e) => events.push(e), error: (e) => (state.error = e), complete: () => (state.completed = true) },
    );
    return { events, state };
  }

  it('lets the owner build a menu with opening hours; others cannot change it; bad input is refused by field', async () => {
    const menu = await setUpRestaurant(stack.url, owner.token, 'Menu Test', spot(1));
    const read = await gql(
      stack.url,
      `query($id: ID!) { restaurant(id: $id) { name isOpen owner { id } openingHours { day opens closes }
         categories { name position items { name price { amount currency } prepMinutes available modifiers { name price { amount } available } } } } }`,
      { id: menu.restaurantId },
    );
    const restaurant = read.body.data.restaurant;
    expect(restaurant.isOpen).toBe(true);
    expect(restaurant.owner).toEqual({ id: owner.id });
    expect(restaurant.openingHours).toHaveLength(7);
    expect(restaurant.openingHours[0]).toEqual({ day: 'MONDAY', opens: '00:00', closes: '24:00' });
    expect(restaurant.categories).toEqual([
      {
        name: 'Mains',
        position: 0,
        items: expect.arrayContaining([
          expect.objectContaining({
            name: 'Margherita',
            price: { amount: 950, currency: 'EUR' },
            prepMinutes: 12,
            modifiers: [
              { name: 'Extra cheese', price: { amount: 150 }, available: true },
              { name: 'Chili oil', price: { amount: 50 }, available: true },
            ],
          }),
        ]),
      },
    ]);

    // Someone else may not touch the menu.
    const foreign = await gql(
      stack.url,
      ADD_ITEM,
      { i: { categoryId: menu.categoryId, name: 'X', price: 1, prepMinutes: 1 } },
      { token: alice.token },
    );
    expect(foreign.body.data.addMenuItem.errors).toEqual([{ field: 'input.categoryId', code: 'FORBIDDEN', message: expect.any(String) }]);
    const foreignModifier = await gql(stack.url, SET_MODIFIER, { id: menu.cheeseId, a: false }, { token: alice.token });
    expect(foreignModifier.body.data.setMenuModifierAvailable.errors[0].code).toBe('FORBIDDEN');
    // Anonymous: the kit's @authenticated.
    expect(errorCodes(await gql(stack.url, ADD_MODIFIER, { i: { itemId: menu.pizzaId, name: 'X', price: 1 } }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const bad = await gql(
      stack.url,
      CREATE_RESTAURANT,
      {
        i: {
          name: ' ',
          location: { lat: 91, lng: 0 },
          timeZone: 'Mars/Olympus',
          currency: 'euro',
          openingHours: [
            { day: 'MONDAY', opens: '10:00', closes: '09:00' },
            { day: 'TUESDAY', opens: '25:00', closes: '26:00' },
            { day: 'FRIDAY', opens: '10:00', closes: '14:00' },
            { day: 'FRIDAY', opens: '13:00', closes: '15:00' },
          ],
        },
      },
      { token: owner.token },
    );
    expect(bad.body.data.createRestaurant.restaurant).toBeNull();
    expect(bad.body.data.createRestaurant.errors.map((e: any) => e.field).sort()).toEqual(
      [
        'input.name',
        'input.location.lat',
        'input.timeZone',
        'input.currency',
        'input.openingHours.0.closes',
        'input.openingHours.1.opens',
        'input.openingHours.1.closes',
        'input.openingHours.3',
      ].sort(),
    );
    const badItem = await gql(
      stack.url,
      ADD_ITEM,
      { i: { categoryId: menu.categoryId, name: 'Bad', price: -1, prepMinutes: 0 } },
      { token: owner.token },
    );
    expect(badItem.body.data.addMenuItem.errors.map((e: any) => e.field).sort()).toEqual(['input.prepMinutes', 'input.price']);
  });

  it('prices a cart on the server and refuses bad carts with a clear error, changing nothing', async () => {
    const menu = await setUpRestaurant(stack.url, owner.token, 'Cart Test', spot(2));
    const other = await setUpRestaurant(stack.url, owner.token, 'Other Kitchen', spot(2));
    const customer = await signUpUser(stack.url, 'cart');
    const cart = {
      restaurantId: menu.restaurantId,
      lines: [
        { itemId: menu.pizzaId, quantity: 2, modifierIds: [menu.cheeseId, menu.chiliId] },
        { itemId: menu.drinkId, quantity: 3 },
      ],
      dropoff: north(spot(2), 2.5),
    };
    const quote = await gql(stack.url, QUOTE, { i: cart });
    const q = quote.body.data.quoteFoodOrder.quote;
    // 2 × (950 + 150 + 50) + 3 × 350 = 3350; fee 199 + 50 × 3 started km.
    expect(q.subtotal).toEqual({ amount: 3350, currency: 'EUR' });
    expect(q.deliveryFee).toEqual({ amount: 349 });
    expect(q.total).toEqual({ amount: 3699 });
    expect(q.lines[0]).toEqual({
      name: 'Margherita',
      quantity: 2,
      unitPrice: { amount: 1150 },
      lineTotal: { amount: 2300 },
      modifiers: ['Extra cheese', 'Chili oil'],
    });

    const placeAs = (i: unknown) => gql(stack.url, PLACE, { i }, { token: customer.token });
    const counts = async () => ({
      mine: (await gql(stack.url, MY_ORDERS, {}, { token: customer.token })).body.data.myFoodOrders.totalCount,
      restaurant: (await gql(stack.url, RESTAURANT_ORDERS, { r: menu.restaurantId }, { token: owner.token })).body.data.restaurantOrders
        .totalCount,
    });

    const negative = await placeAs({ ...cart, lines: [{ itemId: menu.pizzaId, quantity: -2 }] });
    expect(negative.body.data.placeFoodOrder).toEqual({
      order: null,
      errors: [{ field: 'input.lines.0.quantity', code: 'BAD_USER_INPUT', message: 'Quantity must be a whole number from 1 to 50.' }],
    });
    const foreignModifier = await placeAs({ ...cart, lines: [{ itemId: menu.drinkId, quantity: 1, modifierIds: [menu.cheeseId] }] });
    expect(foreignModifier.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.lines.0.modifierIds.0', code: 'BAD_USER_INPUT', message: 'This modifier belongs to another item, not to Lemonade.' },
    ]);
    const foreignItem = await placeAs({ ...cart, lines: [{ itemId: other.pizzaId, quantity: 1 }] });
    expect(foreignItem.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.lines.0.itemId', code: 'NOT_FOUND', message: 'This item is not on the restaurant’s menu.' },
    ]);
    const tooFar = await placeAs({ ...cart, dropoff: north(spot(2), 30) });
    expect(tooFar.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.dropoff', code: 'BAD_USER_INPUT', message: expect.stringContaining('within 10 km') },
    ]);

    expect(
      (await gql(stack.url, UPDATE_ITEM, { id: menu.drinkId, i: { available: false } }, { token: owner.token })).body.data.updateMenuItem
        .errors,
    ).toEqual([]);
    const soldOut = await placeAs(cart);
    expect(soldOut.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.lines.1.itemId', code: 'INVALID_STATE', message: 'Lemonade is not available right now.' },
    ]);
    await gql(stack.url, UPDATE_ITEM, { id: menu.drinkId, i: { available: true } }, { token: owner.token });
    await gql(stack.url, SET_MODIFIER, { id: menu.chiliId, a: false }, { token: owner.token });
    const modifierOut = await placeAs(cart);
    expect(modifierOut.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.lines.0.modifierIds.1', code: 'INVALID_STATE', message: 'Chili oil is not available right now.' },
    ]);
    await gql(stack.url, SET_MODIFIER, { id: menu.chiliId, a: true }, { token: owner.token });

    // Closed: paused by the owner, and outside the opening hours.
    await gql(stack.url, UPDATE_RESTAURANT, { id: menu.restaurantId, i: { paused: true } }, { token: owner.token });
    const paused = await placeAs(cart);
    expect(paused.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.restaurantId', code: 'INVALID_STATE', message: 'Cart Test is closed now (orders are paused).' },
    ]);
    const now = clock.now();
    const hour = now.getUTCHours();
    const day = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'][now.getUTCDay()];
    // Open only in an hour-long slot of today that is not now.
    const slot = hour >= 12 ? { opens: '01:00', closes: '02:00' } : { opens: '20:00', closes: '21:00' };
    const hours = await gql(
      stack.url,
      UPDATE_RESTAURANT,
      { id: menu.restaurantId, i: { paused: false, openingHours: [{ day, ...slot }] } },
      { token: owner.token },
    );
    expect(hours.body.data.updateRestaurant.restaurant).toEqual({ id: menu.restaurantId, isOpen: false, paused: false });
    const closed = await placeAs(cart);
    expect(closed.body.data.placeFoodOrder.errors).toEqual([
      { field: 'input.restaurantId', code: 'INVALID_STATE', message: 'Cart Test is closed now.' },
    ]);

    expect(await counts()).toEqual({ mine: 0, restaurant: 0 });

    // Positive control: open again, the same cart is placed at the quoted price.
    const reopened = await gql(
      stack.url,
      UPDATE_RESTAURANT,
      { id: menu.restaurantId, i: { openingHours: [{ day, opens: '00:00', closes: '24:00' }] } },
      { token: owner.token },
    );
    expect(reopened.body.data.updateRestaurant.restaurant.isOpen).toBe(true);
    const placed = await placeAs(cart);
    expect(placed.body.data.placeFoodOrder.errors).toEqual([]);
    expect(placed.body.data.placeFoodOrder.order).toMatchObject({
      status: 'PLACED',
      total: { amount: 3699 },
      subtotal: { amount: 3350, currency: 'EUR' },
    });
    expect(await counts()).toEqual({ mine: 1, restaurant: 1 });
  });

  it('walks an order placed → delivered with live updates for the customer and the restaurant, a dispatched courier, and a notification on pick-up', async () => {
    const menu = await setUpRestaurant(stack.url, owner.token, 'Live Test', spot(3));
    const customer = await signUpUser(stack.url, 'hungry');
    const feed = subscribe(
      `subscription($r: ID!) { restaurantOrderFeed(restaurantId: $r) { id status } }`,
      { r: menu.restaurantId },
      owner.token,
    );
    const delivery = running();
    await eventually(() => expect(delivery.pubsub.listeners(restaurantTopic(menu.restaurantId))).toBe(1));

    const placed = await gql(stack.url, PLACE, { i: simpleCart(menu, spot(3)) }, { token: customer.token });
    const id = placed.body.data.placeFoodOrder.order.id;
    await eventually(() => expect(feed.events.map((e) => e.data.restaurantOrderFeed)).toEqual([{ id, status: 'PLACED' }]));

    const tracking = subscribe(
      `subscription($id: ID!) { foodOrderUpdated(id: $id) { id status courier { id } courierLocation { lat lng } } }`,
      { id },
      customer.token,
    );
    await eventually(() => expect(delivery.pubsub.listeners(orderTopic(id))).toBe(1));

    // Only the owner moves the kitchen's steps, and only in order.
    expect((await gql(stack.url, ACCEPT, { id }, { token: customer.token })).body.data.acceptFoodOrder.errors[0].code).toBe('FORBIDDEN');
    expect((await gql(stack.url, READY, { id }, { token: owner.token })).body.data.markFoodOrderReady.errors).toEqual([
      {
        field: 'id',
        code: 'INVALID_STATE',
        message: 'The order is placed; it cannot be marked ready now.',
      },
    ]);
    // Each step waits for its live update, so every update is read before the next change.
    const pushed = (n: number) => eventually(() => expect(tracking.events).toHaveLength(n));
    expect((await gql(stack.url, ACCEPT, { id }, { token: owner.token })).body.data.acceptFoodOrder.order.status).toBe('ACCEPTED');
    await pushed(1);
    expect((await gql(stack.url, PREPARE, { id }, { token: owner.token })).body.data.startPreparingFoodOrder.order.status).toBe(
      'PREPARING',
    );
    await pushed(2);
    // The customer may no longer cancel once the restaurant accepted.
    expect((await gql(stack.url, CANCEL, { id }, { token: customer.token })).body.data.cancelFoodOrder.errors[0].code).toBe('FORBIDDEN');

    // Two couriers online: the nearer one is dispatched when the order is ready.
    const near = await onlineCourier(stack.url, 'near', north(spot(3), 0.3));
    const far = await onlineCourier(stack.url, 'far', north(spot(3), 3));
    const ready = await gql(stack.url, READY, { id }, { token: owner.token });
    expect(ready.body.data.markFoodOrderReady.order).toMatchObject({ status: 'READY', courier: { id: near.courierId } });
    await pushed(3);
    expect(ready.body.data.markFoodOrderReady.order.courierLocation.lat).toBeCloseTo(north(spot(3), 0.3).lat, 6);
    const mine = await gql(stack.url, MY_COURIER, {}, { token: near.token });
    expect(mine.body.data.myCourier.currentOrder).toEqual({ id, status: 'READY' });
    expect((await gql(stack.url, MY_COURIER, {}, { token: far.token })).body.data.myCourier.currentOrder).toBeNull();
    // Another courier may not pick it up; a courier with a job may not go offline.
    expect((await gql(stack.url, PICK_UP, { id }, { token: far.token })).body.data.pickUpFoodOrder.errors[0].code).toBe('NOT_FOUND');
    expect((await gql(stack.url, SET_ONLINE, { o: false }, { token: near.token })).body.data.setCourierOnline.errors[0].code).toBe(
      'INVALID_STATE',
    );

    // The courier moves; the customer sees it live.
    const moved = north(spot(3), 0.1);
    expect((await gql(stack.url, REPORT, { p: moved }, { token: near.token })).body.data.reportCourierPosition.errors).toEqual([]);
    await eventually(() => expect(tracking.events.at(-1)?.data.foodOrderUpdated.courierLocation.lat).toBeCloseTo(moved.lat, 6));

    await pushed(4);
    const picked = await gql(stack.url, PICK_UP, { id }, { token: near.token });
    expect(picked.body.data.pickUpFoodOrder.order.status).toBe('PICKED_UP');
    // notifications turns the picked-up event into a message for the customer.
    await eventually(async () => {
      const inbox = await gql(
        stack.url,
        `{ notifications(first: 10) { edges { node { eventType title body } } } }`,
        {},
        { token: customer.token },
      );
      expect(inbox.body.data.notifications.edges.map((e: any) => e.node)).toContainEqual({
        eventType: 'delivery.order.picked_up',
        title: 'Your order is on its way',
        body: 'The courier picked up your order from Live Test.',
      });
    }, 15_000);

    const delivered = await gql(stack.url, DELIVER, { id }, { token: near.token });
    expect(delivered.body.data.deliverFoodOrder.order).toMatchObject({ status: 'DELIVERED', eta: null, courierLocation: null });
    await eventually(() => expect(tracking.state.completed).toBe(true));
    // Ready with its courier, then the courier's move, each pushed as it happened.
    expect(tracking.events.map((e) => `${e.data.foodOrderUpdated.status}${e.data.foodOrderUpdated.courier ? '+courier' : ''}`)).toEqual([
      'ACCEPTED',
      'PREPARING',
      'READY+courier',
      'READY+courier',
      'PICKED_UP+courier',
      'DELIVERED+courier',
    ]);
    await eventually(() =>
      expect(feed.events.map((e) => e.data.restaurantOrderFeed.status)).toEqual([
        'PLACED',
        'ACCEPTED',
        'PREPARING',
        'READY',
        'PICKED_UP',
        'DELIVERED',
      ]),
    );
    // The courier is free again and may go offline; a delivered order cannot be cancelled.
    expect((await gql(stack.url, MY_COURIER, {}, { token: near.token })).body.data.myCourier.currentOrder).toBeNull();
    expect((await gql(stack.url, SET_ONLINE, { o: false }, { token: near.token })).body.data.setCourierOnline.errors).toEqual([]);
    expect((await gql(stack.url, CANCEL, { id }, { token: owner.token })).body.data.cancelFoodOrder.errors[0].code).toBe('INVALID_STATE');
    // Nobody else sees the order.
    expect((await gql(stack.url, ORDER, { id }, { token: far.token })).body.data.foodOrder).toBeNull();
    expect((await gql(stack.url, ORDER, { id }, { token: alice.token })).body.data.foodOrder).toBeNull();
  });

  it('estimates ready and delivery times from preparation time and distances', async () => {
    const menu = await setUpRestaurant(stack.url, owner.token, 'ETA Test', spot(4));
    const customer = await signUpUser(stack.url, 'eta');
    const cart = simpleCart(menu, spot(4));
    const placed = await gql(stack.url, PLACE, { i: cart }, { token: customer.token });
    const order = placed.body.data.placeFoodOrder.order;
    const travelMs = etaSeconds(haversineKm(spot(4), cart.dropoff), { speedKmh: 25 }) * 1000;
    const placedAt = new Date(order.placedAt).getTime();
    expect(new Date(order.eta.readyAt).getTime()).toBe(placedAt + 12 * MINUTE);
    expect(new Date(order.eta.deliveredBy).getTime()).toBe(placedAt + 12 * MINUTE + travelMs);
    expect(order.eta.distanceKm).toBeCloseTo(2, 1);

    clock.advance(5 * MINUTE);
    const accepted = (await gql(stack.url, ACCEPT, { id: order.id }, { token: owner.token })).body.data.acceptFoodOrder.order;
    const acceptedAt = new Date(accepted.acceptedAt).getTime();
    expect(acceptedAt).toBe(placedAt + 5 * MINUTE);
    expect(new Date(accepted.eta.readyAt).getTime()).toBe(acceptedAt + 12 * MINUTE);
    await gql(stack.url, PREPARE, { id: order.id }, { token: owner.token });
    clock.advance(20 * MINUTE); // the kitchen is late: the estimate never lies in the past
    const late = (await gql(stack.url, ORDER, { id: order.id }, { token: customer.token })).body.data.foodOrder;
    expect(new Date(late.eta.readyAt).getTime()).toBe(clock.now().getTime());

    // A courier 3 km away: pick-up waits for the ride to the restaurant.
    const courierAt = north(spot(4), -3);
    await onlineCourier(stack.url, 'eta-courier', courierAt);
    const ready = (await gql(stack.url, READY, { id: order.id }, { token: owner.token })).body.data.markFoodOrderReady.order;
    expect(ready.courier).not.toBeNull();
    const toRestaurantMs = etaSeconds(haversineKm(courierAt, spot(4)), { speedKmh: 25 }) * 1000;
    expect(new Date(ready.eta.deliveredBy).getTime()).toBe(clock.now().getTime() + toRestaurantMs + travelMs);
  });

  it('never serves positions of offline couriers and never dispatches them', async () => {
    const menu = await setUpRestaurant(stack.url, owner.token, 'Offline Test', spot(5));
    const customer = await signUpUser(stack.url, 'offline');
    const courier = await onlineCourier(stack.url, 'gone', north(spot(5), 0.2));
    expect((await gql(stack.url, MY_COURIER, {}, { token: courier.token })).body.data.myCourier.location).not.toBeNull();
    expect((await gql(stack.url, SET_ONLINE, { o: false }, { token: courier.token })).body.data.setCourierOnline.courier).toMatchObject({
      online: false,
      location: null,
    });
    const refused = await gql(stack.url, REPORT, { p: north(spot(5), 0.1) }, { token: courier.token });
    expect(refused.body.data.reportCourierPosition.errors).toEqual([
      { field: null, code: 'INVALID_STATE', message: 'Go online before reporting positions.' },
    ]);

    const id = await preparingOrder(stack.url, owner.token, customer.token, menu, spot(5));
    const ready = (await gql(stack.url, READY, { id }, { token: owner.token })).body.data.markFoodOrderReady.order;
    expect(ready).toMatchObject({ status: 'READY', courier: null, courierLocation: null });
    expect((await gql(stack.url, DISPATCH, { id }, { token: owner.token })).body.data.dispatchFoodOrder.order.courier).toBeNull();

    // Positive control: the same courier back online is dispatched to the waiting order at once.
    const back = await gql(stack.url, SET_ONLINE, { o: true, p: north(spot(5), 0.2) }, { token: courier.token });
    expect(back.body.data.setCourierOnline.courier.currentOrder).toEqual({ id });
    const tracked = (await gql(stack.url, ORDER, { id }, { token: customer.token })).body.data.foodOrder;
    expect(tracked.courier).toEqual({ id: courier.courierId });
    expect(tracked.courierLocation).not.toBeNull();

    // The restaurant cancels: the courier is freed and the position is no longer served for the order.
    const cancelled = await gql(stack.url, CANCEL, { id, r: 'Oven broke' }, { token: owner.token });
    expect(cancelled.body.data.cancelFoodOrder.order).toMatchObject({ status: 'CANCELLED', cancelReason: 'Oven broke' });
    const after = (await gql(stack.url, ORDER, { id }, { token: customer.token })).body.data.foodOrder;
    expect(after.courierLocation).toBeNull();
    expect((await gql(stack.url, MY_COURIER, {}, { token: courier.token })).body.data.myCourier.currentOrder).toBeNull();
  });

  it('validates positions and rate limits them per courier', async () => {
    const a = await onlineCourier(stack.url, 'rl-a', spot(6)); // going online spent 1 of 6
    const b = await onlineCourier(stack.url, 'rl-b', spot(6));
    const bad = await gql(stack.url, REPORT, { p: { lat: 95, lng: 200 } }, { token: a.token });
    expect(bad.body.data.reportCourierPosition.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['position.lat', 'BAD_USER_INPUT'],
      ['position.lng', 'BAD_USER_INPUT'],
    ]);
    const future = await gql(
      stack.url,
      REPORT,
      { p: { ...spot(6), at: new Date(clock.now().getTime() + 3_600_000).toISOString() } },
      { token: a.token },
    );
    expect(future.body.data.reportCourierPosition.errors[0]).toMatchObject({ field: 'position.at', code: 'BAD_USER_INPUT' });
    const stale = await gql(
      stack.url,
      REPORT,
      { p: { ...spot(6), at: new Date(clock.now().getTime() - 3_600_000).toISOString() } },
      { token: a.token },
    );
    expect(stale.body.data.reportCourierPosition.errors[0]).toMatchObject({ field: 'position.at', code: 'BAD_USER_INPUT' });
    // A refused position changed nothing.
    const kept = await gql(stack.url, MY_COURIER, {}, { token: a.token });
    expect(kept.body.data.myCourier.location.lat).toBeCloseTo(spot(6).lat, 6);
    // 6 spent now (online + three refused + this one + the next); the seventh is refused.
    expect((await gql(stack.url, REPORT, { p: north(spot(6), 0.01) }, { token: a.token })).body.data.reportCourierPosition.errors).toEqual(
      [],
    );
    expect((await gql(stack.url, REPORT, { p: north(spot(6), 0.02) }, { token: a.token })).body.data.reportCourierPosition.errors).toEqual(
      [],
    );
    const limited = await gql(stack.url, REPORT, { p: north(spot(6), 0.03) }, { token: a.token });
    expect(limited.body.data.reportCourierPosition.errors).toEqual([
      { field: null, code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many position reports; try again in \d+ s\.$/) },
    ]);
    expect((await gql(stack.url, MY_COURIER, {}, { token: a.token })).body.data.myCourier.location.lat).toBeCloseTo(
      north(spot(6), 0.02).lat,
      6,
    );
    // The budget is per courier: b still reports.
    expect((await gql(stack.url, REPORT, { p: north(spot(6), 0.01) }, { token: b.token })).body.data.reportCourierPosition.errors).toEqual(
      [],
    );
  });
});
