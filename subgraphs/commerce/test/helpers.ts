import { newId, type Em } from '../../../kit';
import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';
import { User } from '../../identity/src/entities';
import { Category, Channel, ShippingMethod } from '../src/entities';

export const ERRORS = 'errors { field message code }';
export const CART_FIELDS = `id channel { slug currency } lines { variant { id sku } quantity unitPrice tax total }
  shippingAddress { name country } shippingMethod { id name price } totals { currency subtotal tax shipping total }`;
export const ADD = `mutation($s: CartSelector!, $v: ID!, $q: Int!) { addToCart(selector: $s, variantId: $v, quantity: $q) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const CART = `query($s: CartSelector!) { cart(selector: $s) { ${CART_FIELDS} } }`;
export const ADDRESS = `mutation($s: CartSelector!, $a: AddressInput!) { setShippingAddress(selector: $s, address: $a) { cart { id } ${ERRORS} } }`;
export const METHOD = `mutation($s: CartSelector!, $m: ID!) { setShippingMethod(selector: $s, shippingMethodId: $m) { cart { id totals { total } } ${ERRORS} } }`;
export const CHECKOUT = `mutation($c: String!, $t: Int!, $cur: String!) { checkoutComplete(channel: $c, expectedTotal: $t, currency: $cur) {
  order { id status channel totals { currency subtotal tax shipping total } lines { sku productName quantity unitPrice taxRateBps tax total }
    shippingAddress { name city } shippingMethod history { status note } }
  totals { total } ${ERRORS} } }`;
export const CREATE_PRODUCT = `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id slug variants(first: 10) { edges { node { id sku } } } } ${ERRORS} } }`;
export const SET_STATUS = `mutation($id: ID!, $s: OrderStatus!, $n: String) { setOrderStatus(id: $id, status: $s, note: $n) { order { id status history { status note } } ${ERRORS} } }`;

export const ADDRESS_INPUT = { name: 'Ada Lovelace', street: '1 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'fr' };

let counter = 0;
/** A label no other test uses. */
export function unique(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}`;
}

/** A signed-up user given a global role, logged in again for a token with it. */
export async function staffUser(stack: TestStack, role: 'admin' | 'commerce' | 'inventory', name: string = role): Promise<TestUser> {
  const user = await signUpUser(stack.url, name);
  const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
  await identity.orm.em.fork().nativeUpdate(User, { id: user.id }, { roles: ['user', role] });
  return { ...user, token: await logInUser(stack.url, user.email) };
}

/** Sends one operation and fails the test on GraphQL errors. */
export async function ok<T = any>(
  stack: TestStack,
  user: TestUser | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await gql(stack.url, query, variables, user ? { token: user.token } : {});
  if (res.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

export function commerceEm(stack: TestStack): Em {
  return stack.subgraphs.find((s) => s.name === 'commerce')!.orm.em.fork();
}

/** A channel (and its two shipping methods) written straight to commerce's database; channels are set up by operators. */
export async function channelWith(stack: TestStack, currency: string): Promise<{ slug: string; standard: string; express: string }> {
  const em = commerceEm(stack);
  const slug = unique(currency.toLowerCase()).toLowerCase().slice(0, 40);
  const channel = em.create(Channel, { id: newId(), slug, name: `Shop ${slug}`, currency, active: true });
  const standard = em.create(ShippingMethod, { id: newId(), channelId: channel.id, name: 'Standard', price: 500 });
  const express = em.create(ShippingMethod, { id: newId(), channelId: channel.id, name: 'Express', price: 1500 });
  await em.flush();
  return { slug, standard: standard.id, express: express.id };
}

export async function category(stack: TestStack, name: string): Promise<string> {
  const em = commerceEm(stack);
  const c = em.create(Category, { id: newId(), slug: unique(name.toLowerCase()), name });
  await em.flush();
  return c.id;
}

/** Creates a product with one variant per `[sku suffix, price]` in `channel`; returns the variant ids by suffix. */
export async function product(
  stack: TestStack,
  admin: TestUser,
  channel: string,
  name: string,
  variants: [string, number][],
  extra: Record<string, unknown> = {},
): Promise<Record<string, string>> {
  const slug = unique(name.toLowerCase().replace(/[^a-z0-9]+/g, '-')).slice(0, 60);
  const data = await ok(stack, admin, CREATE_PRODUCT, {
    i: {
      slug,
      name,
      variants: variants.map(([suffix, amount]) => ({
        sku: `${slug}-${suffix}`.slice(0, 64),
        name: suffix,
        prices: [{ channel, amount, taxRateBps: 2000 }],
      })),
      ...extra,
    },
  });
  if (data.createProduct.errors.length) throw new Error(JSON.stringify(data.createProduct.errors));
  const ids: Record<string, string> = {};
  for (const e of data.createProduct.product.variants.edges) ids[e.node.sku.slice(e.node.sku.lastIndexOf('-') + 1)] = e.node.id;
  return ids;
}

/** Fills `user`'s cart in `channel` with `lines`, sets the address and the standard method; returns the total shown. */
export async function readyCart(
  stack: TestStack,
  user: TestUser,
  channel: { slug: string; standard: string },
  lines: [string, number][],
): Promise<number> {
  const s = { channel: channel.slug };
  for (const [v, q] of lines) {
    const r = await ok(stack, user, ADD, { s, v, q });
    if (r.addToCart.errors.length) throw new Error(JSON.stringify(r.addToCart.errors));
  }
  await ok(stack, user, ADDRESS, { s, a: ADDRESS_INPUT });
  const m = await ok(stack, user, METHOD, { s, m: channel.standard });
  return m.setShippingMethod.cart.totals.total;
}
