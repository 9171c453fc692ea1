import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadRidesConfig, type RidesConfig } from './src/config';
import { createLoaders, type RidesLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { moveDemoDrivers, seed } from './src/seed';
import { RidesService, driverIndexes, positionLimits, reporterCaches } from './src/service';

const service = new RidesService();

/** rides: ride-sharing (catalogue #43): drivers and positions on H3 cells, fares with surge, offers, trips, live tracking. */
export const rides: SubgraphDefinition<RidesLoaders, RidesConfig> = {
  name: 'rides',
  defaultPort: 4023,
  wiring: {
    summary:
      'ride-sharing: drivers online/offline reporting positions into an H3 geo index, nearest free drivers, fare estimates with surge per cell, offers one driver at a time with a timeout, the trip state machine with cancellation fees, live tracking with ETA, ratings both ways, trip history; no driver on two trips',
    catalogue: '43',
    codegen: {
      contextType: '../context#RidesContext',
      mappers: {
        Driver: '../entities#DriverRow',
        Ride: '../entities#TripRow',
        RideOffer: '../service#RideOfferView',
        NearbyDriver: '../service#NearbyDriverView',
        DriverPosition: '../service#PositionView',
        FareEstimate: '../service#FareEstimateView',
        RideUpdate: '../service#TripUpdateView',
        RiderRating: '../service#RiderRatingView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('rides'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadRidesConfig,
  // Offers run out even when the driver never answers. Every replica sweeps; each offer is expired
  // by a conditional update on its status, so its driver is freed and the ride re-offered once.
  start: (deps) => {
    // Position reports read drivers from this cache; it hears every replica's changes from now on.
    reporterCaches.get(deps).listen(deps.pubsub);
    const sweep = startSweep({
      name: 'ride offer sweep',
      everyMs: deps.config.RIDES_OFFER_SWEEP_MS,
      run: () => service.expireOffers(deps.serviceDeps()),
      log: deps.log,
    });
    // The demo city's drivers keep reporting (slowly circling), so `npm start` shows nearby drivers.
    let step = 0;
    const demo = deps.config.SEED_DEMO_DATA
      ? startSweep({
          name: 'rides demo traffic',
          everyMs: 10_000,
          run: async () => {
            await moveDemoDrivers(deps.orm.em.fork(), deps, ++step);
          },
          log: deps.log,
        })
      : undefined;
    return {
      stop: async () => {
        await sweep?.stop();
        await demo?.stop();
        await driverIndexes.close(deps.config);
        await positionLimits.close(deps.config);
        await reporterCaches.close(deps.config);
      },
    };
  },
};
