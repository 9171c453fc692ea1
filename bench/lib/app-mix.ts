/**
 * Workload (c) of `bench gateways` (issue 22): twenty operations weighted like a real app — 80 % reads,
 * 20 % writes, every request signed in as one of a pool of users — plus one live subscription per
 * 50 virtual users. Shared by every contender, so each gateway gets the same requests and headers.
 *
 * Identity for the other gateways: our router verifies the `Authorization` bearer token and signs a
 * per-subgraph forwarded identity itself. The other gateways know nothing of our tokens, so each
 * request also carries, per subgraph, the forwarded identity the router would have signed
 * (`x-bench-auth-<subgraph>`, signed here with the router's key and re-signed before it expires);
 * their configuration copies it to that subgraph as `x-hubgraph-auth` (bench/hive/*.config.mjs,
 * bench/fixtures/apollo-gateway.ts). They are spared the token verification and the signing our
 * router does on every request, so the comparison leans their way.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { parseRouterPrivateKey, RouterSigner } from '../../kit/src/auth';

/** The subgraphs the mix touches; each gets its own forwarded identity header. */
export const MIX_SUBGRAPHS = ['identity', 'basics', 'polls', 'games'] as const;
/** Header that carries the bench-signed forwarded identity for one subgraph to the other gateways. */
export const benchAuthHeader = (subgraph: string): string => `x-bench-auth-${subgraph}`;
/** One subscription per this many virtual users (issue 22: "one subscription per 50 clients"). */
export const CLIENTS_PER_SUBSCRIPTION = 50;
/** Polls every mix user has voted in, whose votes the mix changes and whose results are watched. */
const HOT_POLLS = 5;

export interface MixUser {
  token: string;
  userId: string;
}

export interface MixData {
  users: MixUser[];
  /** Hot polls with their option ids. */
  hot: { id: string; optionIds: string[] }[];
  /** Any seeded polls (read by id). */
  pollIds: string[];
}

