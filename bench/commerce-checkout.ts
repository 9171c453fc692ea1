/**
 * commerce-checkout: checkouts per second on MariaDB (issue 15 item 7). Commerce, inventory and
 * payments run in this process over fresh schemas, sharing one in-memory event stream, so the whole
 * checkout saga runs: `checkoutComplete` (commerce) → the outbox → inventory reserves the units and
 * payments creates the PaymentIntent → commerce records the reservation. `--buyers` (50) concurrent
 * buyers each fill a one-line cart (written straight to the database) and call
 * `CommerceService.checkoutComplete` in a loop for `--duration` seconds (no HTTP: the numbers are the
 * checkout path's, the saga's and the database's, not the router's). Two runs:
 *   hot    — every line is the same variant (reservations take turns on its stock rows);
 *   spread — each line is one of `--variants` variants (1,000).
 * Where the time goes: the checkout request itself (latency p50/p99, the part a buyer waits for), and
 * the saga behind it — how long after the last checkout every order had its reservation and its
 * PaymentIntent (`saga lag`), and the end-to-end rate (orders settled per second, start to last settle).
 */
import { createConnection } from 'mysql2/promise';
import { createEventStream, createLogger, loadSubgraphConfig, newId, startSubgraph, type RunningSubgraph, type Viewer } from '../kit';
import { commerce } from '../subgraphs/commerce';
import type { CommerceDeps } from '../subgraphs/commerce/src/context';
import { Cart, CartLine, Channel, Order, Product, ShippingMethod, Variant, VariantPrice } from '../subgraphs/commerce/src/entities';
import { CommerceService } from '../subgraphs/commerce/src/service';
import { inventory } from '../subgraphs/inventory';
import { Location, Movement, Stock, Warehouse } from '../subgraphs/inventory/src/entities';
import { payments } from '../subgraphs/payments';
import { PaymentIntent } from '../subgraphs/payments/src/entities';
import type { BenchArgs } from './lib/args';
import { mariadbBenchEnv } from './lib/mariadb';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';

const PRICE = 1000;
const TAX_BPS = 2000;
const SHIPPING = 500;
const TOTAL = PRICE + (PRICE * TAX_BPS) / 10_000 + SHIPPING;
const UNITS_PER_VARIANT = 1_000_000;

