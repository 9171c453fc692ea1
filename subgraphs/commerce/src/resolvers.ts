import { DateTimeScalar } from '../../../kit';
import type { CommerceContext } from './context';
import type { CartRow, OrderRow, OrderStatus } from './entities';
import type { Resolvers } from './generated/resolvers';
import type { CommerceService } from './service';

export function createResolvers(service: CommerceService): Resolvers {
  const orderTotals = (o: OrderRow) => ({ currency: o.currency, subtotal: o.subtotal, tax: o.tax, shipping: o.shipping, total: o.total });
  // One pricing of a cart per request, however many of its fields are asked for.
  const priced = new WeakMap<CartRow, ReturnType<CommerceService['price']>>();
  const priceOf = (cart: CartRow, ctx: CommerceContext) => {
    let p = priced.get(cart);
    if (!p) {
      p = service.price(ctx.deps, cart);
      priced.set(cart, p);
    }
    return p;
  };
  return {
    DateTime: DateTimeScalar,
    Query: {
      channels: (_, __, ctx) => service.channels(ctx.deps),
      categories: (_, { first, after }, ctx) => service.categories(ctx.deps, { first, after }),
      product: (_, { id, slug }, ctx) => service.product(ctx.deps, id, slug),
      variant: (_, { id }, ctx) => ctx.loaders.variantById.load(id),
      products: (_, { channel, filter, sort, first, after }, ctx) => service.search(ctx.deps, channel, filter, sort, { first, after }),
      cart: (_, { selector }, ctx) => service.cart(ctx.deps, selector),
      myOrders: (_, { first, after }, ctx) => service.myOrders(ctx.deps, { first, after }),
      order: (_, { id }, ctx) => service.order(ctx.deps, id),
      orders: (_, { status, first, after }, ctx) => service.orders(ctx.deps, status, { first, after }),
    },
    Mutation: {
      createGuestCart: (_, { channel }, ctx) => service.createGuestCart(ctx.deps, channel),
      addToCart: (_, { selector, variantId, quantity }, ctx) => service.addToCart(ctx.deps, selector, variantId, quantity),
      setCartLineQuantity: (_, { selector, variantId, quantity }, ctx) => service.setLineQuantity(ctx.deps, selector, variantId, quantity),
      setShippingAddress: (_, { selector, address }, ctx) => service.setShippingAddress(ctx.deps, selector, address),
      setShippingMethod: (_, { selector, shippingMethodId }, ctx) => service.setShippingMethod(ctx.deps, selector, shippingMethodId),
      mergeGuestCart: (_, { guestToken }, ctx) => service.mergeGuestCart(ctx.deps, guestToken),
      checkoutComplete: (_, { channel, expectedTotal, currency }, ctx) =>
        service.checkoutComplete(ctx.deps, channel, expectedTotal, currency),
      cancelOrder: (_, { id, note }, ctx) => service.cancelOrder(ctx.deps, id, note),
      setOrderStatus: (_, { id, status, note }, ctx) => service.setOrderStatus(ctx.deps, id, status as OrderStatus, note),
      createProduct: (_, { input }, ctx) => service.createProduct(ctx.deps, input),
      setVariantPrice: (_, { variantId, price }, ctx) => service.setVariantPrice(ctx.deps, variantId, price),
    },
    Channel: {
      __resolveReference: (ref, ctx) => ctx.loaders.channelById.load(ref.id),
      shippingMethods: async (c, _, ctx) =>
        [...(await ctx.loaders.shippingMethodsByChannel.load(c.id))].sort((a, b) => a.price - b.price || (a.id < b.id ? -1 : 1)),
    },
    Category: {
      __resolveReference: (ref, ctx) => ctx.loaders.categoryById.load(ref.id),
    },
    Product: {
      __resolveReference: (ref, ctx) => ctx.loaders.productById.load(ref.id),
      category: (p, _, ctx) => (p.categoryId ? ctx.loaders.categoryById.load(p.categoryId) : null),
      variants: (p, { first, after }, ctx) => service.variants(ctx.deps, p, { first, after }),
    },
    Variant: {
      __resolveReference: (ref, ctx) => ctx.loaders.variantById.load(ref.id),
      product: async (v, _, ctx) => (await ctx.loaders.productById.load(v.productId))!,
      price: (v, { channel }, ctx) => service.variantPrice(ctx.deps, v, channel),
    },
    Cart: {
      channel: async (c, _, ctx) => (await ctx.loaders.channelById.load(c.channelId))!,
      lines: async (c, _, ctx) =>
        (await priceOf(c, ctx)).lines.map((l) => ({
          id: l.line.id,
          variantId: l.line.variantId,
          quantity: l.line.quantity,
          unitPrice: l.price?.amount ?? null,
          tax: l.price ? l.tax : null,
          total: l.price ? l.net + l.tax : null,
        })),
      shippingAddress: (c) => c.shippingAddress ?? null,
      shippingMethod: (c, _, ctx) => (c.shippingMethodId ? ctx.loaders.shippingMethodById.load(c.shippingMethodId) : null),
      totals: async (c, _, ctx) => (await priceOf(c, ctx)).totals,
    },
    CartLine: {
      variant: async (l, _, ctx) => (await ctx.loaders.variantById.load(l.variantId))!,
    },
    Order: {
      __resolveReference: (ref, ctx) => (ctx.viewer ? service.order(ctx.deps, ref.id) : null),
      buyer: (o) => ({ id: o.buyerId }),
      channel: (o) => o.channelSlug,
      status: (o) => o.status as OrderStatus,
      lines: (o, _, ctx) => ctx.loaders.linesByOrder.load(o.id),
      totals: orderTotals,
      history: async (o, _, ctx) =>
        [...(await ctx.loaders.historyByOrder.load(o.id))]
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
          .map((h) => ({ status: h.status as OrderStatus, note: h.note, at: h.createdAt })),
    },
    OrderLine: {
      variant: async (l, _, ctx) => (await ctx.loaders.variantById.load(l.variantId))!,
    },
  };
}
