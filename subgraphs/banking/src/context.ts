import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type DataLoader from 'dataloader';
import type { BankingConfig } from './config';
import { BankAccount, ScheduledTransfer, Transfer, type BankAccountRow, type ScheduledTransferRow, type TransferRow } from './entities';

export interface BankingLoaders {
  accountById: DataLoader<string, BankAccountRow | null>;
  transferById: DataLoader<string, TransferRow | null>;
  scheduledById: DataLoader<string, ScheduledTransferRow | null>;
}

/** Per-request loaders: every account or transfer a query touches costs one statement per tick. */
export function createLoaders(em: Em): BankingLoaders {
  return {
    accountById: entityLoader(em, BankAccount),
    transferById: entityLoader(em, Transfer),
    scheduledById: entityLoader(em, ScheduledTransfer),
  };
}

export type BankingContext = SubgraphContext<BankingLoaders, BankingConfig>;

/** What every banking service method receives first (`ctx.deps` in resolvers). */
export type BankingDeps = ServiceDeps<BankingConfig, BankingLoaders>;

/** A User as banking knows it: its key only. */
export interface UserRef {
  id: string;
}
