import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { RidesConfig } from './config';
import { Driver, RideOffer, Trip, type DriverRow, type RideOfferRow, type TripRow } from './entities';

export interface RidesLoaders {
  driverById: DataLoader<string, DriverRow | null>;
  /** A user's driver profile (one statement per tick for every user asked). */
  driverByUserId: DataLoader<string, DriverRow | null>;
  tripById: DataLoader<string, TripRow | null>;
  offerById: DataLoader<string, RideOfferRow | null>;
}

export function createLoaders(em: Em): RidesLoaders {
  return {
    driverById: entityLoader(em, Driver),
    driverByUserId: entityLoader(em, Driver, 'userId'),
    tripById: entityLoader(em, Trip),
    offerById: entityLoader(em, RideOffer),
  };
}

export type RidesContext = SubgraphContext<RidesLoaders, RidesConfig>;

/** What every RidesService method receives first (`ctx.deps` in resolvers). */
export type RidesDeps = ServiceDeps<RidesConfig, RidesLoaders>;

/** A User as rides knows it: its key only. */
export interface UserRef {
  id: string;
}
