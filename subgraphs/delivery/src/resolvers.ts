import { DateTimeScalar } from '../../../kit';
import type { DeliveryContext } from './context';
import type { FoodOrderRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import { isOpenAt, periodView, type DeliveryService, type OrderSignal } from './service';

const money = (amount: number, currency: string) => ({ amount, currency });

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (!row) throw new Error(`${what} is missing`);
  return row;
}

/** The delivery subgraph's resolvers: one line each onto {@link DeliveryService} and the request's loaders. */
export function createResolvers(service: DeliveryService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      restaurants: (_, { first, after }, ctx) => service.listRestaurants(ctx.deps, { first, after }),
      restaurant: (_, { id }, ctx) => ctx.loaders.restaurantById.load(id),
      menuItem: (_, { id }, ctx) => ctx.loaders.menuItemById.load(id),
      foodOrder: (_, { id }, ctx) => service.visibleOrder(ctx.deps, id),
      myFoodOrders: (_, { first, after }, ctx) => service.myOrders(ctx.deps, { first, after }),
      restaurantOrders: (_, { restaurantId, status, first, after }, ctx) =>
        service.restaurantOrders(ctx.deps, restaurantId, status, { first, after }),
      myCourier: (_, __, ctx) => (ctx.viewer ? ctx.loaders.courierByUser.load(ctx.viewer.userId) : null),
    },
    Mutation: {
      createRestaurant: (_, { input }, ctx) => service.createRestaurant(ctx.deps, input),
      updateRestaurant: (_, { id, input }, ctx) => service.updateRestaurant(ctx.deps, id, input),
      addMenuCategory: (_, { restaurantId, name }, ctx) => service.addCategory(ctx.deps, restaurantId, name),
      addMenuItem: (_, { input }, ctx) => service.addItem(ctx.deps, input),
      updateMenuItem: (_, { id, input }, ctx) => service.updateItem(ctx.deps, id, input),
      addMenuModifier: (_, { input }, ctx) => service.addModifier(ctx.deps, input),
      setMenuModifierAvailable: (_, { id, available }, ctx) => service.setModifierAvailable(ctx.deps, id, available),
      quoteFoodOrder: (_, { input }, ctx) => service.quote(ctx.deps, input),
      placeFoodOrder: (_, { input }, ctx) => service.placeOrder(ctx.deps, input),
      acceptFoodOrder: (_, { id }, ctx) => service.accept(ctx.deps, id),
      startPreparingFoodOrder: (_, { id }, ctx) => service.startPreparing(ctx.deps, id),
      markFoodOrderReady: (_, { id }, ctx) => service.markReady(ctx.deps, id),
      dispatchFoodOrder: (_, { id }, ctx) => service.redispatch(ctx.deps, id),
      pickUpFoodOrder: (_, { id }, ctx) => service.pickUp(ctx.deps, id),
      deliverFoodOrder: (_, { id }, ctx) => service.deliver(ctx.deps, id),
      cancelFoodOrder: (_, { id, reason }, ctx) => service.cancel(ctx.deps, id, reason),
      registerCourier: (_, __, ctx) => service.registerCourier(ctx.deps),
      setCourierOnline: (_, { online, position }, ctx) => service.setOnline(ctx.deps, online, position),
      reportCourierPosition: (_, { position }, ctx) => service.reportPosition(ctx.deps, position),
    },
    Subscription: {
      foodOrderUpdated: {
        subscribe: (_, { id }, ctx) => service.watchOrder(ctx.deps, id),
        resolve: (signal: OrderSignal, _: unknown, ctx: DeliveryContext) => service.visibleOrder(ctx.deps, signal.orderId),
      },
      restaurantOrderFeed: {
        subscribe: (_, { restaurantId }, ctx) => service.watchRestaurant(ctx.deps, restaurantId),
        resolve: (signal: OrderSignal, _: unknown, ctx: DeliveryContext) => service.visibleOrder(ctx.deps, signal.orderId),
      },
    },
    Restaurant: {
      __resolveReference: (ref, ctx) => ctx.loaders.restaurantById.load(ref.id),
      location: (r) => ({ lat: Number(r.lat), lng: Number(r.lng) }),
      openingHours: (r) => r.openingHours.map(periodView),
      isOpen: (r, _, ctx) => isOpenAt(r, ctx.deps.clock.now()),
      owner: (r) => ({ id: r.ownerId }),
      categories: (r, _, ctx) => service.categories(ctx.deps, r),
    },
    MenuCategory: {
      items: (category, _, ctx) => service.items(ctx.deps, category),
    },
    MenuItem: {
      __resolveReference: (ref, ctx) => ctx.loaders.menuItemById.load(ref.id),
      price: (item) => money(item.price, item.currency),
      modifiers: (item, _, ctx) => service.modifiers(ctx.deps, item),
      restaurant: (item, _, ctx) => required(ctx.loaders.restaurantById.load(item.restaurantId), `restaurant of ${item.id}`),
    },
    MenuModifier: {
      price: (modifier) => money(modifier.price, modifier.currency),
    },
    FoodOrderLine: {
      item: (line, _, ctx) => ctx.loaders.menuItemById.load(line.itemId),
      unitPrice: (line) => money(line.unitPrice, line.currency),
      lineTotal: (line) => money(line.unitPrice * line.quantity, line.currency),
    },
    FoodOrder: {
      __resolveReference: (ref, ctx) => service.visibleOrder(ctx.deps, ref.id),
      restaurant: (order, _, ctx) => required(ctx.loaders.restaurantById.load(order.restaurantId), `restaurant of ${order.id}`),
      customer: (order) => ({ id: order.customerId }),
      courier: (order, _, ctx) => (order.courierId ? ctx.loaders.courierById.load(order.courierId) : null),
      lines: (order: FoodOrderRow) => order.lines.map((line) => ({ ...line, currency: order.currency })),
      subtotal: (order) => money(order.subtotal, order.currency),
      deliveryFee: (order) => money(order.deliveryFee, order.currency),
      total: (order) => money(order.total, order.currency),
      dropoff: (order) => ({ lat: Number(order.dropoffLat), lng: Number(order.dropoffLng) }),
      eta: (order, _, ctx) => service.eta(ctx.deps, order),
      courierLocation: (order, _, ctx) => service.courierLocation(ctx.deps, order),
    },
    Courier: {
      __resolveReference: (ref, ctx) => ctx.loaders.courierById.load(ref.id),
      user: (courier) => ({ id: courier.userId }),
      currentOrder: (courier, _, ctx) => (courier.currentOrderId ? service.visibleOrder(ctx.deps, courier.currentOrderId) : null),
      location: (courier, _, ctx) =>
        courier.online && courier.userId === ctx.viewer?.userId && courier.lat != null && courier.lng != null
          ? { lat: Number(courier.lat), lng: Number(courier.lng) }
          : null,
      locationAt: (courier, _, ctx) => (courier.online && courier.userId === ctx.viewer?.userId ? (courier.positionAt ?? null) : null),
    },
  };
}