interface MixOperation {
  name: string;
  weight: number;
  write: boolean;
  query: string;
  variables?: (data: MixData, user: MixUser, n: number) => Record<string, unknown>;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** The twenty operations; weights add up to 100. */
export const MIX_OPERATIONS: MixOperation[] = [
  // Reads: 80 %.
  { name: 'counter', weight: 8, write: false, query: 'query Counter { counter(name: "bench") { name value } }' },
  {
    name: 'convertUnits',
    weight: 6,
    write: false,
    query: 'query Convert($v: Float!) { convertUnits(value: $v, from: "km", to: "mi") { result text } }',
    variables: (_d, _u, n) => ({ v: n % 100 }),
  },
  { name: 'units', weight: 3, write: false, query: 'query Units { units(dimension: LENGTH) { name symbol } }' },
  {
    name: 'poll',
    weight: 10,
    write: false,
    query:
      'query Poll($id: ID!) { poll(id: $id) { question status options { label } results { totalVotes totals { votes } } createdBy { displayName } } }',
    variables: (d) => ({ id: pick(d.pollIds) }),
  },
  {
    name: 'openPolls',
    weight: 6,
    write: false,
    query: 'query OpenPolls { polls(first: 10) { totalCount edges { node { id question createdBy { displayName } } } } }',
  },
  { name: 'me', weight: 8, write: false, query: 'query Me { me { id displayName email } }' },
  {
    name: 'user',
    weight: 4,
    write: false,
    query: 'query User($id: ID!) { user(id: $id) { displayName } }',
    variables: (d) => ({ id: pick(d.users).userId }),
  },
  { name: 'guessingRules', weight: 3, write: false, query: 'query Rules { guessingRules { min max } }' },
  {
    name: 'myGuessingSessions',
    weight: 5,
    write: false,
    query: 'query MySessions { myGuessingSessions(first: 5) { totalCount edges { node { id status attempts } } } }',
  },
  {
    name: 'leaderboard',
    weight: 4,
    write: false,
    query: 'query Leaderboard { leaderboard(first: 10) { game entries { rank points user { displayName } } } }',
  },
  { name: 'myRank', weight: 3, write: false, query: 'query MyRank { myRank { rank points } }' },
  { name: 'myMatches', weight: 3, write: false, query: 'query MyMatches { myMatches(first: 5) { totalCount edges { node { id } } } }' },
  { name: 'matchmakingStatus', weight: 2, write: false, query: 'query Queue { matchmakingStatus { state playersWaiting } }' },
  {
    name: 'dashboard',
    weight: 8,
    write: false,
    query:
      'query Dashboard($id: ID!) { poll(id: $id) { question results { totalVotes } createdBy { displayName } } counter(name: "bench") { value } guessingRules { min max } me { displayName } }',
    variables: (d) => ({ id: pick(d.pollIds) }),
  },
  {
    name: 'hotResults',
    weight: 5,
    write: false,
    query: 'query Hot($id: ID!) { poll(id: $id) { results { totalVotes totals { votes } } } }',
    variables: (d) => ({ id: pick(d.hot).id }),
  },
  { name: 'oauthProviders', weight: 2, write: false, query: 'query Providers { oauthProviders }' },
  // Writes: 20 %.
  {
    name: 'incrementCounter',
    weight: 6,
    write: true,
    query: 'mutation Inc($name: String!) { incrementCounter(name: $name) { value } }',
    variables: (_d, _u, n) => ({ name: `mix-${n % 10}` }),
  },
  {
    name: 'changeVote',
    weight: 6,
    write: true,
    query: 'mutation Vote($poll: ID!, $option: ID!) { changeVote(pollId: $poll, optionId: $option) { option { id } } }',
    variables: (d) => {
      const poll = pick(d.hot);
      return { poll: poll.id, option: pick(poll.optionIds) };
    },
  },
  {
    name: 'startGuessingGame',
    weight: 4,
    write: true,
    query: 'mutation Start { startGuessingGame(difficulty: EASY) { session { id maxChances } } }',
  },
  {
    name: 'createPoll',
    weight: 4,
    write: true,
    query: 'mutation Create($input: CreatePollInput!) { createPoll(input: $input) { poll { id } } }',
    variables: (_d, _u, n) => ({ input: { question: `Mix poll ${n}?`, options: ['yes', 'no'] } }),
  },
];

const TOTAL_WEIGHT = MIX_OPERATIONS.reduce((sum, op) => sum + op.weight, 0);

/** Draws an operation by weight. */
function drawOperation(): MixOperation {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const op of MIX_OPERATIONS) {
    r -= op.weight;
    if (r < 0) return op;
  }
  return MIX_OPERATIONS[MIX_OPERATIONS.length - 1]!;
}

/** The `sub` claim of a JWT, without verifying it (our own tokens, just issued). */
export function tokenSubject(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sub?: string };
  if (!payload.sub) throw new Error('access token without sub');
  return payload.sub;
}

type Post = (body: unknown, headers?: Record<string, string>) => Promise<{ status: number; text: string }>;

/** Creates the hot polls and a vote in each by every mix user, through our router. */
export async function seedMix(
  post: Post,
  tokens: string[],
  pollIds: string[],
  pool: <T>(n: number, p: number, task: (i: number) => Promise<T>) => Promise<T[]>,
): Promise<MixData> {
  const users = tokens.map((token) => ({ token, userId: tokenSubject(token) }));
  const hot = await pool(HOT_POLLS, 1, async (i) => {
    const res = await post(
      {
        query: 'mutation($input: CreatePollInput!) { createPoll(input: $input) { poll { id options { id } } errors { message } } }',
        variables: { input: { question: `Hot poll ${i}?`, options: ['one', 'two', 'three'] } },
      },
      { authorization: `Bearer ${users[0]!.token}` },
    );
    const poll = (JSON.parse(res.text) as { data?: { createPoll?: { poll?: { id: string; options: { id: string }[] } } } }).data?.createPoll
      ?.poll;
    if (!poll) throw new Error(`hot poll: ${res.text.slice(0, 300)}`);
    return { id: poll.id, optionIds: poll.options.map((o) => o.id) };
  });
  await pool(users.length * HOT_POLLS, 8, async (i) => {
    const user = users[Math.floor(i / HOT_POLLS)]!;
    const poll = hot[i % HOT_POLLS]!;
    const res = await post(
      {
        query: 'mutation($p: ID!, $o: ID!) { castVote(pollId: $p, optionId: $o) { errors { message } } }',
        variables: { p: poll.id, o: poll.optionIds[i % poll.optionIds.length] },
      },
      { authorization: `Bearer ${user.token}` },
    );
    if (res.status !== 200 || !res.text.includes('"errors":[]')) throw new Error(`castVote: ${res.text.slice(0, 300)}`);
  });
  return { users, hot, pollIds };
}

