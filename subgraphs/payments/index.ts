import { loadSubgraphSchema, purgeExpiredIdempotencyKeys, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadPaymentsConfig, type PaymentsConfig } from './src/config';
import { createLoaders, type PaymentsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { createBankingDepositsConsumer } from './src/banking-saga';
import { createBookingsSagaConsumer } from './src/bookings-saga';
import { createCheckoutSagaConsumer } from './src/saga';
import { seed } from './src/seed';
import { PaymentsService } from './src/service';
import { TenantBilling } from './src/billing';
import { closeSender, deliverDue, webhookRoutes } from './src/webhooks';

const service = new PaymentsService();
const billing = new TenantBilling(service);

/** payments: Stripe-style PaymentIntents, captures, refunds, idempotency keys and signed webhooks. */
export const payments: SubgraphDefinition<PaymentsLoaders, PaymentsConfig> = {
  name: 'payments',
  defaultPort: 4020,
  wiring: {
    summary:
      'Stripe-style PaymentIntents (state machine, manual capture, partial refunds), idempotency keys, test cards or Stripe, signed webhooks both ways',
    catalogue: 'commerce issue: payments',
    codegen: {
      contextType: '../context#PaymentsContext',
      mappers: {
        PaymentIntent: '../entities#PaymentIntentRow',
        Refund: '../entities#RefundRow',
        WebhookEndpoint: '../entities#WebhookEndpointRow',
        WebhookDelivery: '../entities#WebhookDeliveryRow',
        TenantBilling: '../billing#TenantBillingView',
        TenantInvoice: '../entities#TenantInvoiceRow',
        TenantPlan: '../billing#Plan',
        User: '../context#UserRef',
        Order: '../context#UserRef',
      },
    },
    publicPaths: ['/webhooks/'],
  },
  typeDefs: loadSubgraphSchema('payments'),
  resolvers: createResolvers(service, billing),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadPaymentsConfig,
  // Outbound webhook deliveries (with backoff) and expired idempotency keys, whoever is signed in.
  // Every replica sweeps; each delivery attempt is claimed by a conditional update.
  start: ({ serviceDeps, log, config, pubsub, orm }) => {
    const sweep = startSweep({
      name: 'payments webhook sweep',
      everyMs: config.PAYMENTS_WEBHOOK_SWEEP_MS,
      run: async () => {
        const deps = serviceDeps();
        await deliverDue(deps);
        await purgeExpiredIdempotencyKeys(deps.em, deps.clock);
      },
      log,
    });
    const billingSweep = startSweep({
      name: 'tenant billing sweep',
      everyMs: config.BILLING_SWEEP_MS,
      run: () => billing.sweep(serviceDeps()),
      log,
    });
    const stopSnapshots = billing.serveSnapshots(pubsub, () => orm.em.fork());
    return {
      stop: async () => {
        stopSnapshots();
        await billingSweep?.stop();
        await sweep?.stop();
        await closeSender(config);
        await service.closeProcessor(config);
      },
      consumers: [
        createCheckoutSagaConsumer(service, serviceDeps),
        createBookingsSagaConsumer(service, serviceDeps),
        createBankingDepositsConsumer(service, serviceDeps),
        billing.consumer(serviceDeps),
      ],
    };
  },
  routes: ({ serviceDeps, config, log }) => webhookRoutes(service, serviceDeps, config, log),
};
