/**
 * The delivery part of sql-per-request: one customer's 300 orders from 3 restaurants, read as
 * `myFoodOrders(first: N) { … restaurant { name } eta { … } lines { item { name } } }` for growing N.
 * Restaurants, items and couriers come from per-request loaders (one grouped statement each for the
 * whole page) and lines are stored with the order, so the statement count must not move with N.
 */
import { FoodOrder, MenuCategory, MenuItem, Restaurant, WEEKDAYS } from '../subgraphs/delivery/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const ORDERS = 300;
const PAGE_SIZES = [10, 50, 100];

const DELIVERY_QUERY = `query FoodOrders($first: Int!) {
  myFoodOrders(first: $first) {
    totalCount
    edges { node { id status total { amount currency } restaurant { name isOpen } courier { id } courierLocation { lat lng }
      eta { readyAt deliveredBy } lines { name quantity item { name price { amount } } } } }
  }
}`;

interface Reply {
  data?: {
    myFoodOrders: {
      totalCount: number;
      edges: { node: { restaurant: { name: string }; lines: { item: { name: string } | null }[] } }[];
    } | null;
  };
}

/** delivery's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const deliveryBench: DomainBench = {
  name: 'delivery',
  shown: ['delivery'],
  pageSizes: PAGE_SIZES,
  query: DELIVERY_QUERY,
  async seed(stack, user) {
    const delivery = stack.subgraphs.find((s) => s.name === 'delivery');
    if (!delivery) throw new Error('the delivery subgraph is not running');
    const em = delivery.orm.em.fork();
    const items = [];
    for (let r = 0; r < 3; r++) {
      const restaurant = em.create(Restaurant, {
        ownerId: user.id,
        name: `Bench kitchen ${r}`,
        description: '',
        lat: 48.85 + r * 0.01,
        lng: 2.35,
        timeZone: 'UTC',
        currency: 'EUR',
        openingHours: WEEKDAYS.map((day) => ({ day, opensMinute: 0, closesMinute: 1440 })),
        paused: false,
      });
      const category = em.create(MenuCategory, { restaurantId: restaurant.id, name: 'Mains', position: 0 });
      const item = em.create(MenuItem, {
        restaurantId: restaurant.id,
        categoryId: category.id,
        name: `Dish ${r}`,
        description: '',
        price: 1000,
        currency: 'EUR',
        prepMinutes: 10,
        available: true,
      });
      items.push({ restaurant, item });
    }
    const now = Date.now();
    for (let i = 0; i < ORDERS; i++) {
      const { restaurant, item } = items[i % items.length]!;
      em.create(FoodOrder, {
        customerId: user.id,
        restaurantId: restaurant.id,
        courierId: null,
        status: i % 2 ? 'PLACED' : 'ACCEPTED',
        lines: [{ itemId: item.id, name: item.name, quantity: 2, unitPrice: 1000, modifiers: [] }],
        currency: 'EUR',
        subtotal: 2000,
        deliveryFee: 299,
        total: 2299,
        dropoffLat: 48.87,
        dropoffLng: 2.35,
        distanceKm: 2,
        prepMinutes: 10,
        note: null,
        placedAt: new Date(now - i * 60_000),
        acceptedAt: i % 2 ? null : new Date(now - i * 60_000),
        readyAt: null,
        assignedAt: null,
        pickedUpAt: null,
        deliveredAt: null,
        cancelledAt: null,
        cancelReason: null,
      });
    }
    await em.flush();
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.myFoodOrders?.edges ?? [];
    if (reply.data?.myFoodOrders?.totalCount !== ORDERS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => !e.node.restaurant.name.startsWith('Bench kitchen') || e.node.lines[0]?.item?.name == null))
      return 'restaurant or item missing';
    return `ok, ${size} orders with restaurant, ETA and items`;
  },
};
