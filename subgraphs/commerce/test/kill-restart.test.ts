import { generateRouterKeys, loadSubgraphConfig, newId, type Orm, type SubgraphDefinition } from '../../../kit';
import { openDatabase } from '../../../kit/src/orm';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { freePort, startServiceProcess, type ServiceProcess } from '../../../test/helpers/processes';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { inventory } from '../../inventory';
import { Reservation, Stock } from '../../inventory/src/entities';
import { ledgerProblems, receive, warehouseWith } from '../../inventory/test/helpers';
import { payments } from '../../payments';
import { PaymentIntent } from '../../payments/src/entities';
import { commerce } from '../index';
import { Channel, Order, ShippingMethod } from '../src/entities';
import { CHECKOUT, product, readyCart, staffUser } from './helpers';

jest.setTimeout(420_000);

// Several processes on one SQLite file are not supported (docs/ARCHITECTURE.md), so this runs on MariaDB + Redis only
// (the MariaDB phase of CI); on SQLite it is skipped. It found two holes, both fixed (subgraphs/commerce/README.md,
// "Checkout saga"): orders PAID whose reservation the TTL sweep expired while `commerce.order.paid` was held up by the
// crash (now cancelled and refunded), and orders cancelled after `payment_intent.succeeded` had already been handled
// (the refund was never asked for: lost, not late; now asked for in the cancelling transaction).
const onMariaDb = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);
const NAMES = ['commerce', 'inventory', 'payments'] as const;
const ORDERS = 24;
const UNITS = 12;
const log = (what: string) => process.stdout.write(`${new Date().toISOString()} ${what}\n`);
const CONFIRM = `mutation($id: ID!, $pm: String) { confirmPaymentIntent(id: $id, paymentMethod: $pm) { paymentIntent { status } errors { code } } }`;

