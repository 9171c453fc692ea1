import { createHash, randomBytes } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  ErrorCode,
  badInput,
  cleanTag,
  facetCounts,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  hasRole,
  lockRow,
  newId,
  notFound,
  ok,
  paginate,
  paginateByOffset,
  recordEvent,
  relevanceScore,
  requireViewer,
  searchCondition,
  searchText,
  sortKey,
  unauthenticated,
  offsetOf,
  type Connection,
  type Em,
  type FacetCount,
  type PageArgs,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { CommerceDeps } from './context';
import {
  Cart,
  CartLine,
  Category,
  Channel,
  Order,
  OrderLine,
  OrderStatusChange,
  Product,
  ProductAttributeValue,
  ShippingMethod,
  Variant,
  VariantPrice,
  type AddressData,
  type CartLineRow,
  type CartRow,
  type CategoryRow,
  type ChannelRow,
  type ShippingMethodRow,
  type OrderRow,
  type OrderStatus,
  type ProductRow,
  type VariantPriceRow,
  type VariantRow,
} from './entities';
import type { AddressInput, CartSelector, CreateProductInput, PriceInput, ProductFilter, ProductSort } from './generated/resolvers';

/** Domain events (kit `recordEvent`); payloads in docs/API/commerce.md. Notifications turns them into notifications. */
export const COMMERCE_EVENTS = {
  checkoutCompleted: 'commerce.checkout.completed',
  orderPaid: 'commerce.order.paid',
  orderFulfilled: 'commerce.order.fulfilled',
  orderDelivered: 'commerce.order.delivered',
  orderCancelled: 'commerce.order.cancelled',
  orderRefunded: 'commerce.order.refunded',
} as const;

export const MAX_LINE_QUANTITY = 1000;
export const MAX_CART_LINES = 100;
const MAX_PRICE = 100_000_000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const ATTRIBUTE_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const CONTROL = /\p{Cc}/u;
const GUEST_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What a status may move to, and who may move it there (the buyer only cancels). */
const TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  UNFULFILLED: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLED', 'REFUNDED'],
  FULFILLED: ['DELIVERED', 'REFUNDED'],
  DELIVERED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

const STATUS_EVENT: Partial<Record<OrderStatus, string>> = {
  PAID: COMMERCE_EVENTS.orderPaid,
  FULFILLED: COMMERCE_EVENTS.orderFulfilled,
  DELIVERED: COMMERCE_EVENTS.orderDelivered,
  CANCELLED: COMMERCE_EVENTS.orderCancelled,
  REFUNDED: COMMERCE_EVENTS.orderRefunded,
};

const STATUS_WORDS: Record<OrderStatus, string> = {
  UNFULFILLED: 'has been placed',
  PAID: 'is paid',
  FULFILLED: 'has shipped',
  DELIVERED: 'has been delivered',
  CANCELLED: 'was cancelled',
  REFUNDED: 'was refunded',
};

/** Totals of a cart or order, minor units. */
export interface TotalsData {
  currency: string;
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
}

/** A cart line priced now. */
export interface PricedLine {
  line: CartLineRow;
  variant: VariantRow | null;
  price: VariantPriceRow | null;
  net: number;
  tax: number;
}

/** Tax of a line: net × rate, rounded half up, in integers (net ≤ 1e11, rate ≤ 1e4: exact in a double). */
export function lineTax(net: number, taxRateBps: number): number {
  return Math.floor((net * taxRateBps + 5000) / 10_000);
}

function isStaff(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'admin') || hasRole(viewer, 'commerce');
}

function requireStaff(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!isStaff(v)) throw forbidden('Only holders of the admin or commerce role may do this.');
  return v;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function cleanText(value: string | null | undefined, field: string, min: number, max: number, errors: UserError[]): string {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max || CONTROL.test(v)) {
    errors.push(fieldError(field, `${field} must be ${min} to ${max} characters without control characters.`));
  }
  return v;
}

function checkQuantity(quantity: number, field: string, min: number): UserError | null {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    return fieldError(field, `quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}.`);
  }
  return null;
}

/** Retries a transaction that lost a deadlock or a unique-key race (MariaDB), whole. */
async function inTransaction<T>(em: Em, work: (tx: Em) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional(work);
    } catch (error) {
      const message = String((error as Error).message ?? '');
      const retryable = /deadlock|lock wait timeout|try restarting transaction/i.test(message);
      if (!retryable || attempt >= 5) throw error;
    }
  }
}

export class CommerceService {
  // -------------------------------------------------------------------------------------------
  // Catalogue reads

  async channels(deps: CommerceDeps): Promise<ChannelRow[]> {
    return deps.em.find(Channel, isStaff(deps.viewer) ? {} : { active: true }, { orderBy: { slug: 'asc' } });
  }

