import {
  conflictError,
  isUniqueViolation,
  lockRow,
  newId,
  paginate,
  recordAudit,
  recordEvent,
  requireTenant,
  TENANT_BILLING_TOPIC,
  TENANT_DELETION_REQUESTED,
  type Connection,
  type Em,
  type EventConsumer,
  type PageArgs,
  type PubSub,
  type TenantBillingMessage,
  type UserError,
} from '../../../kit';
import type { PaymentsDeps } from './context';
import {
  PaymentIntent,
  TenantInvoice,
  TenantSubscription,
  type BillingStatus,
  type PlanCode,
  type TenantInvoiceRow,
  type TenantSubscriptionRow,
} from './entities';
import type { PaymentsService } from './service';

/**
 * Per-tenant plans and billing (catalogue #55), through payments' own PaymentIntents:
 *
 * - A tenant starts on FREE. Its ADMIN chooses a paid plan with `changeTenantPlan`: that opens an
 *   invoice for one period and a PaymentIntent for it (`reference` `tenant-invoice:<id>`, owned by the
 *   ADMIN, who confirms it with a card like any other). The plan changes when the invoice is paid.
 * - The billing sweep renews a paid plan when its period ends: a new invoice, charged to the card that
 *   paid last. A declined renewal makes the tenant PAST_DUE until `graceUntil` (BILLING_GRACE_DAYS);
 *   then it is READ_ONLY: every router refuses the tenant's mutations (TENANT_READ_ONLY) while queries
 *   keep working, until the open invoice is paid (its PaymentIntent confirmed with another card).
 * - Every status change records `payments.tenant_billing.status_changed` (identity keeps the plan's
 *   member limit from it) and tells the routers on {@link TENANT_BILLING_TOPIC} after the commit.
 */

export interface Plan {
  code: PlanCode;
  name: string;
  /** Price per period in minor units of `currency`. */
  amount: number;
  currency: string;
  /** Members the tenant may have (identity enforces it: QUOTA_EXCEEDED). */
  maxMembers: number;
}

export const PLANS: Record<PlanCode, Plan> = {
  FREE: { code: 'FREE', name: 'Free', amount: 0, currency: 'EUR', maxMembers: 10 },
  TEAM: { code: 'TEAM', name: 'Team', amount: 1_900, currency: 'EUR', maxMembers: 50 },
  BUSINESS: { code: 'BUSINESS', name: 'Business', amount: 9_900, currency: 'EUR', maxMembers: 500 },
};

const INVOICE_REFERENCE = /^tenant-invoice:([0-9a-f-]{36})$/;
const DAY_MS = 86_400_000;
/** Renewals and grace endings handled per sweep run (the rest in the next). */
const SWEEP_BATCH = 100;
export const BILLING_STATUS_CHANGED = 'payments.tenant_billing.status_changed';

/** What `tenantBilling` answers: the stored subscription, or FREE for a tenant that never chose a plan. */
export type TenantBillingView = Pick<
  TenantSubscriptionRow,
  'tenantId' | 'plan' | 'status' | 'currentPeriodStart' | 'currentPeriodEnd' | 'graceUntil' | 'openInvoiceId'
>;

export type ChangePlanResult = { billing: TenantBillingView; invoice: TenantInvoiceRow | null; errors: UserError[] };

export class TenantBilling {
  constructor(private readonly payments: PaymentsService) {}

  plans(): Plan[] {
    return Object.values(PLANS);
  }

  /** The current tenant's billing (its ADMINs). */
  async billing(deps: PaymentsDeps): Promise<TenantBillingView> {
    const v = requireTenant(deps.viewer, 'ADMIN');
    return (await deps.em.findOne(TenantSubscription, { tenantId: v.tenantId })) ?? freeView(v.tenantId);
  }

  async invoices(deps: PaymentsDeps, args: PageArgs): Promise<Connection<TenantInvoiceRow>> {
    const v = requireTenant(deps.viewer, 'ADMIN');
    return paginate(deps.em, TenantInvoice, { tenantId: v.tenantId }, args, { createdAt: 'desc', id: 'desc' });
  }

