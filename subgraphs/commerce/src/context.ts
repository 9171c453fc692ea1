import type DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphConfig,
  type SubgraphContext,
} from '../../../kit';
import {
  Category,
  Channel,
  Order,
  OrderLine,
  OrderStatusChange,
  Product,
  ShippingMethod,
  Variant,
  VariantPrice,
  type CategoryRow,
  type ChannelRow,
  type OrderLineRow,
  type OrderRow,
  type OrderStatusChangeRow,
  type ProductRow,
  type ShippingMethodRow,
  type VariantPriceRow,
  type VariantRow,
} from './entities';

export type CommerceConfig = SubgraphConfig;

export interface CommerceLoaders {
  channelById: DataLoader<string, ChannelRow | null>;
  channelBySlug: DataLoader<string, ChannelRow | null>;
  categoryById: DataLoader<string, CategoryRow | null>;
  productById: DataLoader<string, ProductRow | null>;
  variantById: DataLoader<string, VariantRow | null>;
  orderById: DataLoader<string, OrderRow | null>;
  shippingMethodById: DataLoader<string, ShippingMethodRow | null>;
  shippingMethodsByChannel: DataLoader<string, ShippingMethodRow[]>;
  pricesByVariant: DataLoader<string, VariantPriceRow[]>;
  linesByOrder: DataLoader<string, OrderLineRow[]>;
  historyByOrder: DataLoader<string, OrderStatusChangeRow[]>;
  /** `Product.variants` of every product of a page in two statements. */
  variantsByProduct: ConnectionLoader<VariantRow>;
}

export function createLoaders(em: Em): CommerceLoaders {
  return {
    channelById: entityLoader(em, Channel),
    channelBySlug: entityLoader(em, Channel, 'slug'),
    categoryById: entityLoader(em, Category),
    productById: entityLoader(em, Product),
    variantById: entityLoader(em, Variant),
    orderById: entityLoader(em, Order),
    shippingMethodById: entityLoader(em, ShippingMethod),
    shippingMethodsByChannel: groupLoader(em, ShippingMethod, 'channelId'),
    pricesByVariant: groupLoader(em, VariantPrice, 'variantId'),
    linesByOrder: groupLoader(em, OrderLine, 'orderId'),
    historyByOrder: groupLoader(em, OrderStatusChange, 'orderId'),
    variantsByProduct: connectionLoader(em, Variant, 'productId', { list: 'Product.variants' }),
  };
}

export type CommerceContext = SubgraphContext<CommerceLoaders, CommerceConfig>;
export type CommerceDeps = ServiceDeps<CommerceConfig, CommerceLoaders>;

/** A User as commerce knows it: its key only. */
export interface UserRef {
  id: string;
}
