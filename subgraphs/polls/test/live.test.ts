import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { CHANGE, CLOSE, RESULTS, castVote, closedEvents, createPoll, eventually, inMs, runBounded } from './helpers';

/** The subscription a live results page would run: totals plus fields from polls and identity. */
const LIVE = `subscription($pollId: ID!) {
  pollResultsChanged(pollId: $pollId) {
    poll { id question status closeReason createdBy { id displayName } }
    totals { option { label } votes }
    totalVotes
  }
}`;

interface LiveEvent {
  poll: { id: string; question: string; status: string; closeReason: string | null; createdBy: { id: string; displayName: string } };
  totals: { option: { label: string }; votes: number }[];
  totalVotes: number;
}

interface LiveSubscription {
  events: LiveEvent[];
  errors: unknown[];
  completed: boolean;
  unsubscribe: () => void;
}

describe('polls: live results through the router', () => {
  let stack: TestStack;
  let wsUrl: string;
  let alice: TestUser;
  let bob: TestUser;

  /** A graphql-ws client of the ROUTER, disposed after the suite even if a test fails. */
  const connect = (token?: string): Client => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    disposeAfterAll(() => client.dispose() as Promise<void>);
    return client;
  };

  function subscribe(client: Client, pollId: string, query = LIVE): LiveSubscription {
    const sub: LiveSubscription = { events: [], errors: [], completed: false, unsubscribe: () => undefined };
    sub.unsubscribe = client.subscribe<{ pollResultsChanged: LiveEvent }>(
      { query, variables: { pollId } },
      {
        next: (result) => {
          if (result.errors) sub.errors.push(...result.errors);
          if (result.data) sub.events.push(result.data.pollResultsChanged);
        },
        error: (error) => sub.errors.push(error),
        complete: () => {
          sub.completed = true;
        },
      },
    );
    return sub;
  }

  beforeAll(async () => {
    // The vote storm below comes from one IP; the router's per-IP limits are not what is tested here.
    stack = await startTestStack({ only: ['identity', 'polls'], env: { RATE_LIMIT_ENABLED: 'false' } });
    wsUrl = stack.url.replace(/^http/, 'ws');
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('pushes the current totals first, then after every vote, change and the close, with the creator from identity; then ends', async () => {
    const poll = await createPoll(stack, alice, { question: 'Live?', options: ['Yes', 'No'] });
    const [yes, no] = poll.options;
    const sub = subscribe(connect(bob.token), poll.id);
    // The first event is the state at subscription time, sent once the subscription is live.
    await eventually(() => expect(sub.events).toHaveLength(1));
    expect(sub.events[0]).toEqual({
      poll: { id: poll.id, question: 'Live?', status: 'OPEN', closeReason: null, createdBy: { id: alice.id, displayName: 'alice' } },
      totals: [
        { option: { label: 'Yes' }, votes: 0 },
        { option: { label: 'No' }, votes: 0 },
      ],
      totalVotes: 0,
    });
    // Another watcher joining (its own upstream subscription, anonymous) is no change to the poll.
    const watcher = subscribe(connect(), poll.id);
    await eventually(() => expect(watcher.events).toHaveLength(1));
    watcher.unsubscribe();

    // The next event after the join is the vote's: nothing was pushed for the join in between.
    await castVote(stack, bob, poll.id, yes!.id);
    await eventually(() => expect(sub.events.at(-1)?.totalVotes).toBe(1));
    expect(sub.events.map((e) => e.totalVotes)).toEqual([0, 1]);
    expect(sub.events.at(-1)?.totals.map((t) => t.votes)).toEqual([1, 0]);

    await gql(stack.url, CHANGE, { pollId: poll.id, optionId: no!.id }, { token: bob.token });
    await eventually(() => expect(sub.events.at(-1)?.totals.map((t) => t.votes)).toEqual([0, 1]));

    await castVote(stack, alice, poll.id, no!.id);
    await eventually(() => expect(sub.events.at(-1)?.totals.map((t) => t.votes)).toEqual([0, 2]));
    // A refused vote changes nothing; the close ends the stream with one CLOSED event.
    const count = sub.events.length;
    expect((await castVote(stack, alice, poll.id, yes!.id)).errors).toHaveLength(1);

    await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
    await eventually(() => expect(sub.completed).toBe(true));
    const tail = sub.events.slice(count);
    expect(tail.map((e) => e.totals.map((t) => t.votes))).toEqual(tail.map(() => [0, 2]));
    expect(tail.map((e) => e.poll.status)).toEqual([...tail.slice(1).map(() => 'OPEN'), 'CLOSED']);
    expect(sub.events.at(-1)).toMatchObject({ poll: { status: 'CLOSED', closeReason: 'MANUAL' }, totalVotes: 2 });
    expect(sub.errors).toEqual([]);
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0));
  });

  it('pushes a scheduled close on time with nobody voting, records it once, then ends', async () => {
    const closesAt = inMs(1200);
    const poll = await createPoll(stack, alice, { question: 'Timed', options: ['a', 'b'], closesAt });
    const anonymous = subscribe(connect(), poll.id);
    const signedIn = subscribe(connect(bob.token), poll.id);
    await eventually(() => expect(anonymous.events).toHaveLength(1));
    await eventually(() => expect(signedIn.events).toHaveLength(1));
    expect(anonymous.events[0]!.poll.status).toBe('OPEN');

    await eventually(() => expect(anonymous.completed && signedIn.completed).toBe(true), 5000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(closesAt));
    for (const sub of [anonymous, signedIn]) {
      expect(sub.events.at(-1)?.poll).toMatchObject({ status: 'CLOSED', closeReason: 'SCHEDULED' });
      expect(sub.errors).toEqual([]);
    }
    // Two subscribers' timers raced to record the close; the conditional update let one through.
    const events = await closedEvents(stack, poll.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ reason: 'SCHEDULED', closedBy: null, closedAt: closesAt });
  });

  it('answers a closed poll with its final totals and ends; an unknown poll with NOT_FOUND', async () => {
    const poll = await createPoll(stack, alice, { question: 'Done', options: ['a', 'b'] });
    await castVote(stack, bob, poll.id, poll.options[1]!.id);
    await gql(stack.url, CLOSE, { id: poll.id }, { token: alice.token });
    const sub = subscribe(connect(), poll.id);
    await eventually(() => expect(sub.completed).toBe(true));
    expect(sub.events).toHaveLength(1);
    expect(sub.events[0]).toMatchObject({ poll: { status: 'CLOSED' }, totalVotes: 1 });

    const missing = subscribe(connect(), '00000000-0000-7000-8000-000000000000');
    await eventually(() => expect(missing.errors.length).toBeGreaterThan(0));
    expect(JSON.stringify(missing.errors)).toContain('NOT_FOUND');
    expect(missing.events).toEqual([]);
  });

  it('counts 500 simultaneous votes by 500 users exactly, and the live totals end on the same numbers', async () => {
    const VOTERS = 500;
    const labels = ['North', 'East', 'South', 'West', 'Centre'];
    const poll = await createPoll(stack, alice, { question: 'Where to meet?', options: labels });
    // argon2 makes each sign-up ~30 ms of CPU; a few in flight keep both cores busy without starving the stack.
    const voters = await runBounded(VOTERS, 6, (i) => signUpUser(stack.url, `voter${i}`));
    // A deliberately uneven split, so a lost or misplaced vote changes some total.
    const choiceOf = (i: number) => (i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : i % 2 === 0 ? 3 : 4);
    const expected = labels.map((_, option) => voters.filter((_, i) => choiceOf(i) === option).length);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(VOTERS);

    const live = subscribe(connect(alice.token), poll.id);
    await eventually(() => expect(live.events).toHaveLength(1));

    const results = await Promise.all(voters.map((voter, i) => castVote(stack, voter, poll.id, poll.options[choiceOf(i)]!.id)));
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);

    const res = await gql(stack.url, RESULTS, { id: poll.id });
    expect(res.body.data.poll.results.totalVotes).toBe(VOTERS);
    expect(res.body.data.poll.results.totals.map((t: { votes: number }) => t.votes)).toEqual(expected);

    await eventually(() => expect(live.events.at(-1)?.totalVotes).toBe(VOTERS), 15_000);
    expect(live.events.at(-1)?.totals.map((t) => t.votes)).toEqual(expected);
    expect(live.events.at(-1)?.poll.createdBy.displayName).toBe('alice');
    // Each event is a fresh count taken after the previous one, so totals never go backwards.
    const seen = live.events.map((e) => e.totalVotes);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(live.errors).toEqual([]);

    // A second vote by any of them is still refused by the unique index.
    const again = await castVote(stack, voters[123]!, poll.id, poll.options[0]!.id);
    expect(again.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    live.unsubscribe();
  }, 240_000);
});
