import { newId } from '../../../kit';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Movement, Stock } from '../../inventory/src/entities';
import { ledgerProblems, receive, warehouseWith } from '../../inventory/test/helpers';
import { PaymentIntent } from '../../payments/src/entities';
import { Cart, CartLine, Channel, Order, ShippingMethod, VariantPrice } from '../src/entities';
import { ADDRESS_INPUT, CHECKOUT, commerceEm, product, staffUser, unique } from './helpers';

// Hundreds of checkouts at once on two shared cores, then the saga settles them through the outbox.
jest.setTimeout(600_000);

// The rush: 500 checkouts for 100 units, on both backends (COMMERCE_RUSH_CHECKOUTS, a multiple of 20,
// sets another; units = a fifth). Measured with other suites loading the machine (load 12): 500 answered in
// 133 s on SQLite and 132 s on MariaDB, the saga settled as they came.
const CHECKOUTS = Number(testEnv.COMMERCE_RUSH_CHECKOUTS ?? 500);
const UNITS = CHECKOUTS / 5;
const log = (what: string) => process.stdout.write(`${new Date().toISOString()} ${what}\n`);

describe(`commerce: ${CHECKOUTS} concurrent checkouts of a variant with ${CHECKOUTS / 5} units`, () => {
  let stack: TestStack;
  let admin: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'commerce', 'inventory', 'payments'],
      env: { INVENTORY_EXPIRY_SWEEP_MS: '0', SUBGRAPH_TIMEOUT_MS: '120000' },
    });
    admin = await staffUser(stack, 'admin');
  });

  it(`gives exactly ${CHECKOUTS / 5} orders the stock (then paid), cancels the rest, stock 0 and never negative`, async () => {
    // CHECKOUTS / 20 buyers × 20 channels (a user has one cart per channel), written straight to the database.
    const em = commerceEm(stack);
    const channels = Array.from({ length: 20 }, (_, i) =>
      em.create(Channel, { id: newId(), slug: unique(`hot${i}`), name: `Hot ${i}`, currency: 'EUR', active: true }),
    );
    const methods = channels.map((c) => em.create(ShippingMethod, { id: newId(), channelId: c.id, name: 'Standard', price: 500 }));
    await em.flush();
    const ids = await product(stack, admin, channels[0]!.slug, 'Hot tee', [['s', 1000]]);
    const variant = ids.s!;
    const variantRow = await em.findOneOrFail(VariantPrice, { variantId: variant });
    for (const c of channels.slice(1)) {
      em.create(VariantPrice, {
        id: newId(),
        variantId: variant,
        channelId: c.id,
        productId: variantRow.productId,
        amount: 1000,
        taxRateBps: 2000,
      });
    }
    const buyers = await Promise.all(Array.from({ length: CHECKOUTS / 20 }, (_, i) => signUpUser(stack.url, `hot${i}`)));
    for (const b of buyers) {
      channels.forEach((c, i) => {
        const cart = em.create(Cart, {
          id: newId(),
          ownerKey: `user:${b.id}:${c.id}`,
          ownerId: b.id,
          channelId: c.id,
          shippingAddress: { ...ADDRESS_INPUT, country: 'FR' },
          shippingMethodId: methods[i]!.id,
        });
        em.create(CartLine, { id: newId(), cartId: cart.id, variantId: variant, quantity: 1 });
      });
    }
    await em.flush();
    const { locations } = await warehouseWith(stack, admin, 1, ['A-01', 'A-02']);
    await receive(stack, admin, variant, locations[0]!, (UNITS * 3) / 5);
    await receive(stack, admin, variant, locations[1]!, (UNITS * 2) / 5);
    log('set up');

    const answers = await Promise.all(
      buyers.flatMap((b) =>
        channels.map((c) => gql(stack.url, CHECKOUT, { c: c.slug, t: 1000 + 200 + 500, cur: 'EUR' }, { token: b.token })),
      ),
    );
    expect(answers.flatMap((a) => a.body.errors ?? []).slice(0, 3)).toEqual([]);
    expect(answers.filter((a) => a.body.data.checkoutComplete.order).length).toBe(CHECKOUTS);
    log('checkouts answered');

    // The saga settles every order: exactly UNITS hold units, the rest are cancelled for lack of stock.
    const settled = await eventually(
      async () => {
        const orders = await commerceEm(stack).find(Order, { channelId: { $in: channels.map((c) => c.id) } });
        expect(orders.filter((o) => o.stockStatus === 'PENDING')).toHaveLength(0);
        return orders;
      },
      180_000,
      200,
    );
    log('saga settled');
    const holding = settled.filter((o) => o.stockStatus === 'RESERVED');
    expect(holding).toHaveLength(UNITS);
    expect(settled.filter((o) => o.status === 'CANCELLED')).toHaveLength(CHECKOUTS - UNITS);
    const inventory = stack.subgraphs.find((s) => s.name === 'inventory')!.orm.em.fork();
    const stock = await inventory.find(Stock, { variantId: variant });
    expect(stock.reduce((n, s) => n + s.onHand, 0)).toBe(UNITS);
    expect(stock.reduce((n, s) => n + s.reserved, 0)).toBe(UNITS);
    expect(await ledgerProblems(stack)).toEqual([]);

    // The UNITS pay: every one becomes PAID, the units ship, stock ends at 0 and the movements add up to it.
    const payments = stack.subgraphs.find((s) => s.name === 'payments')!.orm.em.fork();
    await eventually(
      async () => expect(await payments.count(PaymentIntent, { reference: { $in: holding.map((o) => o.id) } })).toBe(UNITS),
      60_000,
    );
    const intents = await payments.find(PaymentIntent, { reference: { $in: holding.map((o) => o.id) } });
    const byOwner = new Map(buyers.map((b) => [b.id, b]));
    const confirmed = await Promise.all(
      intents.map((pi) =>
        gql(
          stack.url,
          `mutation($id: ID!) { confirmPaymentIntent(id: $id, paymentMethod: "4242424242424242") { paymentIntent { status } } }`,
          { id: pi.id },
          {
            token: byOwner.get(pi.ownerId)!.token,
          },
        ),
      ),
    );
    log('paid');
    expect(confirmed.every((c) => c.body.data.confirmPaymentIntent.paymentIntent.status === 'SUCCEEDED')).toBe(true);
    await eventually(
      async () => {
        const fresh = stack.subgraphs.find((s) => s.name === 'inventory')!.orm.em.fork();
        const rows = await fresh.find(Stock, { variantId: variant });
        expect(rows.reduce((n, s) => n + s.onHand, 0)).toBe(0);
        expect(await commerceEm(stack).count(Order, { channelId: { $in: channels.map((c) => c.id) }, status: 'PAID' })).toBe(UNITS);
      },
      120_000,
      200,
    );
    const movements = await inventory.find(Movement, { variantId: variant });
    expect(movements.reduce((n, m) => n + m.onHandChange, 0)).toBe(0);
    expect(movements.filter((m) => m.kind === 'SHIPPED').reduce((n, m) => n + m.quantity, 0)).toBe(UNITS);
    expect(await ledgerProblems(stack)).toEqual([]);
  });
});
