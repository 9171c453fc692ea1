import { DateTimeScalar, hasRole, requireViewer } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { PaymentsService } from './service';
import { PLANS, type TenantBilling } from './billing';

export function createResolvers(service: PaymentsService, billing: TenantBilling): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      paymentIntent: (_, { id }, ctx) => service.visible(ctx.deps, id),
      paymentIntents: (_, { first, after, filter }, ctx) => service.list(ctx.deps, { first, after }, filter),
      paymentIntentsByReference: (_, { reference, first, after }, ctx) => service.byReference(ctx.deps, reference, { first, after }),
      webhookEndpoints: (_, { first, after }, ctx) => service.endpoints(ctx.deps, { first, after }),
      webhookEndpoint: (_, { id }, ctx) => service.endpoint(ctx.deps, id),
      tenantPlans: () => billing.plans(),
      tenantBilling: (_, __, ctx) => billing.billing(ctx.deps),
      tenantInvoices: (_, { first, after }, ctx) => billing.invoices(ctx.deps, { first, after }),
    },
    Mutation: {
      createPaymentIntent: (_, { input, idempotencyKey }, ctx) => service.create(ctx.deps, input, idempotencyKey),
      confirmPaymentIntent: (_, { id, paymentMethod, idempotencyKey }, ctx) => service.confirm(ctx.deps, id, paymentMethod, idempotencyKey),
      confirm3ds: (_, { id, succeeded, idempotencyKey }, ctx) => service.confirm3ds(ctx.deps, id, succeeded, idempotencyKey),
      capturePaymentIntent: (_, { id, amount, idempotencyKey }, ctx) => service.capture(ctx.deps, id, amount, idempotencyKey),
      cancelPaymentIntent: (_, { id, reason, idempotencyKey }, ctx) => service.cancel(ctx.deps, id, reason, idempotencyKey),
      refundPaymentIntent: (_, { id, amount, reason, idempotencyKey }, ctx) => service.refund(ctx.deps, id, amount, reason, idempotencyKey),
      createWebhookEndpoint: (_, { input }, ctx) => service.createEndpoint(ctx.deps, input),
      deleteWebhookEndpoint: (_, { id }, ctx) => service.deleteEndpoint(ctx.deps, id),
      replayWebhookDelivery: (_, { id }, ctx) => service.replayDelivery(ctx.deps, id),
      changeTenantPlan: (_, { plan }, ctx) => billing.changePlan(ctx.deps, plan),
    },
    TenantBilling: {
      plan: (view) => PLANS[view.plan],
      openInvoice: (view, _, ctx) => (view.openInvoiceId ? billing.invoice(ctx.deps, view.openInvoiceId) : null),
    },
    TenantInvoice: {
      plan: (invoice) => PLANS[invoice.plan],
      paymentIntent: (invoice, _, ctx) => (invoice.paymentIntentId ? service.visible(ctx.deps, invoice.paymentIntentId) : null),
    },
    Order: {
      payment: async (order, _, ctx) => {
        if (!ctx.viewer) return null;
        const viewer = ctx.viewer;
        const mine = (await ctx.loaders.paymentIntentsByReference.load(order.id)).filter(
          (pi) => pi.ownerId === viewer.userId || hasRole(viewer, 'admin'),
        );
        return mine.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
      },
    },
    PaymentIntent: {
      __resolveReference: (ref, ctx) => (ctx.viewer ? service.visible(ctx.deps, ref.id) : null),
      status: (pi) => PaymentsService.statusOf(pi),
      captureMethod: (pi) => (pi.captureMethod === 'manual' ? 'MANUAL' : 'AUTOMATIC'),
      lastPaymentError: (pi) =>
        pi.lastErrorCode ? { code: pi.lastErrorCode, declineCode: pi.lastDeclineCode, message: pi.lastErrorMessage ?? '' } : null,
      nextAction: (pi) => (pi.nextActionType ? { type: pi.nextActionType } : null),
      refunds: (pi, { first, after }, ctx) => service.refunds(ctx.deps, pi, { first, after }),
      owner: (pi) => ({ id: pi.ownerId }),
    },
    Refund: {
      __resolveReference: async (ref, ctx) => {
        if (!ctx.viewer) return null;
        const refund = await ctx.loaders.refundById.load(ref.id);
        return refund && (refund.ownerId === ctx.viewer.userId || hasRole(ctx.viewer, 'admin')) ? refund : null;
      },
      status: (refund) => refund.status.toUpperCase() as 'PENDING' | 'SUCCEEDED' | 'FAILED',
      paymentIntent: (refund, _, ctx) => ctx.loaders.paymentIntentById.load(refund.paymentIntentId),
    },
    WebhookEndpoint: {
      __resolveReference: (ref, ctx) => (ctx.viewer ? service.endpoint(ctx.deps, ref.id) : null),
      deliveries: (endpoint, { first, after }, ctx) => {
        requireViewer(ctx.viewer);
        return service.deliveries(ctx.deps, endpoint, { first, after });
      },
    },
    WebhookDelivery: {
      status: (delivery) => delivery.status.toUpperCase() as 'PENDING' | 'SUCCEEDED' | 'FAILED',
      nextAttemptAt: (delivery) => (delivery.status === 'pending' ? (delivery.nextAttemptAt ?? null) : null),
    },
  };
}
