import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import type { PollsDeps } from '../src/context';
import { PollService } from '../src/service';
import {
  CAST,
  CHANGE,
  CLOSE,
  CREATE,
  RESULTS,
  castVote,
  closedEvents,
  createPoll,
  eventually,
  inMs,
  pollsSubgraph,
  runBounded,
} from './helpers';

describe('polls: rules through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  const totalsOf = async (pollId: string) => {
    const res = await gql(stack.url, RESULTS, { id: pollId });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.poll as {
      status: string;
      results: { totalVotes: number; totals: { option: { label: string }; votes: number; percentage: number }[] };
    };
  };

  beforeAll(async () => {
    // No background sweep: these tests drive scheduled closes themselves and count the events.
    stack = await startTestStack({ only: ['identity', 'polls'], env: { POLL_CLOSE_SWEEP_MS: '0' } });
    [alice, bob, carol] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob'), signUpUser(stack.url, 'carol')]);
  });

  describe('createPoll', () => {
    it('creates an open poll with trimmed text, options in order and its creator from identity', async () => {
      const res = await gql(
        stack.url,
        `mutation($input: CreatePollInput!) {
          createPoll(input: $input) {
            poll { id question anonymous status closesAt closedAt closeReason options { id label position }
                   createdBy { id displayName } myVote { id } results { totalVotes totals { votes percentage option { label } } } }
            errors { field message code }
          }
        }`,
        { input: { question: '  Lunch? ', options: [' Pizza', 'Sushi ', 'Salad'] } },
        { token: alice.token },
      );
      expect(res.body.errors).toBeUndefined();
      const { poll, errors } = res.body.data.createPoll;
      expect(errors).toEqual([]);
      expect(poll).toMatchObject({
        question: 'Lunch?',
        anonymous: false,
        status: 'OPEN',
        closesAt: null,
        closedAt: null,
        closeReason: null,
        createdBy: { id: alice.id, displayName: 'alice' },
        myVote: null,
        results: {
          totalVotes: 0,
          totals: [
            { option: { label: 'Pizza' }, votes: 0, percentage: 0 },
            { option: { label: 'Sushi' }, votes: 0, percentage: 0 },
            { option: { label: 'Salad' }, votes: 0, percentage: 0 },
          ],
        },
      });
      expect(poll.options.map((o: { label: string; position: number }) => [o.label, o.position])).toEqual([
        ['Pizza', 0],
        ['Sushi', 1],
        ['Salad', 2],
      ]);
      const again = await gql(stack.url, 'query($id: ID!) { poll(id: $id) { id question } }', { id: poll.id });
      expect(again.body.data.poll).toEqual({ id: poll.id, question: 'Lunch?' });
    });

    it('accepts the edges: a 300-character question, 20 options of 100 characters', async () => {
      const options = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(98)}`);
      const poll = await createPoll(stack, alice, { question: 'q'.repeat(300), options });
      expect(poll.options).toHaveLength(20);
      expect(poll.question).toHaveLength(300);
    });

    it.each([
      ['an empty question', { question: '   ', options: ['a', 'b'] }, 'input.question'],
      ['a 301-character question', { question: 'q'.repeat(301), options: ['a', 'b'] }, 'input.question'],
      ['one option', { question: 'Q', options: ['only'] }, 'input.options'],
      ['21 options', { question: 'Q', options: Array.from({ length: 21 }, (_, i) => `o${i}`) }, 'input.options'],
      ['an empty option', { question: 'Q', options: ['a', '  '] }, 'input.options.1'],
      ['a 101-character option', { question: 'Q', options: ['a', 'b'.repeat(101)] }, 'input.options.1'],
      ['options that differ only in case and spaces', { question: 'Q', options: ['Yes', 'No', ' yes '] }, 'input.options.2'],
      ['a closesAt in the past', { question: 'Q', options: ['a', 'b'], closesAt: inMs(-1000) }, 'input.closesAt'],
    ])('refuses %s with a field error and saves nothing', async (_label, input, field) => {
      const mine = '{ polls(scope: MINE, first: 1) { totalCount } }';
      const before = (await gql(stack.url, mine, {}, { token: carol.token })).body.data.polls.totalCount;
      const res = await gql(stack.url, CREATE, { input }, { token: carol.token });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.createPoll.poll).toBeNull();
      expect(res.body.data.createPoll.errors).toEqual([{ field, message: expect.any(String), code: 'BAD_USER_INPUT' }]);
      expect((await gql(stack.url, mine, {}, { token: carol.token })).body.data.polls.totalCount).toBe(before);
    });

    it('needs a signed-in user', async () => {
      const res = await gql(stack.url, CREATE, { input: { question: 'Q', options: ['a', 'b'] } });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('voting', () => {
    it('counts a vote, shows it to the voter as myVote, and refuses a second one with CONFLICT', async () => {
      const poll = await createPoll(stack, alice, { question: 'Tabs or spaces?', options: ['Tabs', 'Spaces'] });
      const [tabs, spaces] = poll.options;
      const first = await castVote(stack, bob, poll.id, spaces!.id);
      expect(first).toEqual({ poll: { id: poll.id }, option: { id: spaces!.id, label: 'Spaces' }, errors: [] });

      const second = await castVote(stack, bob, poll.id, tabs!.id);
      expect(second.poll).toBeNull();
      expect(second.errors).toEqual([{ field: 'pollId', message: expect.stringContaining('already voted'), code: 'CONFLICT' }]);
      const same = await castVote(stack, bob, poll.id, spaces!.id);
      expect(same.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

      expect(await castVote(stack, carol, poll.id, spaces!.id)).toMatchObject({ errors: [] });
      const { results } = await totalsOf(poll.id);
      expect(results).toEqual({
        totalVotes: 2,
        totals: [
          { option: { label: 'Tabs' }, votes: 0, percentage: 0 },
          { option: { label: 'Spaces' }, votes: 2, percentage: 100 },
        ],
      });
      const mine = 'query($id: ID!) { poll(id: $id) { myVote { label } } }';
      expect((await gql(stack.url, mine, { id: poll.id }, { token: bob.token })).body.data.poll.myVote).toEqual({ label: 'Spaces' });
      expect((await gql(stack.url, mine, { id: poll.id }, { token: alice.token })).body.data.poll.myVote).toBeNull();
      expect((await gql(stack.url, mine, { id: poll.id })).body.data.poll.myVote).toBeNull();
    });

    it('lets exactly one of 20 simultaneous votes by one user through (the unique index decides)', async () => {
      const poll = await createPoll(stack, alice, { question: 'Race?', options: ['A', 'B', 'C'] });
      const dave = await signUpUser(stack.url, 'dave');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => castVote(stack, dave, poll.id, poll.options[i % 3]!.id)));
      const accepted = results.filter((r) => r.errors.length === 0);
      expect(accepted).toHaveLength(1);
      expect(results.filter((r) => (r.errors as { code: string }[])[0]?.code === 'CONFLICT')).toHaveLength(19);
      const { results: totals } = await totalsOf(poll.id);
      expect(totals.totalVotes).toBe(1);
      const chosen = accepted[0]!.option!.label;
      expect(totals.totals.find((t) => t.option.label === chosen)?.votes).toBe(1);
    });

    it('rounds percentages to one decimal place', async () => {
      const poll = await createPoll(stack, alice, { question: 'Thirds?', options: ['One', 'Two'] });
      await castVote(stack, alice, poll.id, poll.options[0]!.id);
      await castVote(stack, bob, poll.id, poll.options[0]!.id);
      await castVote(stack, carol, poll.id, poll.options[1]!.id);
      const { results } = await totalsOf(poll.id);
      expect(results.totals.map((t) => t.percentage)).toEqual([66.7, 33.3]);
    });

    it('refuses an option of another poll, an unknown poll, and anonymous callers', async () => {
      const poll = await createPoll(stack, alice, { question: 'Mine', options: ['a', 'b'] });
      const other = await createPoll(stack, alice, { question: 'Other', options: ['c', 'd'] });
      const wrong = await castVote(stack, bob, poll.id, other.options[0]!.id);
      expect(wrong).toEqual({
        poll: null,
        option: null,
        errors: [{ field: 'optionId', message: expect.any(String), code: 'BAD_USER_INPUT' }],
      });
      const unknown = await gql(
        stack.url,
        CAST,
        { pollId: '00000000-0000-7000-8000-000000000000', optionId: poll.options[0]!.id },
        { token: bob.token },
      );
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await gql(stack.url, CAST, { pollId: poll.id, optionId: poll.options[0]!.id }))).toEqual(['UNAUTHENTICATED']);
      expect((await totalsOf(poll.id)).results.totalVotes).toBe(0);
    });

    it('moves a vote with changeVote, and needs a vote to change', async () => {
      const poll = await createPoll(stack, alice, { question: 'Change?', options: ['Red', 'Blue'] });
      const [red, blue] = poll.options;
      const none = await gql(stack.url, CHANGE, { pollId: poll.id, optionId: blue!.id }, { token: bob.token });
      expect(none.body.data.changeVote).toEqual({
        poll: null,
        option: null,
        errors: [{ field: 'pollId', message: expect.any(String), code: 'NOT_FOUND' }],
      });

      await castVote(stack, bob, poll.id, red!.id);
      await castVote(stack, carol, poll.id, red!.id);
      const moved = await gql(stack.url, CHANGE, { pollId: poll.id, optionId: blue!.id }, { token: bob.token });
      expect(moved.body.data.changeVote).toEqual({ poll: { id: poll.id }, option: { id: blue!.id, label: 'Blue' }, errors: [] });
      expect((await totalsOf(poll.id)).results.totals.map((t) => t.votes)).toEqual([1, 1]);
      const unchanged = await gql(stack.url, CHANGE, { pollId: poll.id, optionId: blue!.id }, { token: bob.token });
      expect(unchanged.body.data.changeVote.errors).toEqual([]);
      expect((await totalsOf(poll.id)).results.totals.map((t) => t.votes)).toEqual([1, 1]);
    });
  });

  describe('closing', () => {
    it('lets only the creator close; then votes and changes are CONFLICT, and the close is recorded once as an event', async () => {
      const poll = await createPoll(stack, alice, { question: 'Close me', options: ['x', 'y'] });
      await castVote(stack, bob, poll.id, poll.options[0]!.id);

      expect(errorCodes(await gql(stack.url, CLOSE, { id: poll.id }, { token: bob.token }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(stack.url, CLOSE, { id: poll.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await gql(stack.url, CLOSE, { id: '00000000-0000-7000-8000-000000000000' }, { token: alice.token }))).toEqual([
        'NOT_FOUND',
      ]);
      expect((await totalsOf(poll.id)).status).toBe('OPEN');

      const before = Date.now();
      const closed = await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
      expect(closed.body.data.closePoll).toEqual({
        poll: { id: poll.id, status: 'CLOSED', closedAt: expect.any(String), closeReason: 'MANUAL' },
        errors: [],
      });
      expect(new Date(closed.body.data.closePoll.poll.closedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

      const late = await castVote(stack, carol, poll.id, poll.options[1]!.id);
      expect(late).toEqual({
        poll: null,
        option: null,
        errors: [{ field: null, message: expect.stringContaining('closed'), code: 'CONFLICT' }],
      });
      const change = await gql(stack.url, CHANGE, { pollId: poll.id, optionId: poll.options[1]!.id }, { token: bob.token });
      expect(change.body.data.changeVote.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
      const twice = await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
      expect(twice.body.data.closePoll).toEqual({ poll: null, errors: [{ field: null, message: expect.any(String), code: 'CONFLICT' }] });
      expect((await totalsOf(poll.id)).results.totals.map((t) => t.votes)).toEqual([1, 0]);

      const events = await closedEvents(stack, poll.id);
      expect(events).toHaveLength(1);
      expect(events[0]!.payload).toEqual({
        pollId: poll.id,
        question: 'Close me',
        reason: 'MANUAL',
        closedAt: closed.body.data.closePoll.poll.closedAt,
        closedBy: alice.id,
        recipientIds: [alice.id],
      });
      // The relay publishes the outbox after commit.
      await eventually(async () => {
        const [row] = await closedEvents(stack, poll.id);
        expect(row!.publishedAt).toBeInstanceOf(Date);
      });
    });

    it('records exactly one close when the creator closes from ten requests at once', async () => {
      const poll = await createPoll(stack, alice, { question: 'Race to close', options: ['x', 'y'] });
      const results = await Promise.all(Array.from({ length: 10 }, () => gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token })));
      const payloads = results.map((r) => r.body.data.closePoll);
      expect(payloads.filter((p) => p.errors.length === 0)).toHaveLength(1);
      expect(payloads.filter((p) => p.errors[0]?.code === 'CONFLICT')).toHaveLength(9);
      expect(await closedEvents(stack, poll.id)).toHaveLength(1);
    });

    it('lands no vote after a close that races with 40 votes: the totals read right after closing are final', async () => {
      const voters = await runBounded(40, 4, (i) => signUpUser(stack.url, `racer${i}`));
      const poll = await createPoll(stack, alice, { question: 'Last call', options: ['x', 'y'] });
      const votes = voters.map((voter, i) => castVote(stack, voter, poll.id, poll.options[i % 2]!.id));
      await new Promise((resolve) => setTimeout(resolve, 15));
      const closed = await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
      expect(closed.body.data.closePoll.errors).toEqual([]);
      const atClose = (await totalsOf(poll.id)).results;
      const outcomes = await Promise.all(votes);
      const accepted = outcomes.filter((o) => o.errors.length === 0).length;
      const refused = outcomes.filter((o) => (o.errors as { code: string }[])[0]?.code === 'CONFLICT').length;
      expect(accepted + refused).toBe(40);
      const final = (await totalsOf(poll.id)).results;
      expect(final).toEqual(atClose);
      expect(final.totalVotes).toBe(accepted);
    });

    it('closes on schedule: CLOSED once closesAt passed even before anything ran, votes refused, one SCHEDULED event', async () => {
      const closesAt = inMs(1500);
      const poll = await createPoll(stack, alice, { question: 'Quick one', options: ['x', 'y'], closesAt });
      expect(poll.closesAt).toBe(closesAt);
      expect(poll.status).toBe('OPEN');
      expect(await castVote(stack, bob, poll.id, poll.options[0]!.id)).toMatchObject({ errors: [] });

      await new Promise((resolve) => setTimeout(resolve, Date.parse(closesAt) - Date.now() + 50));
      const read = await gql(stack.url, 'query($id: ID!) { poll(id: $id) { status closedAt closeReason } }', { id: poll.id });
      expect(read.body.data.poll).toEqual({ status: 'CLOSED', closedAt: closesAt, closeReason: 'SCHEDULED' });
      // Nothing has recorded the close yet (the sweep is off here): the status comes from closesAt.
      expect(await closedEvents(stack, poll.id)).toHaveLength(0);

      const late = await castVote(stack, carol, poll.id, poll.options[1]!.id);
      expect(late.errors).toEqual([{ field: null, message: expect.stringContaining('closed'), code: 'CONFLICT' }]);
      expect(await castVote(stack, alice, poll.id, poll.options[1]!.id)).toMatchObject({ errors: [{ code: 'CONFLICT' }] });
      const closeLate = await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
      expect(closeLate.body.data.closePoll.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

      const events = await closedEvents(stack, poll.id);
      expect(events).toHaveLength(1);
      expect(events[0]!.payload).toEqual({
        pollId: poll.id,
        question: 'Quick one',
        reason: 'SCHEDULED',
        closedAt: closesAt,
        closedBy: null,
        recipientIds: [alice.id],
      });
      expect((await totalsOf(poll.id)).results.totalVotes).toBe(1);
    });

    it('settles overdue polls in bulk with closeDuePolls (for a scheduled job)', async () => {
      const poll = await createPoll(stack, carol, { question: 'Sweep me', options: ['x', 'y'], closesAt: inMs(60_000) });
      const running = pollsSubgraph(stack);
      const now = running.serviceDeps() as PollsDeps;
      // Before its time the sweep leaves it open; a clock a minute ahead finds it due (no sleeping).
      await new PollService().closeDuePolls(now);
      expect(await closedEvents(stack, poll.id)).toHaveLength(0);
      const later = { ...now, clock: { now: () => new Date(Date.now() + 61_000) } };
      expect(await new PollService().closeDuePolls(later)).toBeGreaterThanOrEqual(1);
      expect(await new PollService().closeDuePolls(later)).toBe(0);
      expect(await closedEvents(stack, poll.id)).toHaveLength(1);
    });
  });

  describe('anonymity and voter lists', () => {
    const VOTES = `query($id: ID!, $after: String) {
      poll(id: $id) { votes(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { voter { id displayName } option { label } votedAt changedAt } } } }
    }`;

    it('shows a named poll’s votes to its creator only, page by page, with voters from identity', async () => {
      const poll = await createPoll(stack, alice, { question: 'Named', options: ['p', 'q'] });
      for (const [user, i] of [
        [bob, 0],
        [carol, 1],
        [alice, 1],
      ] as const)
        await castVote(stack, user, poll.id, poll.options[i]!.id);
      const first = await gql(stack.url, VOTES, { id: poll.id }, { token: alice.token });
      expect(first.body.errors).toBeUndefined();
      const page1 = first.body.data.poll.votes;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.edges.map((e: any) => [e.node.voter.displayName, e.node.option.label])).toEqual([
        ['bob', 'p'],
        ['carol', 'q'],
      ]);
      const second = await gql(stack.url, VOTES, { id: poll.id, after: page1.pageInfo.endCursor }, { token: alice.token });
      expect(second.body.data.poll.votes.edges.map((e: any) => e.node.voter.id)).toEqual([alice.id]);
      expect(second.body.data.poll.votes.pageInfo.hasNextPage).toBe(false);

      const byBob = await gql(stack.url, VOTES, { id: poll.id }, { token: bob.token });
      expect(errorCodes(byBob)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(stack.url, VOTES, { id: poll.id }))).toEqual(['UNAUTHENTICATED']);
    });

    it('never reveals who voted in an anonymous poll, not even to its creator, yet counts and shows your own vote', async () => {
      const poll = await createPoll(stack, alice, { question: 'Secret', options: ['p', 'q'], anonymous: true });
      expect(poll.anonymous).toBe(true);
      await castVote(stack, bob, poll.id, poll.options[1]!.id);
      const byCreator = await gql(stack.url, VOTES, { id: poll.id }, { token: alice.token });
      expect(errorCodes(byCreator)).toEqual(['FORBIDDEN']);
      expect(byCreator.body.errors?.[0]!.message).toContain('anonymous');
      expect(JSON.stringify(byCreator.body)).not.toContain(bob.id);
      const own = await gql(stack.url, 'query($id: ID!) { poll(id: $id) { myVote { label } } }', { id: poll.id }, { token: bob.token });
      expect(own.body.data.poll.myVote).toEqual({ label: 'q' });
      expect((await totalsOf(poll.id)).results.totals.map((t) => t.votes)).toEqual([0, 1]);

      // Closing announces it to the creator only; the event names no voter.
      await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
      const [event] = await closedEvents(stack, poll.id);
      expect(event!.payload.recipientIds).toEqual([alice.id]);
      expect(JSON.stringify(event!.payload)).not.toContain(bob.id);
    });
  });

  describe('lists and references', () => {
    it('pages through my polls newest first and lists only open ones under OPEN', async () => {
      const erin = await signUpUser(stack.url, 'erin');
      const made = [];
      for (let i = 0; i < 5; i++) made.push(await createPoll(stack, erin, { question: `Erin ${i}`, options: ['a', 'b'] }));
      await gql(stack.url, CLOSE, { id: made[1]!.id }, { token: erin.token });
      await castVote(stack, alice, made[3]!.id, made[3]!.options[1]!.id);
      await castVote(stack, bob, made[3]!.id, made[3]!.options[1]!.id);
      await castVote(stack, bob, made[0]!.id, made[0]!.options[0]!.id);

      const LIST = `query($scope: PollScope, $after: String) {
        polls(scope: $scope, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id question status results { totalVotes totals { votes } } } }
        }
      }`;
      const seen: string[] = [];
      const tallies: number[][] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const res: any = await gql(stack.url, LIST, { scope: 'MINE', after }, { token: erin.token });
        expect(res.body.errors).toBeUndefined();
        const conn = res.body.data.polls;
        expect(conn.totalCount).toBe(5);
        seen.push(...conn.edges.map((e: any) => e.node.question));
        tallies.push(...conn.edges.map((e: any) => e.node.results.totals.map((t: { votes: number }) => t.votes)));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Erin 4', 'Erin 3', 'Erin 2', 'Erin 1', 'Erin 0']);
      // Totals of a whole page come from one batched count; each poll still gets its own.
      expect(tallies).toEqual([
        [0, 0],
        [0, 2],
        [0, 0],
        [0, 0],
        [1, 0],
      ]);

      const open: string[] = [];
      after = null;
      for (;;) {
        const res: any = await gql(stack.url, LIST.replace('first: 2', 'first: 100'), { scope: 'OPEN', after });
        open.push(...res.body.data.polls.edges.map((e: any) => e.node.id));
        for (const edge of res.body.data.polls.edges) expect(edge.node.status).toBe('OPEN');
        if (!res.body.data.polls.pageInfo.hasNextPage) break;
        after = res.body.data.polls.pageInfo.endCursor;
      }
      expect(open).toEqual(expect.arrayContaining([made[0]!.id, made[2]!.id, made[3]!.id, made[4]!.id]));
      expect(open).not.toContain(made[1]!.id);

      expect(errorCodes(await gql(stack.url, LIST, { scope: 'MINE' }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await gql(stack.url, LIST, { scope: 'MINE', after: 'not-a-cursor' }, { token: erin.token }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('resolves Poll references for other subgraphs in one batch, null for unknown ids', async () => {
      const a = await createPoll(stack, alice, { question: 'Ref A', options: ['a', 'b'] });
      const b = await createPoll(stack, alice, { question: 'Ref B', options: ['a', 'b'] });
      const res = await gql(
        pollsSubgraph(stack).url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Poll { id question status options { label } } } }',
        {
          r: [
            { __typename: 'Poll', id: b.id },
            { __typename: 'Poll', id: '00000000-0000-7000-8000-000000000000' },
            { __typename: 'Poll', id: a.id },
          ],
        },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data._entities).toEqual([
        { id: b.id, question: 'Ref B', status: 'OPEN', options: [{ label: 'a' }, { label: 'b' }] },
        null,
        { id: a.id, question: 'Ref A', status: 'OPEN', options: [{ label: 'a' }, { label: 'b' }] },
      ]);
    });
  });
});
