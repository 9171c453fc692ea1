import { gql, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';
import type { BankingService } from '../src/service';

export const ACCOUNT_FIELDS = 'id kind name ledger closed debitsPosted creditsPosted debitsPending creditsPending balance available';

export const OPEN = `mutation($input: OpenBankAccountInput!) {
  openBankAccount(input: $input) { account { ${ACCOUNT_FIELDS} } errors { field message code } }
}`;

export const RESULT_FIELDS = `__typename
  ... on TransferPosted { transfer { id kind amount debitAccountId creditAccountId pendingId pendingState } }
  ... on TransferPending { transfer { id kind amount pendingState expiresAt } }
  ... on TransferVoided { transfer { id kind amount } }
  ... on InsufficientFunds { transferId reason accountId }
  ... on TransferRejected { transferId code message }`;

export const TRANSFER = `mutation($input: TransferInput!) { createTransfer(input: $input) { ${RESULT_FIELDS} } }`;
export const TRANSFERS = `mutation($transfers: [TransferInput!]!) { createTransfers(transfers: $transfers) { results { ${RESULT_FIELDS} } errors { field message code } } }`;
export const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { ${RESULT_FIELDS} } }`;
export const ACCOUNT = `query($id: ID!) { bankAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;

export type Auth = { token: string; headers?: Record<string, string> };

export async function openAccount(stack: TestStack, auth: Auth, input: Record<string, unknown> = {}): Promise<{ id: string }> {
  const res = await gql(stack.url, OPEN, { input: { name: 'Main', ledger: 'EUR', ...input } }, auth);
  const payload = res.body.data?.openBankAccount;
  if (!payload?.account) throw new Error(`openBankAccount failed: ${JSON.stringify(res.body)}`);
  return payload.account;
}

let adjustments = 0;
/** Deposits `amount` into the account as the admin. */
export async function deposit(stack: TestStack, admin: Auth, accountId: string, amount: number): Promise<void> {
  const res = await gql(
    stack.url,
    ADJUST,
    { input: { id: `dep-${Date.now()}-${adjustments++}`, accountId, amount, direction: 'DEPOSIT' } },
    admin,
  );
  if (res.body.data?.adjustBalance?.__typename !== 'TransferPosted') throw new Error(`deposit failed: ${JSON.stringify(res.body)}`);
}

export async function account(stack: TestStack, auth: Auth, id: string) {
  const res = await gql(stack.url, ACCOUNT, { id }, auth);
  return res.body.data?.bankAccount;
}

export async function adminLogin(stack: TestStack): Promise<Auth> {
  const login = await gql(stack.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
    i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' },
  });
  const token = login.body.data?.logIn?.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(login.body)}`);
  return { token };
}

export const auth = (user: TestUser): Auth => ({ token: user.token });

/** The running banking subgraph's service deps (no viewer), for the sweep and direct reads. */
export function bankingDeps(stack: TestStack) {
  const running = stack.subgraphs.find((s) => s.name === 'banking');
  if (!running) throw new Error('banking is not running');
  return running.serviceDeps() as unknown as Parameters<BankingService['sweep']>[0];
}

/** Runs `task(i)` for i < count with at most `limit` in flight. */
export async function runBounded<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}
