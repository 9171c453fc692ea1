import { errorCodes, gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Catalogue, adminToken, librarian, uniqueWord } from './support';

const DAY = 86_400_000;
const LOAN = 'id dueAt returnedAt renewals overdue fine { amount currency } copy { id status } patron { id }';
const CHECK_OUT = `mutation($c: ID, $b: String, $p: ID) { checkOut(copyId: $c, barcode: $b, patronId: $p) { loan { ${LOAN} } errors { field code } } }`;
const RENEW = `mutation($l: ID!) { renewLoan(loanId: $l) { loan { ${LOAN} } errors { field code } } }`;
const CHECK_IN = `mutation($c: ID) { checkIn(copyId: $c) {
  loan { ${LOAN} } hold { id status expiresAt patron { id } copy { id } } fine { id amount { amount currency } daysOverdue status } errors { field code }
} }`;
const PLACE_HOLD = 'mutation($w: ID!) { placeHold(workId: $w) { hold { id status position copy { id } } errors { field code } } }';
const MY_HOLDS = 'query($all: Boolean) { myHolds(all: $all) { totalCount edges { node { id status position work { id } } } } }';

describe('library: loans, renewals, holds, overdue loans and fines through the router, on a test clock', () => {
  let stack: TestStack;
  const clock = new TestClock();
  let desk: TestUser;
  let catalogue: Catalogue;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'library'], clock, env: { SEED_DEMO_DATA: 'true', LIBRARY_HOLD_SWEEP_MS: '0' } });
    desk = await librarian(stack, await adminToken(stack));
    catalogue = new Catalogue(stack, desk.token);
  });

  /** Access tokens expire as the clock moves: log everyone in again after a jump. */
  async function advance(ms: number, ...users: TestUser[]): Promise<void> {
    clock.advance(ms);
    for (const user of [desk, ...users]) user.token = await logInUser(stack.url, user.email);
    catalogue = new Catalogue(stack, desk.token);
  }

  const call = async (query: string, variables: Record<string, unknown>, user: TestUser) => {
    const res = await gql(stack.url, query, variables, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return Object.values(res.body.data as Record<string, any>)[0];
  };

  it('lends for the loan period and renews at most twice, from the day of renewal', async () => {
    const ann = await signUpUser(stack.url, 'ann');
    const { copyIds } = await catalogue.book(uniqueWord('renew'));
    const out = await call(CHECK_OUT, { c: copyIds[0] }, ann);
    expect(out.errors).toEqual([]);
    expect(new Date(out.loan.dueAt).getTime()).toBe(clock.now().getTime() + 21 * DAY);
    expect(out.loan).toMatchObject({
      renewals: 0,
      overdue: false,
      fine: { amount: 0, currency: 'EUR' },
      copy: { status: 'ON_LOAN' },
      patron: { id: ann.id },
    });
    await advance(10 * DAY, ann);
    const first = await call(RENEW, { l: out.loan.id }, ann);
    expect(first.loan.renewals).toBe(1);
    expect(new Date(first.loan.dueAt).getTime()).toBe(clock.now().getTime() + 21 * DAY);
    expect((await call(RENEW, { l: out.loan.id }, ann)).loan.renewals).toBe(2);
    expect((await call(RENEW, { l: out.loan.id }, ann)).errors).toEqual([{ field: 'loanId', code: 'CONFLICT' }]);
    const other = await signUpUser(stack.url, 'other');
    expect(errorCodes(await gql(stack.url, RENEW, { l: out.loan.id }, { token: other.token }))).toEqual(['FORBIDDEN']);
    const mine = await gql(stack.url, '{ me { id loans { totalCount edges { node { id renewals } } } } }', {}, { token: ann.token });
    expect(mine.body.data.me.loans).toEqual({ totalCount: 1, edges: [{ node: { id: out.loan.id, renewals: 2 } }] });
  });

  it('serves holds in order: a returned copy waits for the first hold, renewals are refused meanwhile, and an unclaimed hold expires to the next', async () => {
    const ann = await signUpUser(stack.url, 'ann');
    const ben = await signUpUser(stack.url, 'ben');
    const cat = await signUpUser(stack.url, 'cat');
    const { workId, copyIds } = await catalogue.book(uniqueWord('queue'));
    const copyId = copyIds[0]!;
    const loan = (await call(CHECK_OUT, { c: copyId }, ann)).loan;
    const benHold = (await call(PLACE_HOLD, { w: workId }, ben)).hold;
    expect(benHold).toMatchObject({ status: 'WAITING', position: 1, copy: null });
    expect((await call(PLACE_HOLD, { w: workId }, ben)).errors).toEqual([{ field: 'workId', code: 'CONFLICT' }]);
    const catHold = (await call(PLACE_HOLD, { w: workId }, cat)).hold;
    expect(catHold.position).toBe(2);
    expect((await call(RENEW, { l: loan.id }, ann)).errors).toEqual([{ field: 'loanId', code: 'CONFLICT' }]);

    const queue = await call('query($w: ID!) { holdQueue(workId: $w) { totalCount edges { node { id position } } } }', { w: workId }, desk);
    expect(queue.edges.map((e: any) => [e.node.id, e.node.position])).toEqual([
      [benHold.id, 1],
      [catHold.id, 2],
    ]);

    const back = await call(CHECK_IN, { c: copyId }, desk);
    expect(back.errors).toEqual([]);
    expect(back.loan.returnedAt).not.toBeNull();
    expect(back.fine).toBeNull();
    expect(back.hold).toMatchObject({ id: benHold.id, status: 'READY', patron: { id: ben.id }, copy: { id: copyId } });
    expect(new Date(back.hold.expiresAt).getTime()).toBe(clock.now().getTime() + 7 * DAY);
    // The copy is kept for Ben: Cat cannot take it, Ben can.
    expect((await call(CHECK_OUT, { c: copyId }, cat)).errors).toEqual([{ field: 'copyId', code: 'CONFLICT' }]);
    const benLoan = await call(CHECK_OUT, { c: copyId }, ben);
    expect(benLoan.errors).toEqual([]);
    expect((await call(MY_HOLDS, { all: true }, ben)).edges[0].node.status).toBe('FULFILLED');
    expect((await call(MY_HOLDS, {}, cat)).edges[0].node).toMatchObject({ id: catHold.id, status: 'WAITING', position: 1 });

    // Ben returns it; Cat's hold is ready but she never comes: after the pick-up days it expires and the copy is shelved.
    expect((await call(CHECK_IN, { c: copyId }, desk)).hold.id).toBe(catHold.id);
    await advance(6 * DAY, cat);
    expect((await call(MY_HOLDS, {}, cat)).edges[0].node.status).toBe('READY');
    await advance(1 * DAY + 1000, cat);
    expect((await call(MY_HOLDS, {}, cat)).totalCount).toBe(0);
    expect((await call(MY_HOLDS, { all: true }, cat)).edges[0].node.status).toBe('EXPIRED');
    const work = await call('query($w: ID!) { work(id: $w) { availableCopies copies { edges { node { status } } } } }', { w: workId }, cat);
    expect(work).toEqual({ availableCopies: 1, copies: { edges: [{ node: { status: 'AVAILABLE' } }] } });
    // A hold on a work with a copy on the shelf is ready at once; cancelling it shelves the copy again.
    const instant = (await call(PLACE_HOLD, { w: workId }, ann)).hold;
    expect(instant).toMatchObject({ status: 'READY', copy: { id: copyId } });
    const cancelled = await call(
      'mutation($h: ID!) { cancelHold(holdId: $h) { hold { status } errors { field } } }',
      { h: instant.id },
      ann,
    );
    expect(cancelled.hold.status).toBe('CANCELLED');
    expect((await call('query($w: ID!) { work(id: $w) { availableCopies } }', { w: workId }, ann)).availableCopies).toBe(1);
  });

  it('lists overdue loans, accrues a capped fine per day, charges it at return; the patron pays, a librarian waives', async () => {
    const dan = await signUpUser(stack.url, 'dan');
    const eve = await signUpUser(stack.url, 'eve');
    const { copyIds } = await catalogue.book(uniqueWord('late'), 2);
    const danLoan = (await call(CHECK_OUT, { c: copyIds[0] }, dan)).loan;
    const eveLoan = (await call(CHECK_OUT, { c: copyIds[1] }, eve)).loan;
    await advance(21 * DAY + 2 * DAY + 3_600_000, dan, eve);
    const overdue = await call(
      `{ overdueLoans(first: 100) { totalCount edges { node { id overdue fine { amount currency } } } } }`,
      {},
      desk,
    );
    const dans = overdue.edges.find((e: any) => e.node.id === danLoan.id);
    expect(dans.node).toEqual({ id: danLoan.id, overdue: true, fine: { amount: 75, currency: 'EUR' } });
    expect(errorCodes(await gql(stack.url, '{ overdueLoans { totalCount } }', {}, { token: dan.token }))).toEqual(['FORBIDDEN']);
    expect((await call(RENEW, { l: danLoan.id }, dan)).errors).toEqual([{ field: 'loanId', code: 'CONFLICT' }]);

    const danBack = await call(CHECK_IN, { c: copyIds[0] }, desk);
    expect(danBack.fine).toMatchObject({ amount: { amount: 75, currency: 'EUR' }, daysOverdue: 3, status: 'OPEN' });
    await advance(60 * DAY, dan, eve);
    const eveBack = await call(CHECK_IN, { c: copyIds[1] }, desk);
    expect(eveBack.fine).toMatchObject({ amount: { amount: 1000, currency: 'EUR' }, daysOverdue: 63 });
    expect(eveBack.loan.fine).toEqual({ amount: 1000, currency: 'EUR' });

    const PAY = 'mutation($f: ID!) { payFine(fineId: $f) { fine { status settledAt } errors { field code } } }';
    const WAIVE = 'mutation($f: ID!) { waiveFine(fineId: $f) { fine { status } errors { field code } } }';
    expect(errorCodes(await gql(stack.url, PAY, { f: danBack.fine.id }, { token: eve.token }))).toEqual(['FORBIDDEN']);
    expect((await call(PAY, { f: danBack.fine.id }, dan)).fine.status).toBe('PAID');
    expect((await call(PAY, { f: danBack.fine.id }, dan)).errors).toEqual([{ field: 'fineId', code: 'CONFLICT' }]);
    expect(errorCodes(await gql(stack.url, WAIVE, { f: eveBack.fine.id }, { token: eve.token }))).toEqual(['FORBIDDEN']);
    expect((await call(WAIVE, { f: eveBack.fine.id }, desk)).fine.status).toBe('WAIVED');
    expect((await call('{ myFines(all: true) { totalCount edges { node { status amount { amount } } } } }', {}, dan)).edges).toEqual([
      { node: { status: 'PAID', amount: { amount: 75 } } },
    ]);
    expect((await call('{ myFines { totalCount } }', {}, dan)).totalCount).toBe(0);
    const eveLoans = await call(
      'query($p: ID) { loans(patronId: $p, status: ALL) { totalCount edges { node { id returnedAt } } } }',
      { p: eve.id },
      desk,
    );
    expect(eveLoans.edges.map((e: any) => e.node.id)).toEqual([eveLoan.id]);
  });

  it('keeps the desk to librarians: members neither check in, lend to others, nor see others’ loans', async () => {
    const fay = await signUpUser(stack.url, 'fay');
    const gus = await signUpUser(stack.url, 'gus');
    const { copyIds } = await catalogue.book(uniqueWord('desk'));
    expect(errorCodes(await gql(stack.url, CHECK_IN, { c: copyIds[0] }, { token: fay.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, CHECK_OUT, { c: copyIds[0], p: gus.id }, { token: fay.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, '{ loans { totalCount } }', {}, { token: fay.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, '{ myLoans { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    // The librarian lends to Gus at the desk; Gus sees it, Fay cannot reach it through the user graph.
    const lent = await call(CHECK_OUT, { c: copyIds[0], p: gus.id }, desk);
    expect(lent.loan.patron).toEqual({ id: gus.id });
    expect((await call('{ myLoans { totalCount } }', {}, gus)).totalCount).toBe(1);
    expect((await call('{ myLoans { totalCount } }', {}, fay)).totalCount).toBe(0);
    // User.loans (library's field on identity's User): the user themself and librarians only.
    const USER_LOANS = 'query($u: ID!) { user(id: $u) { id loans { totalCount } } }';
    expect(await call(USER_LOANS, { u: gus.id }, gus)).toEqual({ id: gus.id, loans: { totalCount: 1 } });
    expect(await call(USER_LOANS, { u: gus.id }, desk)).toEqual({ id: gus.id, loans: { totalCount: 1 } });
    expect(await call(USER_LOANS, { u: gus.id }, fay)).toEqual({ id: gus.id, loans: null });
    const returned = await call(CHECK_IN, { c: copyIds[0] }, desk);
    expect(returned.loan.returnedAt).not.toBeNull();
    expect((await call(CHECK_IN, { c: copyIds[0] }, desk)).errors).toEqual([{ field: 'copyId', code: 'CONFLICT' }]);
    expect((await call('query($s: LoanStatusFilter) { myLoans(status: $s) { totalCount } }', { s: 'RETURNED' }, gus)).totalCount).toBe(1);
  });
});
