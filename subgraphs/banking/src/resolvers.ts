import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeScalar } from '../../../kit';
import type { BankAccountRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import type { TransferOutcome } from './ledger';
import type { BankingService } from './service';

function minorUnits(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError('MinorUnits must be a whole number from 0 to 9007199254740991.');
  }
  return value;
}

/** Integer minor units: inputs 0 to 2^53−1; outputs (balances) may be negative. */
export const MinorUnitsScalar = new GraphQLScalarType({
  name: 'MinorUnits',
  description: 'An amount in integer minor units.',
  serialize: (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new TypeError('MinorUnits out of range.');
    return n;
  },
  parseValue: minorUnits,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('MinorUnits must be a whole number.');
    return minorUnits(Number(ast.value));
  },
});

/**
 * banking's resolvers: thin translations onto the service. Accounts by id come from the request's
 * loaders and only those the viewer may see are returned.
 */
export function createResolvers(service: BankingService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    MinorUnits: MinorUnitsScalar,
    TransferResult: {
      __resolveType: (result) => (result as TransferOutcome).__typename,
    },
    Query: {
      bankAccount: async (_, { id }, ctx) => service.visible(ctx.viewer, await ctx.loaders.accountById.load(id)),
      bankAccounts: (_, args, ctx) => service.listAccounts(ctx.deps, args),
      transfer: (_, { id }, ctx) => service.transfer(ctx.deps, id),
      transfers: (_, { accountId, ...args }, ctx) => service.listTransfers(ctx.deps, accountId, args),
      balanceHistory: (_, { accountId, from, to }, ctx) => service.balanceHistory(ctx.deps, accountId, from, to),
      exportStatement: (_, { accountId, from, to }, ctx) => service.exportStatement(ctx.deps, accountId, from, to),
      scheduledTransfers: (_, args, ctx) => service.listSchedules(ctx.deps, args),
      bankingAudit: (_, args, ctx) => service.auditLog(ctx.deps, args),
    },
    Mutation: {
      openBankAccount: (_, { input }, ctx) => service.openAccount(ctx.deps, input),
      renameBankAccount: (_, { id, name }, ctx) => service.renameAccount(ctx.deps, id, name),
      closeBankAccount: (_, { id }, ctx) => service.closeAccount(ctx.deps, id),
      createTransfer: (_, { input }, ctx) => service.createTransfer(ctx.deps, input),
      createTransfers: (_, { transfers }, ctx) => service.createTransfers(ctx.deps, transfers),
      adjustBalance: (_, { input }, ctx) => service.adjust(ctx.deps, input),
      authorizeCardDeposit: (_, { accountId }, ctx) => service.authorizeCardDeposit(ctx.deps, accountId),
      withdraw: (_, { input }, ctx) => service.withdraw(ctx.deps, input),
      exchange: (_, { input }, ctx) => service.exchange(ctx.deps, input),
      scheduleTransfer: (_, { input }, ctx) => service.schedule(ctx.deps, input),
      cancelScheduledTransfer: (_, { id }, ctx) => service.cancelSchedule(ctx.deps, id),
    },
    Subscription: {
      bankAccountChanged: {
        subscribe: (_, { accountId }, ctx) => service.watchAccount(ctx.deps, accountId),
        resolve: (account: BankAccountRow) => account,
      },
    },
    BankAccount: {
      __resolveReference: async (ref, ctx) => service.visible(ctx.viewer, await ctx.loaders.accountById.load(ref.id)),
      owner: (account) => (account.ownerId ? { id: account.ownerId } : null),
      tenantId: (account) => account.businessTenantId ?? null,
      balance: (account) => Number(account.creditsPosted) - Number(account.debitsPosted),
      available: (account) => Number(account.creditsPosted) - Number(account.debitsPosted) - Number(account.debitsPending),
      statement: (account, args, ctx) => service.statement(ctx.deps, account, args),
    },
    Transfer: {
      __resolveReference: (ref, ctx) => service.transfer(ctx.deps, ref.id),
    },
    StatementEntry: {
      amount: (entry) => Number(entry.amount),
      balance: (entry) => Number(entry.balance),
    },
    ScheduledTransfer: {
      __resolveReference: async (ref, ctx) => {
        const row = await ctx.loaders.scheduledById.load(ref.id);
        return row && row.ownerId === ctx.viewer?.userId ? row : null;
      },
    },
    BankingAuditEntry: {
      at: (row) => row.createdAt,
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      bankAccounts: (user, args, ctx) => (ctx.viewer?.userId === user.id ? service.listAccounts(ctx.deps, args, user.id) : null),
    },
  };
}
