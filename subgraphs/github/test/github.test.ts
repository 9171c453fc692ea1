import { errorCodes, gql } from '../../../test/helpers/graphql';
import { FakeProvider } from '../../../test/helpers/fake-provider';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';

const ACTIVITY = `query($user: String!, $kinds: [GitHubEventKind!], $first: Int, $after: String) {
  githubActivity(user: $user, kinds: $kinds, first: $first, after: $after) {
    totalCount stale pageInfo { hasNextPage endCursor } edges { node { id kind type actor repo sentence createdAt } }
  }
}`;
const TRENDING = `query($period: TrendingPeriod, $language: String, $limit: Int) {
  githubTrending(period: $period, language: $language, limit: $limit) { totalCount matching stale edges { node { fullName stars language createdAt } } }
}`;
const STATUS = '{ githubStatus { breaker windowCalls opens lastError rateLimit { limit remaining used resetAt } } }';

const event = (id: string, type: string, payload: Record<string, unknown>, repo = 'octo/hello') => ({
  id,
  type,
  actor: { login: 'octocat' },
  repo: { name: repo },
  payload,
  created_at: '2026-12-01T10:00:00Z',
});
const EVENTS = [
  event('1', 'PushEvent', { size: 3, commits: [{}, {}, {}] }),
  event('2', 'IssuesEvent', { action: 'opened' }),
  event('3', 'WatchEvent', { action: 'started' }, 'octo/stars'),
  event('4', 'PullRequestEvent', { action: 'closed', pull_request: { merged: true } }),
  event('5', 'PushEvent', { size: 1 }),
  event('6', 'CreateEvent', { ref_type: 'branch', ref: 'feature' }),
  event('7', 'SponsorshipEvent', {}),
];
const rateHeaders = (remaining: number, reset = Math.floor(Date.now() / 1000) + 3600) => ({
  'x-ratelimit-limit': '60',
  'x-ratelimit-remaining': String(remaining),
  'x-ratelimit-used': String(60 - remaining),
  'x-ratelimit-reset': String(reset),
});

