import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addToTenant, errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { BankingService } from '../src/service';
import { ADJUST, TRANSFER, TRANSFERS, account, adminLogin, auth, bankingDeps, deposit, openAccount, type Auth } from './helpers';

const service = new BankingService();

describe('banking: ledger through the router', () => {
  let stack: TestStack;
  let admin: Auth;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'banking'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BANKING_SWEEP_MS: '0', LIMIT_MAX_INPUT_VALUES: '100000', BODY_LIMIT_BYTES: '4000000' },
    });
    admin = await adminLogin(stack);
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('opens accounts per user, deposits only as admin, and moves money idempotently by the client id', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    expect(
      errorCodes(await gql(stack.url, ADJUST, { input: { id: 'x1', accountId: a.id, amount: 5, direction: 'DEPOSIT' } }, auth(alice))),
    ).toEqual(['FORBIDDEN']);
    await deposit(stack, admin, a.id, 10_000);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ creditsPosted: 10_000, debitsPosted: 0, balance: 10_000 });
    // bob cannot see alice's account
    expect(await account(stack, auth(bob), a.id)).toBeNull();

    const input = { id: 't-idem-1', debitAccountId: a.id, creditAccountId: b.id, amount: 2_500, reference: 'Rent' };
    const first = await gql(stack.url, TRANSFER, { input }, auth(alice));
    expect(first.body.data.createTransfer).toMatchObject({ __typename: 'TransferPosted', transfer: { id: 't-idem-1', amount: 2_500 } });
    const again = await gql(stack.url, TRANSFER, { input }, auth(alice));
    expect(again.body.data.createTransfer).toEqual(first.body.data.createTransfer);
    const different = await gql(stack.url, TRANSFER, { input: { ...input, amount: 2_501 } }, auth(alice));
    expect(different.body.data.createTransfer).toMatchObject({ __typename: 'TransferRejected', code: 'EXISTS_WITH_DIFFERENT_AMOUNT' });
    const otherAccount = await gql(stack.url, TRANSFER, { input: { ...input, creditAccountId: a.id, debitAccountId: b.id } }, auth(bob));
    expect(otherAccount.body.data.createTransfer).toMatchObject({ code: 'EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT_ID' });
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 7_500 });
    expect(await account(stack, auth(bob), b.id)).toMatchObject({ balance: 2_500 });

    // bob may not debit alice's account; no overdraft; no cross-ledger transfer
    const stolen = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 't-steal', debitAccountId: a.id, creditAccountId: b.id, amount: 1 } },
      auth(bob),
    );
    expect(stolen.body.data.createTransfer).toMatchObject({ code: 'DEBIT_ACCOUNT_NOT_FOUND' });
    const broke = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 't-broke', debitAccountId: b.id, creditAccountId: a.id, amount: 2_501 } },
      auth(bob),
    );
    expect(broke.body.data.createTransfer).toEqual({
      __typename: 'InsufficientFunds',
      transferId: 't-broke',
      reason: 'EXCEEDS_CREDITS',
      accountId: b.id,
    });
    const usd = await openAccount(stack, auth(bob), { ledger: 'USD', name: 'Dollars' });
    const cross = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 't-cross', debitAccountId: a.id, creditAccountId: usd.id, amount: 1 } },
      auth(alice),
    );
    expect(cross.body.data.createTransfer).toMatchObject({ code: 'ACCOUNTS_MUST_HAVE_THE_SAME_LEDGER' });
    // an exchange is two linked legs through the bank's accounts
    const fx = await gql(
      stack.url,
      `mutation($input: ExchangeInput!) { exchange(input: $input) { results { __typename ... on TransferPosted { transfer { id amount ledger } } } errors { message } } }`,
      { input: { id: 'fx-1', fromAccountId: a.id, toAccountId: usd.id, amount: 1_000 } },
      auth(alice),
    );
    expect(fx.body.data.exchange.results).toEqual([
      { __typename: 'TransferPosted', transfer: { id: 'fx-1:out', amount: 1_000, ledger: 'EUR' } },
      { __typename: 'TransferPosted', transfer: { id: 'fx-1:in', amount: 1_087, ledger: 'USD' } },
    ]);
    expect(await account(stack, auth(bob), usd.id)).toMatchObject({ balance: 1_087 });
  });

  it('applies a linked chain as one and bounds the batch', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    await deposit(stack, admin, a.id, 1_000);
    const res = await gql(
      stack.url,
      TRANSFERS,
      {
        transfers: [
          { id: 'chain-1', debitAccountId: a.id, creditAccountId: b.id, amount: 600, linked: true },
          { id: 'chain-2', debitAccountId: a.id, creditAccountId: b.id, amount: 600 },
          { id: 'solo-1', debitAccountId: a.id, creditAccountId: b.id, amount: 100 },
          { id: 'open-1', debitAccountId: a.id, creditAccountId: b.id, amount: 1, linked: true },
        ],
      },
      auth(alice),
    );
    expect(
      res.body.data.createTransfers.results.map(
        (r: { __typename: string; code?: string; reason?: string }) => r.code ?? r.reason ?? r.__typename,
      ),
    ).toEqual(['LINKED_EVENT_FAILED', 'EXCEEDS_CREDITS', 'TransferPosted', 'LINKED_EVENT_CHAIN_OPEN']);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 900 });
    // The bound is checked before any transfer is looked at (the router's input limits are raised for 8,000-transfer batches).
    const tooMany = Array.from({ length: 8001 }, (_, i) => ({ id: `b${i}` }));
    const big = await gql(stack.url, TRANSFERS, { transfers: tooMany }, auth(alice));
    expect(big.body.errors).toBeUndefined();
    expect(big.body.data.createTransfers.errors).toEqual([
      { field: 'transfers', message: 'Send 1 to 8000 transfers.', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('posts part of a pending transfer, voids another, and expires a third exactly once', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    await deposit(stack, admin, a.id, 1_000);
    const pend = (id: string, amount: number, timeoutSeconds = 0) =>
      gql(
        stack.url,
        TRANSFER,
        { input: { id, debitAccountId: a.id, creditAccountId: b.id, amount, kind: 'PENDING', timeoutSeconds } },
        auth(alice),
      );
    expect((await pend('p-1', 400)).body.data.createTransfer).toMatchObject({
      __typename: 'TransferPending',
      transfer: { pendingState: 'PENDING' },
    });
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ debitsPending: 400, available: 600 });
    // the reservation counts against the overdraft check
    expect((await pend('p-2', 700)).body.data.createTransfer).toMatchObject({ __typename: 'InsufficientFunds' });
    const post = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 'p-1-post', kind: 'POST_PENDING', pendingId: 'p-1', amount: 300 } },
      auth(alice),
    );
    expect(post.body.data.createTransfer).toMatchObject({ __typename: 'TransferPosted', transfer: { amount: 300, pendingId: 'p-1' } });
    const twice = await gql(stack.url, TRANSFER, { input: { id: 'p-1-post-2', kind: 'POST_PENDING', pendingId: 'p-1' } }, auth(alice));
    expect(twice.body.data.createTransfer).toMatchObject({ code: 'PENDING_TRANSFER_ALREADY_POSTED' });
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ debitsPending: 0, debitsPosted: 300, balance: 700 });

    await pend('p-3', 100);
    const byBob = await gql(stack.url, TRANSFER, { input: { id: 'p-3-void-bob', kind: 'VOID_PENDING', pendingId: 'p-3' } }, auth(bob));
    // bob (the credit side) cannot see alice's account, so to him the pending transfer does not exist
    expect(byBob.body.data.createTransfer).toMatchObject({ code: 'PENDING_TRANSFER_NOT_FOUND' });
    const voided = await gql(stack.url, TRANSFER, { input: { id: 'p-3-void', kind: 'VOID_PENDING', pendingId: 'p-3' } }, auth(alice));
    expect(voided.body.data.createTransfer).toMatchObject({ __typename: 'TransferVoided' });

    await pend('p-4', 200, 60);
    expect(await account(stack, auth(bob), b.id)).toMatchObject({ creditsPending: 200 });
    const deps = { ...bankingDeps(stack), clock };
    expect(await service.sweep(deps)).toMatchObject({ expired: 0 }); // not yet due
    clock.advance(61_000);
    const sweeps = await Promise.all([service.sweep(deps), service.sweep(deps), service.sweep(deps)]);
    expect(sweeps.reduce((n, s) => n + s.expired, 0)).toBe(1);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ debitsPending: 0, balance: 700 });
    expect(await account(stack, auth(bob), b.id)).toMatchObject({ creditsPending: 0 });
    const late = await gql(stack.url, TRANSFER, { input: { id: 'p-4-post', kind: 'POST_PENDING', pendingId: 'p-4' } }, auth(alice));
    expect(late.body.data.createTransfer).toMatchObject({ code: 'PENDING_TRANSFER_EXPIRED' });
  });

  it('keeps statements with running balances, a CSV export safe from formulas, and balance history', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    await deposit(stack, admin, a.id, 1_000);
    for (const [i, ref] of ['=HYPERLINK("x")', 'Coffee, "large"', 'Plain'].entries()) {
      await gql(
        stack.url,
        TRANSFER,
        { input: { id: `st-${i}`, debitAccountId: a.id, creditAccountId: b.id, amount: 100 * (i + 1), reference: ref } },
        auth(alice),
      );
    }
    const page = await gql(
      stack.url,
      `query($id: ID!) { bankAccount(id: $id) { statement(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { transferId amount balance reference } } } } }`,
      { id: a.id },
      auth(alice),
    );
    const statement = page.body.data.bankAccount.statement;
    expect(statement.totalCount).toBe(4);
    expect(statement.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { transferId: 'st-2', amount: -300, balance: 400, reference: 'Plain' },
      { transferId: 'st-1', amount: -200, balance: 700, reference: 'Coffee, "large"' },
    ]);
    const from = new Date(clock.now().getTime() - 86_400_000).toISOString();
    const to = new Date(clock.now().getTime() + 86_400_000).toISOString();
    const csv = await gql(
      stack.url,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { exportStatement(accountId: $id, from: $from, to: $to) }',
      { id: a.id, from, to },
      auth(alice),
    );
    const lines = (csv.body.data.exportStatement as string).split('\r\n');
    expect(lines[0]).toBe('posted_at,transfer_id,reference,amount_minor,balance_minor,currency');
    expect(lines[2]).toContain(`,st-0,"'=HYPERLINK(""x"")",-100,900,EUR`);
    expect(lines[3]).toContain(',st-1,"Coffee, ""large""",-200,700,EUR');
    const bobCsv = await gql(
      stack.url,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { exportStatement(accountId: $id, from: $from, to: $to) }',
      { id: a.id, from, to },
      auth(bob),
    );
    expect(errorCodes(bobCsv)).toEqual(['NOT_FOUND']);
    const history = await gql(
      stack.url,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { balanceHistory(accountId: $id, from: $from, to: $to) { day balance } }',
      { id: a.id, from, to },
      auth(alice),
    );
    expect(history.body.errors).toBeUndefined();
    expect(history.body.data.balanceHistory).toHaveLength(3);
    expect(history.body.data.balanceHistory[0].balance).toBe(0);
    expect(history.body.data.balanceHistory.at(-1).balance).toBe(400);
  });

  it('runs a scheduled transfer once per occurrence from the sweep', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    await deposit(stack, admin, a.id, 1_000);
    const startAt = new Date(clock.now().getTime() + 30_000).toISOString();
    const created = await gql(
      stack.url,
      `mutation($input: ScheduleTransferInput!) { scheduleTransfer(input: $input) { scheduledTransfer { id nextAt occurrences } errors { field code } } }`,
      { input: { debitAccountId: a.id, creditAccountId: b.id, amount: 250, startAt, frequency: 'DAILY' } },
      auth(alice),
    );
    const scheduled = created.body.data.scheduleTransfer.scheduledTransfer;
    expect(scheduled.occurrences).toBe(0);
    const deps = { ...bankingDeps(stack), clock };
    clock.advance(31_000);
    const runs = await Promise.all([service.sweep(deps), service.sweep(deps)]);
    expect(runs.reduce((n, r) => n + r.scheduled, 0)).toBe(1);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 750 });
    const list = await gql(
      stack.url,
      '{ scheduledTransfers { totalCount edges { node { id occurrences lastResult nextAt } } } }',
      {},
      auth(alice),
    );
    const node = list.body.data.scheduledTransfers.edges.find((e: { node: { id: string } }) => e.node.id === scheduled.id).node;
    expect(node).toMatchObject({ occurrences: 1, lastResult: 'POSTED', nextAt: new Date(Date.parse(startAt) + 86_400_000).toISOString() });
    const audit = await gql(stack.url, '{ bankingAudit(first: 50) { totalCount edges { node { action actorId } } } }', {}, auth(alice));
    expect(audit.body.data.bankingAudit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(
      expect.arrayContaining(['account.opened', 'schedule.created']),
    );
    expect(errorCodes(await gql(stack.url, '{ bankingAudit(all: true) { totalCount } }', {}, auth(alice)))).toEqual(['FORBIDDEN']);
    const all = await gql(stack.url, '{ bankingAudit(all: true, first: 100) { totalCount edges { node { action } } } }', {}, admin);
    expect(all.body.data.bankingAudit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(
      expect.arrayContaining(['schedule.ran', 'adjustment.deposit']),
    );
  });

  it('lets tenant managers move business money and employees only look', async () => {
    const boss = await signUpUser(stack.url, 'boss');
    const clerk = await signUpUser(stack.url, 'clerk');
    const manager = await signUpUser(stack.url, 'manager');
    const clerkAuth = await addToTenant(stack.url, boss, clerk, 'EMPLOYEE');
    const managerAuth = await addToTenant(stack.url, boss, manager, 'MANAGER');
    expect(
      errorCodes(
        await gql(
          stack.url,
          `mutation { openBankAccount(input: { name: "Ops", ledger: "EUR", business: true }) { account { id } } }`,
          {},
          clerkAuth,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const biz = await openAccount(stack, managerAuth, { business: true, name: 'Operations' });
    const personal = await openAccount(stack, auth(clerk));
    await deposit(stack, admin, biz.id, 500);
    const list = await gql(stack.url, '{ bankAccounts(business: true) { totalCount edges { node { id kind } } } }', {}, clerkAuth);
    expect(list.body.data.bankAccounts).toEqual({ totalCount: 1, edges: [{ node: { id: biz.id, kind: 'BUSINESS' } }] });
    const byClerk = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 'biz-clerk', debitAccountId: biz.id, creditAccountId: personal.id, amount: 100 } },
      clerkAuth,
    );
    expect(byClerk.body.data.createTransfer).toMatchObject({ code: 'DEBIT_ACCOUNT_NOT_ALLOWED' });
    const byManager = await gql(
      stack.url,
      TRANSFER,
      { input: { id: 'biz-manager', debitAccountId: biz.id, creditAccountId: personal.id, amount: 100 } },
      managerAuth,
    );
    expect(byManager.body.data.createTransfer).toMatchObject({ __typename: 'TransferPosted' });
    // outside the tenant the account is invisible
    expect(await account(stack, auth(alice), biz.id)).toBeNull();

    // renaming: a manager may, an employee may not, outsiders do not find it, a bad name changes nothing
    const RENAME = 'mutation($id: ID!, $n: String!) { renameBankAccount(id: $id, name: $n) { account { name } errors { field code } } }';
    const renamed = await gql(stack.url, RENAME, { id: biz.id, n: '  Payroll ' }, managerAuth);
    expect(renamed.body.data.renameBankAccount).toEqual({ account: { name: 'Payroll' }, errors: [] });
    expect(errorCodes(await gql(stack.url, RENAME, { id: biz.id, n: 'Mine' }, clerkAuth))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, RENAME, { id: biz.id, n: 'Mine' }, auth(alice)))).toEqual(['NOT_FOUND']);
    const blank = await gql(stack.url, RENAME, { id: biz.id, n: '   ' }, managerAuth);
    expect(blank.body.data.renameBankAccount.errors).toEqual([{ field: 'name', code: 'BAD_USER_INPUT' }]);
    expect(await account(stack, clerkAuth, biz.id)).toMatchObject({ name: 'Payroll' });
  });

  it('pushes the account after every change through the router', async () => {
    const a = await openAccount(stack, auth(alice));
    const b = await openAccount(stack, auth(bob));
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${alice.token}` },
    });
    disposeAfterAll(() => client.dispose() as Promise<void>);
    const seen: number[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ bankAccountChanged: { balance: number } }>(
      { query: 'subscription($id: ID!) { bankAccountChanged(accountId: $id) { id balance } }', variables: { id: a.id } },
      {
        next: (r) => (r.data ? seen.push(r.data.bankAccountChanged.balance) : errors.push(r.errors)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    const banking = stack.subgraphs.find((s) => s.name === 'banking')!;
    await eventually(() => expect(banking.pubsub.listeners(`banking.account.${a.id}`)).toBe(1));
    await deposit(stack, admin, a.id, 300);
    await gql(stack.url, TRANSFER, { input: { id: 'live-1', debitAccountId: a.id, creditAccountId: b.id, amount: 100 } }, auth(alice));
    await eventually(() => expect(seen).toEqual([300, 200]));
    expect(errors).toEqual([]);
    // bob may not watch alice's account
    const bobClient = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${bob.token}` },
    });
    disposeAfterAll(() => bobClient.dispose() as Promise<void>);
    const bobErrors: unknown[] = [];
    bobClient.subscribe(
      { query: 'subscription($id: ID!) { bankAccountChanged(accountId: $id) { id } }', variables: { id: a.id } },
      {
        next: (r) => bobErrors.push(...(r.errors ?? [])),
        error: (e) => bobErrors.push(e),
        complete: () => undefined,
      },
    );
    await eventually(() => expect(bobErrors.length).toBeGreaterThan(0));
  });
  it('settles many pending transfers in one batch, one created in that very batch, with one write per table', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Holds' });
    const b = await openAccount(stack, auth(bob), { name: 'Shop' });
    await deposit(stack, admin, a.id, 1_000);
    const hold = (id: string, amount: number) => ({ id, debitAccountId: a.id, creditAccountId: b.id, amount, kind: 'PENDING' });
    const first = await gql(stack.url, TRANSFERS, { transfers: [hold('mb-1', 100), hold('mb-2', 200), hold('mb-3', 300)] }, auth(alice));
    expect(first.body.data.createTransfers.results.map((r: { __typename: string }) => r.__typename)).toEqual([
      'TransferPending',
      'TransferPending',
      'TransferPending',
    ]);
    const second = await gql(
      stack.url,
      TRANSFERS,
      {
        transfers: [
          { id: 'mb-1-post', kind: 'POST_PENDING', pendingId: 'mb-1', amount: 60 },
          { id: 'mb-2-void', kind: 'VOID_PENDING', pendingId: 'mb-2' },
          { id: 'mb-3-post', kind: 'POST_PENDING', pendingId: 'mb-3' },
          hold('mb-4', 50),
          { id: 'mb-4-post', kind: 'POST_PENDING', pendingId: 'mb-4' },
          { id: 'mb-1-again', kind: 'POST_PENDING', pendingId: 'mb-1' },
        ],
      },
      auth(alice),
    );
    const results = second.body.data.createTransfers.results as { __typename: string; code?: string }[];
    expect(results.map((r) => r.code ?? r.__typename)).toEqual([
      'TransferPosted',
      'TransferVoided',
      'TransferPosted',
      'TransferPending',
      'TransferPosted',
      'PENDING_TRANSFER_ALREADY_POSTED',
    ]);
    const state = async (id: string) =>
      (await gql(stack.url, 'query($id: ID!) { transfer(id: $id) { pendingState } }', { id }, auth(alice))).body.data.transfer.pendingState;
    expect(await Promise.all(['mb-1', 'mb-2', 'mb-3', 'mb-4'].map(state))).toEqual(['POSTED', 'VOIDED', 'POSTED', 'POSTED']);
    // posted 60 + 300 + 50; nothing left pending on either side
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ debitsPosted: 410, debitsPending: 0, balance: 590, available: 590 });
    expect(await account(stack, auth(bob), b.id)).toMatchObject({ creditsPosted: 410, creditsPending: 0, balance: 410 });
  });
});
