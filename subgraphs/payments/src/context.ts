import type DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { PaymentsConfig } from './config';
import {
  PaymentIntent,
  Refund,
  WebhookDelivery,
  WebhookEndpoint,
  type PaymentIntentRow,
  type RefundRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './entities';

export interface PaymentsLoaders {
  paymentIntentById: DataLoader<string, PaymentIntentRow | null>;
  refundById: DataLoader<string, RefundRow | null>;
  /** `Order.payment` of many orders in one statement. */
  paymentIntentsByReference: DataLoader<string, PaymentIntentRow[]>;
  endpointById: DataLoader<string, WebhookEndpointRow | null>;
  /** Refund pages per PaymentIntent: two statements for any number of PaymentIntents. */
  refundsByPaymentIntent: ConnectionLoader<RefundRow>;
  /** Delivery pages per endpoint. */
  deliveriesByEndpoint: ConnectionLoader<WebhookDeliveryRow>;
}

export function createLoaders(em: Em): PaymentsLoaders {
  return {
    paymentIntentById: entityLoader(em, PaymentIntent),
    refundById: entityLoader(em, Refund),
    paymentIntentsByReference: groupLoader(em, PaymentIntent, 'reference'),
    endpointById: entityLoader(em, WebhookEndpoint),
    refundsByPaymentIntent: connectionLoader(em, Refund, 'paymentIntentId'),
    deliveriesByEndpoint: connectionLoader(em, WebhookDelivery, 'endpointId'),
  };
}

export type PaymentsContext = SubgraphContext<PaymentsLoaders, PaymentsConfig>;

/** What every PaymentsService method receives first (`ctx.deps` in resolvers). */
export type PaymentsDeps = ServiceDeps<PaymentsConfig, PaymentsLoaders>;

/** A User as payments knows it: its key only. */
export interface UserRef {
  id: string;
}