  /** The channel with this slug; BAD_USER_INPUT on `field` when there is none (or it is inactive). */
  async channel(deps: CommerceDeps, slug: string, field = 'channel'): Promise<ChannelRow> {
    const clean = slug.trim().toLowerCase();
    const channel = SLUG.test(clean) ? await deps.loaders.channelBySlug.load(clean) : null;
    if (!channel || (!channel.active && !isStaff(deps.viewer))) throw badInput(`There is no channel "${slug.slice(0, 40)}".`, field);
    return channel;
  }

  categories(deps: CommerceDeps, args: PageArgs): Promise<Connection<CategoryRow>> {
    return paginate(deps.em, Category, {}, args, { name: 'asc', id: 'asc' }, { list: 'categories' });
  }

  async product(deps: CommerceDeps, id: string | null | undefined, slug: string | null | undefined): Promise<ProductRow | null> {
    if ((id == null) === (slug == null)) throw badInput('Give exactly one of id and slug.', id == null ? 'id' : 'slug');
    if (id != null) return deps.loaders.productById.load(id);
    return deps.em.findOne(Product, { slug: slug!.trim().toLowerCase() });
  }

  variants(deps: CommerceDeps, product: ProductRow, args: PageArgs): Promise<Connection<VariantRow>> {
    return deps.loaders.variantsByProduct.load(product.id, args, { sku: 'asc', id: 'asc' });
  }

  async variantPrice(deps: CommerceDeps, variant: VariantRow, slug: string) {
    const channel = await this.channel(deps, slug);
    const price = (await deps.loaders.pricesByVariant.load(variant.id)).find((p) => p.channelId === channel.id);
    return price ? { channel: channel.slug, currency: channel.currency, amount: price.amount, taxRateBps: price.taxRateBps } : null;
  }

  /**
   * The catalog search in a channel: products with at least one variant priced there, matching every
   * filter; ordered by relevance (kit `relevanceScore`, name words weigh more) or name; facet counts
   * (category, attribute pairs) over every match. Five statements whatever the page size.
   */
  async search(
    deps: CommerceDeps,
    channelSlug: string,
    filter: ProductFilter | null | undefined,
    sort: ProductSort | null | undefined,
    args: PageArgs,
  ): Promise<Connection<ProductRow> & { facets: { categories: FacetCount[]; attributes: FacetCount[] } }> {
    const order = sort ?? 'RELEVANCE';
    const list = `products:${order}`;
    offsetOf(args.after, list);
    const channel = await this.channel(deps, channelSlug);
    const em = deps.em;
    const where: FilterQuery<ProductRow>[] = [];
    const query = filter?.search?.trim() ?? '';
    if (filter?.search != null) where.push(searchCondition<ProductRow>(em, filter.search, 'filter.search'));
    if (filter?.categoryId != null) where.push({ categoryId: filter.categoryId });
    let pair: string | null = null;
    if (filter?.attribute != null) {
      pair = this.attributePair(filter.attribute);
      if (!pair) throw badInput('filter.attribute must be written name:value (e.g. color:blue).', 'filter.attribute');
    }
    const base = () => {
      const qb = em.createQueryBuilder(Product, 'p').where(where.length ? { $and: where } : {});
      qb.andWhere('exists (select 1 from commerce_variant_prices vp where vp.product_id = p.id and vp.channel_id = ?)', [channel.id]);
      if (pair) qb.andWhere('exists (select 1 from commerce_product_attributes pa where pa.product_id = p.id and pa.pair = ?)', [pair]);
      return qb;
    };
    let facets = { categories: [] as FacetCount[], attributes: [] as FacetCount[] };
    const connection = await paginateByOffset(args, list, async (offset, limit) => {
      const totalCount = await base().getCount();
      const page = base().getKnexQuery();
      if (order === 'RELEVANCE' && query) {
        const score = relevanceScore(query, [
          { column: 'p.name_text', weight: 3 },
          { column: 'p.search_text', weight: 1 },
        ]);
        page.orderByRaw(`${score.sql} desc`, score.bindings);
      }
      page.orderBy([{ column: 'p.sort_name' }, { column: 'p.id' }]);
      page.limit(limit).offset(offset);
      const rows = await em.execute<Record<string, unknown>[]>(page);
      const items = rows.map((row) => em.map(Product, row as never) as ProductRow);
      const knex = em.getKnex();
      const ids = base().select('p.id').getKnexQuery();
      const [categories, attributes] = await Promise.all([
        facetCounts(em, base().getKnexQuery(), 'p.category_id'),
        facetCounts(em, knex.from('commerce_product_attributes as a').whereIn('a.product_id', ids), 'a.pair'),
      ]);
      facets = { categories, attributes };
      return { items, totalCount };
    });
    return { ...connection, facets };
  }

  private attributePair(text: string): string | null {
    const at = text.indexOf(':');
    if (at < 1) return null;
    const name = text.slice(0, at).trim().toLowerCase();
    const value = cleanTag(text.slice(at + 1));
    return ATTRIBUTE_NAME.test(name) && value ? `${name}:${value}` : null;
  }

  // -------------------------------------------------------------------------------------------
  // Catalogue management

