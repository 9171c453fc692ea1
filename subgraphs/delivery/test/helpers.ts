import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';

export const ERR = 'errors { field code message }';
export const ORDER_FIELDS = `id status courier { id } courierLocation { lat lng } subtotal { amount currency } deliveryFee { amount }
  total { amount } lines { name quantity unitPrice { amount } lineTotal { amount } modifiers item { id } }
  eta { readyAt deliveredBy distanceKm } placedAt acceptedAt readyAt pickedUpAt deliveredAt cancelledAt cancelReason`;

export const CREATE_RESTAURANT = `mutation($i: CreateRestaurantInput!) { createRestaurant(input: $i) { restaurant { id name isOpen openingHours { day opens closes } } ${ERR} } }`;
export const UPDATE_RESTAURANT = `mutation($id: ID!, $i: UpdateRestaurantInput!) { updateRestaurant(id: $id, input: $i) { restaurant { id isOpen paused } ${ERR} } }`;
export const ADD_CATEGORY = `mutation($r: ID!, $n: String!) { addMenuCategory(restaurantId: $r, name: $n) { category { id name position } ${ERR} } }`;
export const ADD_ITEM = `mutation($i: AddMenuItemInput!) { addMenuItem(input: $i) { item { id name price { amount currency } available } ${ERR} } }`;
export const UPDATE_ITEM = `mutation($id: ID!, $i: UpdateMenuItemInput!) { updateMenuItem(id: $id, input: $i) { item { id available price { amount } } ${ERR} } }`;
export const ADD_MODIFIER = `mutation($i: AddMenuModifierInput!) { addMenuModifier(input: $i) { modifier { id name price { amount } available } ${ERR} } }`;
export const SET_MODIFIER = `mutation($id: ID!, $a: Boolean!) { setMenuModifierAvailable(id: $id, available: $a) { modifier { id available } ${ERR} } }`;
export const QUOTE = `mutation($i: CartInput!) { quoteFoodOrder(input: $i) { quote { subtotal { amount currency } deliveryFee { amount } total { amount } distanceKm lines { name quantity unitPrice { amount } lineTotal { amount } modifiers } } ${ERR} } }`;
export const PLACE = `mutation($i: CartInput!) { placeFoodOrder(input: $i) { order { ${ORDER_FIELDS} } ${ERR} } }`;
export const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { order { ${ORDER_FIELDS} } ${ERR} } }`;
export const ACCEPT = step('acceptFoodOrder');
export const PREPARE = step('startPreparingFoodOrder');
export const READY = step('markFoodOrderReady');
export const DISPATCH = step('dispatchFoodOrder');
export const PICK_UP = step('pickUpFoodOrder');
export const DELIVER = step('deliverFoodOrder');
export const CANCEL = `mutation($id: ID!, $r: String) { cancelFoodOrder(id: $id, reason: $r) { order { id status cancelReason courier { id } } ${ERR} } }`;
export const ORDER = `query($id: ID!) { foodOrder(id: $id) { ${ORDER_FIELDS} } }`;
export const MY_ORDERS = `{ myFoodOrders(first: 50) { totalCount edges { node { id status } } } }`;
export const RESTAURANT_ORDERS = `query($r: ID!, $s: FoodOrderStatus) { restaurantOrders(restaurantId: $r, status: $s, first: 50) { totalCount edges { node { id status } } } }`;
export const REGISTER = `mutation { registerCourier { courier { id online } ${ERR} } }`;
export const SET_ONLINE = `mutation($o: Boolean!, $p: CourierPositionInput) { setCourierOnline(online: $o, position: $p) { courier { id online location { lat lng } currentOrder { id } } ${ERR} } }`;
export const REPORT = `mutation($p: CourierPositionInput!) { reportCourierPosition(position: $p) { courier { id location { lat lng } locationAt } ${ERR} } }`;
export const MY_COURIER = `{ myCourier { id online currentOrder { id status } location { lat lng } } }`;

/** Central Paris: the test restaurants sit here and couriers a few hundred metres away. */
export const ORIGIN = { lat: 48.8566, lng: 2.3522 };
/** A point about `km` kilometres north of `from`. */
export const north = (from: { lat: number; lng: number }, km: number) => ({ lat: from.lat + km / 111.2, lng: from.lng });

const ALWAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((day) => ({
  day,
  opens: '00:00',
  closes: '24:00',
}));

export interface Menu {
  restaurantId: string;
  categoryId: string;
  /** 950, prep 12 min, modifiers cheese (+150) and chili (+50). */
  pizzaId: string;
  cheeseId: string;
  chiliId: string;
  /** 350, prep 2 min, no modifiers. */
  drinkId: string;
}

function must<T>(value: T | null | undefined, what: string, body: unknown): T {
  if (value == null) throw new Error(`${what} failed: ${JSON.stringify(body)}`);
  return value;
}

/** A restaurant open around the clock (UTC) at `at`, with a pizza (two modifiers) and a drink. */
export async function setUpRestaurant(
  url: string,
  token: string,
  name: string,
  at = ORIGIN,
  openingHours: unknown[] = ALWAYS,
): Promise<Menu> {
  const r = await gql(url, CREATE_RESTAURANT, { i: { name, location: at, timeZone: 'UTC', openingHours } }, { token });
  const restaurantId = must(r.body.data?.createRestaurant?.restaurant?.id, 'createRestaurant', r.body);
  const c = await gql(url, ADD_CATEGORY, { r: restaurantId, n: 'Mains' }, { token });
  const categoryId = must(c.body.data?.addMenuCategory?.category?.id, 'addMenuCategory', c.body);
  const pizza = await gql(url, ADD_ITEM, { i: { categoryId, name: 'Margherita', price: 950, prepMinutes: 12 } }, { token });
  const pizzaId = must(pizza.body.data?.addMenuItem?.item?.id, 'addMenuItem', pizza.body);
  const drink = await gql(url, ADD_ITEM, { i: { categoryId, name: 'Lemonade', price: 350, prepMinutes: 2 } }, { token });
  const drinkId = must(drink.body.data?.addMenuItem?.item?.id, 'addMenuItem', drink.body);
  const cheese = await gql(url, ADD_MODIFIER, { i: { itemId: pizzaId, name: 'Extra cheese', price: 150 } }, { token });
  const chili = await gql(url, ADD_MODIFIER, { i: { itemId: pizzaId, name: 'Chili oil', price: 50 } }, { token });
  return {
    restaurantId,
    categoryId,
    pizzaId,
    drinkId,
    cheeseId: must(cheese.body.data?.addMenuModifier?.modifier?.id, 'addMenuModifier', cheese.body),
    chiliId: must(chili.body.data?.addMenuModifier?.modifier?.id, 'addMenuModifier', chili.body),
  };
}

/** A cart of one pizza with cheese, delivered about 2 km north of the restaurant. */
export const simpleCart = (menu: Menu, from = ORIGIN) => ({
  restaurantId: menu.restaurantId,
  lines: [{ itemId: menu.pizzaId, quantity: 1, modifierIds: [menu.cheeseId] }],
  dropoff: north(from, 2),
});

/** Places an order as `customer` and walks it to PREPARING as `owner`; returns its id. */
export async function preparingOrder(url: string, owner: string, customer: string, menu: Menu, at = ORIGIN): Promise<string> {
  const placed = await gql(url, PLACE, { i: simpleCart(menu, at) }, { token: customer });
  const id = must(placed.body.data?.placeFoodOrder?.order?.id, 'placeFoodOrder', placed.body);
  for (const q of [ACCEPT, PREPARE]) {
    const res = await gql(url, q, { id }, { token: owner });
    if (!res.body.data || Object.values(res.body.data as Record<string, { errors: unknown[] }>)[0]!.errors.length)
      throw new Error(JSON.stringify(res.body));
  }
  return id;
}

export interface TestCourier extends TestUser {
  courierId: string;
}

/** Signs a user up, registers them as a courier and puts them online at `position`. */
export async function onlineCourier(url: string, name: string, position: { lat: number; lng: number }): Promise<TestCourier> {
  const user = await signUpUser(url, name);
  const reg = await gql(url, REGISTER, {}, { token: user.token });
  const courierId = must(reg.body.data?.registerCourier?.courier?.id, 'registerCourier', reg.body);
  const on = await gql(url, SET_ONLINE, { o: true, p: position }, { token: user.token });
  must(on.body.data?.setCourierOnline?.courier?.online, 'setCourierOnline', on.body);
  return { ...user, courierId };
}