(onMariaDb ? describe : describe.skip)(
  'the checkout saga: kill -9 of commerce, inventory and payments mid-checkout (MariaDB + Redis)',
  () => {
    let stack: TestStack;
    let env: Record<string, string>;
    const ports: Record<string, number> = {};
    const readers: Record<string, Orm> = {};
    let processes: ServiceProcess[] = [];

    const startAll = async (): Promise<ServiceProcess[]> => {
      const started: ServiceProcess[] = [];
      // Commerce first: it owns Order, which payments extends.
      for (const name of NAMES) {
        const port = ports[name]!;
        // 90 s: a loaded machine (CI shares its cores) can take more than the helper's default 30 s to start one.
        started.push(await startServiceProcess(name, { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`, 90_000));
      }
      return started;
    };

    beforeAll(async () => {
      for (const name of NAMES) ports[name] = await freePort();
      stack = await startTestStack({
        only: ['identity'],
        env: {
          NODE_ENV: 'development',
          ...generateRouterKeys(),
          SUBGRAPH_URL_COMMERCE: `http://127.0.0.1:${ports.commerce}/graphql`,
          SUBGRAPH_URL_INVENTORY: `http://127.0.0.1:${ports.inventory}/graphql`,
          SUBGRAPH_URL_PAYMENTS: `http://127.0.0.1:${ports.payments}/graphql`,
          INVENTORY_RESERVATION_TTL_SECONDS: '25',
          INVENTORY_EXPIRY_SWEEP_MS: '250',
          SUBGRAPH_TIMEOUT_MS: '60000',
          // A killed process's events are taken over by its successor after 3 s instead of 30 s.
          EVENT_RECLAIM_IDLE_MS: '3000',
        },
      });
      env = Object.fromEntries(Object.entries(stack.env).filter((e): e is [string, string] => e[1] !== undefined));
      processes = await startAll();
      log('three processes up');
      // Plain readers of the three databases in this process: no relay, no consumers, no sweeps.
      const config = loadSubgraphConfig(env);
      for (const definition of [commerce, inventory, payments] as SubgraphDefinition<never, never>[]) {
        const orm = await openDatabase({
          subgraph: definition.name,
          entities: definition.entities,
          migrations: definition.migrations,
          config,
        });
        readers[definition.name] = orm;
        disposeAfterAll(() => orm.close(true));
      }
    }, 180_000);

    it('leaves every order PAID (stock shipped, one payment) or CANCELLED (stock released, nothing kept), stock never negative', async () => {
      const em = (name: string) => readers[name]!.em.fork();
      const admin = await staffUser(stack, 'admin', 'crashadmin');
      const cem = em('commerce');
      const channel = cem.create(Channel, {
        id: newId(),
        slug: `crash-${Date.now().toString(36)}`,
        name: 'Crash',
        currency: 'EUR',
        active: true,
      });
      const method = cem.create(ShippingMethod, { id: newId(), channelId: channel.id, name: 'Standard', price: 500 });
      await cem.flush();
      const shop = { slug: channel.slug, standard: method.id };
      const variant = (await product(stack, admin, channel.slug, 'Crash tee', [['s', 1000]])).s!;
      const { locations } = await warehouseWith(stack, admin, 1, ['A-01']);
      await receive(stack, admin, variant, locations[0]!, UNITS);

      const buyers = await Promise.all(Array.from({ length: ORDERS }, (_, i) => signUpUser(stack.url, `crash${i}`)));
      const totals = await Promise.all(buyers.map((b) => readyCart(stack, b, shop, [[variant, 1]])));
      const byOrder = new Map<string, TestUser>();
      await Promise.all(
        buyers.map(async (b, i) => {
          const res = await gql(stack.url, CHECKOUT, { c: shop.slug, t: totals[i], cur: 'EUR' }, { token: b.token });
          const id: string | undefined = res.body.data?.checkoutComplete?.order?.id;
          if (id) byOrder.set(id, b);
        }),
      );
      expect(byOrder.size).toBe(ORDERS);
      const orderIds = [...byOrder.keys()];
      // Every other buyer pays as soon as the PaymentIntent exists; the rest never pay (their units expire).
      const payers = orderIds.filter((_, i) => i % 2 === 0);
      let confirmed = 0;
      let killed = false;
      // `untilKilled`: the first round ends at the kill (the processes are gone; waiting out its time only slows the test).
      const pay = async (orderId: string, until: number, untilKilled = false) => {
        while (Date.now() < until && !(untilKilled && killed)) {
          const pi = await em('payments').findOne(PaymentIntent, { reference: orderId });
          if (pi && pi.status !== 'requires_payment_method') return;
          const order = await em('commerce').findOneOrFail(Order, { id: orderId });
          if (order.status !== 'UNFULFILLED') return;
          if (pi) {
            const res = await gql(stack.url, CONFIRM, { id: pi.id, pm: '4242424242424242' }, { token: byOrder.get(orderId)!.token }).catch(
              () => null,
            );
            if (res?.body.data?.confirmPaymentIntent?.paymentIntent) {
              // kill -9 of all three processes once a few charges went through: the saga is mid-flight.
              if (++confirmed === 3 && !killed) {
                killed = true;
                for (const p of processes) p.child.kill('SIGKILL');
              }
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      await Promise.all(payers.map((id) => pay(id, Date.now() + 20_000, true)));
      expect(killed).toBe(true);
      await Promise.all(
        processes.map(
          (p) =>
            new Promise((resolve) => (p.child.exitCode !== null || p.child.signalCode ? resolve(null) : p.child.once('exit', resolve))),
        ),
      );
      log('killed; restarting');
      processes = await startAll();
      log('restarted');
      // The payers whose confirmation was lost try again after the restart.
      await Promise.all(payers.map((id) => pay(id, Date.now() + 30_000)));

      log('second round of payments done');
      // Everything settles: no order waiting, no units held (the TTL releases the unpaid ones).
      const references = orderIds.map((id) => `order:${id}`);
      await eventually(
        async () => {
          expect(await em('commerce').count(Order, { id: { $in: orderIds }, status: 'UNFULFILLED' })).toBe(0);
          expect(await em('commerce').count(Order, { id: { $in: orderIds }, stockStatus: { $in: ['PENDING', 'RESERVED'] } })).toBe(0);
          expect(await em('inventory').count(Reservation, { reference: { $in: references }, status: 'ACTIVE' })).toBe(0);
          // And the refunds: they are asked for when the order is cancelled, but payments may still be starting (late, not lost).
          const paidIds = (await em('commerce').find(Order, { id: { $in: orderIds }, status: 'PAID' })).map((o) => o.id);
          const kept = (await em('payments').find(PaymentIntent, { reference: { $in: orderIds }, status: 'succeeded' })).filter(
            (pi) => !paidIds.includes(pi.reference!) && pi.amountReceived !== pi.amountRefunded,
          );
          expect(kept.map((pi) => pi.reference)).toEqual([]);
        },
        300_000,
        500,
      );
      log('settled');
      const orders = await em('commerce').find(Order, { id: { $in: orderIds } });
      const intents = await em('payments').find(PaymentIntent, { reference: { $in: orderIds } });
      const reservations = await em('inventory').find(Reservation, { reference: { $in: references } });
      const paid = orders.filter((o) => o.status === 'PAID');
      // Money moved (at least the three charges before the kill). How many orders end PAID depends on the machine: on a
      // loaded one the 25 s TTL runs out before most payments, and those orders must end cancelled and refunded.
      expect(intents.filter((pi) => pi.amountReceived > 0).length).toBeGreaterThanOrEqual(3);
      log(`${paid.length} paid, ${orders.length - paid.length} cancelled or refunded`);
      expect(paid.length).toBeLessThanOrEqual(UNITS);
      // Every broken rule, named by order, so one run shows them all.
      const problems: string[] = [];
      for (const order of orders) {
        const mine = intents.filter((pi) => pi.reference === order.id);
        const reservation = reservations.find((r) => r.reference === `order:${order.id}`);
        const money = mine.map((pi) => `${pi.status}:${pi.amountReceived}-${pi.amountRefunded}`).join(',');
        const what = `${order.id.slice(-6)} ${order.status} stock=${order.stockStatus} reservation=${reservation?.status ?? 'none'} payments=[${money}]`;
        // No order with two payments.
        if (mine.length > 1) problems.push(`two PaymentIntents: ${what}`);
        if (order.status === 'PAID') {
          if (order.stockStatus !== 'COMMITTED' || reservation?.status !== 'COMMITTED')
            problems.push(`paid without shipped stock: ${what}`);
          if (
            mine.length !== 1 ||
            mine[0]!.status !== 'succeeded' ||
            mine[0]!.amountReceived !== order.total ||
            mine[0]!.amountRefunded !== 0
          )
            problems.push(`paid without exactly one charge: ${what}`);
        } else {
          if (!['CANCELLED', 'REFUNDED'].includes(order.status)) problems.push(`unsettled: ${what}`);
          if (reservation && ['ACTIVE', 'COMMITTED'].includes(reservation.status))
            problems.push(`cancelled but stock held or shipped: ${what}`);
          // No money kept: never charged, or refunded in full.
          if (mine.some((pi) => pi.amountReceived !== pi.amountRefunded)) problems.push(`cancelled but money kept: ${what}`);
        }
      }
      if (problems.length) {
        // The event log of every order with a problem, from the three outboxes, in order: what happened and when.
        const lines: string[] = [];
        for (const problem of problems) {
          const id = orders.find((o) => problem.includes(o.id.slice(-6)))?.id;
          if (!id) continue;
          for (const name of NAMES) {
            const rows: { type: string; created_at: unknown; published_at: unknown }[] = await readers[name]!.em.getConnection().execute(
              'select type, created_at, published_at from outbox_events where payload like ? order by created_at',
              [`%${id}%`],
            );
            for (const row of rows)
              lines.push(`${id.slice(-6)} ${String(row.created_at)} ${name}: ${row.type} published=${String(row.published_at)}`);
          }
        }
        console.log(lines.sort().join('\n'));
      }
      expect(problems).toEqual([]);
      // Stock never negative, what shipped is what was paid, and the movements add up to the stock.
      const rows = await em('inventory').find(Stock, { variantId: variant });
      expect(rows.every((r) => r.onHand >= 0 && r.reserved >= 0 && r.reserved <= r.onHand)).toBe(true);
      expect(rows.reduce((n, r) => n + r.onHand, 0)).toBe(UNITS - paid.length);
      expect(rows.reduce((n, r) => n + r.reserved, 0)).toBe(0);
      expect(await ledgerProblems({ subgraphs: [{ name: 'inventory', orm: readers.inventory }] } as unknown as TestStack)).toEqual([]);
    });
  },
);
