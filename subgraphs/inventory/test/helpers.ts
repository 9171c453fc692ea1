import type { Knex } from '@mikro-orm/knex';
import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';
import { User } from '../../identity/src/entities';

export const PAYLOAD_ERRORS = 'errors { field message code }';
export const RESERVE = `mutation($input: ReserveStockInput!) { reserveStock(input: $input) {
  __typename
  ... on StockReservation { id reference status expiresAt lines { variantId quantity serials location { id code } } }
  ... on InsufficientStock { variantId requested available message }
} }`;
export const COMMIT = `mutation($r: String!) { commitStockReservation(reference: $r) { reservation { id status closedAt lines { variantId quantity serials } } ${PAYLOAD_ERRORS} } }`;
export const RELEASE = `mutation($r: String!) { releaseStockReservation(reference: $r) { reservation { id status closedAt } ${PAYLOAD_ERRORS} } }`;
export const RECEIVE = `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) {
  levels { onHand reserved available location { id } } movements { kind quantity onHandChange serials batch } ${PAYLOAD_ERRORS} } }`;
export const STOCK = `query($id: ID!) { inventoryVariant(id: $id) { id available inStock onHand reserved } }`;

let counter = 0;
/** A variant id no other test uses. */
export function variantId(label = 'v'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}`;
}

/** A signed-up user given a global role (`admin` or `inventory`), logged in again for a token with it. */
export async function staffUser(stack: TestStack, role: 'admin' | 'inventory', name = role): Promise<TestUser> {
  const user = await signUpUser(stack.url, name);
  const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
  await identity.orm.em.fork().nativeUpdate(User, { id: user.id }, { roles: ['user', role] });
  return { ...user, token: await logInUser(stack.url, user.email) };
}

/** Sends one operation as `user` and fails the test on GraphQL errors. */
export async function ok<T = any>(stack: TestStack, user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql(stack.url, query, variables, { token: user.token });
  if (res.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

/** A new warehouse (priority given) with one location per code; returns their ids. */
export async function warehouseWith(
  stack: TestStack,
  staff: TestUser,
  priority: number,
  codes: string[],
): Promise<{ warehouseId: string; locations: string[] }> {
  const code = `W${Date.now().toString(36).slice(-5)}${(counter += 1)}`.toUpperCase();
  const w = await ok(
    stack,
    staff,
    `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } ${PAYLOAD_ERRORS} } }`,
    {
      i: { code, name: `Warehouse ${code}`, priority },
    },
  );
  const warehouseId = w.createWarehouse.warehouse.id;
  const locations: string[] = [];
  for (const c of codes) {
    const l = await ok(
      stack,
      staff,
      `mutation($i: CreateStockLocationInput!) { createStockLocation(input: $i) { location { id } ${PAYLOAD_ERRORS} } }`,
      {
        i: { warehouseId, code: c },
      },
    );
    locations.push(l.createStockLocation.location.id);
  }
  return { warehouseId, locations };
}

export async function receive(
  stack: TestStack,
  staff: TestUser,
  variant: string,
  locationId: string,
  quantity: number,
  extra: object = {},
) {
  const data = await ok(stack, staff, RECEIVE, { input: { variantId: variant, locationId, quantity, ...extra } });
  return data.receiveStock;
}

/**
 * The ledger rule, read straight from inventory's database: for every (variant, location) row,
 * on_hand = sum of onHandChange and reserved = sum of reservedChange over its movements, and
 * 0 <= reserved <= on_hand. Returns the rows that break it (none, when all is well).
 */
export async function ledgerProblems(stack: TestStack): Promise<unknown[]> {
  const inventory = stack.subgraphs.find((s) => s.name === 'inventory')!;
  const knex: Knex = (inventory.orm.em.fork() as unknown as { getKnex(): Knex }).getKnex();
  const rows: Record<string, unknown>[] = await knex('inventory_stock as s')
    .leftJoin(
      knex('inventory_movements')
        .select('variant_id', 'location_id')
        .sum({ on_hand_sum: 'on_hand_change' })
        .sum({ reserved_sum: 'reserved_change' })
        .groupBy('variant_id', 'location_id')
        .as('m'),
      function () {
        this.on('m.variant_id', 's.variant_id').andOn('m.location_id', 's.location_id');
      },
    )
    .select('s.variant_id', 's.location_id', 's.on_hand', 's.reserved', 'm.on_hand_sum', 'm.reserved_sum');
  const orphans: Record<string, unknown>[] = await knex('inventory_movements as m')
    .leftJoin('inventory_stock as s', function () {
      this.on('m.variant_id', 's.variant_id').andOn('m.location_id', 's.location_id');
    })
    .whereNull('s.id')
    .select('m.id');
  return [
    ...rows.filter((r) => {
      const onHand = Number(r.on_hand);
      const reserved = Number(r.reserved);
      return onHand !== Number(r.on_hand_sum ?? 0) || reserved !== Number(r.reserved_sum ?? 0) || reserved < 0 || reserved > onHand;
    }),
    ...orphans,
  ];
}
