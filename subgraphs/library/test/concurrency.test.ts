import { randomUUID } from 'node:crypto';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Copy, Hold, Loan, Work } from '../src/entities';
import { Catalogue, adminToken, librarian, uniqueWord } from './support';

const CHECK_OUT = 'mutation($c: ID, $p: ID) { checkOut(copyId: $c, patronId: $p) { loan { id patron { id } } errors { field code } } }';

// Hundreds of racing requests through the router: on CI's two shared cores this takes longer than
// the default minute; the assertions are about counts, not time.
jest.setTimeout(180_000);

describe('library: a copy is never lent twice, however many checkouts race for it', () => {
  let stack: TestStack;
  let desk: TestUser;
  let catalogue: Catalogue;
  const em = () => stack.subgraphs.find((s) => s.name === 'library')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'library'], env: { SEED_DEMO_DATA: 'true', LIBRARY_HOLD_SWEEP_MS: '0' } });
    desk = await librarian(stack, await adminToken(stack));
    catalogue = new Catalogue(stack, desk.token);
  });

  it('100 concurrent checkOut mutations of one copy, one per patron: exactly one loan', async () => {
    const { workId, copyIds } = await catalogue.book(uniqueWord('race'));
    const copyId = copyIds[0]!;
    const patrons = Array.from({ length: 100 }, () => randomUUID());
    const answers = await Promise.all(patrons.map((p) => gql(stack.url, CHECK_OUT, { c: copyId, p }, { token: desk.token })));
    for (const a of answers) expect(a.body.errors).toBeUndefined();
    const won = answers.filter((a) => a.body.data.checkOut.loan);
    const lost = answers.filter((a) => !a.body.data.checkOut.loan);
    expect(won).toHaveLength(1);
    expect(lost.map((a) => a.body.data.checkOut.errors)).toEqual(Array(99).fill([{ field: 'copyId', code: 'CONFLICT' }]));
    const loans = await em().find(Loan, { copyId });
    expect(loans).toHaveLength(1);
    expect(loans[0]!.patronId).toBe(won[0]!.body.data.checkOut.loan.patron.id);
    expect((await em().findOneOrFail(Copy, { id: copyId })).status).toBe('ON_LOAN');
    expect((await em().findOneOrFail(Work, { id: workId })).availableCopies).toBe(0);
  });

  it('100 concurrent checkouts spread over 10 copies (each patron once): exactly one loan per copy, the shelf count exact', async () => {
    const { workId, copyIds } = await catalogue.book(uniqueWord('spread'), 10);
    const attempts = Array.from({ length: 100 }, (_, i) => ({ c: copyIds[i % 10], p: randomUUID() }));
    const answers = await Promise.all(attempts.map((v) => gql(stack.url, CHECK_OUT, v, { token: desk.token })));
    for (const a of answers) expect(a.body.errors).toBeUndefined();
    expect(answers.filter((a) => a.body.data.checkOut.loan)).toHaveLength(10);
    const loans = await em().find(Loan, { workId });
    expect(loans).toHaveLength(10);
    expect(new Set(loans.map((l) => l.copyId)).size).toBe(10);
    expect((await em().findOneOrFail(Work, { id: workId })).availableCopies).toBe(0);
  });

  it('members racing for one copy themselves: one wins; one patron racing holds on a work gets one hold', async () => {
    const members = await Promise.all(Array.from({ length: 5 }, (_, i) => signUpUser(stack.url, `m${i}`)));
    const { workId, copyIds } = await catalogue.book(uniqueWord('self'));
    const answers = await Promise.all(
      members.flatMap((m) => Array.from({ length: 4 }, () => gql(stack.url, CHECK_OUT, { c: copyIds[0] }, { token: m.token }))),
    );
    expect(answers.filter((a) => a.body.data.checkOut.loan)).toHaveLength(1);
    expect(await em().count(Loan, { copyId: copyIds[0] })).toBe(1);
    const holder = members[0]!;
    const holds = await Promise.all(
      Array.from({ length: 10 }, () =>
        gql(
          stack.url,
          'mutation($w: ID!) { placeHold(workId: $w) { hold { id } errors { code } } }',
          { w: workId },
          { token: holder.token },
        ),
      ),
    );
    expect(holds.filter((h) => h.body.data.placeHold.hold)).toHaveLength(1);
    expect(holds.filter((h) => h.body.data.placeHold.errors[0]?.code === 'CONFLICT')).toHaveLength(9);
    expect(await em().count(Hold, { workId, patronId: holder.id })).toBe(1);
  });
});
