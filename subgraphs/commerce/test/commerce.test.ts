import { OutboxEvent } from '../../../kit';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Cart, CartLine, Order, OrderLine, OrderStatusChange, VariantPrice } from '../src/entities';
import {
  ADD,
  ADDRESS,
  ADDRESS_INPUT,
  CART,
  CHECKOUT,
  CREATE_PRODUCT,
  ERRORS,
  METHOD,
  SET_STATUS,
  category,
  channelWith,
  commerceEm,
  ok,
  product,
  readyCart,
  staffUser,
  unique,
} from './helpers';

describe('commerce: catalogue, carts, checkout and orders through the router', () => {
  let stack: TestStack;
  let admin: TestUser;
  let buyer: TestUser;
  let eur: { slug: string; standard: string; express: string };
  let usd: { slug: string; standard: string; express: string };
  const events = (type: string) => commerceEm(stack).find(OutboxEvent, { type }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  /** Row counts of every table a refused change could touch. */
  const snapshot = async () => {
    const em = commerceEm(stack);
    return {
      carts: await em.count(Cart, {}),
      lines: await em.count(CartLine, {}),
      orders: await em.count(Order, {}),
      orderLines: await em.count(OrderLine, {}),
      history: await em.count(OrderStatusChange, {}),
      events: await em.count(OutboxEvent, {}),
    };
  };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'commerce'] });
    [admin, buyer] = await Promise.all([staffUser(stack, 'admin'), signUpUser(stack.url, 'buyer')]);
    [eur, usd] = await Promise.all([channelWith(stack, 'EUR'), channelWith(stack, 'USD')]);
  });

  it('lets only the admin and commerce roles manage products and prices', async () => {
    const input = { slug: unique('nope'), name: 'Nope', variants: [{ sku: unique('NOPE'), name: 'One' }] };
    expect(errorCodes(await gql(stack.url, CREATE_PRODUCT, { i: input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, CREATE_PRODUCT, { i: input }, { token: buyer.token }))).toEqual(['FORBIDDEN']);
    const clerk = await staffUser(stack, 'commerce', 'clerk');
    const made = await ok(stack, clerk, CREATE_PRODUCT, { i: input });
    expect(made.createProduct.errors).toEqual([]);
    const again = await ok(stack, clerk, CREATE_PRODUCT, { i: input });
    expect(again.createProduct.errors[0].code).toBe('CONFLICT');
    const bad = await ok(stack, admin, CREATE_PRODUCT, {
      i: {
        slug: 'Bad Slug',
        name: '',
        variants: [{ sku: 'ok-1', name: 'x', prices: [{ channel: eur.slug, amount: -1, taxRateBps: 20_000, currency: 'USD' }] }],
      },
    });
    expect(bad.createProduct.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [
        'input.name',
        'input.slug',
        'input.variants.0.prices.0.amount',
        'input.variants.0.prices.0.currency',
        'input.variants.0.prices.0.taxRateBps',
      ].sort(),
    );
  });

  it('searches the catalogue of a channel with filters, relevance and facet counts over every match', async () => {
    const shirts = await category(stack, 'Shirts');
    const mugs = await category(stack, 'Mugs');
    const tag = unique('zq').replace(/[^a-z0-9]/g, '');
    await product(stack, admin, eur.slug, `Linen shirt ${tag}`, [['s', 3000]], {
      categoryId: shirts,
      attributes: [{ name: 'color', value: 'blue' }],
    });
    await product(stack, admin, eur.slug, `Cotton shirt ${tag}`, [['s', 2000]], {
      categoryId: shirts,
      attributes: [{ name: 'color', value: 'red' }],
    });
    await product(stack, admin, eur.slug, `Blue mug ${tag}`, [['m', 1000]], {
      categoryId: mugs,
      description: 'A shirt-pocket sized mug',
      attributes: [{ name: 'color', value: 'blue' }],
    });
    await product(stack, admin, usd.slug, `Dollar shirt ${tag}`, [['s', 2000]], { categoryId: shirts });
    const SEARCH = `query($c: String!, $f: ProductFilter, $first: Int, $after: String) { products(channel: $c, filter: $f, first: $first, after: $after) {
      totalCount edges { node { name category { name } attributes { name value } } } pageInfo { hasNextPage endCursor }
      facets { categories { value count } attributes { value count } } } }`;
    const all = await ok(stack, null, SEARCH, { c: eur.slug, f: { search: tag } });
    expect(all.products.totalCount).toBe(3); // the USD-only product is not sold in the EUR channel
    expect(all.products.facets.categories).toEqual([
      { value: shirts, count: 2 },
      { value: mugs, count: 1 },
    ]);
    expect(all.products.facets.attributes).toEqual([
      { value: 'color:blue', count: 2 },
      { value: 'color:red', count: 1 },
    ]);
    const relevant = await ok(stack, null, SEARCH, { c: eur.slug, f: { search: `shirt ${tag}` } });
    // "shirt" in the name weighs more than in the description: the mug comes last.
    expect(relevant.products.edges.map((e: any) => e.node.name)).toEqual([`Cotton shirt ${tag}`, `Linen shirt ${tag}`, `Blue mug ${tag}`]);
    const blue = await ok(stack, null, SEARCH, { c: eur.slug, f: { search: tag, attribute: 'color:blue', categoryId: shirts } });
    expect(blue.products.edges.map((e: any) => e.node.name)).toEqual([`Linen shirt ${tag}`]);
    const page1 = await ok(stack, null, SEARCH, { c: eur.slug, f: { search: tag }, first: 2 });
    const page2 = await ok(stack, null, SEARCH, { c: eur.slug, f: { search: tag }, first: 2, after: page1.products.pageInfo.endCursor });
    expect(page1.products.pageInfo.hasNextPage).toBe(true);
    expect([...page1.products.edges, ...page2.products.edges]).toHaveLength(3);
    const badAttr = await gql(stack.url, SEARCH, { c: eur.slug, f: { attribute: 'nocolon' } });
    expect(errorCodes(badAttr)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, SEARCH, { c: 'nowhere', f: null }))).toEqual(['BAD_USER_INPUT']);
  });

  it('computes totals on the server with tax per line, and places the cart as an order frozen at its prices', async () => {
    const ids = await product(stack, admin, eur.slug, 'Frozen tee', [
      ['s', 1999],
      ['m', 333],
    ]);
    const user = await signUpUser(stack.url, 'frozen');
    const total = await readyCart(stack, user, eur, [
      [ids.s!, 2],
      [ids.m!, 3],
    ]);
    // 2 × 19.99 = 39.98 + 20 % tax 8.00 (7.996 rounded); 3 × 3.33 = 9.99 + 2.00 (1.998); shipping 5.00.
    expect(total).toBe(3998 + 800 + 999 + 200 + 500);
    const cart = await ok(stack, user, CART, { s: { channel: eur.slug } });
    expect(cart.cart.totals).toEqual({ currency: 'EUR', subtotal: 4997, tax: 1000, shipping: 500, total: 6497 });
    const placed = await ok(stack, user, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' });
    expect(placed.checkoutComplete.errors).toEqual([]);
    const order = placed.checkoutComplete.order;
    expect(order).toMatchObject({ status: 'UNFULFILLED', channel: eur.slug, totals: cart.cart.totals, shippingMethod: 'Standard' });
    expect(order.history).toEqual([{ status: 'UNFULFILLED', note: null }]);
    expect(order.lines.map((l: any) => [l.quantity, l.unitPrice, l.tax, l.total])).toEqual([
      [2, 1999, 800, 4798],
      [3, 333, 200, 1199],
    ]);
    // The cart is gone; a later price change does not touch the order.
    expect((await ok(stack, user, CART, { s: { channel: eur.slug } })).cart).toBeNull();
    await ok(stack, admin, `mutation($v: ID!, $p: PriceInput!) { setVariantPrice(variantId: $v, price: $p) { ${ERRORS} } }`, {
      v: ids.s,
      p: { channel: eur.slug, amount: 5000, taxRateBps: 2000 },
    });
    const read = await ok(stack, user, `query($id: ID!) { order(id: $id) { lines { unitPrice } totals { total } } }`, { id: order.id });
    expect(read.order).toEqual({ lines: [{ unitPrice: 1999 }, { unitPrice: 333 }], totals: { total: 6497 } });
    const [event] = (await events('commerce.checkout.completed')).filter((e) => e.payload.orderId === order.id);
    expect(event!.payload).toMatchObject({
      buyerId: user.id,
      recipientIds: [user.id],
      total: 6497,
      currency: 'EUR',
      lines: [
        { variantId: ids.s, quantity: 2 },
        { variantId: ids.m, quantity: 3 },
      ],
    });
    // Another user cannot read it.
    const other = await signUpUser(stack.url, 'other');
    expect((await ok(stack, other, `query($id: ID!) { order(id: $id) { id } }`, { id: order.id })).order).toBeNull();
    const mine = await ok(stack, user, `{ myOrders(first: 5) { totalCount edges { node { id } } } }`);
    expect(mine.myOrders).toEqual({ totalCount: 1, edges: [{ node: { id: order.id } }] });
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const ids = await product(stack, admin, eur.slug, 'Strict tee', [['s', 1000]]);
    const dollars = await product(stack, admin, usd.slug, 'Dollar tee', [['s', 1000]]);
    const user = await signUpUser(stack.url, 'strict');
    const s = { channel: eur.slug };
    const total = await readyCart(stack, user, eur, [[ids.s!, 1]]);
    const before = await snapshot();
    const negative = await ok(stack, user, ADD, { s, v: ids.s, q: -1 });
    expect(negative.addToCart.errors).toEqual([{ field: 'quantity', code: 'BAD_USER_INPUT', message: expect.stringMatching(/1 to 1000/) }]);
    const huge = await ok(stack, user, ADD, { s, v: ids.s, q: 1000 });
    expect(huge.addToCart.errors[0]).toMatchObject({ field: 'quantity', code: 'BAD_USER_INPUT' });
    const unknown = await ok(stack, user, ADD, { s, v: 'no-such-variant', q: 1 });
    expect(unknown.addToCart.errors).toEqual([{ field: 'variantId', code: 'NOT_FOUND', message: 'There is no such variant.' }]);
    const otherCurrency = await ok(stack, user, ADD, { s, v: dollars.s, q: 1 });
    expect(otherCurrency.addToCart.errors[0]).toMatchObject({
      field: 'variantId',
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('EUR'),
    });
    const wrongCurrency = await ok(stack, user, CHECKOUT, { c: eur.slug, t: total, cur: 'USD' });
    expect(wrongCurrency.checkoutComplete.errors).toEqual([
      { field: 'currency', code: 'BAD_USER_INPUT', message: expect.stringContaining('EUR') },
    ]);
    const badAddress = await ok(stack, user, ADDRESS, { s, a: { ...ADDRESS_INPUT, country: 'France', name: ' ' } });
    expect(badAddress.setShippingAddress.errors.map((e: any) => e.field).sort()).toEqual(['address.country', 'address.name']);
    const otherMethod = await ok(stack, user, METHOD, { s, m: usd.standard });
    expect(otherMethod.setShippingMethod.errors[0].code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
    expect((await ok(stack, user, CART, { s })).cart.lines).toEqual([expect.objectContaining({ quantity: 1, unitPrice: 1000 })]);

    // The price changes between cart and checkout: the buyer sees the new total, nothing is placed.
    await ok(stack, admin, `mutation($v: ID!, $p: PriceInput!) { setVariantPrice(variantId: $v, price: $p) { ${ERRORS} } }`, {
      v: ids.s,
      p: { channel: eur.slug, amount: 1200, taxRateBps: 2000, currency: 'EUR' },
    });
    const stale = await ok(stack, user, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' });
    const newTotal = 1200 + 240 + 500;
    expect(stale.checkoutComplete).toMatchObject({
      order: null,
      totals: { total: newTotal },
      errors: [{ field: 'expectedTotal', code: 'CONFLICT' }],
    });
    expect(stale.checkoutComplete.errors[0].message).toContain(String(newTotal));
    expect((await snapshot()).orders).toBe(before.orders);
    const placed = await ok(stack, user, CHECKOUT, { c: eur.slug, t: newTotal, cur: 'EUR' });
    expect(placed.checkoutComplete.order.totals.total).toBe(newTotal);
    // A price typed in another currency is refused too.
    const mixed = await ok(stack, admin, `mutation($v: ID!, $p: PriceInput!) { setVariantPrice(variantId: $v, price: $p) { ${ERRORS} } }`, {
      v: ids.s,
      p: { channel: eur.slug, amount: 1, taxRateBps: 0, currency: 'USD' },
    });
    expect(mixed.setVariantPrice.errors[0]).toMatchObject({ field: 'price.currency', code: 'BAD_USER_INPUT' });
    expect((await commerceEm(stack).findOneOrFail(VariantPrice, { variantId: ids.s! })).amount).toBe(1200);
  });

  it('keeps a guest cart by its token and merges it into the buyer’s cart on sign-in', async () => {
    const ids = await product(stack, admin, eur.slug, 'Guest tee', [
      ['s', 1000],
      ['m', 1000],
    ]);
    const started = await ok(stack, null, `mutation($c: String!) { createGuestCart(channel: $c) { guestToken cart { id } ${ERRORS} } }`, {
      c: eur.slug,
    });
    const guestToken = started.createGuestCart.guestToken;
    const g = { channel: eur.slug, guestToken };
    await ok(stack, null, ADD, { s: g, v: ids.s, q: 2 });
    await ok(stack, null, ADD, { s: g, v: ids.m, q: 1 });
    expect(errorCodes(await gql(stack.url, ADD, { s: { channel: eur.slug }, v: ids.s, q: 1 }))).toEqual(['UNAUTHENTICATED']);
    const user = await signUpUser(stack.url, 'guest');
    await ok(stack, user, ADD, { s: { channel: eur.slug }, v: ids.s, q: 1 });
    const merged = await ok(
      stack,
      user,
      `mutation($t: String!) { mergeGuestCart(guestToken: $t) { cart { lines { variant { id } quantity } } ${ERRORS} } }`,
      { t: guestToken },
    );
    expect(merged.mergeGuestCart.cart.lines).toEqual([
      { variant: { id: ids.s }, quantity: 3 },
      { variant: { id: ids.m }, quantity: 1 },
    ]);
    expect((await ok(stack, null, CART, { s: g })).cart).toBeNull();
    const twice = await ok(stack, user, `mutation($t: String!) { mergeGuestCart(guestToken: $t) { ${ERRORS} } }`, { t: guestToken });
    expect(twice.mergeGuestCart.errors[0].code).toBe('NOT_FOUND');
  });

  it('places a cart once when the same buyer checks out concurrently', async () => {
    const ids = await product(stack, admin, eur.slug, 'Race tee', [['s', 1000]]);
    const user = await signUpUser(stack.url, 'racer');
    const total = await readyCart(stack, user, eur, [[ids.s!, 1]]);
    const answers = await Promise.all(Array.from({ length: 8 }, () => ok(stack, user, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' })));
    expect(answers.filter((a) => a.checkoutComplete.order).length).toBe(1);
    expect(await commerceEm(stack).count(Order, { buyerId: user.id })).toBe(1);
  });

  it('moves an order through its statuses with a history and a notification event at each step', async () => {
    const ids = await product(stack, admin, eur.slug, 'Status tee', [['s', 1000]]);
    const total = await readyCart(stack, buyer, eur, [[ids.s!, 1]]);
    const { order } = (await ok(stack, buyer, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' })).checkoutComplete;
    expect(errorCodes(await gql(stack.url, SET_STATUS, { id: order.id, s: 'PAID' }, { token: buyer.token }))).toEqual(['FORBIDDEN']);
    const skip = await ok(stack, admin, SET_STATUS, { id: order.id, s: 'DELIVERED' });
    expect(skip.setOrderStatus.errors[0]).toMatchObject({ field: 'status', code: 'INVALID_STATE' });
    for (const s of ['PAID', 'FULFILLED', 'DELIVERED']) {
      const moved = await ok(stack, admin, SET_STATUS, { id: order.id, s, n: `to ${s}` });
      expect(moved.setOrderStatus.errors).toEqual([]);
    }
    const again = await ok(stack, admin, SET_STATUS, { id: order.id, s: 'DELIVERED' });
    expect(again.setOrderStatus.errors).toEqual([]);
    const read = await ok(stack, buyer, `query($id: ID!) { order(id: $id) { status history { status note } } }`, { id: order.id });
    expect(read.order).toEqual({
      status: 'DELIVERED',
      history: [
        { status: 'UNFULFILLED', note: null },
        { status: 'PAID', note: 'to PAID' },
        { status: 'FULFILLED', note: 'to FULFILLED' },
        { status: 'DELIVERED', note: 'to DELIVERED' },
      ],
    });
    for (const type of ['commerce.order.paid', 'commerce.order.fulfilled', 'commerce.order.delivered']) {
      const mine = (await events(type)).filter((e) => e.payload.orderId === order.id);
      expect(mine).toHaveLength(1); // the repeated DELIVERED recorded nothing
      expect(mine[0]!.payload).toMatchObject({ recipientIds: [buyer.id], title: expect.any(String) });
    }
    const cancelLate = await ok(stack, buyer, `mutation($id: ID!) { cancelOrder(id: $id) { ${ERRORS} } }`, { id: order.id });
    expect(cancelLate.cancelOrder.errors[0].code).toBe('INVALID_STATE');
    const all = await ok(stack, admin, `{ orders(status: DELIVERED, first: 100) { edges { node { id } } } }`);
    expect(all.orders.edges.map((e: any) => e.node.id)).toContain(order.id);
    expect(errorCodes(await gql(stack.url, `{ orders(first: 1) { totalCount } }`, {}, { token: buyer.token }))).toEqual(['FORBIDDEN']);
  });

  it('lets the buyer cancel an unpaid order, once, even when cancelling concurrently', async () => {
    const ids = await product(stack, admin, eur.slug, 'Cancel tee', [['s', 1000]]);
    const user = await signUpUser(stack.url, 'canceller');
    const total = await readyCart(stack, user, eur, [[ids.s!, 1]]);
    const { order } = (await ok(stack, user, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' })).checkoutComplete;
    const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id, note: "changed my mind") { order { status } ${ERRORS} } }`;
    const stranger = await signUpUser(stack.url, 'stranger');
    expect(errorCodes(await gql(stack.url, CANCEL, { id: order.id }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
    const answers = await Promise.all(Array.from({ length: 5 }, () => ok(stack, user, CANCEL, { id: order.id })));
    expect(answers.every((a) => a.cancelOrder.order?.status === 'CANCELLED' || a.cancelOrder.errors.length)).toBe(true);
    expect(await commerceEm(stack).count(OrderStatusChange, { orderId: order.id, status: 'CANCELLED' })).toBe(1);
    expect((await events('commerce.order.cancelled')).filter((e) => e.payload.orderId === order.id)).toHaveLength(1);
  });
});
