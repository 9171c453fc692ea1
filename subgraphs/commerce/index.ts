import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type CommerceConfig, type CommerceLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { createCheckoutSagaConsumer } from './src/saga';
import { seed } from './src/seed';
import { CommerceService } from './src/service';

const service = new CommerceService();

/** commerce: channels, catalogue, carts, checkout and orders (Saleor-like, catalogue #39). */
export const commerce: SubgraphDefinition<CommerceLoaders, CommerceConfig> = {
  name: 'commerce',
  defaultPort: 4018,
  wiring: {
    summary:
      'channels, products with variants and prices per channel, catalog search with facets, carts, checkout, orders with status history',
    catalogue: '39',
    codegen: {
      contextType: '../context#CommerceContext',
      mappers: {
        Channel: '../entities#ChannelRow',
        ShippingMethod: '../entities#ShippingMethodRow',
        Category: '../entities#CategoryRow',
        Product: '../entities#ProductRow',
        Variant: '../entities#VariantRow',
        Cart: '../entities#CartRow',
        CartLine: '../service#CartLineData',
        Order: '../entities#OrderRow',
        OrderLine: '../entities#OrderLineRow',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('commerce'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  // The checkout saga: reservation and payment outcomes move orders (src/saga.ts).
  start: () => ({ consumers: [createCheckoutSagaConsumer(service)] }),
};