  async invoice(deps: PaymentsDeps, id: string): Promise<TenantInvoiceRow | null> {
    const v = requireTenant(deps.viewer, 'ADMIN');
    return id.length === 36 ? deps.em.findOne(TenantInvoice, { id, tenantId: v.tenantId }) : null;
  }

  /**
   * Chooses a plan for the current tenant (ADMIN). FREE takes effect at once (an open invoice is
   * voided); a paid plan opens an invoice to pay first. A READ_ONLY tenant must pay what it owes first.
   */
  async changePlan(deps: PaymentsDeps, plan: PlanCode): Promise<ChangePlanResult> {
    const v = requireTenant(deps.viewer, 'ADMIN');
    const now = deps.clock.now();
    const periodMs = deps.config.BILLING_PERIOD_DAYS * DAY_MS;
    return deps.em.fork().transactional(async (tx): Promise<ChangePlanResult> => {
      const sub = await this.lockOrCreate(tx, v.tenantId, v.userId);
      if (sub.status === 'READ_ONLY' || sub.status === 'PAST_DUE') {
        return { billing: sub, invoice: null, errors: [conflictError('plan', 'Pay the open invoice before changing the plan.')] };
      }
      const open = sub.openInvoiceId ? await lockRow(tx, TenantInvoice, { id: sub.openInvoiceId }) : null;
      if (open?.plan === plan && open.status === 'OPEN') return { billing: sub, invoice: open, errors: [] };
      if (!open && plan === sub.plan) return { billing: sub, invoice: null, errors: [] };
      if (open?.status === 'OPEN') {
        open.status = 'VOID';
        await this.payments.cancelForOrder(tx, `tenant-invoice:${open.id}`);
      }
      sub.openInvoiceId = null;
      let invoice: TenantInvoiceRow | null = null;
      const before = sub.plan;
      if (plan === 'FREE') {
        Object.assign(sub, { plan, currentPeriodStart: null, currentPeriodEnd: null, graceUntil: null });
      } else if (plan !== sub.plan || !sub.currentPeriodEnd) {
        invoice = await this.openInvoice(tx, deps, sub, plan, now, new Date(now.getTime() + periodMs), v.userId);
      }
      sub.billingUserId = v.userId;
      recordAudit(tx, {
        tenantId: v.tenantId,
        actorId: v.userId,
        action: invoice ? 'billing.plan_invoiced' : 'billing.plan_changed',
        targetType: 'TenantSubscription',
        targetId: sub.id,
        details: { from: before, to: plan },
      });
      if (before !== sub.plan) recordEvent(tx, BILLING_STATUS_CHANGED, statusPayload(sub), { tenantId: sub.tenantId });
      await tx.flush();
      return { billing: sub, invoice, errors: [] };
    });
  }