  async createProduct(deps: CommerceDeps, input: CreateProductInput): Promise<Payload<{ product: ProductRow }>> {
    requireStaff(deps.viewer);
    const errors: UserError[] = [];
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) errors.push(fieldError('input.slug', 'slug must be 1 to 60 lower-case letters, digits or -.'));
    const name = cleanText(input.name, 'input.name', 1, 200, errors);
    const description = input.description == null ? '' : cleanText(input.description, 'input.description', 0, 5000, errors);
    if (input.categoryId != null && !(await deps.loaders.categoryById.load(input.categoryId)))
      errors.push({ field: 'input.categoryId', message: 'There is no such category.', code: ErrorCode.NOT_FOUND });
    const attributes: { name: string; value: string }[] = [];
    if ((input.attributes?.length ?? 0) > 20) errors.push(fieldError('input.attributes', 'At most 20 attributes.'));
    for (const [i, a] of (input.attributes ?? []).slice(0, 20).entries()) {
      const pair = this.attributePair(`${a.name}:${a.value}`);
      if (!pair)
        errors.push(
          fieldError(
            `input.attributes.${i}`,
            'An attribute name is 1 to 40 lower-case letters, digits, _ or -; a value 1 to 40 letters, digits, spaces, _ or -.',
          ),
        );
      else attributes.push({ name: pair.slice(0, pair.indexOf(':')), value: pair.slice(pair.indexOf(':') + 1) });
    }
    if (input.variants.length < 1 || input.variants.length > 50)
      errors.push(fieldError('input.variants', 'A product has 1 to 50 variants.'));
    const channels = new Map<string, ChannelRow>();
    const variants: { sku: string; name: string; prices: { channel: ChannelRow; amount: number; taxRateBps: number }[] }[] = [];
    for (const [i, v] of input.variants.slice(0, 50).entries()) {
      const sku = v.sku.trim();
      if (!SKU.test(sku)) errors.push(fieldError(`input.variants.${i}.sku`, 'sku must be 1 to 64 letters, digits, ., _, : or -.'));
      const vname = cleanText(v.name, `input.variants.${i}.name`, 1, 100, errors);
      const prices: { channel: ChannelRow; amount: number; taxRateBps: number }[] = [];
      for (const [j, price] of (v.prices ?? []).slice(0, 20).entries()) {
        const checked = await this.checkPrice(deps, price, `input.variants.${i}.prices.${j}`, errors, channels);
        if (checked) {
          if (prices.some((p) => p.channel.id === checked.channel.id))
            errors.push(fieldError(`input.variants.${i}.prices.${j}.channel`, 'One price per channel.'));
          prices.push(checked);
        }
      }
      variants.push({ sku, name: vname, prices });
    }
    if (new Set(variants.map((v) => v.sku)).size !== variants.length)
      errors.push(fieldError('input.variants', 'Each variant needs its own sku.'));
    if (errors.length) return fail(errors);
    const em = deps.em.fork();
    const product = em.create(Product, {
      id: newId(),
      slug,
      name,
      sortName: sortKey(name, 100),
      description,
      categoryId: input.categoryId ?? null,
      attributes,
      nameText: searchText([name]).slice(0, 400),
      searchText: searchText([name, description, ...attributes.map((a) => `${a.name} ${a.value}`)]),
    });
    for (const a of attributes) em.create(ProductAttributeValue, { id: newId(), productId: product.id, pair: `${a.name}:${a.value}` });
    for (const v of variants) {
      const variant = em.create(Variant, { id: newId(), productId: product.id, sku: v.sku, name: v.name });
      for (const p of v.prices) {
        em.create(VariantPrice, {
          id: newId(),
          variantId: variant.id,
          channelId: p.channel.id,
          productId: product.id,
          amount: p.amount,
          taxRateBps: p.taxRateBps,
        });
      }
    }
    const conflict = await flushOrConflict(
      em,
      'input.slug',
      'A product with this slug, or a variant with one of these SKUs, exists already.',
    );
    if (conflict.length) return fail(conflict);
    return ok({ product });
  }

  private async checkPrice(
    deps: CommerceDeps,
    price: PriceInput,
    field: string,
    errors: UserError[],
    cache = new Map<string, ChannelRow>(),
  ): Promise<{ channel: ChannelRow; amount: number; taxRateBps: number } | null> {
    const before = errors.length;
    const slug = price.channel.trim().toLowerCase();
    const channel = cache.get(slug) ?? (SLUG.test(slug) ? await deps.loaders.channelBySlug.load(slug) : null);
    if (!channel) {
      errors.push({
        field: `${field}.channel`,
        message: `There is no channel "${price.channel.slice(0, 40)}".`,
        code: ErrorCode.NOT_FOUND,
      });
      return null;
    }
    cache.set(slug, channel);
    if (!Number.isInteger(price.amount) || price.amount < 0 || price.amount > MAX_PRICE)
      errors.push(fieldError(`${field}.amount`, `amount must be a whole number of minor units from 0 to ${MAX_PRICE}.`));
    if (!Number.isInteger(price.taxRateBps) || price.taxRateBps < 0 || price.taxRateBps > 10_000)
      errors.push(fieldError(`${field}.taxRateBps`, 'taxRateBps must be a whole number from 0 to 10,000 (basis points).'));
    if (price.currency != null && price.currency.trim().toUpperCase() !== channel.currency)
      errors.push(
        fieldError(
          `${field}.currency`,
          `Channel ${channel.slug} sells in ${channel.currency}, not ${price.currency.trim().slice(0, 3).toUpperCase()}.`,
        ),
      );
    return errors.length === before ? { channel, amount: price.amount, taxRateBps: price.taxRateBps } : null;
  }

  async setVariantPrice(deps: CommerceDeps, variantId: string, input: PriceInput): Promise<Payload<{ variant: VariantRow }>> {
    requireStaff(deps.viewer);
    const variant = await deps.loaders.variantById.load(variantId);
    if (!variant) return fail({ field: 'variantId', message: 'There is no such variant.', code: ErrorCode.NOT_FOUND });
    const errors: UserError[] = [];
    const price = await this.checkPrice(deps, input, 'price', errors);
    if (!price) return fail(errors);
    const em = deps.em.fork();
    const updated = await em.nativeUpdate(
      VariantPrice,
      { variantId, channelId: price.channel.id },
      { amount: price.amount, taxRateBps: price.taxRateBps },
    );
    if (!updated) {
      em.create(VariantPrice, {
        id: newId(),
        variantId,
        channelId: price.channel.id,
        productId: variant.productId,
        amount: price.amount,
        taxRateBps: price.taxRateBps,
      });
      const conflict = await flushOrConflict(em, 'price', 'The price was set by someone else at the same moment; try again.');
      if (conflict.length) return fail(conflict);
    }
    return ok({ variant });
  }

  // -------------------------------------------------------------------------------------------
  // Carts

  /** The owner key of the cart a selector names; UNAUTHENTICATED when neither signed in nor a guest. */
  private async ownerOf(deps: CommerceDeps, selector: CartSelector): Promise<{ key: string; ownerId: string | null; channel: ChannelRow }> {
    const channel = await this.channel(deps, selector.channel, 'selector.channel');
    if (selector.guestToken != null) {
      if (!GUEST_TOKEN.test(selector.guestToken)) throw badInput('selector.guestToken is not a guest cart token.', 'selector.guestToken');
      return { key: `guest:${hashToken(selector.guestToken)}`, ownerId: null, channel };
    }
    const viewer = deps.viewer;
    if (!viewer) throw unauthenticated('Sign in, or pass the guest cart token from createGuestCart.');
    return { key: `user:${viewer.userId}:${channel.id}`, ownerId: viewer.userId, channel };
  }

  async cart(deps: CommerceDeps, selector: CartSelector): Promise<CartRow | null> {
    const owner = await this.ownerOf(deps, selector);
    const cart = await deps.em.findOne(Cart, { ownerKey: owner.key });
    if (cart && cart.channelId !== owner.channel.id) throw badInput('This guest cart belongs to another channel.', 'selector.channel');
    return cart;
  }

  /** The selector's cart, created when missing (a concurrent creation wins and is read back). */
  private async cartFor(deps: CommerceDeps, selector: CartSelector): Promise<CartRow> {
    const existing = await this.cart(deps, selector);
    if (existing) return existing;
    const owner = await this.ownerOf(deps, selector);
    if (!owner.ownerId) throw badInput('There is no guest cart with this token; start one with createGuestCart.', 'selector.guestToken');
    const em = deps.em.fork();
    em.create(Cart, {
      id: newId(),
      ownerKey: owner.key,
      ownerId: owner.ownerId,
      channelId: owner.channel.id,
      shippingAddress: null,
      shippingMethodId: null,
    });
    await flushOrConflict(em, null, 'exists');
    return (await deps.em.fork().findOne(Cart, { ownerKey: owner.key }))!;
  }

  async createGuestCart(deps: CommerceDeps, channelSlug: string) {
    const channel = await this.channel(deps, channelSlug);
    const guestToken = randomBytes(32).toString('base64url');
    const em = deps.em.fork();
    const cart = em.create(Cart, {
      id: newId(),
      ownerKey: `guest:${hashToken(guestToken)}`,
      ownerId: null,
      channelId: channel.id,
      shippingAddress: null,
      shippingMethodId: null,
    });
    await em.flush();
    return { cart, guestToken, errors: [] };
  }

  async cartLines(deps: CommerceDeps, cart: CartRow): Promise<CartLineRow[]> {
    return deps.em.find(CartLine, { cartId: cart.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The cart's lines priced in its channel now, and the totals. */
  async price(
    deps: CommerceDeps,
    cart: CartRow,
    em: Em = deps.em,
    known?: ChannelRow,
  ): Promise<{ lines: PricedLine[]; totals: TotalsData; channel: ChannelRow; method: ShippingMethodRow | null }> {
    // Inside a transaction only `em` (the transaction) may be used: SQLite has one connection.
    const channel =
      known?.id === cart.channelId
        ? known
        : em === deps.em
          ? (await deps.loaders.channelById.load(cart.channelId))!
          : (await em.findOne(Channel, { id: cart.channelId }))!;
    const lines = await em.find(CartLine, { cartId: cart.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const variantIds = lines.map((l) => l.variantId);
    const [variants, prices, method] = await Promise.all([
      variantIds.length ? em.find(Variant, { id: { $in: variantIds } }) : [],
      variantIds.length ? em.find(VariantPrice, { variantId: { $in: variantIds }, channelId: channel.id }) : [],
      cart.shippingMethodId ? em.findOne(ShippingMethod, { id: cart.shippingMethodId, channelId: channel.id }) : null,
    ]);
    const priced = lines.map((line) => {
      const price = prices.find((p) => p.variantId === line.variantId) ?? null;
      const net = price ? price.amount * line.quantity : 0;
      return {
        line,
        variant: variants.find((v) => v.id === line.variantId) ?? null,
        price,
        net,
        tax: price ? lineTax(net, price.taxRateBps) : 0,
      };
    });
    const subtotal = priced.reduce((s, l) => s + l.net, 0);
    const tax = priced.reduce((s, l) => s + l.tax, 0);
    const shipping = method?.price ?? 0;
    return {
      lines: priced,
      channel,
      method,
      totals: { currency: channel.currency, subtotal, tax, shipping, total: subtotal + tax + shipping },
    };
  }

  async addToCart(deps: CommerceDeps, selector: CartSelector, variantId: string, quantity: number): Promise<Payload<{ cart: CartRow }>> {
    const bad = checkQuantity(quantity, 'quantity', 1);
    if (bad) return fail(bad);
    const owner = await this.ownerOf(deps, selector);
    const refusal = await this.sellable(deps, variantId, owner.channel);
    if (refusal) return fail(refusal);
    const cart = await this.cartFor(deps, selector);
    const error = await inTransaction(deps.em, async (tx): Promise<UserError | null> => {
      await lockRow(tx, Cart, { id: cart.id });
      const line = await tx.findOne(CartLine, { cartId: cart.id, variantId });
      if (line) {
        if (line.quantity + quantity > MAX_LINE_QUANTITY)
          return fieldError('quantity', `A line holds at most ${MAX_LINE_QUANTITY} units; this one has ${line.quantity}.`);
        line.quantity += quantity;
      } else {
        if ((await tx.count(CartLine, { cartId: cart.id })) >= MAX_CART_LINES)
          return fieldError('variantId', `A cart holds at most ${MAX_CART_LINES} lines.`);
        tx.create(CartLine, { id: newId(), cartId: cart.id, variantId, quantity });
      }
      await tx.flush();
      return null;
    });
    return error ? fail(error) : ok({ cart });
  }

  /** Why a variant cannot go into a cart of `channel` (unknown, or not sold there), or null. */
  private async sellable(deps: CommerceDeps, variantId: string, channel: ChannelRow): Promise<UserError | null> {
    const variant = await deps.loaders.variantById.load(variantId);
    if (!variant) return { field: 'variantId', message: 'There is no such variant.', code: ErrorCode.NOT_FOUND };
    const prices = await deps.loaders.pricesByVariant.load(variantId);
    if (!prices.some((p) => p.channelId === channel.id))
      return fieldError('variantId', `This variant is not sold in channel ${channel.slug} (${channel.currency}).`);
    return null;
  }

  async setLineQuantity(
    deps: CommerceDeps,
    selector: CartSelector,
    variantId: string,
    quantity: number,
  ): Promise<Payload<{ cart: CartRow }>> {
    const bad = checkQuantity(quantity, 'quantity', 0);
    if (bad) return fail(bad);
    const cart = await this.cart(deps, selector);
    if (!cart) return fail({ field: 'variantId', message: 'The cart has no line for this variant.', code: ErrorCode.NOT_FOUND });
    const em = deps.em.fork();
    const changed =
      quantity === 0
        ? await em.nativeDelete(CartLine, { cartId: cart.id, variantId })
        : await em.nativeUpdate(CartLine, { cartId: cart.id, variantId }, { quantity });
    if (!changed) return fail({ field: 'variantId', message: 'The cart has no line for this variant.', code: ErrorCode.NOT_FOUND });
    return ok({ cart });
  }

  async setShippingAddress(deps: CommerceDeps, selector: CartSelector, input: AddressInput): Promise<Payload<{ cart: CartRow }>> {
    const errors: UserError[] = [];
    const address: AddressData = {
      name: cleanText(input.name, 'address.name', 1, 100, errors),
      street: cleanText(input.street, 'address.street', 1, 200, errors),
      city: cleanText(input.city, 'address.city', 1, 100, errors),
      postalCode: cleanText(input.postalCode, 'address.postalCode', 1, 20, errors),
      country: input.country.trim().toUpperCase(),
    };
    if (!/^[A-Z]{2}$/.test(address.country))
      errors.push(fieldError('address.country', 'country must be a two-letter ISO 3166-1 code such as FR.'));
    if (errors.length) return fail(errors);
    const cart = await this.cartFor(deps, selector);
    await deps.em.fork().nativeUpdate(Cart, { id: cart.id }, { shippingAddress: address });
    return ok({ cart: (await deps.em.fork().findOne(Cart, { id: cart.id }))! });
  }

  async setShippingMethod(deps: CommerceDeps, selector: CartSelector, methodId: string): Promise<Payload<{ cart: CartRow }>> {
    const owner = await this.ownerOf(deps, selector);
    const method = await deps.loaders.shippingMethodById.load(methodId);
    if (!method || method.channelId !== owner.channel.id)
      return fail({
        field: 'shippingMethodId',
        message: `Channel ${owner.channel.slug} has no such shipping method.`,
        code: ErrorCode.NOT_FOUND,
      });
    const cart = await this.cartFor(deps, selector);
    await deps.em.fork().nativeUpdate(Cart, { id: cart.id }, { shippingMethodId: method.id });
    return ok({ cart: (await deps.em.fork().findOne(Cart, { id: cart.id }))! });
  }

  /** Moves a guest cart's lines into the viewer's cart of its channel, then deletes the guest cart; one transaction. */
  async mergeGuestCart(deps: CommerceDeps, guestToken: string): Promise<Payload<{ cart: CartRow }>> {
    requireViewer(deps.viewer);
    if (!GUEST_TOKEN.test(guestToken)) return fail(fieldError('guestToken', 'guestToken is not a guest cart token.'));
    const guest = await deps.em.fork().findOne(Cart, { ownerKey: `guest:${hashToken(guestToken)}` });
    if (!guest)
      return fail({
        field: 'guestToken',
        message: 'There is no guest cart with this token (it may be merged already).',
        code: ErrorCode.NOT_FOUND,
      });
    const channel = (await deps.loaders.channelById.load(guest.channelId))!;
    const mine = await this.cartFor(deps, { channel: channel.slug });
    await inTransaction(deps.em, async (tx) => {
      const locked = await lockRow(tx, Cart, { id: guest.id });
      if (!locked) return; // merged by a concurrent call
      await lockRow(tx, Cart, { id: mine.id });
      const theirs = await tx.find(CartLine, { cartId: guest.id });
      const ours = await tx.find(CartLine, { cartId: mine.id });
      for (const line of theirs) {
        const same = ours.find((l) => l.variantId === line.variantId);
        if (same) same.quantity = Math.min(MAX_LINE_QUANTITY, same.quantity + line.quantity);
        else if (ours.length < MAX_CART_LINES)
          ours.push(tx.create(CartLine, { id: newId(), cartId: mine.id, variantId: line.variantId, quantity: line.quantity }));
      }
      const target = await tx.findOne(Cart, { id: mine.id });
      if (target && !target.shippingAddress && locked.shippingAddress) target.shippingAddress = locked.shippingAddress;
      if (target && !target.shippingMethodId && locked.shippingMethodId) target.shippingMethodId = locked.shippingMethodId;
      await tx.nativeDelete(CartLine, { cartId: guest.id });
      await tx.flush();
      await tx.nativeDelete(Cart, { id: guest.id });
    });
    return ok({ cart: (await deps.em.fork().findOne(Cart, { id: mine.id }))! });
  }

  // -------------------------------------------------------------------------------------------
  // Checkout and orders

  /**
   * Places the viewer's cart of `channelSlug` as an order, all or nothing: every line priced in the
   * channel, an address and a shipping method, the currency and total the buyer saw equal to the
   * server's now (otherwise CONFLICT on `expectedTotal` with the new totals, nothing written). The
   * cart row is locked, so a cart is placed once however many requests race.
   */
  async checkoutComplete(
    deps: CommerceDeps,
    channelSlug: string,
    expectedTotal: number,
    currency: string,
  ): Promise<{ order: OrderRow | null; totals: TotalsData | null; errors: UserError[] }> {
    const viewer = requireViewer(deps.viewer);
    const channel = await this.channel(deps, channelSlug);
    const cart = await deps.em.fork().findOne(Cart, { ownerKey: `user:${viewer.userId}:${channel.id}` });
    if (!cart) return { order: null, totals: null, errors: [fieldError('channel', 'Your cart in this channel is empty.')] };
    const result = await inTransaction(deps.em, async (tx) => {
      const locked = await lockRow(tx, Cart, { id: cart.id });
      if (!locked)
        return {
          order: null,
          totals: null,
          errors: [{ field: 'channel', message: 'This cart was placed as an order already.', code: ErrorCode.CONFLICT }],
        };
      // The channel read before the transaction (channels are not edited by checkout) and the shipping
      // method read by the pricing: fewer statements while the transaction holds SQLite's one connection.
      const { lines, totals, method } = await this.price(deps, locked, tx, channel);
      const errors: UserError[] = [];
      if (!lines.length) errors.push(fieldError('channel', 'Your cart in this channel is empty.'));
      lines.forEach((l, i) => {
        if (!l.variant || !l.price)
          errors.push(fieldError(`lines.${i}`, `Variant ${l.line.variantId} is no longer sold in channel ${channel.slug}; remove it.`));
      });
      if (!locked.shippingAddress) errors.push(fieldError('shippingAddress', 'Set a shipping address first.'));
      if (!method) errors.push(fieldError('shippingMethod', 'Choose a shipping method first.'));
      if (currency.trim().toUpperCase() !== channel.currency)
        errors.push(
          fieldError('currency', `Channel ${channel.slug} sells in ${channel.currency}, not ${currency.trim().slice(0, 3).toUpperCase()}.`),
        );
      else if (expectedTotal !== totals.total)
        errors.push({
          field: 'expectedTotal',
          message: `The total is now ${totals.total} (you saw ${expectedTotal}): prices changed. Check the new total and place the order again.`,
          code: ErrorCode.CONFLICT,
        });
      if (errors.length) return { order: null, totals, errors };
      const order = tx.create(Order, {
        id: newId(),
        buyerId: viewer.userId,
        channelId: channel.id,
        channelSlug: channel.slug,
        status: 'UNFULFILLED',
        stockStatus: 'PENDING',
        paymentStatus: 'PENDING',
        ...totals,
        shippingAddress: locked.shippingAddress!,
        shippingMethod: method!.name,
      });
      const products = await tx.find(Product, { id: { $in: [...new Set(lines.map((l) => l.variant!.productId))] } });
      for (const l of lines) {
        tx.create(OrderLine, {
          id: newId(),
          orderId: order.id,
          variantId: l.variant!.id,
          productName: products.find((p) => p.id === l.variant!.productId)?.name ?? '',
          variantName: l.variant!.name,
          sku: l.variant!.sku,
          quantity: l.line.quantity,
          unitPrice: l.price!.amount,
          taxRateBps: l.price!.taxRateBps,
          tax: l.tax,
          total: l.net + l.tax,
        });
      }
      tx.create(OrderStatusChange, { id: newId(), orderId: order.id, status: 'UNFULFILLED', note: null, actorId: viewer.userId });
      recordEvent(tx, COMMERCE_EVENTS.checkoutCompleted, {
        ...this.orderPayload(order, 'UNFULFILLED'),
        lines: lines.map((l) => ({ variantId: l.variant!.id, quantity: l.line.quantity })),
      });
      await tx.nativeDelete(CartLine, { cartId: locked.id });
      await tx.flush();
      await tx.nativeDelete(Cart, { id: locked.id });
      return { order, totals, errors: [] as UserError[] };
    });
    return result.errors.length ? result : { ...result, order: await deps.em.fork().findOne(Order, { id: result.order!.id }) };
  }

  /** The notification-ready payload of an order event (notifications reads recipientIds, title, body). */
  orderPayload(order: OrderRow, status: OrderStatus, actorId: string | null = null): Record<string, unknown> {
    return {
      orderId: order.id,
      buyerId: order.buyerId,
      status,
      total: order.total,
      currency: order.currency,
      channel: order.channelSlug,
      recipientIds: [order.buyerId],
      actorId,
      title: `Your order ${STATUS_WORDS[status]}`,
      body: `Order ${order.id.slice(-8)} (${(order.total / 100).toFixed(2)} ${order.currency}) ${STATUS_WORDS[status]}.`,
    };
  }

  async order(deps: CommerceDeps, id: string): Promise<OrderRow | null> {
    const viewer = requireViewer(deps.viewer);
    const order = await deps.loaders.orderById.load(id);
    return order && (order.buyerId === viewer.userId || isStaff(viewer)) ? order : null;
  }

  myOrders(deps: CommerceDeps, args: PageArgs): Promise<Connection<OrderRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, Order, { buyerId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' }, { list: 'myOrders' });
  }

  orders(deps: CommerceDeps, status: OrderStatus | null | undefined, args: PageArgs): Promise<Connection<OrderRow>> {
    requireStaff(deps.viewer);
    return paginate(deps.em, Order, status ? { status } : {}, args, { createdAt: 'desc', id: 'desc' }, { list: 'orders' });
  }

  async cancelOrder(deps: CommerceDeps, id: string, note: string | null | undefined): Promise<Payload<{ order: OrderRow }>> {
    const viewer = requireViewer(deps.viewer);
    const order = await this.order(deps, id);
    if (!order) throw notFound('Order', id);
    if (order.buyerId !== viewer.userId && !isStaff(viewer)) throw notFound('Order', id);
    return this.transition(deps.em, order.id, 'CANCELLED', note, viewer.userId);
  }

  async setOrderStatus(
    deps: CommerceDeps,
    id: string,
    status: OrderStatus,
    note: string | null | undefined,
  ): Promise<Payload<{ order: OrderRow }>> {
    const viewer = requireStaff(deps.viewer);
    if (status === 'UNFULFILLED') return fail(fieldError('status', 'An order cannot go back to UNFULFILLED.'));
    return this.transition(deps.em, id, status, note, viewer.userId);
  }

  /**
   * The move itself in the caller's transaction `tx` (a request's, or a saga consumer's): a conditional
   * update from the status read, the history row and the event. Null when done (or already there).
   */
  async applyTransition(tx: Em, order: OrderRow, to: OrderStatus, note: string | null, actorId: string | null): Promise<UserError | null> {
    const from = order.status as OrderStatus;
    if (from === to) return null;
    if (!TRANSITIONS[from].includes(to))
      return { field: 'status', message: `An order that is ${from} cannot become ${to}.`, code: ErrorCode.INVALID_STATE };
    const moved = await tx.nativeUpdate(Order, { id: order.id, status: from }, { status: to });
    if (!moved) return { field: 'status', message: 'The order changed at the same moment; read it again.', code: ErrorCode.INVALID_STATE };
    tx.create(OrderStatusChange, { id: newId(), orderId: order.id, status: to, note, actorId });
    recordEvent(tx, STATUS_EVENT[to]!, this.orderPayload(order, to, actorId));
    await tx.flush();
    return null;
  }

  /**
   * The saga's own move PAID → CANCELLED (no one else may make it): inventory could not ship a paid
   * order's units because its reservation had expired or been released before `commerce.order.paid`
   * reached it. Conditional on PAID and on the stock not being committed; the caller asks payments for
   * the refund, and `payments.refund.succeeded` then makes the order REFUNDED.
   */
  async cancelPaidWithoutStock(tx: Em, order: OrderRow, note: string): Promise<boolean> {
    const moved = await tx.nativeUpdate(
      Order,
      { id: order.id, status: 'PAID', stockStatus: { $ne: 'COMMITTED' } },
      { status: 'CANCELLED', stockStatus: 'RELEASED' },
    );
    if (!moved) return false;
    order.status = 'CANCELLED';
    order.stockStatus = 'RELEASED';
    tx.create(OrderStatusChange, { id: newId(), orderId: order.id, status: 'CANCELLED', note, actorId: null });
    recordEvent(tx, STATUS_EVENT.CANCELLED!, this.orderPayload(order, 'CANCELLED'));
    await tx.flush();
    return true;
  }

  /**
   * The saga's own move CANCELLED → REFUNDED (no one else may make it): a payment that arrived after
   * the order was cancelled has been refunded automatically. Conditional on CANCELLED, with the
   * history row and `commerce.order.refunded` (the buyer's notification) in the consumer's transaction.
   */
  async markRefundedAfterCancel(tx: Em, order: OrderRow, amount: number): Promise<boolean> {
    const moved = await tx.nativeUpdate(Order, { id: order.id, status: 'CANCELLED' }, { status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    if (!moved) return false;
    order.status = 'REFUNDED';
    order.paymentStatus = 'REFUNDED';
    const money = Number.isInteger(amount) ? ` (${(amount / 100).toFixed(2)} ${order.currency})` : '';
    tx.create(OrderStatusChange, {
      id: newId(),
      orderId: order.id,
      status: 'REFUNDED',
      note: `The payment${money} arrived after the order was cancelled and was refunded automatically.`,
      actorId: null,
    });
    recordEvent(tx, STATUS_EVENT.REFUNDED!, this.orderPayload(order, 'REFUNDED'));
    await tx.flush();
    return true;
  }

  /**
   * Moves an order to `to` if its current status allows it: a conditional update from the status
   * read (a concurrent move makes it affect no row: INVALID_STATE), the history row and the event in
   * the same transaction. Moving to the status it has already is a no-op answer (idempotent).
   */
  async transition(
    em: Em,
    id: string,
    to: OrderStatus,
    note: string | null | undefined,
    actorId: string | null,
  ): Promise<Payload<{ order: OrderRow }>> {
    const cleanNote = note == null ? null : note.trim().slice(0, 500) || null;
    if (note != null && CONTROL.test(note)) return fail(fieldError('note', 'note must not contain control characters.'));
    const result = await inTransaction(em, async (tx): Promise<UserError | null> => {
      const order = await tx.findOne(Order, { id });
      if (!order) throw notFound('Order', id);
      return this.applyTransition(tx, order, to, cleanNote, actorId);
    });
    if (result) return fail(result);
    return ok({ order: (await em.fork().findOne(Order, { id }))! });
  }
}

/** A cart line as the API shows it (priced now). */
export interface CartLineData {
  id: string;
  variantId: string;
  quantity: number;
  unitPrice: number | null;
  tax: number | null;
  total: number | null;
}