describe('github through the router', () => {
  let github: FakeProvider;
  let stack: TestStack;

  beforeAll(async () => {
    github = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'github'],
      env: { GITHUB_API_URL: github.url, GITHUB_CACHE_TTL_SECONDS: '1', GITHUB_RETRIES: '0', GITHUB_BREAKER_OPEN_MS: '300' },
    });
  });
  afterAll(() => github.stop());
  beforeEach(() => github.reset());

  it("turns a user's public events into sentences, filters them by kind and pages them", async () => {
    github.route('GET /users/octocat/events/public', { status: 200, body: EVENTS, headers: rateHeaders(59) });
    const all = await gql(stack.url, ACTIVITY, { user: 'octocat', first: 10 });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.githubActivity.edges.map((e: { node: { sentence: string } }) => e.node.sentence)).toEqual([
      'Pushed 3 commits to octo/hello',
      'Opened a new issue in octo/hello',
      'Starred octo/stars',
      'Merged a pull request in octo/hello',
      'Pushed 1 commit to octo/hello',
      'Created branch feature in octo/hello',
      'Sponsorship in octo/hello',
    ]);
    expect(all.body.data.githubActivity.edges[6].node).toMatchObject({
      kind: 'OTHER',
      type: 'SponsorshipEvent',
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    const request = github.received('GET /users/octocat/events/public')[0]!;
    expect(request.url).toContain('per_page=100');
    expect(request.headers.accept).toBe('application/vnd.github+json');

    const pushes = await gql(stack.url, ACTIVITY, { user: 'octocat', kinds: ['PUSH'], first: 1 });
    const page = pushes.body.data.githubActivity;
    expect(page).toMatchObject({ totalCount: 2, stale: false, pageInfo: { hasNextPage: true } });
    const next = await gql(stack.url, ACTIVITY, { user: 'octocat', kinds: ['PUSH'], first: 1, after: page.pageInfo.endCursor });
    expect(next.body.data.githubActivity.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['5']);
    // Rate-limit headers are read and shown.
    const status = await gql(stack.url, STATUS);
    expect(status.body.data.githubStatus.rateLimit).toMatchObject({ limit: 60, remaining: 59, used: 1 });
  });

  it('revalidates with If-None-Match once the cache is stale: a 304 is served from the cache', async () => {
    let served = 0;
    github.route('GET /users/etag-user/events/public', (req) => {
      served++;
      if (req.headers['if-none-match'] === '"v1"') return { status: 304, headers: { etag: '"v1"', ...rateHeaders(40) } };
      return { status: 200, body: EVENTS.slice(0, 2), headers: { etag: '"v1"', ...rateHeaders(41) } };
    });
    const first = await gql(stack.url, ACTIVITY, { user: 'etag-user' });
    expect(first.body.data.githubActivity.totalCount).toBe(2);
    // Fresh for a second (no call); then the next query asks GitHub with the ETag and gets a 304.
    await eventually(
      async () => {
        const again = await gql(stack.url, ACTIVITY, { user: 'etag-user' });
        expect(again.body.data.githubActivity.totalCount).toBe(2);
        expect(github.received('GET /users/etag-user/events/public').some((r) => r.headers['if-none-match'] === '"v1"')).toBe(true);
      },
      5000,
      100,
    );
    expect(served).toBe(2);
  });

  it('says NOT_FOUND for an unknown user and refuses a malformed one without calling GitHub', async () => {
    github.route('GET /users/nobody-here/events/public', { status: 404, body: { message: 'Not Found' } });
    const missing = await gql(stack.url, ACTIVITY, { user: 'nobody-here' });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.body.data.githubActivity).toBeNull();
    for (const user of ['-dash', 'a'.repeat(40), 'two--hyphens', 'x/../y']) {
      const bad = await gql(stack.url, ACTIVITY, { user });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    }
    expect(github.received().filter((r) => !r.url.includes('nobody-here'))).toEqual([]);
  });

  it('finds trending repositories by period and language through the search API', async () => {
    github.route('GET /search/repositories', {
      status: 200,
      headers: rateHeaders(29),
      body: {
        total_count: 1234,
        items: [
          {
            full_name: 'a/fast',
            description: 'x',
            html_url: 'https://github.com/a/fast',
            language: 'TypeScript',
            stargazers_count: 900,
            forks_count: 3,
            created_at: '2026-11-30T00:00:00Z',
          },
          {
            full_name: 'b/slow',
            description: null,
            html_url: 'https://github.com/b/slow',
            language: 'TypeScript',
            stargazers_count: 100,
            forks_count: 1,
            created_at: '2026-11-29T00:00:00Z',
          },
        ],
      },
    });
    const res = await gql(stack.url, TRENDING, { period: 'WEEK', language: 'TypeScript', limit: 2 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.githubTrending).toMatchObject({ totalCount: 2, matching: 1234, stale: false });
    expect(res.body.data.githubTrending.edges.map((e: { node: { fullName: string } }) => e.node.fullName)).toEqual(['a/fast', 'b/slow']);
    const url = new URL(github.received('GET /search/repositories')[0]!.url, 'http://x');
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(url.searchParams.get('q')).toBe(`created:>${since} language:"TypeScript"`);
    expect([url.searchParams.get('sort'), url.searchParams.get('order'), url.searchParams.get('per_page')]).toEqual(['stars', 'desc', '2']);
    for (const variables of [{ limit: 0 }, { limit: 101 }, { language: 'Type;Script' }]) {
      expect(errorCodes(await gql(stack.url, TRENDING, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('is RATE_LIMITED when GitHub says the limit is used up, and then refuses without calling until the reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    github.route('GET /users/limited/events/public', {
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: rateHeaders(0, reset),
    });
    const limited = await gql(stack.url, ACTIVITY, { user: 'limited' });
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(100);
    const calls = github.received().length;
    const again = await gql(stack.url, ACTIVITY, { user: 'someone-else' });
    expect(errorCodes(again)).toEqual(['RATE_LIMITED']);
    expect(github.received()).toHaveLength(calls);
    expect((await gql(stack.url, STATUS)).body.data.githubStatus.rateLimit).toMatchObject({
      remaining: 0,
      resetAt: new Date(reset * 1000).toISOString(),
    });
    // GitHub's reset: the next answer with a fresh limit lifts the local refusal (a new stack here).
  });
});

describe('github when GitHub fails', () => {
  let github: FakeProvider;
  let stack: TestStack;

  beforeAll(async () => {
    github = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'github'],
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_CACHE_TTL_SECONDS: '1',
        GITHUB_RETRIES: '0',
        GITHUB_BREAKER_OPEN_MS: '300',
        GITHUB_TIMEOUT_MS: '300',
      },
    });
  });
  afterAll(() => github.stop());

  it('serves the last answer marked stale when GitHub fails, SERVICE_UNAVAILABLE when there is none', async () => {
    github.route('GET /users/flaky/events/public', { status: 200, body: EVENTS.slice(0, 1), headers: rateHeaders(50) });
    expect((await gql(stack.url, ACTIVITY, { user: 'flaky' })).body.data.githubActivity.stale).toBe(false);
    github.route('GET /users/flaky/events/public', { status: 502, body: 'Bad gateway' });
    await eventually(
      async () => {
        const res = await gql(stack.url, ACTIVITY, { user: 'flaky' });
        expect(res.body.data.githubActivity).toMatchObject({ stale: true, totalCount: 1 });
      },
      5000,
      100,
    );
    github.route('GET /users/never/events/public', { status: 200, body: EVENTS, delayMs: 1000 });
    const timedOut = await gql(stack.url, ACTIVITY, { user: 'never' });
    expect(errorCodes(timedOut)).toEqual(['SERVICE_UNAVAILABLE']);
    github.route('GET /users/garbled/events/public', { status: 200, body: { not: 'a list' } });
    expect(errorCodes(await gql(stack.url, ACTIVITY, { user: 'garbled' }))).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('opens the breaker after repeated failures, tries once after the open time, and closes on success', async () => {
    github.route('GET /users/down/events/public', { status: 503, body: 'down' });
    const breaker = async () => (await gql(stack.url, STATUS)).body.data.githubStatus as { breaker: string; opens: number };
    for (let i = 0; i < 30 && (await breaker()).breaker !== 'open'; i++) await gql(stack.url, ACTIVITY, { user: 'down' });
    expect((await breaker()).breaker).toBe('open');
    const before = github.received('GET /users/down/events/public').length;
    expect(errorCodes(await gql(stack.url, ACTIVITY, { user: 'down' }))).toEqual(['SERVICE_UNAVAILABLE']);
    expect(github.received('GET /users/down/events/public')).toHaveLength(before); // refused without a call
    // GitHub recovers: after the open time one trial call goes out, succeeds, and the breaker closes.
    github.route('GET /users/down/events/public', { status: 200, body: EVENTS.slice(0, 1), headers: rateHeaders(45) });
    await eventually(
      async () => {
        const res = await gql(stack.url, ACTIVITY, { user: 'down' });
        expect(res.body.data.githubActivity?.totalCount).toBe(1);
      },
      10_000,
      200,
    );
    expect(await breaker()).toMatchObject({ breaker: 'closed', opens: expect.any(Number) });
    expect((await breaker()).opens).toBeGreaterThanOrEqual(1);
  });
});
