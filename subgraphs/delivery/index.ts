import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadDeliveryConfig, type DeliveryConfig } from './src/config';
import { createLoaders, type DeliveryLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { DeliveryService, closeResources } from './src/service';

const service = new DeliveryService();

/** delivery: food delivery (catalogue #44): restaurants, menus, orders, courier dispatch by the geo index, ETAs, live tracking. */
export const delivery: SubgraphDefinition<DeliveryLoaders, DeliveryConfig> = {
  name: 'delivery',
  defaultPort: 4024,
  wiring: {
    summary:
      'food delivery: restaurants with opening hours, menus with modifiers, server-priced orders through placed → delivered, nearest-courier dispatch (one job per courier), ETAs, live order tracking',
    catalogue: '44',
    codegen: {
      contextType: '../context#DeliveryContext',
      mappers: {
        Restaurant: '../entities#RestaurantRow',
        MenuCategory: '../entities#MenuCategoryRow',
        MenuItem: '../entities#MenuItemRow',
        MenuModifier: '../entities#MenuModifierRow',
        FoodOrder: '../entities#FoodOrderRow',
        Courier: '../entities#CourierRow',
        FoodOrderLine: '../service#OrderLineView',
        FoodOrderQuote: '../service#QuoteView',
        FoodOrderEta: '../service#EtaView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('delivery'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadDeliveryConfig,
  // Ready orders get a courier even when none was free at the time: every replica sweeps, and each
  // claim is a conditional update, so replicas sweeping at once never give one courier two jobs.
  start: async (deps) => {
    await service.restoreGeoIndex(deps.serviceDeps());
    const sweep = startSweep({
      name: 'courier dispatch sweep',
      everyMs: deps.config.DELIVERY_DISPATCH_SWEEP_MS,
      run: () => service.dispatchWaiting(deps.serviceDeps()),
      log: deps.log,
    });
    return {
      stop: async () => {
        await sweep?.stop();
        await closeResources(deps.config);
      },
    };
  },
};
