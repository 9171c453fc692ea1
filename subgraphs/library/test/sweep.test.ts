import { gql, signUpUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Copy, Hold } from '../src/entities';
import { Catalogue, adminToken, librarian, uniqueWord } from './support';

const DAY = 86_400_000;

describe('library: the hold sweep expires READY holds nobody touches', () => {
  let stack: TestStack;
  const clock = new TestClock();
  const em = () => stack.subgraphs.find((s) => s.name === 'library')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'library'], clock, env: { SEED_DEMO_DATA: 'true', LIBRARY_HOLD_SWEEP_MS: '50' } });
  });

  it('expires a READY hold after the pick-up days and gives the copy to the next WAITING hold, with no request', async () => {
    const desk = await librarian(stack, await adminToken(stack));
    const catalogue = new Catalogue(stack, desk.token);
    const { workId, copyIds } = await catalogue.book(uniqueWord('sweep'));
    const [first, second] = [await signUpUser(stack.url, 'first'), await signUpUser(stack.url, 'second')];
    const PLACE = 'mutation($w: ID!) { placeHold(workId: $w) { hold { id status } } }';
    const ready = (await gql(stack.url, PLACE, { w: workId }, { token: first.token })).body.data.placeHold.hold;
    const waiting = (await gql(stack.url, PLACE, { w: workId }, { token: second.token })).body.data.placeHold.hold;
    expect([ready.status, waiting.status]).toEqual(['READY', 'WAITING']);
    // Positive control: before the window ends, sweeps run and leave the hold alone.
    clock.advance(6 * DAY);
    await eventually(async () => expect((await em().findOneOrFail(Hold, { id: ready.id })).status).toBe('READY'), 2000, 50);
    clock.advance(DAY + 1000);
    await eventually(
      async () => {
        expect((await em().findOneOrFail(Hold, { id: ready.id })).status).toBe('EXPIRED');
        expect(await em().findOneOrFail(Hold, { id: waiting.id })).toMatchObject({ status: 'READY', copyId: copyIds[0] });
        expect(await em().findOneOrFail(Copy, { id: copyIds[0]! })).toMatchObject({ status: 'ON_HOLD_SHELF', holdId: waiting.id });
      },
      5000,
      50,
    );
  });
});