interface Run {
  run: string;
  variants: number;
  seconds: number;
  checkouts: number;
  checkoutsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sagaLagSeconds: number;
  settledPerSecond: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export async function commerceCheckout(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const duration = args.number('duration', 10, 1, 600);
  const buyers = args.number('buyers', 50, 1, 1000);
  const spreadOver = args.number('variants', 1000, 1, 10_000);
  const { url, prefix, fullEnv } = mariadbBenchEnv('commerce-checkout', env, { INVENTORY_EXPIRY_SWEEP_MS: '0' });
  const config = loadSubgraphConfig(fullEnv);
  const events = createEventStream(undefined, prefix, createLogger('bench', 'warn'), { maxLength: 1_000_000 });
  const started: RunningSubgraph[] = [];
  const cleanup = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    const conn = await createConnection(url);
    for (const name of ['commerce', 'inventory', 'payments'])
      await conn.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``).catch(() => undefined);
    await conn.end();
  };
  const offInterrupt = onInterrupt(cleanup);
  const runs: Run[] = [];
  try {
    // Commerce first: it owns Order (payments extends it).
    for (const definition of [commerce, inventory, payments] as const) {
      started.push(await startSubgraph(definition as never, { config, env: fullEnv, port: 0, events }));
    }
    const [shop, stock, money] = started as [RunningSubgraph, RunningSubgraph, RunningSubgraph];

    // One channel, 1 + spreadOver variants, each with a million units at one location.
    const em = shop.orm.em.fork();
    const channel = em.create(Channel, { id: newId(), slug: 'bench', name: 'Bench', currency: 'EUR', active: true });
    const method = em.create(ShippingMethod, { id: newId(), channelId: channel.id, name: 'Standard', price: SHIPPING });
    const variantIds: string[] = [];
    for (let i = 0; i <= spreadOver; i++) {
      const product = em.create(Product, {
        id: newId(),
        slug: `bench-${i}`,
        name: `Bench ${i}`,
        sortName: `bench ${i}`,
        description: '',
        categoryId: null,
        attributes: [],
        nameText: `Bench ${i}`,
        searchText: `Bench ${i}`,
      });
      const variant = em.create(Variant, { id: newId(), productId: product.id, sku: `BENCH-${i}`, name: 'One size' });
      em.create(VariantPrice, {
        id: newId(),
        variantId: variant.id,
        channelId: channel.id,
        productId: product.id,
        amount: PRICE,
        taxRateBps: TAX_BPS,
      });
      variantIds.push(variant.id);
    }
    await em.flush();
    const iem = stock.orm.em.fork();
    const warehouse = iem.create(Warehouse, { id: newId(), code: 'BENCH', name: 'Bench', priority: 1 });
    const location = iem.create(Location, { id: newId(), warehouseId: warehouse.id, code: 'A-01', name: 'A-01' });
    for (const variantId of variantIds) {
      iem.create(Stock, {
        id: newId(),
        variantId,
        locationId: location.id,
        warehouseId: warehouse.id,
        onHand: UNITS_PER_VARIANT,
        reserved: 0,
      });
      iem.create(Movement, {
        id: newId(),
        kind: 'RECEIVED',
        variantId,
        locationId: location.id,
        warehouseId: warehouse.id,
        quantity: UNITS_PER_VARIANT,
        onHandChange: UNITS_PER_VARIANT,
        reservedChange: 0,
        reservationId: null,
        reference: null,
        batch: null,
        serials: [],
        note: 'bench',
        actorId: null,
      });
    }
    await iem.flush();

    const service = new CommerceService();
    const viewers: Viewer[] = Array.from({ length: buyers }, () => ({ userId: newId(), roles: [], tenantId: null }));
    const settledCount = async (ids: string[]) => {
      let settled = 0;
      for (let i = 0; i < ids.length; i += 1000) {
        const chunk = ids.slice(i, i + 1000);
        const stocked = await shop.orm.em.fork().count(Order, { id: { $in: chunk }, stockStatus: { $ne: 'PENDING' } });
        const intents = await money.orm.em.fork().count(PaymentIntent, { reference: { $in: chunk } });
        settled += Math.min(stocked, intents);
      }
      return settled;
    };

    const measure = async (run: string, variants: string[]) => {
      const orderIds: string[] = [];
      const latencies: number[] = [];
      const begin = performance.now();
      const deadline = begin + duration * 1000;
      await Promise.all(
        viewers.map(async (viewer, u) => {
          let n = 0;
          while (performance.now() < deadline) {
            const variantId = variants[(u + n++ * buyers) % variants.length]!;
            const cem = shop.orm.em.fork();
            const cart = cem.create(Cart, {
              id: newId(),
              ownerKey: `user:${viewer.userId}:${channel.id}`,
              ownerId: viewer.userId,
              channelId: channel.id,
              shippingAddress: { name: 'Bench', street: '1 Rue', city: 'Paris', postalCode: '75001', country: 'FR' },
              shippingMethodId: method.id,
            });
            cem.create(CartLine, { id: newId(), cartId: cart.id, variantId, quantity: 1 });
            await cem.flush();
            const deps = { ...shop.serviceDeps(), viewer } as unknown as CommerceDeps;
            const t = performance.now();
            const result = await service.checkoutComplete(deps, 'bench', TOTAL, 'EUR');
            latencies.push(performance.now() - t);
            if (result.errors.length || !result.order) throw new Error(`checkout refused: ${JSON.stringify(result.errors)}`);
            orderIds.push(result.order.id);
          }
        }),
      );
      const checkoutsDone = performance.now();
      for (;;) {
        if ((await settledCount(orderIds)) === orderIds.length) break;
        if (performance.now() - checkoutsDone > 600_000) throw new Error('the saga did not settle within 10 minutes');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const settledAt = performance.now();
      const seconds = (checkoutsDone - begin) / 1000;
      latencies.sort((a, b) => a - b);
      runs.push({
        run,
        variants: variants.length,
        seconds,
        checkouts: orderIds.length,
        checkoutsPerSecond: orderIds.length / seconds,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        sagaLagSeconds: (settledAt - checkoutsDone) / 1000,
        settledPerSecond: orderIds.length / ((settledAt - begin) / 1000),
      });
    };
    await measure(`hot: ${buyers} buyers, 1 variant`, variantIds.slice(0, 1));
    await measure(`spread: ${buyers} buyers, ${spreadOver} variants`, variantIds.slice(1));
  } finally {
    offInterrupt();
    await cleanup();
  }
  console.log(
    formatTable(
      ['run', 'seconds', 'checkouts', 'checkouts/s', 'p50 ms', 'p99 ms', 'saga lag s', 'settled/s'],
      runs.map((r) => [
        r.run,
        r.seconds.toFixed(1),
        r.checkouts,
        r.checkoutsPerSecond.toFixed(0),
        r.p50Ms.toFixed(0),
        r.p99Ms.toFixed(0),
        r.sagaLagSeconds.toFixed(1),
        r.settledPerSecond.toFixed(0),
      ]),
    ),
  );
  const file = writeResult('commerce-checkout', { machine: describeMachine(), duration, buyers, runs });
  console.log(`\nwritten to ${file}`);
}
