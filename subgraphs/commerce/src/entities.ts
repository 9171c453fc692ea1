import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const ORDER_STATUSES = ['UNFULFILLED', 'PAID', 'FULFILLED', 'DELIVERED', 'CANCELLED', 'REFUNDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A postal address, stored as JSON on carts and orders. */
export interface AddressData {
  name: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

/**
 * A sales channel: one currency, its prices and shipping methods. Commerce is one public catalogue
 * (not tenant-owned), managed by holders of the global `admin` or `commerce` role.
 */
export const Channel = defineEntity({
  name: 'Channel',
  tableName: 'commerce_channels',
  properties: {
    ...baseProperties(),
    slug: p.string().length(40).unique(),
    name: p.string().length(100),
    currency: p.string().length(3),
    active: p.boolean(),
  },
});
export type ChannelRow = InferEntity<typeof Channel>;

/** A flat-price shipping method of one channel. */
export const ShippingMethod = defineEntity({
  name: 'ShippingMethod',
  tableName: 'commerce_shipping_methods',
  properties: {
    ...baseProperties(),
    channelId: p.string().length(36).index(),
    name: p.string().length(100),
    price: p.integer(),
  },
});
export type ShippingMethodRow = InferEntity<typeof ShippingMethod>;

export const Category = defineEntity({
  name: 'Category',
  tableName: 'commerce_categories',
  properties: {
    ...baseProperties(),
    slug: p.string().length(60).unique(),
    name: p.string().length(100),
  },
  indexes: [{ properties: ['name', 'id'] }],
});
export type CategoryRow = InferEntity<typeof Category>;

/** A product; `searchText` holds its words (kit `searchText`) for the catalog search. */
export const Product = defineEntity({
  name: 'Product',
  tableName: 'commerce_products',
  properties: {
    ...baseProperties(),
    slug: p.string().length(60).unique(),
    name: p.string().length(200),
    sortName: p.string().length(100),
    description: p.text(),
    categoryId: p.string().length(36).nullable().index(),
    attributes: p.json<{ name: string; value: string }[]>(),
    nameText: p.string().length(400),
    searchText: p.text(),
  },
  indexes: [{ properties: ['sortName', 'id'] }, { properties: ['searchText'], type: 'fulltext' }],
});
export type ProductRow = InferEntity<typeof Product>;

/** One attribute pair of a product (`pair` = `name:value`), for filters and facet counts. */
export const ProductAttributeValue = defineEntity({
  name: 'ProductAttributeValue',
  tableName: 'commerce_product_attributes',
  properties: {
    ...baseProperties(),
    productId: p.string().length(36).index(),
    pair: p.string().length(101),
  },
  uniques: [{ properties: ['pair', 'productId'] }],
});

/** A sellable variant. Its id is what inventory and orders refer to (the demo uses readable ids). */
export const Variant = defineEntity({
  name: 'Variant',
  tableName: 'commerce_variants',
  properties: {
    ...baseProperties(),
    productId: p.string().length(36).index(),
    sku: p.string().length(64).unique(),
    name: p.string().length(100),
  },
  indexes: [{ properties: ['productId', 'sku'] }],
});
export type VariantRow = InferEntity<typeof Variant>;

/** A variant's price in one channel (the channel listing); its currency is the channel's. */
export const VariantPrice = defineEntity({
  name: 'VariantPrice',
  tableName: 'commerce_variant_prices',
  properties: {
    ...baseProperties(),
    variantId: p.string().length(36),
    channelId: p.string().length(36),
    productId: p.string().length(36),
    amount: p.integer(),
    taxRateBps: p.integer(),
  },
  uniques: [{ properties: ['variantId', 'channelId'] }],
  indexes: [{ properties: ['channelId', 'productId'] }],
});
export type VariantPriceRow = InferEntity<typeof VariantPrice>;

/** A cart: a signed-in user's (one per channel, `ownerKey` = `user:<id>:<channel>`) or a guest's (`guest:<token hash>`). */
export const Cart = defineEntity({
  name: 'Cart',
  tableName: 'commerce_carts',
  properties: {
    ...baseProperties(),
    ownerKey: p.string().length(120).unique(),
    ownerId: p.string().length(36).nullable(),
    channelId: p.string().length(36),
    shippingAddress: p.json<AddressData>().nullable(),
    shippingMethodId: p.string().length(36).nullable(),
  },
});
export type CartRow = InferEntity<typeof Cart>;

export const CartLine = defineEntity({
  name: 'CartLine',
  tableName: 'commerce_cart_lines',
  properties: {
    ...baseProperties(),
    cartId: p.string().length(36),
    variantId: p.string().length(36),
    quantity: p.integer(),
  },
  uniques: [{ properties: ['cartId', 'variantId'] }],
});
export type CartLineRow = InferEntity<typeof CartLine>;

/** An order; lines, prices and address frozen at checkout. `status` moves only by conditional updates. */
export const Order = defineEntity({
  name: 'Order',
  tableName: 'commerce_orders',
  properties: {
    ...baseProperties(),
    buyerId: p.string().length(36),
    channelId: p.string().length(36),
    channelSlug: p.string().length(40),
    currency: p.string().length(3),
    status: p.string().length(20),
    /** The checkout saga's view of the stock: PENDING → RESERVED → COMMITTED, or FAILED / RELEASED. */
    stockStatus: p.string().length(20),
    /** The saga's view of the payment: PENDING → SUCCEEDED (→ REFUNDED when it came after a cancellation), or FAILED / CANCELED. */
    paymentStatus: p.string().length(20),
    subtotal: p.integer(),
    tax: p.integer(),
    shipping: p.integer(),
    total: p.integer(),
    shippingAddress: p.json<AddressData>(),
    shippingMethod: p.string().length(100),
  },
  indexes: [
    { properties: ['buyerId', 'createdAt', 'id'] },
    { properties: ['status', 'createdAt', 'id'] },
    { properties: ['createdAt', 'id'] },
  ],
});
export type OrderRow = InferEntity<typeof Order>;

export const OrderLine = defineEntity({
  name: 'OrderLine',
  tableName: 'commerce_order_lines',
  properties: {
    ...baseProperties(),
    orderId: p.string().length(36).index(),
    variantId: p.string().length(36),
    productName: p.string().length(200),
    variantName: p.string().length(100),
    sku: p.string().length(64),
    quantity: p.integer(),
    unitPrice: p.integer(),
    taxRateBps: p.integer(),
    tax: p.integer(),
    total: p.integer(),
  },
});
export type OrderLineRow = InferEntity<typeof OrderLine>;

/** One status change of an order (the history); never updated. */
export const OrderStatusChange = defineEntity({
  name: 'OrderStatusChange',
  tableName: 'commerce_order_history',
  properties: {
    ...baseProperties(),
    orderId: p.string().length(36).index(),
    status: p.string().length(20),
    note: p.string().length(500).nullable(),
    actorId: p.string().length(36).nullable(),
  },
});
export type OrderStatusChangeRow = InferEntity<typeof OrderStatusChange>;

export const entities = [
  Channel,
  ShippingMethod,
  Category,
  Product,
  ProductAttributeValue,
  Variant,
  VariantPrice,
  Cart,
  CartLine,
  Order,
  OrderLine,
  OrderStatusChange,
];
