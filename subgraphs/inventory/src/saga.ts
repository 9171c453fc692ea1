import { recordEvent, type EventConsumer, type SubgraphDeps } from '../../../kit';
import type { InventoryConfig } from './config';
import { Reservation } from './entities';
import { Shortfall, type InventoryService } from './service';

/** Events inventory adds for commerce's checkout saga (payloads in docs/API/inventory.md). */
export const SAGA_EVENTS = {
  reservationCreated: 'inventory.reservation.created',
  reservationFailed: 'inventory.reservation.failed',
  /** A paid order's units could not be shipped (its reservation had expired or been released): commerce cancels and refunds it. */
  commitFailed: 'inventory.reservation.commit_failed',
} as const;

const VARIANT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * Inventory's part of the checkout saga (docs/ARCHITECTURE.md, "Checkout saga"): reserves the units
 * of a placed order (`commerce.checkout.completed`, reference `order:<orderId>`), commits them when
 * the order is paid (`commerce.order.paid`) and releases them when it is cancelled
 * (`commerce.order.cancelled`). Everything runs in the consumer's transaction, which also marks the
 * event processed, so each event acts once even across a crash (kill -9 before the commit redelivers
 * it; after, it is skipped); a reservation short of units rolls back to a savepoint and is announced
 * as `inventory.reservation.failed`. Not reachable by any client.
 */
export function createCheckoutSagaConsumer(
  service: InventoryService,
  deps: Pick<SubgraphDeps<InventoryConfig>, 'clock' | 'config'>,
): EventConsumer {
  return {
    name: 'checkout-saga',
    types: ['commerce.checkout.completed', 'commerce.order.paid', 'commerce.order.cancelled', 'commerce.order.stock_released'],
    async handle(event, em) {
      const orderId = String(event.payload.orderId ?? '');
      const reference = `order:${orderId}`;
      if (!/^[0-9a-f-]{36}$/i.test(orderId)) return;
      if (event.type === 'commerce.order.paid') {
        // A paid order whose reservation a sweep expired (or that was released) is NOT re-reserved:
        // its units may be another buyer's by now, and a second reservation would make the outcome depend
        // on timing. Inventory says so instead, in this transaction; commerce cancels the order and
        // payments refunds it (subgraphs/inventory/README.md, "Checkout saga").
        const { id, error } = await service.commitIn(em, deps, reference, null, { ignoreExpiry: true });
        if (error) {
          const r = await em.findOne(Reservation, { id });
          recordEvent(em, SAGA_EVENTS.commitFailed, {
            orderId,
            reference,
            reservationId: id,
            status: r?.status ?? null,
            reason: error.message,
          });
        }
        return;
      }
      if (event.type === 'commerce.order.cancelled' || event.type === 'commerce.order.stock_released') {
        await service.releaseIn(em, deps, reference, null);
        return;
      }
      if (await em.findOne(Reservation, { reference })) return;
      const wanted = new Map<string, number>();
      const lines = Array.isArray(event.payload.lines) ? (event.payload.lines as { variantId?: unknown; quantity?: unknown }[]) : [];
      for (const line of lines) {
        const variantId = String(line.variantId ?? '');
        const quantity = Number(line.quantity);
        if (!VARIANT_ID.test(variantId) || !Number.isInteger(quantity) || quantity < 1) continue;
        wanted.set(variantId, (wanted.get(variantId) ?? 0) + quantity);
      }
      try {
        if (!wanted.size) throw new Shortfall('none', 0, 0);
        const reservationId = await em.transactional((tx) =>
          service.reserveIn(tx, deps, reference, wanted, deps.config.INVENTORY_RESERVATION_TTL_SECONDS, null),
        );
        recordEvent(em, SAGA_EVENTS.reservationCreated, { orderId, reference, reservationId });
      } catch (error) {
        if (!(error instanceof Shortfall)) throw error;
        recordEvent(em, SAGA_EVENTS.reservationFailed, {
          orderId,
          reference,
          variantId: error.variantId,
          requested: error.requested,
          available: error.available,
        });
      }
    },
  };
}