/**
 * Per-user forwarded identities for the other gateways, re-signed every 20 s (they are valid for 60).
 * Subgraphs cache a verified token until it expires, as they do for our router's reused tokens.
 */
export async function forwardedIdentities(
  signingKeyPem: string,
  users: MixUser[],
): Promise<{ headersOf: (user: MixUser) => Record<string, string>; stop: () => void }> {
  const signer = new RouterSigner(parseRouterPrivateKey(signingKeyPem));
  const current = new Map<string, Record<string, string>>();
  const signAll = async () => {
    for (const user of users) {
      const headers: Record<string, string> = {};
      for (const subgraph of MIX_SUBGRAPHS) {
        headers[benchAuthHeader(subgraph)] = await signer.signForwarded({ userId: user.userId, roles: [], tenantId: null }, subgraph, {
          requestId: 'bench-mix',
          clientIp: '127.0.0.1',
        });
      }
      current.set(user.userId, headers);
    }
  };
  await signAll();
  const timer = setInterval(() => void signAll(), 20_000);
  return { headersOf: (user) => current.get(user.userId)!, stop: () => clearInterval(timer) };
}

/**
 * The mix as `runLoad` wants it: `body()` draws the operation and the user, and `headers()` (asked
 * right after, for the same request) sends that user's token and forwarded identities.
 */
export function mixWorkload(
  data: MixData,
  headersOf: (user: MixUser) => Record<string, string>,
): { body: () => string; headers: () => Record<string, string> } {
  let n = 0;
  let user = data.users[0]!;
  return {
    body: () => {
      const op = drawOperation();
      user = pick(data.users);
      n++;
      return JSON.stringify({ query: op.query, variables: op.variables?.(data, user, n) ?? {} });
    },
    headers: () => ({ authorization: `Bearer ${user.token}`, ...headersOf(user) }),
  };
}

/** Every operation once, for the check before measuring: returns the body of each answer. */
export async function tryEveryOperation(
  post: Post,
  data: MixData,
  headersOf: (user: MixUser) => Record<string, string>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const user = data.users[0]!;
  for (const op of MIX_OPERATIONS) {
    const res = await post(
      { query: op.query, variables: op.variables?.(data, user, 0) ?? {} },
      { authorization: `Bearer ${user.token}`, ...headersOf(user) },
    );
    out[op.name] = res.status === 200 ? res.text : `HTTP ${res.status} ${res.text}`;
  }
  return out;
}

export interface MixSubscriptions {
  /** Subscriptions acknowledged with a first event or still open without error. */
  open: number;
  /** Events received since the last `take()`. */
  take: () => number;
  errors: string[];
  stop: () => Promise<void>;
}

/**
 * Opens `count` graphql-ws clients on the gateway, each subscribed to one hot poll's results
 * (anonymous, as a public page would). Resolves once every one is connected.
 */
export async function openSubscriptions(httpUrl: string, count: number, data: MixData): Promise<MixSubscriptions> {
  const clients: Client[] = [];
  const errors: string[] = [];
  let events = 0;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = createClient({ url: httpUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${httpUrl}: websocket not connected within 10 s`)), 10_000);
        client.on('connected', () => {
          clearTimeout(timer);
          resolve();
        });
        client.on('error', (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
      client.subscribe(
        {
          query: 'subscription($id: ID!) { pollResultsChanged(pollId: $id) { totalVotes totals { votes } } }',
          variables: { id: data.hot[i % data.hot.length]!.id },
        },
        {
          next: (event) => {
            if (event.errors?.length) {
              if (errors.length < 5) errors.push(JSON.stringify(event.errors).slice(0, 300));
            } else events++;
          },
          error: (error) => {
            if (errors.length < 5) errors.push(error instanceof Error ? error.message : JSON.stringify(error).slice(0, 300));
          },
          complete: () => undefined,
        },
      );
    }),
  );
  return {
    open: count,
    take: () => {
      const taken = events;
      events = 0;
      return taken;
    },
    errors,
    stop: async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}
