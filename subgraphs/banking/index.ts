import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadBankingConfig, type BankingConfig } from './src/config';
import { createLoaders, type BankingLoaders } from './src/context';
import { createDepositConsumer } from './src/deposits';
import { entities } from './src/entities';
import { createPermitRevocationConsumer } from './src/permits';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { BankingService } from './src/service';

const service = new BankingService();

/** banking: a double-entry ledger with TigerBeetle's semantics (catalogue #45 Online Banking). */
export const banking: SubgraphDefinition<BankingLoaders, BankingConfig> = {
  name: 'banking',
  defaultPort: 4022,
  wiring: {
    summary:
      'online banking: double-entry ledger accounts per user or tenant, idempotent single, two-phase and linked transfers in batches, statements, CSV, schedules, live balances, audit',
    catalogue: '45',
    codegen: {
      contextType: '../context#BankingContext',
      mappers: {
        BankAccount: '../entities#BankAccountRow',
        Transfer: '../entities#TransferRow',
        StatementEntry: '../entities#LedgerEntryRow',
        ScheduledTransfer: '../entities#ScheduledTransferRow',
        BankingAuditEntry: '../entities#BankingAuditRow',
        TransferResult: '../ledger#TransferOutcome',
        BalancePoint: '../service#BalancePointView',
        CardDepositAuthorization: '../service#CardDepositAuthorizationView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('banking'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadBankingConfig,
  // Pending transfers expire and scheduled transfers run even when nobody is signed in. Every replica
  // sweeps; expiry is a conditional update and each scheduled run has a fixed transfer id, so each
  // happens once. "Now" is the kit's clock (`deps.clock`), which tests replace.
  // Deposits: payments' `payment_intent.succeeded` for a `banking:deposit:<accountId>` reference.
  // Permit revocations: identity's membership changes take a former manager's deposit permits away.
  start: ({ serviceDeps, log, config }) => {
    return {
      ...startSweep({
        name: 'banking sweep',
        everyMs: config.BANKING_SWEEP_MS,
        run: () => service.sweep(serviceDeps()),
        log,
      }),
      consumers: [createDepositConsumer(service, serviceDeps), createPermitRevocationConsumer()],
    };
  },
};