  /** The tenant's subscription under lock; a FREE one is created on first use (a racing creator's row wins). */
  private async lockOrCreate(tx: Em, tenantId: string, userId: string): Promise<TenantSubscriptionRow> {
    const existing = await lockRow(tx, TenantSubscription, { tenantId });
    if (existing) return existing;
    try {
      const now = new Date();
      await tx.insert(TenantSubscription, {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        ...freeView(tenantId),
        billingUserId: userId,
        paymentMethodToken: null,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return (await lockRow(tx, TenantSubscription, { tenantId }))!;
  }

  /** An OPEN invoice for `plan` over [start, end) with its PaymentIntent, owned by `ownerId`. */
  private async openInvoice(
    tx: Em,
    deps: PaymentsDeps,
    sub: TenantSubscriptionRow,
    plan: PlanCode,
    start: Date,
    end: Date,
    ownerId: string,
  ): Promise<TenantInvoiceRow> {
    const price = PLANS[plan];
    const invoice = tx.create(TenantInvoice, {
      tenantId: sub.tenantId,
      plan,
      amount: price.amount,
      currency: price.currency,
      periodStart: start,
      periodEnd: end,
      status: 'OPEN',
      paymentIntentId: null,
      paidAt: null,
    });
    const pi = await this.payments.createForOrder(tx, this.payments.processor(deps).name, {
      orderId: `tenant-invoice:${invoice.id}`,
      buyerId: ownerId,
      amount: price.amount,
      currency: price.currency,
    });
    invoice.paymentIntentId = pi!.id;
    if (pi) pi.description = `${price.name} plan, ${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`;
    sub.openInvoiceId = invoice.id;
    return invoice;
  }

  /** payments' own consumer of its PaymentIntent outcomes, for invoices. */
  consumer(deps: () => PaymentsDeps): EventConsumer {
    return {
      name: 'tenant-billing',
      types: ['payments.payment_intent.succeeded', 'payments.payment_intent.payment_failed', TENANT_DELETION_REQUESTED],
      handle: async (event, em) => {
        if (event.type === TENANT_DELETION_REQUESTED)
          return this.endForDeletedTenant(em, String(event.payload.tenantId ?? ''), deps().pubsub);
        const match = INVOICE_REFERENCE.exec(String(event.payload.reference ?? ''));
        if (!match) return;
        const d = deps();
        const invoice = await lockRow(em, TenantInvoice, { id: match[1]! });
        if (!invoice || invoice.status !== 'OPEN') return;
        const sub = await lockRow(em, TenantSubscription, { tenantId: invoice.tenantId });
        if (!sub || sub.openInvoiceId !== invoice.id) return;
        const before = sub.status;
        const now = d.clock.now();
        if (event.type === 'payments.payment_intent.succeeded') {
          const pi = await em.findOne(PaymentIntent, { id: String(event.payload.paymentIntentId ?? '') });
          Object.assign(invoice, { status: 'PAID', paidAt: now });
          Object.assign(sub, {
            plan: invoice.plan,
            status: 'ACTIVE',
            currentPeriodStart: invoice.periodStart,
            currentPeriodEnd: invoice.periodEnd,
            graceUntil: null,
            openInvoiceId: null,
            paymentMethodToken: pi?.paymentMethodToken ?? sub.paymentMethodToken,
          });
        } else if (sub.status === 'ACTIVE' && invoice.plan === sub.plan && sub.currentPeriodEnd && sub.currentPeriodEnd <= now) {
          // A declined renewal: the grace period starts (a declined upgrade changes nothing).
          Object.assign(sub, { status: 'PAST_DUE', graceUntil: new Date(now.getTime() + d.config.BILLING_GRACE_DAYS * DAY_MS) });
        }
        if (sub.status !== before || event.type === 'payments.payment_intent.succeeded') {
          recordEvent(em, BILLING_STATUS_CHANGED, statusPayload(sub), { tenantId: sub.tenantId });
        }
        await em.flush();
        return before === 'READ_ONLY' || sub.status === 'READ_ONLY' ? () => this.publishChange(d.pubsub, sub) : undefined;
      },
    };
  }

  /**
   * A tenant being deleted is billed no more: its open invoice is voided (its PaymentIntent
   * cancelled) and the subscription falls back to FREE, so the sweep never renews it. The invoices
   * stay, as payment records do.
   */
  private async endForDeletedTenant(em: Em, tenantId: string, pubsub: PubSub): Promise<void | (() => Promise<void>)> {
    const sub = tenantId.length === 36 ? await lockRow(em, TenantSubscription, { tenantId }) : null;
    if (!sub) return;
    const open = sub.openInvoiceId ? await lockRow(em, TenantInvoice, { id: sub.openInvoiceId }) : null;
    if (open?.status === 'OPEN') {
      open.status = 'VOID';
      await this.payments.cancelForOrder(em, `tenant-invoice:${open.id}`);
    }
    const wasReadOnly = sub.status === 'READ_ONLY';
    Object.assign(sub, {
      plan: 'FREE',
      status: 'ACTIVE',
      currentPeriodStart: null,
      currentPeriodEnd: null,
      graceUntil: null,
      openInvoiceId: null,
    });
    await em.flush();
    return wasReadOnly ? () => this.publishChange(pubsub, sub) : undefined;
  }

  /**
   * One sweep: renews paid plans whose period ended (new invoice, charged to the saved card; no card
   * or a decline starts the grace period), and turns PAST_DUE tenants READ_ONLY when grace is over.
   */
  async sweep(deps: PaymentsDeps): Promise<void> {
    const now = deps.clock.now();
    const periodMs = deps.config.BILLING_PERIOD_DAYS * DAY_MS;
    const due = await deps.em
      .fork()
      .find(
        TenantSubscription,
        { status: 'ACTIVE', plan: { $ne: 'FREE' }, openInvoiceId: null, currentPeriodEnd: { $lte: now } },
        { limit: SWEEP_BATCH },
      );
    for (const candidate of due) {
      const renewal = await deps.em.fork().transactional(async (tx) => {
        const sub = await lockRow(tx, TenantSubscription, { id: candidate.id });
        if (!sub || sub.status !== 'ACTIVE' || sub.openInvoiceId || !sub.currentPeriodEnd || sub.currentPeriodEnd > now) return null;
        const start = sub.currentPeriodEnd;
        const invoice = await this.openInvoice(tx, deps, sub, sub.plan, start, new Date(start.getTime() + periodMs), sub.billingUserId);
        if (!sub.paymentMethodToken) {
          Object.assign(sub, { status: 'PAST_DUE', graceUntil: new Date(now.getTime() + deps.config.BILLING_GRACE_DAYS * DAY_MS) });
          recordEvent(tx, BILLING_STATUS_CHANGED, statusPayload(sub), { tenantId: sub.tenantId });
        }
        await tx.flush();
        return sub.paymentMethodToken ? { paymentIntentId: invoice.paymentIntentId!, token: sub.paymentMethodToken } : null;
      });
      // The charge's outcome comes back as a PaymentIntent event (see `consumer`).
      if (renewal) await this.payments.confirmSaved(deps, renewal.paymentIntentId, renewal.token);
    }
    const expired = await deps.em
      .fork()
      .find(TenantSubscription, { status: 'PAST_DUE', graceUntil: { $lte: now } }, { limit: SWEEP_BATCH });
    for (const candidate of expired) {
      const sub = await deps.em.fork().transactional(async (tx) => {
        const row = await lockRow(tx, TenantSubscription, { id: candidate.id });
        if (!row || row.status !== 'PAST_DUE' || !row.graceUntil || row.graceUntil > now) return null;
        row.status = 'READ_ONLY';
        recordEvent(tx, BILLING_STATUS_CHANGED, statusPayload(row), { tenantId: row.tenantId });
        await tx.flush();
        return row;
      });
      if (sub) await this.publishChange(deps.pubsub, sub);
    }
  }

  /** Tells every router whether the tenant is read-only now. */
  private async publishChange(pubsub: PubSub, sub: Pick<TenantSubscriptionRow, 'tenantId' | 'status'>): Promise<void> {
    const message: TenantBillingMessage = { kind: 'change', tenantId: sub.tenantId, readOnly: sub.status === 'READ_ONLY' };
    await pubsub.publish(TENANT_BILLING_TOPIC, message);
  }

  /**
   * Announces every READ_ONLY tenant now, and again whenever a router asks (a router that starts
   * sends `request`). Returns how to stop answering.
   */
  serveSnapshots(pubsub: PubSub, em: () => Em): () => void {
    const snapshot = async () => {
      const rows = await em().find(TenantSubscription, { status: 'READ_ONLY' }, { fields: ['tenantId'], limit: 100_000 });
      const message: TenantBillingMessage = { kind: 'snapshot', readOnly: rows.map((r) => r.tenantId) };
      await pubsub.publish(TENANT_BILLING_TOPIC, message);
    };
    const messages = pubsub.subscribe<TenantBillingMessage>(TENANT_BILLING_TOPIC);
    let stopped = false;
    void (async () => {
      await snapshot().catch(() => undefined);
      for await (const message of messages) {
        if (stopped) break;
        if (message?.kind === 'request') await snapshot().catch(() => undefined);
      }
    })();
    return () => {
      stopped = true;
      void messages.return?.();
    };
  }
}

function freeView(tenantId: string): TenantBillingView & { status: BillingStatus } {
  return {
    tenantId,
    plan: 'FREE',
    status: 'ACTIVE',
    currentPeriodStart: null,
    currentPeriodEnd: null,
    graceUntil: null,
    openInvoiceId: null,
  };
}

function statusPayload(sub: Pick<TenantSubscriptionRow, 'tenantId' | 'plan' | 'status'>): Record<string, unknown> {
  return { tenantId: sub.tenantId, plan: sub.plan, status: sub.status, maxMembers: PLANS[sub.plan].maxMembers };
}
