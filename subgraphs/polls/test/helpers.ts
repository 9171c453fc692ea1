import { OutboxEvent, type OutboxEventRow, type RunningSubgraph } from '../../../kit';
import { gql, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';

export const POLL_FIELDS = `id question anonymous status closesAt closedAt closeReason createdAt
  options { id label position } createdBy { id }`;

export const CREATE = `mutation($input: CreatePollInput!) {
  createPoll(input: $input) { poll { ${POLL_FIELDS} } errors { field message code } }
}`;
export const CAST = `mutation($pollId: ID!, $optionId: ID!) {
  castVote(pollId: $pollId, optionId: $optionId) { poll { id } option { id label } errors { field message code } }
}`;
export const CHANGE = `mutation($pollId: ID!, $optionId: ID!) {
  changeVote(pollId: $pollId, optionId: $optionId) { poll { id } option { id label } errors { field message code } }
}`;
export const CLOSE = `mutation($id: ID!) {
  closePoll(id: $id) { poll { id status closedAt closeReason } errors { field message code } }
}`;
export const RESULTS = `query($id: ID!) {
  poll(id: $id) { id status results { totalVotes totals { option { label } votes percentage } } }
}`;

export interface PollData {
  id: string;
  question: string;
  anonymous: boolean;
  status: 'OPEN' | 'CLOSED';
  closesAt: string | null;
  closedAt: string | null;
  closeReason: 'MANUAL' | 'SCHEDULED' | null;
  createdAt: string;
  options: { id: string; label: string; position: number }[];
  createdBy: { id: string };
}

/** Creates a poll through the router and fails the test unless it was created. */
export async function createPoll(
  stack: TestStack,
  user: TestUser,
  input: { question: string; options: string[]; anonymous?: boolean; closesAt?: string },
): Promise<PollData> {
  const res = await gql(stack.url, CREATE, { input }, { token: user.token });
  const payload = res.body.data?.createPoll;
  if (!payload?.poll) throw new Error(`createPoll failed: ${JSON.stringify(res.body)}`);
  return payload.poll as PollData;
}

/** Casts a vote through the router; returns the payload (errors included). */
export async function castVote(stack: TestStack, user: TestUser, pollId: string, optionId: string) {
  const res = await gql(stack.url, CAST, { pollId, optionId }, { token: user.token });
  if (res.body.errors) throw new Error(`castVote errored: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.castVote as { poll: { id: string } | null; option: { id: string; label: string } | null; errors: unknown[] };
}

/** The running polls subgraph of a stack. */
export function pollsSubgraph(stack: TestStack): RunningSubgraph {
  const running = stack.subgraphs.find((s) => s.name === 'polls');
  if (!running) throw new Error('polls subgraph is not running');
  return running;
}

/** The `polls.poll.closed` outbox rows recorded for one poll, read straight from the polls database. */
export async function closedEvents(stack: TestStack, pollId: string): Promise<OutboxEventRow[]> {
  const rows = await pollsSubgraph(stack)
    .orm.em.fork()
    .find(OutboxEvent, { type: 'polls.poll.closed' }, { orderBy: { id: 'asc' } });
  return rows.filter((row) => row.payload.pollId === pollId);
}

/** Polls `check` until it passes or `timeoutMs` is over (live events and the outbox relay are asynchronous). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Runs `task(i)` for i in 0..count-1 with at most `limit` in flight. */
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

/** An ISO time `ms` from now. */
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
