import { FakeProvider } from '../../test/helpers/fake-provider';
import { runCli } from '../../test/helpers/run-cli';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

const ACTIVITY = 'cli/github/activity.ts';
const TRENDING = 'cli/github/trending.ts';

const EVENTS = [
  {
    id: '1',
    type: 'PushEvent',
    repo: { name: 'kamranahmedse/developer-roadmap' },
    payload: { size: 3 },
    created_at: '2026-12-01T10:00:00Z',
  },
  {
    id: '2',
    type: 'IssuesEvent',
    repo: { name: 'kamranahmedse/developer-roadmap' },
    payload: { action: 'opened' },
    created_at: '2026-12-01T09:00:00Z',
  },
  {
    id: '3',
    type: 'WatchEvent',
    repo: { name: 'kamranahmedse/developer-roadmap' },
    payload: { action: 'started' },
    created_at: '2026-12-01T08:00:00Z',
  },
];
const REPOS = {
  total_count: 2,
  items: [
    {
      full_name: 'a/fast',
      description: 'A fast thing',
      html_url: 'https://github.com/a/fast',
      language: 'TypeScript',
      stargazers_count: 12345,
      forks_count: 3,
      created_at: '2026-11-30T00:00:00Z',
    },
    {
      full_name: 'b/slow',
      description: null,
      html_url: 'https://github.com/b/slow',
      language: null,
      stargazers_count: 99,
      forks_count: 1,
      created_at: '2026-11-29T00:00:00Z',
    },
  ],
};
const SPEC_OUTPUT =
  '- Pushed 3 commits to kamranahmedse/developer-roadmap\n- Opened a new issue in kamranahmedse/developer-roadmap\n- Starred kamranahmedse/developer-roadmap\n';
const TRENDING_OUTPUT = '1. a/fast ★ 12,345 [TypeScript]\n   A fast thing\n2. b/slow ★ 99\n';

describe('github-activity and github-trending', () => {
  let github: FakeProvider;
  let stack: TestStack;

  beforeAll(async () => {
    github = await FakeProvider.start();
    github.route('GET /users/kamranahmedse/events/public', { status: 200, body: EVENTS });
    github.route('GET /users/ghost-user-404/events/public', { status: 404, body: { message: 'Not Found' } });
    github.route('GET /search/repositories', { status: 200, body: REPOS });
    stack = await startTestStack({ only: ['identity', 'github'], env: { GITHUB_API_URL: github.url, GITHUB_RETRIES: '0' } });
  });
  afterAll(() => github.stop());

  const direct = (entry: string, args: string[]) => runCli(entry, args, { env: { GITHUB_API_URL: github.url } });
  const viaSupergraph = (entry: string, args: string[]) => runCli(entry, args, { env: { HUBGRAPH_URL: stack.url } });

  it('prints the spec’s sentences, straight from GitHub and through the supergraph alike', async () => {
    expect(await direct(ACTIVITY, ['kamranahmedse'])).toMatchObject({ code: 0, stdout: SPEC_OUTPUT, stderr: '' });
    expect(await viaSupergraph(ACTIVITY, ['kamranahmedse'])).toMatchObject({ code: 0, stdout: SPEC_OUTPUT, stderr: '' });
    expect((await direct(ACTIVITY, ['kamranahmedse', '--kind', 'watch'])).stdout).toBe('- Starred kamranahmedse/developer-roadmap\n');
    expect((await direct(ACTIVITY, ['kamranahmedse', '--limit', '1'])).stdout).toBe(
      '- Pushed 3 commits to kamranahmedse/developer-roadmap\n',
    );
    const json = JSON.parse((await direct(ACTIVITY, ['kamranahmedse', '--json'])).stdout) as { kind: string }[];
    expect(json.map((e) => e.kind)).toEqual(['PUSH', 'ISSUES', 'WATCH']);
  }, 60_000);

  it('says what is wrong: an unknown user (1), a malformed one or a bad option (2), GitHub down (1)', async () => {
    const missing = await direct(ACTIVITY, ['ghost-user-404']);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('GitHub user ghost-user-404 was not found')]);
    const missingRemote = await viaSupergraph(ACTIVITY, ['ghost-user-404']);
    expect([missingRemote.code, missingRemote.stderr]).toEqual([1, expect.stringContaining('was not found')]);
    expect((await direct(ACTIVITY, ['not/a/user'])).code).toBe(2);
    expect((await direct(ACTIVITY, [])).code).toBe(2);
    expect((await direct(ACTIVITY, ['kamranahmedse', '--kind', 'dance'])).code).toBe(2);
    const down = await runCli(ACTIVITY, ['kamranahmedse'], { env: { GITHUB_API_URL: 'http://127.0.0.1:9/' } });
    expect([down.code, down.stderr]).toEqual([1, expect.stringContaining('GitHub is unavailable right now')]);
  }, 60_000);

  it('lists trending repositories for a period, limit and language', async () => {
    expect(await direct(TRENDING, ['--duration', 'month', '--limit', '2'])).toMatchObject({ code: 0, stdout: TRENDING_OUTPUT });
    expect((await viaSupergraph(TRENDING, ['--limit', '2', '--language', 'typescript'])).stdout).toBe(TRENDING_OUTPUT);
    const sent = github.received('GET /search/repositories').map((r) => new URL(r.url, 'http://x').searchParams);
    const since = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    expect(sent[0]!.get('q')).toBe(`created:>${since(30)}`);
    expect(sent[1]!.get('q')).toBe(`created:>${since(7)} language:"typescript"`);
    expect(sent.map((p) => p.get('per_page'))).toEqual(['2', '2']);
    expect((await direct(TRENDING, ['--limit', '101'])).code).toBe(2);
    expect((await direct(TRENDING, ['--duration', 'fortnight'])).code).toBe(2);
  }, 60_000);

  it('reports GitHub’s rate limit with the wait', async () => {
    const limited = await FakeProvider.start();
    try {
      const reset = Math.floor(Date.now() / 1000) + 600;
      limited.otherwise({
        status: 403,
        body: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      });
      const res = await runCli(ACTIVITY, ['kamranahmedse'], { env: { GITHUB_API_URL: limited.url } });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/GitHub's rate limit is used up for 1[01] min/);
      expect(res.stderr).toContain('Set GITHUB_TOKEN');
    } finally {
      await limited.stop();
    }
  }, 30_000);
});
